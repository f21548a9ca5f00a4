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
