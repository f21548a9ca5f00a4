"""The most "Partition" events of the given time traces (one per parcg run)
that were running at the same moment, on the common clock that each
trace's beginningOfTime gives: how many workers ran at once across all the
runs."""
import json
import sys

points = []
for path in sys.argv[1:]:
    d = json.load(open(path))
    base = d["beginningOfTime"]
    for e in d["traceEvents"]:
        if e.get("ph") == "X" and e.get("name") == "Partition":
            points.append((base + e["ts"], 1))
            points.append((base + e["ts"] + e["dur"], -1))
# At one moment, ends before starts: touching events do not overlap.
points.sort(key=lambda p: (p[0], p[1]))
now = most = 0
for _, d in points:
    now += d
    most = max(most, now)
print("partitions %d" % (len(points) // 2))
print("max workers %d" % most)
