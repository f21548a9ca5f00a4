# Sourced by bench/build-*.sh: where builds are cached, the compiler version
# that keys them, a logger, and the reuse-or-rebuild rule. Set INPUT first.
CLANGV=$(/usr/lib/llvm-22/bin/clang --version | head -1 | sed 's/[^0-9.]*\([0-9.]*\).*/\1/')
CACHE=${PARCG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/parcg}
log() { echo "[$INPUT $(date +%T)] $*" >&2; }
# start_cache DIR: a finished DIR is printed and the script ends; otherwise
# DIR is emptied for a fresh build.
start_cache() {
  if [ -f "$1/.done" ]; then echo "$1"; exit 0; fi
  rm -rf "$1"; mkdir -p "$1"
}
# fetch_npm PKG DIR: the npm registry's tarball of PKG (name@version),
# unpacked into DIR/package.
fetch_npm() {
  log "npm pack $1"
  local tgz
  tgz=$(cd "$2" && npm pack "$1" --silent | tail -1)
  tar xzf "$2/$tgz" -C "$2" && rm "$2/$tgz"
}
# open_cache DIR PKG [VARIANT]: for a variant, the main build first (reused
# once done); otherwise start_cache DIR, its bc/ and lto/, and PKG from npm.
open_cache() {
  if [ $# -gt 2 ]; then "$0" > /dev/null; return; fi
  start_cache "$1"
  mkdir -p "$1/bc" "$1/lto"
  fetch_npm "$2" "$1"
}
# build_thin DIR CXX FLAGS FILE...: FILE... compiled with the full-LTO FLAGS
# at -flto=thin into DIR/thin/<path with / as _>.o (2 jobs, once); prints
# DIR and ends the script.
build_thin() {
  local d=$1 cxx=$2 f=$3
  shift 3
  if [ ! -f "$d/thin/.done" ]; then
    rm -rf "$d/thin"; mkdir -p "$d/thin"
    log "compiling $# files with clang++-22 -flto=thin (2 jobs)"
    printf '%s\n' "$@" | xargs -P 2 -I{} sh -c "$cxx ${f/-flto=full/-flto=thin} -c {} -o \"$d/thin/\$(echo {} | tr / _).o\""
    touch "$d/thin/.done"
  fi
  echo "$d"
  exit 0
}
