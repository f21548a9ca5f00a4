#!/usr/bin/env bash
# How parcg's serial front end and its split scale with the module: for each
# N, a synthetic module of N functions (utils/gen-module.py), assembled, and
# two measured parcg runs at --partitions=$PARTITIONS -j$JOBS -filetype=null:
#
#  plan only   parcg stops after load + plan: with --plan-only when the
#              binary has it; otherwise (older parcg) through the outputs,
#              which are reserved right after planning ("a bad path fails
#              before the long part", Driver.cpp): a --partition-plan in a
#              missing directory makes it exit there with an error, which is
#              checked (this way also includes CheckInput). Wall time and
#              peak RSS of that run are those of planning alone.
#  full        the same with a writable plan and --time-trace: Load and Plan
#              on the main thread; with split modules (the default), the cut
#              on the main thread, the partitions' bitcode writes on the
#              pool (their window, and their sum) and freeing the cut
#              modules; without (PARCG_FLAGS=--split-modules=false), the
#              input check and the serialization; LoadPartition (a worker
#              reading its partition) per partition, from the trace (wall
#              durations).
#              -filetype=null writes nothing but still runs llc's whole
#              codegen pipeline on every partition (CodeGen.cpp:
#              addPassesToEmitFile with a null streamer), so this run's wall
#              time and RSS include codegen.
#
# Prints a markdown table on stdout; progress on stderr.
#
# Usage: bench/scale.sh [N ...]        (default: 1000 10000 100000)
# Environment:
#   PARCG=build/bin/parcg  SEED=1  PARTITIONS=16  JOBS=2
#   PARCG_FLAGS=...        extra parcg flags for both runs (e.g. -O0)
#   VALUE_NAMES=discard    drop local value names after llvm-as, as clang's
#                          release builds do (-fno-discard-value-names is the
#                          exception); "keep" measures the named module.
#   SCALE_DIR=~/.cache/parcg/scale   scratch directory (modules, traces);
#                          KEEP=1 keeps each N's files there.
# Runs itself under nice -n 10 (a shared benchmark machine).
set -euo pipefail
if [ "${SCALE_NICED:-}" != 1 ]; then
  SCALE_NICED=1 exec nice -n 10 "$0" "$@"
fi
cd "$(dirname "$0")/.."
ROOT=$PWD
PARCG=${PARCG:-$ROOT/build/bin/parcg}
SEED=${SEED:-1}
PARTITIONS=${PARTITIONS:-16}
JOBS=${JOBS:-2}
PARCG_FLAGS=${PARCG_FLAGS:-}
VALUE_NAMES=${VALUE_NAMES:-discard}
BIN=/usr/lib/llvm-22/bin
CACHE=${PARCG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/parcg}
SCALE_DIR=${SCALE_DIR:-$CACHE/scale}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
log() { echo "[scale $(date +%T)] $*" >&2; }

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing GNU time"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  else
    echo "bench/scale.sh: needs /usr/bin/time (apt-get install time)" >&2
    exit 1
  fi
fi
[ -x "$PARCG" ] || { echo "bench/scale.sh: no $PARCG (bash utils/build.sh)" >&2; exit 1; }
case $VALUE_NAMES in keep|discard) ;; *)
  echo "bench/scale.sh: VALUE_NAMES must be keep or discard" >&2; exit 1;;
esac

# Read the whole help first: grep -q would stop reading at the first match,
# and under pipefail parcg's SIGPIPE would then count as "no --plan-only".
if "$PARCG" --help-hidden 2>/dev/null | grep -c -- '--plan-only' >/dev/null; then
  PLAN_ONLY=flag
else
  PLAN_ONLY=bad-output
fi

mkdir -p "$SCALE_DIR"
W=$(mktemp -d "$SCALE_DIR/run.XXXXXX")
trap 'rm -rf "$W"' EXIT
ROWS=$W/rows
: > "$ROWS"

for N in "${SIZES[@]}"; do
  D=$W/n$N
  mkdir -p "$D"
  M=$D/m$N
  log "N=$N: generating"
  /usr/bin/time -f "%e" -o "$D/gen.time" \
    python3 "$ROOT/utils/gen-module.py" --functions "$N" --seed "$SEED" \
    -o "$M.ll" 2> "$D/gen.log" || { cat "$D/gen.log" >&2; exit 1; }
  cat "$D/gen.log" >&2
  # Call instructions, direct and indirect, libc and intrinsics included.
  CALLS=$(grep -cE '^ +(%[^ ]+ = )?((tail|musttail|notail) )?call ' "$M.ll" || true)
  log "N=$N: llvm-as (verifies)"
  "$BIN/llvm-as" "$M.ll" -o "$M.named.bc"
  if [ "$VALUE_NAMES" = discard ]; then
    "$BIN/opt" --discard-value-names "$M.named.bc" -o "$M.bc"
    rm "$M.named.bc"
  else
    mv "$M.named.bc" "$M.bc"
  fi
  [ -n "${KEEP:-}" ] || rm "$M.ll"
  BCSIZE=$(stat -c %s "$M.bc")

  # PARCG_FLAGS is split on spaces on purpose.
  read -r -a EXTRA <<< "$PARCG_FLAGS"
  COMMON=(--partitions="$PARTITIONS" -j"$JOBS" -filetype=null "${EXTRA[@]}")

  log "N=$N: plan only ($PLAN_ONLY)"
  if [ $PLAN_ONLY = flag ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$D/plan.time" \
      "$PARCG" "${COMMON[@]}" --plan-only --print-partitions \
      --partition-plan="$D/plan-only.json" "$M.bc" \
      > "$D/plan.table" 2> "$D/plan.err" || { cat "$D/plan.err" >&2; exit 1; }
  else
    set +e
    /usr/bin/time -f "%e %U %S %M" -o "$D/plan.time" \
      "$PARCG" "${COMMON[@]}" --print-partitions \
      --partition-plan="$D/no-such-dir/plan.json" "$M.bc" \
      > "$D/plan.table" 2> "$D/plan.err"
    RC=$?
    set -e
    if [ $RC != 1 ] || ! grep -q "no-such-dir/plan.json: No such file or directory" "$D/plan.err"; then
      echo "bench/scale.sh: N=$N: the plan-only run did not stop at the plan (status $RC):" >&2
      cat "$D/plan.err" >&2
      exit 1
    fi
  fi
  SUMMARY=$(grep '^total:' "$D/plan.table")
  log "N=$N: $SUMMARY"

  log "N=$N: full run (load, plan, split, and codegen to a null streamer)"
  /usr/bin/time -f "%e %U %S %M" -o "$D/full.time" \
    "$PARCG" "${COMMON[@]}" --partition-plan="$D/plan.json" \
    --time-trace="$D/trace.json" "$M.bc" 2> "$D/full.err" \
    || { cat "$D/full.err" >&2; exit 1; }

  python3 - "$N" "$CALLS" "$BCSIZE" "$D" "$SUMMARY" >> "$ROWS" <<'PY'
import json, re, sys
n, calls, bcsize, d, summary = sys.argv[1:]
ev = [e for e in json.load(open(d + "/trace.json"))["traceEvents"]
      if e.get("ph") == "X"]
main = min(e["tid"] for e in ev if e["name"] == "Load")
def main_s(name):
    return sum(e["dur"] for e in ev if e["name"] == name and e["tid"] == main) / 1e6
lp = [e["dur"] / 1e6 for e in ev if e["name"] == "LoadPartition"]
# Split modules: the cut on the main thread, the partition writes on the
# pool (their window, and their CPU), freeing the cut modules.
wp = [e for e in ev if e["name"] == "WritePartition"]
write_window = (max(e["ts"] + e["dur"] for e in wp) - min(e["ts"] for e in wp)) / 1e6 if wp else 0.0
split_wall = main_s("SplitModule") + write_window + main_s("FreePartitions")
parts = [e["dur"] / 1e6 for e in ev if e["name"] == "Partition"]
pw, pu, ps, pm = open(d + "/plan.time").read().split()[-4:]  # after "Command exited..."
fw, fu, fs, fm = open(d + "/full.time").read().split()[-4:]
gen = open(d + "/gen.time").read().split()[-1]
cut = re.search(r"cut calls (\d+)", summary).group(1)
mm = re.search(r"max/mean ([\d.]+)", summary).group(1)
print("\t".join(str(x) for x in (
    n, calls, "%.1f" % (int(bcsize) / 1e6), gen,
    "%.2f" % main_s("Load"), "%.3f" % main_s("Plan"),
    "%.2f" % (main_s("CheckInput") + main_s("Serialize")),
    "%.2f" % split_wall, "%.2f" % (sum(e["dur"] for e in wp) / 1e6),
    "%.2f" % sum(lp), "%.2f" % max(lp), "%.1f" % sum(parts),
    pw, "%.2f" % (float(pu) + float(ps)), "%.0f" % (int(pm) / 1024),
    fw, "%.1f" % (float(fu) + float(fs)), "%.0f" % (int(fm) / 1024),
    cut, mm)))
PY
  if [ -n "${KEEP:-}" ]; then
    mkdir -p "$SCALE_DIR/n$N"
    cp -r "$D"/. "$SCALE_DIR/n$N/"
  fi
  rm -rf "$D"
done

echo
echo "$PARCG --partitions=$PARTITIONS -j$JOBS -filetype=null ${PARCG_FLAGS:+$PARCG_FLAGS }(seed $SEED, value names: $VALUE_NAMES, plan only: $PLAN_ONLY); load avg at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| functions | call edges | bitcode MB | gen s | load s | plan s | check s | split modules s | sum WritePartition s | sum LoadPartition s | max LoadPartition s | sum Partition s | plan-only wall s | plan-only CPU s | plan-only peak RSS MiB | full wall s | full CPU s | full peak RSS MiB | cut calls | max/mean |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
while IFS=$'\t' read -r -a c; do
  printf '|'; printf ' %s |' "${c[@]}"; printf '\n'
done < "$ROWS"
