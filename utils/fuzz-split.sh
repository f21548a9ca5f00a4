#!/usr/bin/env bash
# Differential fuzzing of the split and of the single object. For each seed:
# llvm-stress makes six random functions (two made internal), a driver
# calls them all and, by the seed, touches a TLS variable, an unnamed
# internal global, an ifunc with an internal resolver, a `retain`ed global
# (llvm.used: SHF_GNU_RETAIN) and a C++-style inline static member
# (linkonce_odr, in a comdat, in llvm.used); llvm-link merges them. Every
# module goes through build/bin/parcg-fuzz-objects (fuzz/SplitObjects.cpp) at
# 2, 3, 8 and 16 partitions: every partition must verify (parcg runs the
# verifier), the partition objects linked with `ld.lld -r` must define
# exactly the symbols of llc's unsplit object, and the one object of `-o`
# must be what `ld.lld -r` makes of the partition objects, header, symbols,
# sections and groups (a refusal by the writer is a failure). First, the
# hand-written nasty cases of fuzz/corpus (comdats, aliases of aliases,
# ifuncs, blockaddress, TLS, GNU_UNIQUE, retain, module asm, unnamed
# globals, a name that clashes with a promoted name, EH comdats, debug info
# with global variables, an empty module) and the ParCG regressions of
# fuzz/regressions, each that llc compiles, the same way.
# Usage: utils/fuzz-split.sh [FIRST_SEED] [SEEDS] [SECONDS]
# POOL=N sets the number of distinct llvm-stress functions the modules are
# made of (default 400; six per module, so modules rarely repeat).
# Stops after SEEDS seeds or SECONDS seconds, whichever comes first (the
# hand-written cases always run); exits 1 on the first failure, leaving its
# module in the work directory it prints. COUNTS=2,3,8,16 sets the partition
# counts.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FIRST=${1:-1}; SEEDS=${2:-50}; SECONDS_MAX=${3:-300}
CHECK=${PARCG_FUZZ_OBJECTS:-$ROOT/build/bin/parcg-fuzz-objects}
COUNTS=${COUNTS:-2,3,8,16}
B=/usr/lib/llvm-22/bin
W=$(mktemp -d)
export PATH=$B:$PATH
start=$(date +%s); tried=0; cases=0
# check LABEL MODULE...: all of them through the checker.
check() {
  local label=$1; shift
  if ! "$CHECK" --counts="$COUNTS" --ld="$B/ld.lld" --work="$W/check" -O2 \
      -relocation-model=pic "$@" > "$W/out" 2>&1; then
    echo "FAIL $label:"; head -c 2000 "$W/out"; echo; echo "work: $W"; exit 1
  fi
}
hand=()
for f in "$ROOT"/fuzz/corpus/*.ll "$ROOT"/fuzz/regressions/*.ll; do
  case "$(basename "$f")" in llvm-*) continue ;; esac # LLVM's own bugs
  # (llc aborts on some regressions: the shell's report of it goes too.)
  { llc -O2 -filetype=obj "$f" -o "$W/whole.o"; } > /dev/null 2>&1 || continue
  hand+=("$f")
done
check "hand-written modules" "${hand[@]}"
cases=$(grep -o '^fuzz-objects: [0-9]*' "$W/out" | grep -o '[0-9]*$')

# The functions come from a pool of llvm-stress functions, made once per
# run (llvm-stress starts as slowly as any LLVM tool): seed s takes six of
# them, chosen by s, of growing size.
POOL=${POOL:-400}
mkdir -p "$W/pool"
pool_fn() { # pool_fn INDEX: the path of pool function INDEX, made on demand
  local f="$W/pool/p$1.ll"
  if [ ! -f "$f" ]; then
    llvm-stress -seed=$((1000003 + $1)) -size=$((30 + ($1 % 6) * 20)) -o "$f"
    sed -i 's/@autogen_SD[0-9]*/@FN/' "$f"
  fi
  echo "$f"
}
# gen SEED OUT.ll: one random module.
gen() {
  local s=$1 out=$2 d="$W/gen"
  rm -rf "$d"; mkdir -p "$d"
  for k in 0 1 2 3 4 5; do
    # Pool index: a mix of the seed and k, the same for the same seed.
    local i=$(( ( (s * 2654435761 + k * 40503) >> 7 ) % POOL ))
    sed "s/@FN/@f$k/" "$(pool_fn $i)" > "$d/s$k.ll"
  done
  {
    for k in 0 1 2 3 4 5; do echo "declare void @f$k(ptr, ptr, ptr, i32, i64, i8)"; done
    used=()
    (( s % 2 )) && echo '@tls = thread_local global i32 0'
    echo '@0 = internal global i32 5'
    if (( s % 3 == 0 )); then
      echo 'define internal ptr @resolve() { ret ptr @impl }'
      echo 'define internal i32 @impl(i32 %x) { %y = add i32 %x, 1
  ret i32 %y }'
      echo '@h = ifunc i32 (i32), ptr @resolve'
    fi
    if (( s % 4 < 2 )); then
      echo '@keep = global i32 1'; used+=('ptr @keep')
    fi
    if (( s % 5 < 3 )); then
      echo '$_ZN1SIiE1nE = comdat any'
      echo '@_ZN1SIiE1nE = linkonce_odr global i32 0, comdat'
      used+=('ptr @_ZN1SIiE1nE')
    fi
    if (( ${#used[@]} )); then
      echo "@llvm.used = appending global [${#used[@]} x ptr] [$(IFS=,; echo "${used[*]}")], section \"llvm.metadata\""
    fi
    echo 'define void @driver(ptr %a, i32 %n) {'
    for k in 0 1 2 3 4 5; do echo "  call void @f$k(ptr %a, ptr %a, ptr %a, i32 %n, i64 1, i8 2)"; done
    echo '  %u = load i32, ptr @0'
    (( s % 2 )) && echo '  store i32 %u, ptr @tls'
    (( s % 3 == 0 )) && echo '  %v = call i32 @h(i32 %u)'
    (( s % 5 < 3 )) && echo '  store i32 %u, ptr @_ZN1SIiE1nE'
    echo '  ret void'
    echo '}'
  } > "$d/drv.ll"
  # f1 and f3 become internal after the link, as LTO's internalization
  # would make them: calls to them from another partition need promotion.
  llvm-link -S "$d"/s*.ll "$d/drv.ll" -o "$out"
  sed -i 's/^define void @f\([13]\)(/define internal void @f\1(/' "$out"
}
mkdir -p "$W/batch"
s=$FIRST; last=$((FIRST + SEEDS - 1))
while [ "$s" -le "$last" ] && [ $(( $(date +%s) - start )) -lt "$SECONDS_MAX" ]; do
  # Batches of up to 20 modules, one checker process each.
  rm -f "$W"/batch/*.ll
  batch=()
  while [ "$s" -le "$last" ] && [ "${#batch[@]}" -lt 20 ]; do
    gen "$s" "$W/batch/seed$s.ll"; batch+=("$W/batch/seed$s.ll"); s=$((s + 1))
  done
  check "seeds $((s - ${#batch[@]})) to $((s - 1))" "${batch[@]}"
  tried=$((tried + ${#batch[@]}))
done
echo "fuzz-split: $cases hand-written modules, $tried seeds, partitions $COUNTS, $(( $(date +%s) - start )) s, no failure"
[ -n "${KEEP:-}" ] && echo "kept $W" || rm -rf "$W"
