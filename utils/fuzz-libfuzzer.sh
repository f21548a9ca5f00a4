#!/usr/bin/env bash
# A bounded libFuzzer run of fuzz/parcg-fuzz (IR into the partitioner and
# splitter, fuzz/README.md). Builds it with clang-22 into build-fuzz
# (PARCG_BUILD_FUZZER=ON; libclang-rt-22-dev gives libFuzzer), copies the seed
# corpus fuzz/corpus into a scratch corpus (the repository's is never
# written), fuzzes for SECONDS and prints one summary line.
# Usage: utils/fuzz-libfuzzer.sh [SECONDS] [libFuzzer options...]
#
# LLVM's IR parser and verifier crash on some malformed inputs before any of
# ParCG runs, so the fuzzer runs in libFuzzer's fork mode and keeps going
# after a crash; at the end every crash file is run again and sorted: "split"
# (an invariant of the split broken, or a crash with the partitioner or the
# splitter on the stack), "input" (LLVM reading or verifying the input), or
# not reproduced alone.
# Exit status 1 when a split crash, a timeout or an out-of-memory was found,
# with its file printed; input crashes are listed, and fail the run only with
# FUZZ_STRICT=1. Leaks are not checked by default: the ones seen were inside
# LLVM's bitcode reader (-detect_leaks=1 among the options turns it back on).
# FUZZ_WORK=DIR keeps the scratch corpus and artifacts in DIR (default: a new
# temporary directory, kept and printed), so a later run can continue it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECS=${1:-60}
shift || true
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
LLVM=/usr/lib/llvm-22

# The libFuzzer runtime: Debian's libclang-rt-22-dev (as root, or with sudo).
if ! dpkg-query -W -f='${Status}' libclang-rt-22-dev 2>/dev/null | grep -q "install ok installed"; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  echo "[fuzz] apt-get install libclang-rt-22-dev" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q libclang-rt-22-dev
fi

# Its own build directory: the fuzzer's flags must not reach build/.
nice -n 10 cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLLVM_DIR=$LLVM/lib/cmake/llvm -DCMAKE_C_COMPILER=$LLVM/bin/clang \
  -DCMAKE_CXX_COMPILER=$LLVM/bin/clang++ -DPARCG_BUILD_FUZZER=ON >/dev/null
nice -n 10 ninja -C "$BUILD" -j2 parcg-fuzz >/dev/null
FUZZ=$BUILD/bin/parcg-fuzz

WORK=${FUZZ_WORK:-$(mktemp -d -t parcg-fuzz.XXXXXX)}
mkdir -p "$WORK/corpus" "$WORK/artifacts"
cp -n "$ROOT"/fuzz/corpus/* "$WORK/corpus/"
LOG=$WORK/fuzz.log
ls "$WORK/artifacts" | sort >"$WORK/artifacts.before"
echo "[fuzz] ${SECS}s in $WORK (corpus/, artifacts/, fuzz.log)" >&2

# One job at a time: the machine is shared.
start=$(date +%s)
set +e
nice -n 10 "$FUZZ" -fork=1 -ignore_crashes=1 -max_total_time="$SECS" \
  -max_len=65536 -timeout=25 -detect_leaks=0 -dict="$ROOT/fuzz/ir.dict" \
  -artifact_prefix="$WORK/artifacts/" "$@" "$WORK/corpus" >"$LOG" 2>&1
rc=$?
set -e
secs=$(( $(date +%s) - start ))

# Sort the crashes of this run, each run again on its own. (One that does
# not crash again depended on the heap of the job that found it.)
split=() input=() other=() unrepro=()
for f in $(ls "$WORK/artifacts" | sort | comm -13 "$WORK/artifacts.before" -); do
  path=$WORK/artifacts/$f
  case $f in
    crash-*) ;;
    *) other+=("$path"); continue ;;
  esac
  if out=$("$FUZZ" "$path" 2>&1); then
    unrepro+=("$path")
    continue
  fi
  frames=$(echo "$out" | sed -n '/^    #/p' | sed '/LLVMFuzzerTestOneInput/q')
  # Here-strings, not pipes: grep -q stops reading at the first match, and
  # under pipefail the writer's SIGPIPE on a long log would fail the test.
  if grep -q 'parcg-fuzz: invariant violated' <<< "$out" ||
     grep -Eq '/lib/(Partition|Split)/|splitAndCheck|checkPartition|checkPlan' <<< "$frames"; then
    split+=("$path")
  else
    input+=("$path")
  fi
done

execs=$(grep -o '^#[0-9]*' "$LOG" | tail -1 | tr -d '#')
units=$(find "$WORK/corpus" -type f | wc -l)
cov=$(grep -o 'cov: [0-9]*' "$LOG" | tail -1 | cut -d' ' -f2)
rate=$(( ${execs:-0} / (secs > 0 ? secs : 1) ))
printf 'fuzz-libfuzzer: %s s, %s executions (%s/s), corpus %s inputs, cov %s, crashes: %s split, %s input, %s timeout/oom/leak, %s not reproduced\n' \
  "$secs" "${execs:-0}" "$rate" "$units" "${cov:-?}" "${#split[@]}" "${#input[@]}" "${#other[@]}" "${#unrepro[@]}"
for p in "${input[@]}"; do
  echo "input crash (LLVM, before the split): $p"
done
for p in "${unrepro[@]}"; do
  echo "crash not reproduced alone: $p"
done
fail=0
for p in "${split[@]}"; do
  "$FUZZ" "$p" 2>&1 | grep -m1 -E 'parcg-fuzz: invariant violated|ERROR:' || true
  echo "crash file: $p"
  echo "reproduce: $FUZZ $p"
  fail=1
done
for p in "${other[@]}"; do
  echo "timeout, out-of-memory or leak: $p"
  echo "reproduce: $FUZZ -timeout=25 $p"
  fail=1
done
if [ "$rc" != 0 ] && [ "$fail" = 0 ] && [ ${#input[@]} = 0 ]; then
  echo "libFuzzer exited with $rc without a crash file, see $LOG"
  fail=1
fi
if [ "${FUZZ_STRICT:-0}" = 1 ] && [ ${#input[@]} != 0 ]; then fail=1; fi
exit $fail
