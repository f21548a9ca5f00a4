#!/usr/bin/env bash
# Smoke test of utils/distributors/slurm.py on a private one-node Slurm
# cluster (utils/slurm/cluster.sh) in a temporary directory:
#   1. three jobs copying their inputs to their outputs: exit 0, outputs right
#   2. three jobs, one failing: exit 1, the failing job's outputs[0] and its
#      stderr on stderr, the other two outputs written
#   3. more slow jobs than CPUs, the distributor SIGTERMed: exit 143 and no
#      job of it left in squeue, no job process left running
#   4. the time of a trivial srun step (mean of 10), printed
#   5. the cluster stopped: no daemon left; a second stop is harmless
# Exits 0 when all pass, 1 when one fails, 77 when Slurm/munge are missing
# (apt-get install slurm-wlm munge).  KEEP=1 keeps the temporary directory.
# shellcheck disable=SC2016  # the job scripts are for /bin/sh -c, unexpanded here
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLUSTER="$HERE/cluster.sh"
DIST="$(cd "$HERE/../distributors" && pwd)/slurm.py"
PATH="$PATH:/usr/sbin:/sbin"

if ! "$CLUSTER" available; then
  echo "smoke.sh: SKIP: Slurm or munge not installed" >&2
  exit 77
fi

TMP="$(mktemp -d /tmp/parcg-slurm-smoke.XXXXXX)"
CDIR="$TMP/cluster"
WORK="$TMP/work"
chmod 755 "$TMP"   # munged wants o+x on every directory above its socket
mkdir -p "$WORK"
cleanup() {
  "$CLUSTER" stop "$CDIR" >/dev/null 2>&1 || true
  if [ "${KEEP:-0}" = 1 ]; then echo "smoke.sh: kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

passed=0 failed=0
ok()   { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# write_jobs FILE SCRIPT N [TAG]: a job file of N jobs whose common.args is
# /bin/sh -c SCRIPT and whose job i is "IN -o OUT" (IN made here).
write_jobs() {
  python3 - "$@" <<'EOF'
import json, sys
path, script, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
tag = sys.argv[4] if len(sys.argv) > 4 else "t"
d = path.rsplit("/", 1)[0]
jobs = []
for i in range(n):
    src, dst = f"{d}/{tag}.part{i}.bc", f"{d}/{tag}.part{i}.o"
    with open(src, "w") as f:
        f.write(f"partition {i} of {tag}\n")
    jobs.append({"args": [src, "-o", dst], "inputs": [src], "outputs": [dst]})
with open(path, "w") as f:
    json.dump({"common": {"linker_output": f"{d}/{tag}.o",
                          "args": ["/bin/sh", "-c", script], "inputs": []},
               "jobs": jobs}, f, indent=1)
EOF
}

t0=$(date +%s.%N)
if ! "$CLUSTER" start "$CDIR"; then
  fail "cluster start"
  echo "slurm smoke: $passed passed, $((failed)) failed"
  exit 1
fi
ok "cluster start ($(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f}')") s)"
eval "$("$CLUSTER" env "$CDIR")"

# 1. three copying jobs.
write_jobs "$WORK/ok.json" 'cp "$0" "$2"' 3 ok
if "$DIST" --verbose "$WORK/ok.json" 2>"$WORK/ok.err"; then
  good=1
  for i in 0 1 2; do cmp -s "$WORK/ok.part$i.bc" "$WORK/ok.part$i.o" || good=0; done
  if [ $good = 1 ]; then ok "3 jobs copied"; else fail "3 jobs: outputs wrong"; fi
  grep 'jobs ok in' "$WORK/ok.err" | sed 's/^/  /'
else
  fail "3 jobs: exit $?"; cat "$WORK/ok.err"
fi

# 2. one failing job.
write_jobs "$WORK/bad.json" \
  'case "$0" in *part1*) echo "boom: cannot codegen $0" >&2; exit 3;; esac; cp "$0" "$2"' 3 bad
"$DIST" "$WORK/bad.json" 2>"$WORK/bad.err"
rc=$?
if [ $rc = 1 ] && grep -q "failed (exit code 3): $WORK/bad.part1.o" "$WORK/bad.err" &&
   grep -q "boom: cannot codegen $WORK/bad.part1.bc" "$WORK/bad.err" &&
   [ -f "$WORK/bad.part0.o" ] && [ -f "$WORK/bad.part2.o" ] && [ ! -e "$WORK/bad.part1.o" ]; then
  ok "failing job reported (exit 1)"
else
  fail "failing job: exit $rc"; cat "$WORK/bad.err"
fi

# 3. SIGTERM while jobs run and more wait.
write_jobs "$WORK/slow.json" 'sleep 60; cp "$0" "$2"' 5 slow
"$DIST" "$WORK/slow.json" 2>"$WORK/slow.err" &
pid=$!
for _ in $(seq 1 100); do   # until the CPUs are busy
  [ "$(squeue -h -t R -o %i | wc -l)" -ge 1 ] && break
  sleep 0.1
done
sleep 1
kill -TERM "$pid"
wait "$pid"
rc=$?
left=""
for _ in $(seq 1 50); do
  left="$(squeue -h -o '%i %j %T')"
  [ -z "$left" ] && break
  sleep 0.2
done
if [ $rc = 143 ] && [ -z "$left" ] && ! pgrep -f "sleep 60; cp" >/dev/null; then
  ok "SIGTERM: exit 143, no job left"
else
  fail "SIGTERM: exit $rc, left in squeue: '${left}'"; cat "$WORK/slow.err"
fi

# 4. overhead of one trivial srun step (allocation + launch + teardown).
srun --quiet -n1 /bin/true   # warm up
t0=$(date +%s.%N)
for _ in $(seq 1 10); do srun --quiet -n1 /bin/true; done
t1=$(date +%s.%N)
ms=$(python3 -c "print(f'{($t1 - $t0) * 100:.0f}')")
ok "trivial srun step: ${ms} ms each (mean of 10, sequential)"

# 5. stop.
pids="$(cat "$CDIR/munge/munged.pid" "$CDIR/slurmctld.pid" "$CDIR/slurmd.pid")"
"$CLUSTER" stop "$CDIR"
gone=1
for p in $pids; do kill -0 "$p" 2>/dev/null && gone=0; done
for f in "$CDIR/munge/munged.pid" "$CDIR/slurmctld.pid" "$CDIR/slurmd.pid"; do
  [ -e "$f" ] && gone=0
done
if "$CLUSTER" stop "$CDIR" && [ $gone = 1 ]; then
  ok "cluster stopped (twice)"
else
  fail "cluster stop"
fi

echo "slurm smoke: $passed passed, $failed failed"
[ $failed = 0 ]
