#!/usr/bin/env bash
# Differential fuzzing of the split. For each seed: llvm-stress makes six
# random functions (two made internal), a driver calls them all and touches a
# TLS variable and an unnamed internal global; llvm-link merges them. parcg
# splits the module at several partition counts; every partition must verify
# (parcg runs the verifier), and the partition objects must define exactly
# the symbols of llc's unsplit object (test/Inputs/compare-symbols.py), and
# must link together (ld.lld -r: no symbol defined twice). First, the
# hand-written nasty cases of fuzz/corpus (comdats, aliases of aliases,
# ifuncs, blockaddress, TLS, module asm, unnamed globals, a name that clashes
# with a promoted name, EH comdats, debug info, an empty module) and the
# ParCG regressions of fuzz/regressions, each that llc compiles, the same way.
# Usage: utils/fuzz-split.sh [FIRST_SEED] [SEEDS] [SECONDS]
# Stops after SEEDS seeds or SECONDS seconds, whichever comes first; exits 1
# on the first failure, leaving its module in the work directory it prints.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FIRST=${1:-1}; SEEDS=${2:-50}; SECONDS_MAX=${3:-300}
PARCG=${PARCG:-$ROOT/build/bin/parcg}
B=/usr/lib/llvm-22/bin
W=$(mktemp -d)
export PATH=$B:$PATH
start=$(date +%s); tried=0; runs=0; cases=0
# split_and_check MODULE LABEL: parcg at 2, 3 and 5 partitions against llc's
# unsplit object $W/whole.o.
split_and_check() {
  for n in 2 3 5; do
    rm -rf "$W/p"
    if ! "$PARCG" -O2 -filetype=obj --partitions=$n --output-dir="$W/p" --partition-plan="$W/plan.json" "$1" 2> "$W/err"; then
      echo "FAIL $2 partitions $n: $(head -c 500 "$W/err")"; echo "module: $1"; exit 1
    fi
    if ! python3 "$ROOT/test/Inputs/compare-symbols.py" --plan "$W/plan.json" "$W/whole.o" "$W"/p/*.o > "$W/cmp"; then
      echo "SYMBOLS DIFFER $2 partitions $n:"; head "$W/cmp"; echo "module: $1"; exit 1
    fi
    if ! ld.lld -r "$W"/p/*.o -o "$W/linked.o" 2> "$W/err"; then
      echo "LINK FAILS $2 partitions $n: $(head -c 500 "$W/err")"; echo "module: $1"; exit 1
    fi
    runs=$((runs + 1))
  done
}
for f in "$ROOT"/fuzz/corpus/*.ll "$ROOT"/fuzz/regressions/*.ll; do
  case "$(basename "$f")" in llvm-*) continue ;; esac # LLVM's own bugs
  # (llc aborts on some regressions: the shell's report of it goes too.)
  { llc -O2 -filetype=obj "$f" -o "$W/whole.o"; } > /dev/null 2>&1 || continue
  cases=$((cases + 1))
  split_and_check "$f" "$(basename "$f")"
done
for s in $(seq "$FIRST" $((FIRST + SEEDS - 1))); do
  [ $(( $(date +%s) - start )) -ge "$SECONDS_MAX" ] && break
  rm -f "$W"/*.ll
  for k in 0 1 2 3 4 5; do
    llvm-stress -seed=$((s * 10 + k)) -size=$((40 + k * 20)) -o "$W/s$k.ll"
    sed -i "s/@autogen_SD[0-9]*/@f$k/" "$W/s$k.ll"
  done
  {
    for k in 0 1 2 3 4 5; do echo "declare void @f$k(ptr, ptr, ptr, i32, i64, i8)"; done
    echo '@tls = thread_local global i32 0'
    echo '@0 = internal global i32 5'
    echo 'define void @driver(ptr %a, i32 %n) {'
    for k in 0 1 2 3 4 5; do echo "  call void @f$k(ptr %a, ptr %a, ptr %a, i32 %n, i64 1, i8 2)"; done
    echo '  %u = load i32, ptr @0'
    echo '  store i32 %u, ptr @tls'
    echo '  ret void'
    echo '}'
  } > "$W/drv.ll"
  # f1 and f3 become internal after the link, as LTO's internalization
  # would make them: calls to them from another partition need promotion.
  llvm-link -S "$W"/s*.ll "$W/drv.ll" -o "$W/m.ll"
  sed -i 's/^define void @f\([13]\)(/define internal void @f\1(/' "$W/m.ll"
  llvm-as "$W/m.ll" -o "$W/m.bc"
  llc -O2 -filetype=obj "$W/m.bc" -o "$W/whole.o"
  tried=$((tried + 1))
  split_and_check "$W/m.bc" "seed $s"
done
echo "fuzz-split: $cases hand-written modules, $tried seeds, $runs splits, $(( $(date +%s) - start )) s, no failure"
[ -n "${KEEP:-}" ] && echo "kept $W" || rm -rf "$W"
