#!/usr/bin/env bash
# Runs one command against a private one-node Slurm cluster that lives only
# as long as the command: starts it (utils/slurm/cluster.sh) in a fresh
# directory under $TMPDIR (or /tmp), exports SLURM_CONF for it, runs the
# command, stops the cluster and removes the directory, also when the command
# fails or this script is interrupted.
#
#   with-cluster.sh CMD [ARG...]      exit status: CMD's; 1 if the cluster
#                                     did not start (its logs on stderr);
#                                     77 if Slurm or munge are not installed
#
# For several commands: with-cluster.sh sh -c 'cmd1 && cmd2'.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLUSTER="$HERE/cluster.sh"
[ $# -ge 1 ] || { echo "usage: with-cluster.sh CMD [ARG...]" >&2; exit 2; }

if ! "$CLUSTER" available; then
  echo "with-cluster.sh: Slurm or munge not installed (apt-get install slurm-wlm munge)" >&2
  exit 77
fi

# A directory of its own under $TMPDIR, or under /tmp when some directory
# above $TMPDIR is not searchable by all (lit's own TMPDIR is mode 700):
# munged needs o+x on every directory above its socket.
base="${TMPDIR:-/tmp}"
p="$(cd "$base" 2>/dev/null && pwd -P)" || p=/
while [ "$p" != / ]; do
  [ -n "$(find "$p" -maxdepth 0 -perm -o+x 2>/dev/null)" ] || { base=/tmp; break; }
  p="$(dirname "$p")"
done
DIR="$(mktemp -d "$base/parcg-slurm.XXXXXX")" || exit 1
chmod 755 "$DIR"
cleanup() {
  "$CLUSTER" stop "$DIR/cluster" >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! "$CLUSTER" start "$DIR/cluster" >"$DIR/start.log" 2>&1; then
  cat "$DIR/start.log" >&2
  echo "with-cluster.sh: the Slurm cluster did not start" >&2
  exit 1
fi
eval "$("$CLUSTER" env "$DIR/cluster")"
"$@"
