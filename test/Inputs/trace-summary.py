#!/usr/bin/env python3
"""Summarizes a parcg --time-trace file for FileCheck: which serial phases ran
on the main thread, how many partition modules were written (split
modules), and how many distinct worker threads ran partitions."""
import json
import sys

events = json.load(open(sys.argv[1]))["traceEvents"]
complete = [e for e in events if e.get("ph") == "X"]
main = min(e["tid"] for e in complete if e["name"] == "Load")
for phase in ("Load", "Plan", "CheckInput", "Serialize", "SplitModule"):
    if any(e["name"] == phase and e["tid"] == main for e in complete):
        print("%s on main" % phase)
writes = [e for e in complete if e["name"] == "WritePartition"]
if writes:
    print("partition-writes=%d" % len(writes))
parts = [e for e in complete if e["name"] == "Partition"]
workers = {e["tid"] for e in parts}
print("partitions=%d worker-threads=%d" % (len(parts), len(workers - {main})))
