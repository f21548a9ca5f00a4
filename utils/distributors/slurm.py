#!/usr/bin/env python3
"""Slurm distributor for ParCG's partition jobs.

Usage:
    slurm.py [options] JOBS.json

JOBS.json is the job file ParCG writes, in the shape of LLVM lld's DTLTO
distributor interface (--thinlto-distributor=):

    {"common": {"linker_output": "/path/out.o",
                "args": ["/abs/path/parcg", "-filetype=obj", ...],
                "inputs": []},
     "jobs": [{"args": ["/tmp/d/out.part0.bc", "-o", "/tmp/d/out.part0.o"],
               "inputs": ["/tmp/d/out.part0.bc"],
               "outputs": ["/tmp/d/out.part0.o"]}, ...]}

The command of job i is common.args + jobs[i].args.  Every job becomes one
Slurm job of one task (`srun --ntasks=1 --cpus-per-task=1 ...`), all of them
submitted at once (or --max-jobs at a time); the distributor waits for all
and exits 0 only if every one succeeded and wrote its outputs.

What it expects:
  * srun, squeue and scancel on PATH (or next to --srun=PATH), and a Slurm
    cluster they reach (SLURM_CONF or /etc/slurm/slurm.conf).
  * Every path in the job file (the tool, its inputs and outputs) absolute and
    on a filesystem shared by this machine and all the compute nodes, mounted
    at the same place: nothing is copied.  A job that exits 0 but whose
    outputs this machine cannot see is reported as failed.
  * Run from inside a Slurm job (SLURM_JOB_ID set), it still submits new jobs
    (the enclosing job's SLURM_* variables are dropped from srun's
    environment), unless --in-allocation asks for job steps of the enclosing
    allocation instead.

Options (before JOBS.json):
  --partition=P       Slurm partition to submit to (default: the cluster's)
  --time-limit=MIN    time limit of each job, in minutes
  --srun=PATH         srun to use (default: srun on PATH); squeue and scancel
                      are taken from the same directory when PATH has one
  --max-jobs=N        at most N srun at once (default: all jobs at once,
                      Slurm queues what does not fit)
  --cpus-per-task=N   CPUs of each job (default 1)
  --srun-arg=ARG      one more srun option, e.g. --srun-arg=--mem=2G
                      (repeatable)
  --in-allocation     run the jobs as steps of the enclosing allocation
  --verbose           print each job's command and wall time on stderr

Why srun per job rather than one `sbatch --wait --array`: srun hands back
each job's exit status and its stderr through a pipe, so failures are
reported exactly and no accounting database (sacct) or log files on the
shared directory are needed; jobs start as soon as CPUs free up, and a
killed distributor cancels precisely its own jobs.

Exit codes:
  0     every job succeeded
  1     one or more jobs failed (each is named on stderr by its outputs[0],
        with its stderr), or srun itself failed
  2     bad usage or job file (unreadable, wrong shape, missing input)
  128+N killed by signal N (SIGINT 130, SIGTERM 143, SIGHUP 129): every job
        already submitted has been cancelled (scancel) before exiting.
        (SIGKILL cannot be caught: then the sruns, each in a session of its
        own, run their jobs to the end and exit; nothing is left after that.)
"""

import argparse
import json
import os
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

PROG = "slurm.py"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# How long srun gets to take its step down after SIGTERM before SIGKILL.
CANCEL_GRACE_S = 30.0
# How long a successful job's outputs may take to show up here (NFS).
OUTPUT_WAIT_S = 5.0

# Variables sbatch/salloc/srun set inside a job that srun would read as the
# defaults of a new job; dropped unless --in-allocation.  A user's own
# settings (SLURM_CONF, SLURM_ACCOUNT, SLURM_PARTITION, SLURM_QOS, ...) stay.
KEEP_SLURM_VARS = {"SLURM_CONF", "SLURM_ACCOUNT", "SLURM_PARTITION",
                   "SLURM_QOS", "SLURM_CLUSTERS", "SLURM_RESERVATION",
                   "SLURM_WCKEY", "SLURM_TIME_FORMAT", "SLURM_DEBUG"}


def log(msg):
    print(f"{PROG}: {msg}", file=sys.stderr, flush=True)


class UsageError(Exception):
    pass


def load_jobs(path):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise UsageError(f"cannot read job file {path}: {e}")

    def strlist(v, what):
        if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
            raise UsageError(f"{path}: {what} must be a list of strings")
        return v

    if not isinstance(data, dict) or not isinstance(data.get("common"), dict) \
            or not isinstance(data.get("jobs"), list):
        raise UsageError(f"{path}: expected {{\"common\": {{...}}, \"jobs\": [...]}}")
    common = data["common"]
    cargs = strlist(common.get("args"), "common.args")
    if not cargs:
        raise UsageError(f"{path}: common.args is empty")
    inputs = list(strlist(common.get("inputs", []), "common.inputs"))
    jobs = []
    for i, j in enumerate(data["jobs"]):
        if not isinstance(j, dict):
            raise UsageError(f"{path}: jobs[{i}] is not an object")
        args = strlist(j.get("args"), f"jobs[{i}].args")
        outs = strlist(j.get("outputs", []), f"jobs[{i}].outputs")
        ins = strlist(j.get("inputs", []), f"jobs[{i}].inputs")
        inputs += ins
        jobs.append({"index": i, "cmd": cargs + args, "outputs": outs})
    missing = [p for p in inputs if not os.path.exists(p)]
    if missing:
        raise UsageError("input(s) missing: " + ", ".join(missing[:5]) +
                         (" ..." if len(missing) > 5 else ""))
    return jobs


def job_label(job):
    return job["outputs"][0] if job["outputs"] else f"job {job['index']}"


class Distributor:
    def __init__(self, opts, jobs):
        self.opts = opts
        self.jobs = jobs
        # Unique per run: every job's name ends in it, so a cancel finds
        # exactly this run's jobs (or steps) in squeue.
        self.tag = f"{os.getpid()}{secrets.token_hex(3)}"
        self.lock = threading.Lock()
        self.procs = {}            # job index -> running srun Popen
        self.cancelled = False
        if not shutil.which(opts.srun):
            raise UsageError(f"cannot find srun ({opts.srun}): is Slurm installed?")
        bindir = os.path.dirname(opts.srun)
        self.squeue = self._tool(bindir, "squeue")
        self.scancel = self._tool(bindir, "scancel")
        self.env = dict(os.environ)
        self.alloc = os.environ.get("SLURM_JOB_ID") or os.environ.get("SLURM_JOBID")
        if opts.in_allocation:
            if not self.alloc:
                raise UsageError("--in-allocation given but SLURM_JOB_ID is not set")
        else:
            self.alloc = None
            for k in list(self.env):
                if (k.startswith("SLURM_") and k not in KEEP_SLURM_VARS) \
                        or k.startswith("SBATCH_") or k.startswith("SALLOC_"):
                    del self.env[k]

    @staticmethod
    def _tool(bindir, name):
        if bindir and os.access(os.path.join(bindir, name), os.X_OK):
            return os.path.join(bindir, name)
        return name

    def job_name(self, job):
        return f"parcg-part{job['index']}-{self.tag}"

    def srun_cmd(self, job):
        o = self.opts
        cmd = [o.srun, "--quiet", "--ntasks=1", "--nodes=1",
               f"--cpus-per-task={o.cpus_per_task}", "--input=none",
               f"--job-name={self.job_name(job)}"]
        if self.alloc:
            cmd.append("--exact")   # a step gets only its own CPUs
        elif o.partition:
            cmd.append(f"--partition={o.partition}")
        if o.time_limit:
            cmd.append(f"--time={o.time_limit}")
        cmd += o.srun_arg
        return cmd + ["--"] + job["cmd"]

    # -- one job (runs in a worker thread) ---------------------------------
    def run_job(self, job):
        cmd = self.srun_cmd(job)
        res = {"job": job, "status": "skipped", "rc": None, "out": b"", "err": b"",
               "time": 0.0}
        with self.lock:
            if self.cancelled:
                return res
            if self.opts.verbose:
                log(f"job {job['index']}: " + shlex.join(cmd))
            t0 = time.monotonic()
            try:
                # A session of its own: a terminal's ^C reaches us only, and
                # we take the step down (srun ignores a single SIGINT).
                p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=self.env, start_new_session=True)
            except OSError as e:
                res.update(status="failed", err=f"cannot run {cmd[0]}: {e}\n".encode())
                return res
            self.procs[job["index"]] = p
        out, err = p.communicate()
        with self.lock:
            del self.procs[job["index"]]
            cancelled = self.cancelled
        res.update(rc=p.returncode, out=out, err=err, time=time.monotonic() - t0)
        if cancelled:
            res["status"] = "cancelled"
        elif p.returncode != 0:
            res["status"] = "failed"
        else:
            missing = self.missing_outputs(job)
            if missing:
                res["status"] = "failed"
                res["err"] += ("job exited 0 but this machine cannot see its "
                               f"output(s) {', '.join(missing)}: is the directory "
                               "shared with the compute nodes?\n").encode()
            else:
                res["status"] = "ok"
        return res

    @staticmethod
    def missing_outputs(job):
        deadline = time.monotonic() + OUTPUT_WAIT_S
        while True:
            missing = [o for o in job["outputs"] if not os.path.exists(o)]
            if not missing or time.monotonic() >= deadline:
                return missing
            time.sleep(0.2)

    # -- cancellation --------------------------------------------------------
    def our_slurm_ids(self):
        """The ids of this run's jobs (or steps) that squeue still lists."""
        if self.alloc:
            q = [self.squeue, "-h", "--steps", f"--jobs={self.alloc}", "-o", "%i %j"]
        else:
            q = [self.squeue, "-h", f"--user={os.getuid()}", "-o", "%i %j"]
        try:
            r = subprocess.run(q, stdin=subprocess.DEVNULL, capture_output=True,
                               text=True, timeout=15, env=self.env)
        except (OSError, subprocess.TimeoutExpired) as e:
            log(f"warning: {q[0]} failed: {e}")
            return []
        ids = []
        for line in r.stdout.splitlines():
            parts = line.split(None, 1)
            if len(parts) == 2 and parts[1].strip().endswith("-" + self.tag):
                ids.append(parts[0])
        return ids

    def scancel_ours(self):
        ids = self.our_slurm_ids()
        if not ids:
            return
        try:
            subprocess.run([self.scancel] + ids, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=30, env=self.env)
        except (OSError, subprocess.TimeoutExpired) as e:
            log(f"warning: {self.scancel} failed: {e}; jobs may be left: {' '.join(ids)}")

    def cancel(self):
        with self.lock:
            self.cancelled = True
            procs = list(self.procs.values())
        # SIGTERM makes srun kill its step and give the allocation back (or
        # withdraw a pending request); scancel catches the rest.
        for p in procs:
            try:
                p.send_signal(signal.SIGTERM)
            except OSError:
                pass
        self.scancel_ours()
        deadline = time.monotonic() + CANCEL_GRACE_S
        while time.monotonic() < deadline:
            with self.lock:
                if not self.procs:
                    break
            time.sleep(0.1)
        with self.lock:
            procs = list(self.procs.values())
        for p in procs:
            try:
                p.kill()
            except OSError:
                pass
        self.scancel_ours()

    # -- the whole run -----------------------------------------------------
    def run(self, got_signal):
        if not self.jobs:
            return EXIT_OK
        workers = self.opts.max_jobs or len(self.jobs)
        t0 = time.monotonic()
        results = []
        pool = ThreadPoolExecutor(max_workers=min(workers, len(self.jobs)))
        try:
            pending = {pool.submit(self.run_job, j) for j in self.jobs}
            while pending:
                if got_signal:
                    self.cancel()
                    break
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for f in done:
                    r = f.result()
                    results.append(r)
                    self.report(r)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if got_signal:
            log(f"interrupted by signal {got_signal[0]}: cancelled the Slurm jobs")
            return 128 + got_signal[0]
        failed = [r for r in results if r["status"] != "ok"]
        if self.opts.verbose:
            log(f"{len(results) - len(failed)}/{len(self.jobs)} jobs ok "
                f"in {time.monotonic() - t0:.2f} s")
        if failed:
            log(f"{len(failed)} of {len(self.jobs)} jobs failed: " +
                ", ".join(job_label(r["job"]) for r in
                          sorted(failed, key=lambda r: r["job"]["index"])))
            return EXIT_FAILED
        return EXIT_OK

    def report(self, r):
        job = r["job"]
        if r["out"]:
            sys.stdout.buffer.write(r["out"])
            sys.stdout.flush()
        if r["status"] == "ok":
            if r["err"]:
                sys.stderr.buffer.write(r["err"])
                sys.stderr.flush()
            if self.opts.verbose:
                log(f"job {job['index']} ({job_label(job)}): ok, {r['time']:.2f} s")
        elif r["status"] == "failed":
            rc = r["rc"]
            rc = "" if rc is None else " (output missing)" if rc == 0 else \
                f" (killed by signal {-rc})" if rc < 0 else f" (exit code {rc})"
            log(f"job {job['index']} failed{rc}: {job_label(job)}")
            log("command: " + shlex.join(job["cmd"]))
            err = r["err"].decode(errors="replace")
            if err:
                sys.stderr.write(err if err.endswith("\n") else err + "\n")
            sys.stderr.flush()


def parse_args(argv):
    ap = argparse.ArgumentParser(
        prog=PROG, description="Run ParCG's partition jobs (a DTLTO-style JSON "
        "job file) on a Slurm cluster, one srun per job.")
    ap.add_argument("--partition", help="Slurm partition")
    ap.add_argument("--time-limit", type=int, metavar="MIN",
                    help="time limit of each job in minutes")
    ap.add_argument("--srun", default="srun", metavar="PATH", help="srun to use")
    ap.add_argument("--max-jobs", type=int, default=0, metavar="N",
                    help="srun steps in flight at once (default: all)")
    ap.add_argument("--cpus-per-task", type=int, default=1, metavar="N")
    ap.add_argument("--srun-arg", action="append", default=[], metavar="ARG",
                    help="extra srun option (repeatable)")
    ap.add_argument("--in-allocation", action="store_true",
                    help="run jobs as steps of the enclosing Slurm allocation")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("jobs_json", metavar="JOBS.json")
    opts = ap.parse_args(argv)
    if opts.max_jobs < 0 or opts.cpus_per_task < 1 or \
            (opts.time_limit is not None and opts.time_limit < 1):
        ap.error("--max-jobs must be >= 0, --cpus-per-task and --time-limit >= 1")
    return opts


def main(argv):
    got_signal = []

    def on_signal(signum, _frame):
        if not got_signal:
            got_signal.append(signum)

    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, on_signal)
    opts = parse_args(argv)
    try:
        jobs = load_jobs(opts.jobs_json)
        d = Distributor(opts, jobs)
    except UsageError as e:
        log(str(e))
        return EXIT_USAGE
    if got_signal:
        return 128 + got_signal[0]
    return d.run(got_signal)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
