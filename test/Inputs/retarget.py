#!/usr/bin/env python3
"""retarget.py IN.ll TRIPLE: IN.ll for another target on stdout: the triple
replaced, the data layout dropped (the target's own is taken), and the
functions' target-cpu, tune-cpu and target-features attributes removed.
For target-neutral IR written for x86-64 (test/targets)."""
import re
import sys

src, triple = sys.argv[1], sys.argv[2]
out = []
for line in open(src):
    if line.startswith("target datalayout"):
        continue
    if line.startswith("target triple"):
        line = 'target triple = "%s"\n' % triple
    line = re.sub(r'\s*"(target-cpu|tune-cpu|target-features)"="[^"]*"', "", line)
    out.append(line)
sys.stdout.write("".join(out))
