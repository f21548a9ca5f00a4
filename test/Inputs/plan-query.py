#!/usr/bin/env python3
"""Prints "<name> <partition>" for each NAME given, from a --partition-plan
JSON file, so FileCheck can assert that symbols share (or do not share) a
partition: plan-query.py plan.json NAME... ; a missing name prints "<name> none".
With --summary, prints "partitions=<n> anchor=<p>". With --most-in-one,
prints "most_in_one=<k>": the most of the NAMEs that one partition holds."""
import json
import sys

plan = json.load(open(sys.argv[1]))
args = sys.argv[2:]
if args and args[0] == "--summary":
    print("partitions=%d anchor=%d" % (plan["partition_count"], plan["anchor_partition"]))
    args = args[1:]
most_in_one = bool(args) and args[0] == "--most-in-one"
if most_in_one:
    args = args[1:]
by_name = {s["name"]: s for s in plan["symbols"]}
by_old = {s["promoted_from"]: s for s in plan["symbols"] if "promoted_from" in s}
if most_in_one:
    count = {}
    for name in args:
        s = by_name.get(name) or by_old.get(name)
        if s:
            count[s["partition"]] = count.get(s["partition"], 0) + 1
    print("most_in_one=%d" % max(count.values(), default=0))
    sys.exit(0)
for name in args:
    s = by_name.get(name) or by_old.get(name)
    print("%s %s" % (name, s["partition"] if s else "none"))
