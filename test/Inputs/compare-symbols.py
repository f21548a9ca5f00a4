#!/usr/bin/env python3
"""Checks that a set of partition objects defines exactly the symbols of the
unsplit object: compare-symbols.py WHOLE.o PART.o... prints "same symbols"
or the differences (and exits 1).
- every global symbol the whole object defines is defined exactly once by the
  partitions, with the same type letter, and no other global is defined,
  except promoted locals (<name>.parcg.<hash>), which must be hidden and
  correspond to a local of the whole object;
- every symbol a partition leaves undefined is defined by another partition
  or is undefined in the whole object too (else the link would fail);
- the partitions' locals plus the promoted ones are the whole object's locals.
Assembler-temporary symbols (.L*) are left out: whether one appears in the
symbol table depends on the object's layout. A promoted private global (its
unsplit symbol was a .L temporary) counts only as a promoted global. Unnamed
globals (__unnamed_N, numbered per object) are compared by count, local or
not: in a partition an unnamed global is __unnamed_N, or
__parcg_unnamed.<ordinal>.parcg.<hash> when it was promoted or, not being
local, named for the split. Exception tables (GCC_except_tableN) are
numbered per object too, and compared by count."""
import collections
import re
import subprocess
import sys

NM = "llvm-nm"
PROMOTED = re.compile(r"^(.*)\.parcg\.[0-9a-f]+(\.[0-9]+)?$")


def undefined(path):
    out = subprocess.run([NM, "--undefined-only", "--format=posix", path],
                         check=True, capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if line.strip()}


NUMBERED = re.compile(r"^(GCC_except_table)\d+$")


def symbols(path):
    out = subprocess.run([NM, "--defined-only", "--format=posix", path],
                         check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        name, kind = line.split()[:2]
        if not name.startswith(".L"):
            # Exception tables are numbered per object, like unnamed globals.
            yield NUMBERED.sub(r"\1*", name), kind


args = sys.argv[1:]
# --plan PLAN.json: which names are promotions, and of what (else a name
# that looks like <name>.parcg.<hash> is taken for one).
promoted_from = None
if args[0] == "--plan":
    import json
    promoted_from = {p["to"]: p["from"] or "__parcg_unnamed." for p in json.load(open(args[1]))["promoted"]}
    args = args[2:]
sys.argv[1:] = args
whole = list(symbols(sys.argv[1]))
parts = [s for p in sys.argv[2:] for s in symbols(p)]
problems = []
whole_globals = {n: k for n, k in whole if k.isupper() and not n.startswith("__unnamed_")}
whole_locals = collections.Counter(
    "__unnamed_*" if n.startswith("__unnamed_") else n for n, k in whole
    if not k.isupper() or n.startswith("__unnamed_"))
part_globals = collections.Counter()
part_locals = collections.Counter()


def promoted_base(name):
    """The name a promoted symbol had before promotion, or None."""
    if promoted_from is not None:
        return promoted_from.get(name)
    m = PROMOTED.match(name)
    return m.group(1) if m else None


for name, kind in parts:
    base = promoted_base(name)
    if base and base.startswith("__parcg_unnamed."):
        part_locals["__unnamed_*"] += 1
    elif base:
        if base in whole_locals:
            part_locals[base] += 1
    elif name.startswith("__unnamed_"):
        part_locals["__unnamed_*"] += 1
    elif kind.isupper():
        part_globals[name] += 1
        if whole_globals.get(name) != kind:
            problems.append("global %s: type %s, unsplit %s" % (name, kind, whole_globals.get(name)))
    else:
        part_locals[name] += 1
for name in whole_globals:
    if part_globals[name] != 1:
        problems.append("global %s defined %d times" % (name, part_globals[name]))
# A promoted private unnamed global was a .L temporary unsplit, which may
# not be in the symbol table: with a plan, unnamed ones may exceed the
# unsplit count by the promoted unnamed ones.
slack = sum(1 for f in (promoted_from or {}).values() if f == "__parcg_unnamed.")
for name in set(whole_locals) | set(part_locals):
    if name == "__unnamed_*" and whole_locals[name] <= part_locals[name] <= whole_locals[name] + slack:
        continue
    if whole_locals[name] != part_locals[name]:
        problems.append("local %s: %d in partitions, %d unsplit" % (name, part_locals[name], whole_locals[name]))
whole_undef = undefined(sys.argv[1])
# An ifunc is "i" whatever its binding.
part_defined = {n for n, k in parts if k.isupper() or k == "i"}
for p in sys.argv[2:]:
    for name in sorted(undefined(p)):
        if name not in whole_undef and name not in part_defined:
            problems.append("%s: %s undefined, defined by no partition" % (p, name))
if problems:
    print("\n".join(sorted(problems)))
    sys.exit(1)
print("same symbols: %d global, %d local" % (len(whole_globals), sum(whole_locals.values())))
