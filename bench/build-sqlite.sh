#!/usr/bin/env bash
# Fetches the SQLite shell from the npm registry (sqlite3@6.0.1 carries the
# amalgamation) and builds, in a cache outside the repository:
#   sqlite3.bc, shell.bc          per-TU bitcode (clang-22 -O2 -flto=full)
#   lto/sqlite3.0.5.precodegen.bc the merged, optimized module LTO hands to codegen
#   lto/sqlite3                   the lld-LTO reference binary
#   check.sql, check.expected     a workload whose output must not change with the build
# With an argument, a variant of the per-TU objects, in its own directory:
#   thin    thin/sqlite3.o, thin/shell.o  (clang-22 -O2 -flto=thin)
#   gcc     gcc/sqlite3.o, gcc/shell.o    (gcc -O2 -flto: GCC's own LTO objects)
# Prints the cache directory on stdout. Idempotent: a finished cache is reused.
set -euo pipefail
INPUT=sqlite
source "$(dirname "$0")/common.sh"
PKG=sqlite3@6.0.1
AMAL=sqlite-autoconf-3520000
D="$CACHE/sqlite-3520000-clang$CLANGV"
S="$D/$AMAL"
DEFS="-DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_MATH_FUNCTIONS"
if [ $# -gt 0 ]; then
  "$0" > /dev/null
  V=$1
  if [ ! -f "$D/$V/.done" ]; then
    rm -rf "${D:?}/$V"; mkdir -p "$D/$V"
    case $V in
      thin) CC="/usr/lib/llvm-22/bin/clang -O2 -flto=thin" ;;
      gcc) CC="gcc -O2 -flto" ;;
      *) echo "build-sqlite.sh: unknown variant $V" >&2; exit 2 ;;
    esac
    log "$CC sqlite3.c shell.c (about a minute)"
    $CC $DEFS -c "$S/sqlite3.c" -o "$D/$V/sqlite3.o" &
    $CC $DEFS -c "$S/shell.c" -o "$D/$V/shell.o"
    wait $!
    touch "$D/$V/.done"
  fi
  echo "$D"
  exit 0
fi
start_cache "$D"
fetch_npm "$PKG" "$D"
tar xzf "$D/package/deps/$AMAL.tar.gz" -C "$D"
log "clang-22 -O2 -flto=full sqlite3.c (about a minute)"
/usr/lib/llvm-22/bin/clang -O2 -flto=full $DEFS -c "$S/sqlite3.c" -o "$D/sqlite3.bc" &
/usr/lib/llvm-22/bin/clang -O2 -flto=full $DEFS -c "$S/shell.c" -o "$D/shell.bc"
wait $!
log "lld LTO link with --save-temps"
mkdir -p "$D/lto"
/usr/lib/llvm-22/bin/clang -O2 -flto=full -fuse-ld=lld "$D/sqlite3.bc" "$D/shell.bc" \
  -o "$D/lto/sqlite3" -lm -Wl,--save-temps
cat > "$D/check.sql" <<'SQL'
CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT, c REAL);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM n WHERE x<200000)
INSERT INTO t SELECT x, printf('row%08d', x*7919 % 200000), x*0.5 FROM n;
CREATE INDEX tb ON t(b);
SELECT count(*), sum(a), printf('%.1f', sum(c)), min(b), max(b) FROM t;
SELECT count(*) FROM t WHERE b LIKE 'row0001%';
CREATE VIRTUAL TABLE f USING fts5(body);
INSERT INTO f SELECT 'doc ' || b || CASE WHEN a%3=0 THEN ' fizz' ELSE '' END FROM t WHERE a <= 30000;
SELECT count(*) FROM f WHERE f MATCH 'fizz';
SELECT json_group_array(a) FROM (SELECT a FROM t ORDER BY b LIMIT 5);
SQL
printf '%s\n' '200000|20000100000|10000050000.0|row00000000|row00199999' 10000 10000 \
  '[200000,17679,35358,53037,70716]' > "$D/check.expected"
"$D/lto/sqlite3" :memory: < "$D/check.sql" > "$D/lto/check.out"
cmp "$D/lto/check.out" "$D/check.expected"
rm -rf "$D/package" "$D"/*.tgz
touch "$D/.done"
log "done"
echo "$D"
