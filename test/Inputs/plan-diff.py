#!/usr/bin/env python3
"""Compares two --partition-plan JSON files of a module before and after an
edit: prints "changed=<n> moved=<m>", the partitions (by index) whose set of
defined symbols, under their names before promotion, differs, and the
symbols in both plans that changed partition.
Usage: plan-diff.py BEFORE.json AFTER.json"""
import json
import sys


def contents(path):
    d = json.load(open(path))
    sets = [set() for _ in range(d["partition_count"])]
    where = {}
    for s in d["symbols"]:
        n = s.get("promoted_from", s["name"])
        sets[s["partition"]].add(n)
        where[n] = s["partition"]
    return sets, where


a, wa = contents(sys.argv[1])
b, wb = contents(sys.argv[2])
changed = sum(1 for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i])
moved = sum(1 for n in wa if n in wb and wa[n] != wb[n])
print("changed=%d moved=%d" % (changed, moved))
