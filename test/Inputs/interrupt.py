#!/usr/bin/env python3
"""Interrupts a long parcg run: writes a module big enough to take seconds of
codegen, starts COMMAND (with %m replaced by the module's path) in DIR, waits
until the run has reserved its output (a *.parcg-tmp-* file appears in DIR),
sends the signal, and prints the exit status and every file left in DIR
besides the module, for FileCheck.
Usage: interrupt.py [--ignored] DIR SIGNAL COMMAND...
The child gets the signal's default disposition, as from a terminal (lit
runs tests with SIGINT ignored), or, with --ignored, the signal ignored, as a
background job of a non-interactive shell or nohup has it."""
import os
import signal
import subprocess
import sys
import time

args = sys.argv[1:]
ignored = args[0] == "--ignored"
if ignored:
    args = args[1:]
d, sig, cmd = args[0], getattr(signal, args[1]), args[2:]
os.makedirs(d, exist_ok=True)
module = os.path.join(d, "big.ll")
with open(module, "w") as f:
    f.write('target triple = "x86_64-unknown-linux-gnu"\n')
    for i in range(400):
        f.write("define i64 @f%d(i64 %%a, i64 %%b) {\n" % i)
        prev = "%a"
        for k in range(300):
            f.write("  %%v%d = mul i64 %s, %%b\n  %%w%d = xor i64 %%v%d, %d\n" % (k, prev, k, k, k * 7 + i))
            prev = "%%w%d" % k
        f.write("  ret i64 %s\n}\n" % prev)
proc = subprocess.Popen([a.replace("%m", module) for a in cmd], cwd=d,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        preexec_fn=lambda: signal.signal(sig, signal.SIG_IGN if ignored else signal.SIG_DFL))
deadline = time.time() + 60
while time.time() < deadline and proc.poll() is None:
    if any(".parcg-tmp-" in n for _, _, files in os.walk(d) for n in files):
        break
    time.sleep(0.01)
time.sleep(0.3)
running = proc.poll() is None
proc.send_signal(sig)
status = proc.wait()
print("was running: %s" % running)
print("status: %s" % ("signal %s" % signal.Signals(-status).name if status < 0 else status))
for root, _, files in os.walk(d):
    for n in sorted(files):
        if n != "big.ll":
            print("left: %s" % os.path.relpath(os.path.join(root, n), d))
print("end")
