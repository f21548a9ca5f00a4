#!/usr/bin/env bash
# Fetches LevelDB 1.20 from the npm registry (leveldown@6.1.1 carries it) and
# builds, in a cache outside the repository, per-TU bitcode and, for db_bench
# and db_test, the merged optimized module LTO hands to codegen
# (lto/<prog>.0.5.precodegen.bc) plus the lld-LTO reference binaries.
# (LevelDB 1.20's db_test fails DBTest.HiddenValuesAreRemoved even in the
# reference lld-LTO build with clang 22, so the bench uses db_bench.)
# With the argument thin: thin/*.o, db_bench's files at -flto=thin.
# Prints the cache directory. Idempotent.
set -euo pipefail
INPUT=leveldb
source "$(dirname "$0")/common.sh"
PKG=leveldown@6.1.1
D="$CACHE/leveldb-1.20-ndebug-clang$CLANGV"
open_cache "$D" "$PKG" "$@"
S="$D/package/deps/leveldb/leveldb-1.20"
CXX=/usr/lib/llvm-22/bin/clang++
F="-std=c++11 -O2 -flto=full -DNDEBUG -DLEVELDB_PLATFORM_POSIX -DOS_LINUX -DLEVELDB_ATOMIC_PRESENT -I$S -I$S/include -w"
cd "$S"
LIB=$(ls db/*.cc table/*.cc util/*.cc helpers/memenv/memenv.cc port/port_posix.cc port/port_posix_sse.cc \
  | grep -v -e '_test\.cc$' -e '_bench\.cc$' -e 'testharness' -e 'testutil' -e 'db/leveldbutil.cc' -e 'db/dumpfile.cc' || true)
LIB="$LIB db/dumpfile.cc"
if [ $# -gt 0 ]; then
  [ "$1" = thin ] || { echo "build-leveldb.sh: unknown variant $1" >&2; exit 2; }
  build_thin "$D" "$CXX" "$F" $LIB util/testutil.cc db/db_bench.cc
fi
log "compiling $(echo $LIB | wc -w) library files + tools with clang++-22 -flto=full (2 jobs)"
printf '%s\n' $LIB util/testutil.cc util/testharness.cc db/db_bench.cc db/db_test.cc |
  xargs -P 2 -I{} sh -c "$CXX $F -c {} -o \"$D/bc/\$(echo {} | tr / _).bc\""
LIBBC=$(for f in $LIB; do echo "$D/bc/$(echo $f | tr / _).bc"; done)
log "lld LTO link of db_bench and db_test with --save-temps"
$CXX -O2 -flto=full -fuse-ld=lld $LIBBC "$D/bc/util_testutil.cc.bc" "$D/bc/db_db_bench.cc.bc" \
  -lpthread -o "$D/lto/db_bench" -Wl,--save-temps
$CXX -O2 -flto=full -fuse-ld=lld $LIBBC "$D/bc/util_testutil.cc.bc" "$D/bc/util_testharness.cc.bc" \
  "$D/bc/db_db_test.cc.bc" -lpthread -o "$D/lto/db_test" -Wl,--save-temps
log "checking the reference db_bench"
mkdir -p "$D/tmp"
"$D/lto/db_bench" --db="$D/tmp/db" --num=20000 --benchmarks=fillseq,readrandom > "$D/lto/db_bench.out" 2>&1
rm -rf "$D/package/"*.tgz "$D"/*.tgz "$D/tmp"
touch "$D/.done"
log done
echo "$D"
