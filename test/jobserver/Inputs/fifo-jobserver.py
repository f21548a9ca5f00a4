"""A jobserver of make's fifo form (make 4.4's --jobserver-style=fifo), as
make -j3 running two jobs at once would leave it: one token in the fifo,
one implicit slot in each job. Runs the commands given (separated by '--')
side by side with MAKEFLAGS naming the fifo, and prints how many tokens are
in the fifo after they exited: every token taken must be given back."""
import os
import subprocess
import sys

fifo = sys.argv[1]
cmds, cur = [], []
for a in sys.argv[2:]:
    if a == "--":
        cmds.append(cur)
        cur = []
    else:
        cur.append(a)
if cur:
    cmds.append(cur)
os.mkfifo(fifo)
fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
os.write(fd, b"+")
env = dict(os.environ, MAKEFLAGS=" -j3 --jobserver-auth=fifo:" + fifo)
procs = [subprocess.Popen(c, env=env) for c in cmds]
codes = [p.wait() for p in procs]
left = b""
try:
    while True:
        chunk = os.read(fd, 16)
        if not chunk:
            break
        left += chunk
except BlockingIOError:
    pass
print("exit codes %s" % " ".join(str(c) for c in codes))
print("tokens left %d" % len(left))
