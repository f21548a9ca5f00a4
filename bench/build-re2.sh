#!/usr/bin/env bash
# Fetches RE2 and abseil from the npm registry (re2@1.27.1 vendors both) and
# builds, in a cache outside the repository, one test program holding RE2's
# 14 unit tests (its Makefile's TESTS) and their testing support, linked with
# Debian's GoogleTest: per-TU bitcode with clang++-22 -std=c++20 -O2
# -flto=full, then the merged optimized module (lto/re2_tests.0.5.precodegen.bc)
# and the lld-LTO reference binary. With the argument thin: thin/*.o, the
# same files at -flto=thin. Prints the cache directory. Idempotent.
set -euo pipefail
INPUT=re2
source "$(dirname "$0")/common.sh"
PKG=re2@1.27.1
D="$CACHE/re2-1.27.1-clang$CLANGV"
P="$D/package"
open_cache "$D" "$PKG" "$@"
cd "$P"
LIB=$(grep -o '"vendor/[^"]*\.cc"' binding.gyp | tr -d '"' | grep -v '_win\.cc$')
A=vendor/abseil-cpp/absl
LIB="$LIB $A/strings/escaping.cc $A/strings/internal/escaping.cc $A/log/internal/check_op.cc
  $A/log/internal/vlog_config.cc $A/log/internal/fnmatch.cc $A/log/internal/conditions.cc
  $A/strings/internal/ostringstream.cc $A/base/log_severity.cc $A/strings/str_replace.cc
  $A/strings/substitute.cc $A/strings/internal/stringify_sink.cc $A/debugging/leak_check.cc"
LIB=$(printf '%s\n' $LIB | sort -u)
T=vendor/re2/re2/testing
TESTS="charclass compile filtered_re2 mimics_pcre parse possible_match re2 re2_arg regexp
  required_prefix search set simplify string_generator"
SUPPORT="$T/backtrack.cc $T/dump.cc $T/exhaustive_tester.cc $T/null_walker.cc
  $T/regexp_generator.cc $T/string_generator.cc $T/tester.cc"
ALL="$LIB $SUPPORT $(for t in $TESTS; do echo $T/${t}_test.cc; done)"
CXX=/usr/lib/llvm-22/bin/clang++
F="-std=c++20 -O2 -flto=full -DNDEBUG -Ivendor/re2 -Ivendor/abseil-cpp -w"
if [ $# -gt 0 ]; then
  [ "$1" = thin ] || { echo "build-re2.sh: unknown variant $1" >&2; exit 2; }
  build_thin "$D" "$CXX" "$F" $ALL
fi
log "compiling $(echo $ALL | wc -w) files with clang++-22 -flto=full (2 jobs, a few minutes)"
printf '%s\n' $ALL | xargs -P 2 -I{} sh -c "$CXX $F -c {} -o \"$D/bc/\$(echo {} | tr / _).bc\""
log "lld LTO link of re2_tests with --save-temps"
(cd "$D/lto" && $CXX -O2 -flto=full -fuse-ld=lld "$D"/bc/*.bc -lgtest_main -lgtest -lpthread \
  -o re2_tests -Wl,--save-temps)
log "checking the reference re2_tests"
(cd "$P/vendor/re2" && "$D/lto/re2_tests" > "$D/lto/re2_tests.out" 2>&1) || { tail "$D/lto/re2_tests.out" >&2; exit 1; }
tail -3 "$D/lto/re2_tests.out" >&2
touch "$D/.done"
log done
echo "$D"
