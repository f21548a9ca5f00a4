#!/usr/bin/env bash
# Times codegen of the merged SQLite module (bench/build-sqlite.sh):
# llc-22 against parcg -j1 and -j2, RUNS times each, interleaved so machine
# noise hits all three alike; prints the median wall time, user CPU and peak
# RSS of each and the ratios to llc. Then checks the parcg-built sqlite3 on
# the check script and byte-identity of the objects for -j1, -j2, -j8.
# Usage: bench/codegen-sqlite.sh [RUNS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
D=$(bench/build-sqlite.sh)
BC="$D/lto/sqlite3.0.5.precodegen.bc"
BIN=/usr/lib/llvm-22/bin
PARCG=${PARCG:-build/bin/parcg}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
FLAGS="-O2 -relocation-model=pic -filetype=obj"
measure() { # name command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %M" -o "$W/t" "$@" 2>"$W/err" >/dev/null || { cat "$W/err" >&2; exit 1; }
  echo "$name $(cat "$W/t")" >> "$W/times"
}
for r in $(seq "$RUNS"); do
  echo "[bench] run $r/$RUNS" >&2
  measure llc "$BIN/llc" $FLAGS "$BC" -o "$W/llc.o"
  rm -rf "$W/p1"; measure parcg-j1 "$PARCG" $FLAGS -j1 --output-dir="$W/p1" "$BC"
  rm -rf "$W/p2"; measure parcg-j2 "$PARCG" $FLAGS -j2 --output-dir="$W/p2" "$BC" --report-times
  cp "$W/err" "$W/report-times"
done
python3 - "$W/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, user, rss = line.split()
    rows.setdefault(name, []).append((float(wall), float(user), int(rss)))
med = {n: tuple(statistics.median(v[i] for v in r) for i in range(3)) for n, r in rows.items()}
print("| tool | wall s | user s | peak RSS MiB | wall / llc | RSS / llc |")
print("|---|---|---|---|---|---|")
for n in ("llc", "parcg-j1", "parcg-j2"):
    w, u, m = med[n]
    print("| %s | %.2f | %.2f | %.0f | %.2f | %.2f |" % (n, w, u, m / 1024, w / med["llc"][0], m / med["llc"][2]))
print("(median of %d runs each, interleaved)" % len(rows["llc"]))
PY
echo; echo "per-partition codegen seconds (last parcg -j2 run):"; cat "$W/report-times"
"$PARCG" $FLAGS -filetype=null --print-partitions "$BC" | tail -1
for j in 1 2 8; do rm -rf "$W/d$j"; "$PARCG" $FLAGS -j$j --output-dir="$W/d$j" "$BC"; done
same=yes
for f in "$W"/d1/*.o; do
  for j in 2 8; do cmp -s "$f" "$W/d$j/$(basename "$f")" || same=no; done
done
echo "objects byte-identical for -j1, -j2, -j8: $same"
"$BIN/clang" -fuse-ld=lld @"$W/d2/sqlite3.0.5.precodegen.rsp" -lm -o "$W/sqlite3-parcg"
"$BIN/clang" -fuse-ld=lld "$W/llc.o" -lm -o "$W/sqlite3-llc"
"$W/sqlite3-parcg" :memory: < "$D/check.sql" > "$W/parcg.out"
"$W/sqlite3-llc" :memory: < "$D/check.sql" > "$W/llc.out"
cmp "$W/parcg.out" "$W/llc.out" && cmp "$W/parcg.out" "$D/check.expected" && echo "sqlite3 check script: parcg-built output identical to llc-built and expected"
