#!/usr/bin/env bash
# build.sh SRC_DIR OUT_DIR: the plugin tests' inputs: bitcode objects (.o
# files holding full-LTO bitcode, as clang -flto=full -c writes them), an
# archive of bitcode, and a native object.
set -euo pipefail
S=$1; O=$2
mkdir -p "$O"
for f in main util archived shlib symver; do
  clang -O2 -fPIC -flto=full -c "$S/$f.c" -o "$O/$f.o"
done
llvm-ar rcs "$O/libarchived.a" "$O/archived.o"
clang -O2 -fPIC -ffunction-sections -c "$S/native.c" -o "$O/native.o"
