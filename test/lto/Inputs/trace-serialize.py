"""For lto-serialize-beside-plan.test: where the events named on the command
line ran in a --time-trace, against the main thread and its Plan event."""
import json
import sys

ev = [e for e in json.load(open(sys.argv[1]))["traceEvents"] if e.get("ph") == "X"]
main = next(e["tid"] for e in ev if e["name"] == "Merge")
plan = [e for e in ev if e["name"] == "Plan" and e["tid"] == main]
for name in sys.argv[2:]:
    got = [e for e in ev if e["name"] == name]
    if not got:
        print("%s: no event" % name)
        continue
    inside = all(any(p["ts"] <= s["ts"] and s["ts"] + s["dur"] <= p["ts"] + p["dur"] for p in plan) for s in got)
    print("%s: %d event%s, %s the main thread, %s Plan"
          % (name, len(got), "" if len(got) == 1 else "s",
             "on" if any(s["tid"] == main for s in got) else "not on",
             "inside" if inside else "outside"))
