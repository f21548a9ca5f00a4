#!/usr/bin/env python3
"""Compares two --partition-plan JSON files of a module before and after an
edit: prints "changed=<n> moved=<m>", the partitions (by index) whose set of
defined symbols, under their names before promotion, differs (a copied
string counts in every partition that has a copy), and the symbols in both
plans, copied strings aside, that changed partition.
Usage: plan-diff.py BEFORE.json AFTER.json
bench/edit-experiment uses contents() and moved() too."""
import json
import sys


def contents(plan):
    """(sets, where) of a plan (the parsed JSON): per partition the names
    it defines, and the partition of every symbol that is not copied."""
    sets = [set() for _ in range(plan["partition_count"])]
    where = {}
    for s in plan["symbols"]:
        n = s.get("promoted_from", s["name"])
        for p in s.get("copies", [s["partition"]]):
            sets[p].add(n)
        if "copies" not in s:
            where[n] = s["partition"]
    return sets, where


def changed(a, b):
    """Indices of the partitions whose sets differ between a and b."""
    return [i for i in range(max(len(a), len(b))) if i >= len(a) or i >= len(b) or a[i] != b[i]]


def moved(wa, wb):
    """The symbols of both plans whose partition differs."""
    return [n for n in wa if n in wb and wa[n] != wb[n]]


if __name__ == "__main__":
    a, wa = contents(json.load(open(sys.argv[1])))
    b, wb = contents(json.load(open(sys.argv[2])))
    print("changed=%d moved=%d" % (len(changed(a, b)), len(moved(wa, wb))))
