#!/usr/bin/env bash
# README command 1: set up, build, and run ParCG on the bundled example
# (examples/minicalc, a small interpreter in C): compile it to bitcode with
# clang-22 -flto=full, take the merged, LTO-optimized module lld would hand
# to codegen, split and compile it on 2 workers, link, run, and compare with
# the expected output; then link it as a build system would, with -flto on
# the link line and -fuse-ld=parcg (ParCG's plugin through ld.parcg).
set -euo pipefail
cd "$(dirname "$0")/.."
bash utils/setup-debian.sh
bash utils/build.sh
BIN=/usr/lib/llvm-22/bin
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
echo "== compiling examples/minicalc to bitcode (clang-22 -O2 -flto=full)"
for f in examples/minicalc/*.c; do
  "$BIN/clang" -O2 -flto=full -c "$f" -o "$W/$(basename "$f" .c).bc"
done
# lld's --save-temps keeps the module LTO hands to codegen.
"$BIN/clang" -O2 -flto=full -fuse-ld=lld "$W"/*.bc -lm -o "$W/minicalc-lto" -Wl,--save-temps
echo "== parcg -j2 --partitions=4 on the merged module"
build/bin/parcg -O2 -relocation-model=pic -filetype=obj -j2 --partitions=4 \
  --print-partitions --output-dir="$W/parts" "$W/minicalc-lto.0.5.precodegen.bc"
"$BIN/clang" -fuse-ld=lld @"$W/parts/minicalc-lto.0.5.precodegen.rsp" -lm -o "$W/minicalc"
echo "== running the ParCG-built program"
"$W/minicalc" > "$W/out.txt"
head -n 12 "$W/out.txt"
echo "..."
if cmp -s "$W/out.txt" examples/minicalc/expected-output.txt; then
  echo "== output identical to examples/minicalc/expected-output.txt"
else
  diff examples/minicalc/expected-output.txt "$W/out.txt" | head
  echo "== output differs" >&2
  exit 1
fi
echo "== the same program linked as a build system links it: clang-22 -flto=full -fuse-ld=parcg"
mkdir "$W/objs"
for f in examples/minicalc/*.c; do cp "$W/$(basename "$f" .c).bc" "$W/objs/$(basename "$f" .c).o"; done
PATH="$PWD/build/bin:$PATH" "$BIN/clang" -O2 -flto=full -fuse-ld=parcg "$W"/objs/*.o -lm -o "$W/minicalc-fuse-ld" \
  -Wl,-plugin-opt=jobs=2 -Wl,-plugin-opt=report-times 2>&1 | tail -n 1
if "$W/minicalc-fuse-ld" | cmp -s - examples/minicalc/expected-output.txt; then
  echo "== output identical to examples/minicalc/expected-output.txt"
else
  echo "== output of the -fuse-ld=parcg build differs" >&2
  exit 1
fi
