#!/usr/bin/env bash
# Fetches DuckDB 1.4.4 from the npm registry (duckdb@1.4.4 carries the whole
# source as unity files) and builds, in a cache outside the repository, a
# scale input: 16 unity files of src/execution compiled to bitcode with
# clang++-22 -O2 -flto=full, merged and LTO-optimized by `ld.lld -r
# --save-temps` (no main: nothing is internalized). The module is
# lto/duck.o.0.5.precodegen.bc. No runtime check: it is a codegen input only.
# Prints the cache directory. Idempotent.
set -euo pipefail
INPUT=duckdb
source "$(dirname "$0")/common.sh"
PKG=duckdb@1.4.4
NFILES=${DUCKDB_FILES:-16}
D="$CACHE/duckdb-1.4.4-$NFILES-clang$CLANGV"
start_cache "$D"
mkdir -p "$D/bc" "$D/lto"
fetch_npm "$PKG" "$D"
P="$D/package"
# Include dirs and defines as binding.gyp lists them (minus node's own).
INCS=$(python3 - "$P/binding.gyp" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
inc = t[t.index('"include_dirs"'):]
inc = inc[:inc.index("]")]
print(" ".join("-I" + d for d in re.findall(r'"(src/duckdb/[^"]+)"', inc)))
PY
)
FILES=$(grep -o '"src/duckdb/ub_src_execution[^"]*"' "$P/binding.gyp" | tr -d '"' | head -n "$NFILES")
CXX=/usr/lib/llvm-22/bin/clang++
F="-std=c++17 -O2 -flto=full -DNDEBUG -DDUCKDB_EXTENSION_PARQUET_LINKED -DDUCKDB_EXTENSION_ICU_LINKED"
F="$F -DDUCKDB_EXTENSION_JSON_LINKED -DDUCKDB_EXTENSION_CORE_FUNCTIONS_LINKED -w"
log "compiling $NFILES unity files (about 10 s each, 2 jobs)"
cd "$P"
printf '%s\n' $FILES | xargs -P 2 -I{} sh -c "$CXX $F $INCS -c {} -o \"$D/bc/\$(basename {} .cpp).bc\""
log "ld.lld-22 -r --save-temps (merge and LTO-optimize)"
(cd "$D/lto" && /usr/lib/llvm-22/bin/ld.lld -r "$D"/bc/*.bc -o duck.o --save-temps)
rm -rf "$P"
touch "$D/.done"
log done
echo "$D"
