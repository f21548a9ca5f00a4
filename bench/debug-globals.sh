#!/usr/bin/env bash
# Debug info of a split build against the unsplit one, on the SQLite shell
# built with -g: every file-scope variable gdb can print from the unsplit
# build must print from the split builds, and the other way round; and
# what the split costs in .debug_* bytes.
#
# Builds (cached with bench/build-sqlite.sh's sources): sqlite3.c and
# shell.c with clang-22 -O2 -g -flto=full; then links
#   lld     ld.lld --lto-partitions=1 (LLVM's serial full LTO)
#   whole   parcg --lto --partitions=1, one object
#   one     parcg --lto --partitions=N, one object (-o)
#   parts   parcg --lto --partitions=N, one object per partition
#   plugin  ld.bfd with parcg-plugin.so, lto-partitions=N
# and asks gdb (no process: what the file holds) to print each variable
# `info variables` lists in the lld build, as 'file'::name. A variable is
# "printable" when gdb prints a value that is not <optimized out>.
# Prints a table; exits 1 when the printable sets differ.
# Usage: bench/debug-globals.sh [PARTITIONS]   (default 16)
set -euo pipefail
N=${1:-16}
HERE=$(cd "$(dirname "$0")" && pwd)
PARCG=${PARCG:-$HERE/../build/bin/parcg}
B=/usr/lib/llvm-22/bin
D=$(bash "$HERE/build-sqlite.sh")
S="$D/sqlite-autoconf-3520000"
G="$D/g"
mkdir -p "$G"
DEFS="-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_MATH_FUNCTIONS"
if [ ! -f "$G/.done" ]; then
  echo "[debug-globals] clang-22 -O2 -g -flto=full (a few minutes)" >&2
  # Named .o: a clang driver given .bc would compile them again.
  (cd "$S" && $B/clang -O2 -g -flto=full $DEFS -c sqlite3.c -o "$G/sqlite3.o") &
  (cd "$S" && $B/clang -O2 -g -flto=full $DEFS -c shell.c -o "$G/shell.o")
  wait $!
  touch "$G/.done"
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
$B/clang -fuse-ld=lld -flto=full -O2 "$G/sqlite3.o" "$G/shell.o" -lm -o "$W/lld" \
  -Wl,--lto-partitions=1
common="--lto -O2 -relocation-model=pic -filetype=obj -j2 $G/sqlite3.o $G/shell.o"
"$PARCG" $common --partitions=1 -o "$W/whole.o"
"$PARCG" $common --partitions="$N" -o "$W/one.o"
"$PARCG" $common --partitions="$N" --output-dir="$W/parts"
$B/clang -fuse-ld=lld "$W/whole.o" -lm -o "$W/whole"
$B/clang -fuse-ld=lld "$W/one.o" -lm -o "$W/one"
$B/clang -fuse-ld=lld "$W"/parts/*.o -lm -o "$W/parts.exe"
# The linker plugin under ld.bfd, as a build would use it.
PLUGIN=${PARCG_PLUGIN:-$HERE/../build/lib/parcg-plugin.so}
$B/clang -fuse-ld=bfd "$G/sqlite3.o" "$G/shell.o" -lm -o "$W/plugin" -Wl,-plugin,"$PLUGIN" \
  -Wl,-plugin-opt=lto-partitions="$N" -Wl,-plugin-opt=jobs=2

# The variables with debug info: gdb's `info variables`, per file.
gdb -nx -batch -ex "info variables" "$W/lld" 2>/dev/null | awk '
  /^File / { f = $2; sub(/:$/, "", f); n = split(f, p, "/"); f = p[n]; next }
  /^Non-debugging/ { f = "" }
  /^[0-9]+:/ && f != "" {
    line = $0; sub(/;.*/, "", line); sub(/\[.*/, "", line)
    if (match(line, /\(\*+[A-Za-z_][A-Za-z0-9_]*/)) {
      name = substr(line, RSTART, RLENGTH); gsub(/[(*]/, "", name)
    } else { k = split(line, w, /[ *]+/); name = w[k] }
    if (name ~ /^[A-Za-z_][A-Za-z0-9_]*$/) print f " " name
  }' | sort -u > "$W/vars"
cmds() { while read -r f v; do echo "echo @@$f::$v\\n"; echo "output '$f'::$v"; echo "echo \\n"; done < "$W/vars"; }
cmds > "$W/gdb.cmds"
classify() { # classify EXE: "file::var ok|out|err" per variable
  gdb -nx -batch -x "$W/gdb.cmds" "$1" 2>&1 | awk '
    /^@@/ { if (v != "") print v, s; v = substr($0, 3); s = "none"; next }
    v != "" && s == "none" {
      if ($0 ~ /optimized out/) s = "out"
      else if ($0 ~ /^(No symbol|Missing ELF|Cannot access|.*is not an lvalue|.*isn.t an lvalue|Attempt to|There is no member)/) s = "err"
      else if ($0 != "") s = "ok"
    }
    END { if (v != "") print v, s }'
}
for b in lld whole one parts.exe plugin; do classify "$W/$b" > "$W/$b.class"; done
# sections EXE: "name size" (decimal) of each section.
sections() {
  $B/llvm-readelf -S -W "$1" | sed 's/^ *\[ *[0-9]*\] *//' | awk 'NF >= 5 { print $1, $5 }' |
    while read -r n h; do if [[ $h =~ ^[0-9a-f]+$ ]]; then echo "$n $((16#$h))"; fi; done
}
printf '%-10s %10s %10s %12s %12s %12s\n' build variables printable debug_info debug_str debug_total
rc=0
for b in lld whole one parts.exe plugin; do
  total=$(grep -c . "$W/$b.class" || true)
  ok=$(grep -c ' ok$' "$W/$b.class" || true)
  sections "$W/$b" > "$W/$b.sec"
  di=$(awk '$1 == ".debug_info" { print $2 }' "$W/$b.sec")
  ds=$(awk '$1 == ".debug_str" { print $2 }' "$W/$b.sec")
  all=$(awk '$1 ~ /^\.debug_/ { t += $2 } END { print t }' "$W/$b.sec")
  printf '%-10s %10s %10s %12s %12s %12s\n' "$b" "$total" "$ok" "$di" "$ds" "$all"
done
for b in whole one parts.exe plugin; do
  if ! diff <(grep ' ok$' "$W/lld.class") <(grep ' ok$' "$W/$b.class") > "$W/diff"; then
    echo "printable variables differ, lld vs $b:"; head -20 "$W/diff"; rc=1
  fi
done
[ "$rc" = 0 ] && echo "same printable variables in every build"
exit $rc
