#!/usr/bin/env bash
# A private one-node Slurm cluster on localhost, for the distributed-link test
# of ParCG (utils/distributors/slurm.py).  Everything lives in one directory
# DIR: munge's key, socket, pid and log; slurm.conf; slurmctld's state and
# slurmd's spool; the pid and log files of both.  It clashes neither with a
# system-wide munge/Slurm nor with another such cluster (ports are picked free
# at start).
#
#   cluster.sh available     exit 0 if slurmctld, slurmd, munged, srun, sinfo,
#                            squeue and scancel are installed, else 1 and why
#   cluster.sh start DIR     start munged, slurmctld and slurmd in DIR, wait
#                            (up to $SLURM_START_TIMEOUT s, default 60) until
#                            the node is idle; on failure print the logs'
#                            tails, stop what was started and exit 1
#   cluster.sh stop DIR      cancel every job of the cluster, stop the three
#                            daemons; safe to call twice or after a failed start
#   cluster.sh env DIR       print the `export` lines a client needs:
#                            eval "$(cluster.sh env DIR)"; srun hostname
#   cluster.sh status DIR    print sinfo/squeue of the cluster
#
# Made for a container without systemd or usable cgroups (see slurm.conf.in).
# DIR and every directory above it must be searchable by all (munged refuses a
# socket in a directory without o+x); start makes DIR itself mode 755.
# Packages (Debian): slurm-wlm munge.
set -euo pipefail
PATH="$PATH:/usr/sbin:/sbin"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMPLATE="$HERE/slurm.conf.in"
DAEMONS="slurmd slurmctld munged"
TOOLS="munged slurmctld slurmd srun sinfo squeue scancel"

die() { echo "cluster.sh: $*" >&2; exit 1; }

cmd_available() {
  local missing=""
  for t in $TOOLS; do command -v "$t" >/dev/null 2>&1 || missing="$missing $t"; done
  if [ -n "$missing" ]; then
    echo "cluster.sh: not installed:$missing (apt-get install slurm-wlm munge)" >&2
    return 1
  fi
  return 0
}

absdir() {  # absdir DIR: DIR made absolute (it must exist)
  (cd "$1" && pwd -P)
}

# pid_of DIR NAME: the pid in DIR's pid file of daemon NAME if that process is
# alive and really is NAME (a stale pid file may name another process by now).
pid_of() {
  local f="$1/$2.pid" pid comm
  [ "$2" = munged ] && f="$1/munge/munged.pid"
  [ -s "$f" ] || return 1
  pid="$(tr -dc 0-9 <"$f")"
  [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] || return 1
  comm="$(cat "/proc/$pid/comm" 2>/dev/null)" || return 1
  [ "$comm" = "$2" ] || return 1
  echo "$pid"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

tails() {
  local d="$1"
  for f in "$d/munge/munged.log" "$d/log/slurmctld.log" "$d/log/slurmd.log"; do
    if [ -f "$f" ]; then
      echo "---- tail of $f ----" >&2
      tail -n 25 "$f" >&2
    fi
  done
}

cmd_env() {
  local d; d="$(absdir "$1")" || die "no such directory: $1"
  [ -f "$d/slurm.conf" ] || die "$d/slurm.conf missing: run 'cluster.sh start $1' first"
  echo "export SLURM_CONF='$d/slurm.conf'"
  # Slurm's tools find munged through AuthInfo=socket= in slurm.conf; this
  # variable is only for munge's own tools: munge -S "\$PARCG_MUNGE_SOCKET".
  echo "export PARCG_MUNGE_SOCKET='$d/munge/munge.socket'"
}

cmd_start() {
  cmd_available || exit 1
  [ -f "$TEMPLATE" ] || die "template missing: $TEMPLATE"
  mkdir -p "$1"
  local d; d="$(absdir "$1")"
  for n in $DAEMONS; do
    if pid_of "$d" "$n" >/dev/null; then die "$n already running in $d: run 'cluster.sh stop $d' first"; fi
  done
  case "$d" in *[[:space:]]*) die "the cluster directory must not contain spaces: $d";; esac
  # munged wants every directory above its socket to be searchable by all.
  local p="$d"
  while [ "$p" != / ]; do
    p="$(dirname "$p")"
    [ -n "$(find "$p" -maxdepth 0 -perm -o+x 2>/dev/null)" ] ||
      die "munged needs o+x on every directory above $d; $p lacks it"
  done
  chmod 755 "$d"
  mkdir -p "$d/munge" "$d/state" "$d/spool" "$d/log"
  chmod 755 "$d/munge"
  rm -f "$d/munge/munged.pid" "$d/slurmctld.pid" "$d/slurmd.pid"
  # Fresh logs, so the tails printed on a failed start are this start's.
  for f in "$d/munge/munged.log" "$d/log/slurmctld.log" "$d/log/slurmd.log"; do
    if [ -f "$f" ]; then mv -f "$f" "$f.old"; fi
  done

  local user host cpus ctld_port slurmd_port
  user="$(id -un)"
  host="$(hostname -s 2>/dev/null || hostname)"
  cpus="$(nproc)"
  ctld_port="$(free_port)"
  slurmd_port="$(free_port)"
  while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port="$(free_port)"; done

  # munge: a key of its own (1 KiB of random bytes, mode 400).
  if [ ! -s "$d/munge/munge.key" ]; then
    rm -f "$d/munge/munge.key"
    (umask 077; head -c 1024 /dev/urandom >"$d/munge/munge.key")
  fi
  chmod 400 "$d/munge/munge.key"
  munged --key-file="$d/munge/munge.key" --socket="$d/munge/munge.socket" \
         --pid-file="$d/munge/munged.pid" --log-file="$d/munge/munged.log" \
         --seed-file="$d/munge/munged.seed" ||
    { tails "$d"; cmd_stop "$d"; die "munged did not start"; }

  sed -e "s|@DIR@|$d|g" -e "s|@HOST@|$host|g" -e "s|@CPUS@|$cpus|g" \
      -e "s|@USER@|$user|g" -e "s|@CTLD_PORT@|$ctld_port|g" \
      -e "s|@SLURMD_PORT@|$slurmd_port|g" "$TEMPLATE" >"$d/slurm.conf"
  : >"$d/plugstack.conf"
  export SLURM_CONF="$d/slurm.conf"
  # Stale SLURM_* variables of a caller inside another allocation would steer
  # sinfo and friends elsewhere.
  unset SLURM_JOB_ID SLURM_JOBID SLURM_CLUSTERS

  # -c: start from clean state (a test cluster keeps no jobs across restarts).
  slurmctld -c -f "$d/slurm.conf" ||
    { tails "$d"; cmd_stop "$d"; die "slurmctld did not start"; }
  slurmd -f "$d/slurm.conf" -N "$host" ||
    { tails "$d"; cmd_stop "$d"; die "slurmd did not start"; }

  local timeout="${SLURM_START_TIMEOUT:-60}" t0 state=""
  t0="$(date +%s)"
  while :; do
    state="$(sinfo -h -n "$host" -o %t 2>/dev/null | head -n1 || true)"
    [ "$state" = idle ] && break
    for n in munged slurmctld slurmd; do
      pid_of "$d" "$n" >/dev/null || { tails "$d"; cmd_stop "$d"; die "$n died during start"; }
    done
    if [ $(( $(date +%s) - t0 )) -ge "$timeout" ]; then
      tails "$d"
      cmd_stop "$d"
      die "node $host not idle after ${timeout}s (sinfo says '${state:-nothing}')"
    fi
    sleep 0.5
  done
  echo "cluster.sh: slurm cluster up in $d (node $host, $cpus CPUs, slurmctld port $ctld_port)" >&2
}

# kill_wait PID...: SIGTERM to all at once (each daemon takes ~2 s to exit),
# up to 10 s, then SIGKILL to what is left.
kill_wait() {
  local pid alive=""
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 100); do
    alive=""
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
    [ -z "$alive" ] && return 0
    sleep 0.1
  done
  for pid in $alive; do kill -KILL "$pid" 2>/dev/null || true; done
}

cmd_stop() {
  local d
  d="$(absdir "$1" 2>/dev/null)" || { echo "cluster.sh: $1 does not exist: nothing to stop" >&2; return 0; }
  if [ -f "$d/slurm.conf" ] && pid_of "$d" slurmctld >/dev/null && pid_of "$d" munged >/dev/null; then
    # Cancel every job of this (private) cluster, so no slurmstepd is left
    # behind when slurmd goes, and wait a little for them to end.
    export SLURM_CONF="$d/slurm.conf"
    unset SLURM_JOB_ID SLURM_JOBID SLURM_CLUSTERS
    local jobs
    jobs="$(timeout 10 squeue -h -o %i 2>/dev/null || true)"
    if [ -n "$jobs" ]; then
      # shellcheck disable=SC2086
      timeout 10 scancel $jobs 2>/dev/null || true
      for _ in $(seq 1 50); do
        [ -z "$(timeout 5 squeue -h -o %i 2>/dev/null || true)" ] && break
        sleep 0.2
      done
    fi
  fi
  local n pid pids=""
  for n in $DAEMONS; do
    if pid="$(pid_of "$d" "$n")"; then pids="$pids $pid"; fi
  done
  # shellcheck disable=SC2086
  [ -z "$pids" ] || kill_wait $pids
  rm -f "$d/munge/munged.pid" "$d/slurmctld.pid" "$d/slurmd.pid"
  return 0
}

cmd_status() {
  eval "$(cmd_env "$1")"
  sinfo
  squeue
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
  exit 2
}

case "${1:-}" in
  available) cmd_available ;;
  start)  [ $# = 2 ] || usage; cmd_start "$2" ;;
  stop)   [ $# = 2 ] || usage; cmd_stop "$2" ;;
  env)    [ $# = 2 ] || usage; cmd_env "$2" ;;
  status) [ $# = 2 ] || usage; cmd_status "$2" ;;
  *) usage ;;
esac
