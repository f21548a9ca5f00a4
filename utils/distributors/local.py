#!/usr/bin/env python3
"""Runs ParCG's partition jobs as local processes: the reference distributor.

Usage: local.py [--jobs=N] [--verbose] JOBS.json

JOBS.json is what `parcg --distributor=` (or the plugin's distributor=)
writes, in the shape of LLVM's DTLTO job files: each job's command is
common.args + jobs[i].args. At most N jobs run at once (default: the
machine's cores). Exits 0 when every job succeeded; otherwise prints, for
each failed job, its output and its stderr, and exits 1. On SIGINT or
SIGTERM the running jobs are killed first.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time


def main(argv):
    jobs_at_once = os.cpu_count() or 1
    verbose = False
    args = argv[1:]
    while args and args[0].startswith("--"):
        a = args.pop(0)
        if a.startswith("--jobs="):
            jobs_at_once = int(a.split("=", 1)[1])
        elif a == "--verbose":
            verbose = True
        else:
            print(f"local.py: unknown option {a}", file=sys.stderr)
            return 2
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with open(args[0]) as f:
        doc = json.load(f)
    common = doc["common"]["args"]
    jobs = doc["jobs"]

    running = set()
    lock = threading.Lock()
    failures = []
    next_job = [0]

    def stop(signum, frame):
        with lock:
            for p in running:
                p.kill()
        sys.exit(128 + signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)

    def worker():
        while True:
            with lock:
                if next_job[0] >= len(jobs) or failures:
                    return
                job = jobs[next_job[0]]
                next_job[0] += 1
            start = time.monotonic()
            p = subprocess.Popen(common + job["args"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
            with lock:
                running.add(p)
            out, err = p.communicate()
            with lock:
                running.discard(p)
                if p.returncode != 0:
                    failures.append((job, p.returncode, err))
            sys.stderr.write(err if p.returncode == 0 else "")
            if verbose:
                print(f"local.py: {job['outputs'][0]}: "
                      f"{time.monotonic() - start:.3f} s", file=sys.stderr)

    threads = [threading.Thread(target=worker)
               for _ in range(max(1, min(jobs_at_once, len(jobs))))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for job, rc, err in failures:
        print(f"local.py: job for {job['outputs'][0]} failed "
              f"(exit status {rc}):\n{err}", file=sys.stderr, end="")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
