#!/usr/bin/env python3
"""check-aligned.py ALIGN OBJ EXE: every function OBJ defines sits at an
address that is a multiple of ALIGN in the linked EXE. Prints "aligned N"
(N functions checked) or the misaligned ones, and exits 1."""
import subprocess
import sys


def functions(path):
    out = subprocess.run(["llvm-nm", "--defined-only", path], check=True,
                         capture_output=True, text=True).stdout
    return {f[2]: int(f[0], 16) for f in (l.split() for l in out.splitlines())
            if len(f) == 3 and f[1] in "tT"}


align = int(sys.argv[1])
ours = functions(sys.argv[2])
exe = functions(sys.argv[3])
bad = sorted(n for n in ours if n in exe and exe[n] % align)
if bad:
    print("misaligned:", ", ".join("%s at %#x" % (n, exe[n]) for n in bad))
    sys.exit(1)
print("aligned", len([n for n in ours if n in exe]))
