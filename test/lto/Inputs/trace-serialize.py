"""For lto-serialize-beside-plan.test: where the Serialize event of a
--time-trace ran, against the main thread and its Plan event."""
import json
import sys

ev = [e for e in json.load(open(sys.argv[1]))["traceEvents"] if e.get("ph") == "X"]
main = next(e["tid"] for e in ev if e["name"] == "Merge")
plan = [e for e in ev if e["name"] == "Plan" and e["tid"] == main]
ser = [e for e in ev if e["name"] == "Serialize"]
inside = all(any(p["ts"] <= s["ts"] and s["ts"] + s["dur"] <= p["ts"] + p["dur"] for p in plan) for s in ser)
print("Serialize: %d event%s, %s the main thread, %s Plan"
      % (len(ser), "" if len(ser) == 1 else "s",
         "on" if any(s["tid"] == main for s in ser) else "not on",
         "inside" if inside else "outside"))
