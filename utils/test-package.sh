#!/usr/bin/env bash
# Builds ParCG's Debian package (cpack) from the build directory and checks
# it from the installed files alone: the bundled example compiled with
# clang-22 -flto=full and linked with -fuse-ld=parcg (ld.parcg finds the
# plugin beside it) and through parcg --lto, run against its expected
# output, parcg --version and the man pages.
#
#   utils/test-package.sh [BUILD_DIR]     (default: build)
#
# With CI=true or PARCG_TEST_INSTALL=1, as root, the package is installed
# with apt (its dependencies from Debian's LLVM 22 packages), used from
# /usr/bin with the build tree off PATH, and removed again. Otherwise it is
# unpacked (dpkg-deb -x) into a temporary directory and used from there.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
EXAMPLE="$ROOT/examples/minicalc"
TMP="$(mktemp -d /tmp/parcg-package.XXXXXX)"
INSTALLED=0
cleanup() {
  if [ "$INSTALLED" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q parcg >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
say() { echo "[package] $*"; }

(cd "$BUILD" && cpack -G DEB -B "$TMP/pkg" >/dev/null)
DEB="$(ls "$TMP"/pkg/parcg_*.deb)"
say "built $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$TMP/files"
for f in /usr/bin/parcg /usr/bin/parcg-ld /usr/bin/ld.parcg /usr/bin/ld.parcg-gold \
         /usr/bin/ld.parcg-mold /usr/lib/parcg-plugin.so /usr/share/man/man1/parcg.1 \
         /usr/share/man/man1/ld.parcg.1 /usr/share/parcg/distributors/slurm.py; do
  grep -qx "$f" "$TMP/files" || { echo "[package] FAIL: $f is not in the package" >&2; exit 1; }
done

if [ "$(id -u)" = 0 ] && { [ "${CI:-}" = true ] || [ "${PARCG_TEST_INSTALL:-0}" = 1 ]; }; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$DEB" >/dev/null
  INSTALLED=1
  PREFIX=/usr
  LDFLAG="-fuse-ld=parcg"
  say "installed with apt"
else
  dpkg-deb -x "$DEB" "$TMP/root"
  PREFIX="$TMP/root/usr"
  LDFLAG="--ld-path=$PREFIX/bin/ld.parcg"
  say "unpacked into $TMP/root (not root, or not CI: no system install)"
fi

# Only the package's files and the system's: the build tree is off PATH.
export PATH="$PREFIX/bin:/usr/bin:/bin:/usr/sbin:/sbin"
W="$TMP/work"
mkdir -p "$W"
"$PREFIX/bin/parcg" --version | tee "$W/version" | head -1
grep -q "^ParCG .*, LLVM 22" "$W/version"
for f in "$EXAMPLE"/*.c; do clang-22 -O2 -flto=full -c "$f" -o "$W/$(basename "$f" .c).o"; done
clang-22 -O2 -flto=full $LDFLAG "$W"/*.o -lm -o "$W/minicalc" \
  -Wl,-plugin-opt=report-times -Wl,--parcg-verbose 2>"$W/link.err"
grep -q "parcg-plugin.so" "$W/link.err"
grep -q "$PREFIX/lib/parcg-plugin.so" "$W/link.err"
grep -q "^parcg: partitions" "$W/link.err"
"$W/minicalc" | cmp - "$EXAMPLE/expected-output.txt"
say "clang-22 -flto=full $LDFLAG: links, ParCG's plugin did the LTO, output as expected"
"$PREFIX/bin/parcg" --lto -relocation-model=pic -filetype=obj "$W"/*.o -o "$W/lto.o"
clang-22 -fuse-ld=lld "$W/lto.o" -lm -o "$W/minicalc-lto"
"$W/minicalc-lto" | cmp - "$EXAMPLE/expected-output.txt"
say "parcg --lto: output as expected"
if [ "$INSTALLED" = 1 ] && command -v man >/dev/null; then
  man -w parcg >/dev/null && man -w ld.parcg >/dev/null
  say "man pages found by man"
fi
say "PASS"
