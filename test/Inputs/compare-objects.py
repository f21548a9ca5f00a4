#!/usr/bin/env python3
"""Checks that the single object parcg wrote is what a relocatable link of
the partition objects gives: compare-objects.py ONE.o REF.o PART.o...
where REF.o is `ld.lld -r PART.o...`. --ignore-size=SECTION (before the
files) leaves SECTION's size out (an assembler shares one .eh_frame CIE
among the functions of a file); --ignore-mapping-symbols leaves out the
AArch64 and RISC-V mapping symbols ($x, $d), of which an assembler emits one
per change of kind in a file, ld -r each object's. Prints "same object" or the
differences (and exits 1). Compared:
- the header: class, byte order, machine, OS/ABI, ABI version, flags;
- global symbols: binding, type, visibility, defined or not, section, size;
- local symbols (not section symbols, .L temporaries or the mapping symbols
  of build attributes): name, type, section;
- sections other than the ones a writer makes (relocations, symbol and
  string tables, .comment, which lld stamps): name, type, flags, and the
  total size of the allocated ones (but mergeable ones, which lld -r
  deduplicates);
- section groups: signature, flags and member section names;
- the address-significance table: the names of its symbols, against the
  union of the partitions' tables (lld -r does not keep them);
- no global is defined twice (readelf would show it once, so: counted).
"""
import collections
import json
import re
import subprocess
import sys

READOBJ = "llvm-readobj"
ATTRIBUTES = (".riscv.attributes", ".ARM.attributes")
IGNORE_MAPPING = False
WRITER_MADE = {"SHT_RELA", "SHT_REL", "SHT_SYMTAB", "SHT_STRTAB",
               "SHT_SYMTAB_SHNDX", "SHT_NULL", "SHT_GROUP",
               "SHT_LLVM_ADDRSIG"}


def load(path):
    # llvm-readobj's JSON for groups and the addrsig table is not valid
    # JSON; those two come from llvm-readelf's text.
    out = subprocess.run(
        [READOBJ, "--elf-output-style=JSON", "--file-headers", "--symbols",
         "--sections", path],
        check=True, capture_output=True, text=True).stdout
    obj = json.loads(out)[0]
    text = subprocess.run([READOBJ, "--elf-output-style=GNU",
                           "--section-groups", "--addrsig", path],
                          check=True, capture_output=True, text=True).stdout
    groups, sig, cur, in_sig = [], [], None, False
    for line in text.splitlines():
        m = re.match(r"^(\S+) group section \[\s*\d+\] `[^']*' \[(.*)\]", line)
        if m:
            cur = (m.group(2), m.group(1), [])
            groups.append(cur)
            in_sig = False
            continue
        if line.startswith("Address-significant symbols"):
            in_sig, cur = True, None
            continue
        m = re.match(r"^\s+\[\s*\d+\]\s+(\S+)$", line)
        if m and cur:
            cur[2].append(m.group(1))
            continue
        m = re.match(r"^\s+\d+:\s+(\S+)$", line)
        if m and in_sig:
            sig.append(m.group(1))
    obj["Groups"] = groups
    obj["Addrsig"] = sig
    return obj


def name(x):
    return x["Name"] if isinstance(x, dict) else x


def sections(obj):
    return [s["Section"] for s in obj["Sections"]]


def symbols(obj):
    return [s["Symbol"] for s in obj["Symbols"]]


def describe(obj):
    secs = sections(obj)
    glob = {}
    defined = collections.Counter()
    local = collections.Counter()
    for s in symbols(obj):
        n = name(s["Name"])
        kind = name(s["Type"])
        sec = name(s["Section"])
        if kind == "Section" or n == "" or n.startswith(".L"):
            continue
        # Mapping symbols of build attributes: the one object keeps one
        # copy of the section with its symbol, lld -r makes each copy's
        # symbol absolute.
        if re.match(r"\$[adtx](\.|$)", n) and (IGNORE_MAPPING or sec in ATTRIBUTES + ("Absolute",)):
            continue
        if name(s["Binding"]) == "Local":
            local[(n, kind, sec)] += 1
            continue
        vis = [f["Name"] for f in s["Other"].get("Flags", [])]
        glob[n] = (name(s["Binding"]), kind, tuple(sorted(vis)),
                   sec != "Undefined", sec, s["Size"])
        if sec != "Undefined":
            defined[n] += 1
    kinds = set()
    sizes = collections.Counter()
    for s in secs:
        t = name(s["Type"])
        n = name(s["Name"])
        # lld stamps .comment, and for -r makes a COMMON section for the
        # common symbols it leaves common.
        if t in WRITER_MADE or n == ".comment" or (
                n == "COMMON" and t == "SHT_NOBITS"):
            continue
        flags = tuple(sorted(f["Name"] for f in s["Flags"].get("Flags", [])))
        kinds.add((n, t, flags))
        # lld -r deduplicates mergeable sections; the final link does that.
        if ("SHF_ALLOC" in flags and "SHF_MERGE" not in flags and
                n not in obj["IgnoreSize"]):
            sizes[n] += s["Size"]
    groups = set()
    for signature, kind, members in obj["Groups"]:
        groups.add((signature, kind,
                    tuple(sorted(m for m in members
                                 if not m.startswith(".rel")))))
    return glob, defined, local, kinds, sizes, groups


def addrsig(obj):
    return set(obj["Addrsig"])


args = sys.argv[1:]
ignore_size = set()
while args and args[0].startswith("--"):
    opt = args.pop(0)
    if opt.startswith("--ignore-size="):
        ignore_size.add(opt.split("=", 1)[1])
    elif opt == "--ignore-mapping-symbols":
        IGNORE_MAPPING = True
    else:
        sys.exit("compare-objects.py: unknown option " + opt)
one = load(args[0])
ref = load(args[1])
parts = [load(p) for p in args[2:]]
for obj in (one, ref):
    obj["IgnoreSize"] = ignore_size
problems = []


def header(obj):
    h = obj["ElfHeader"]
    ident = h["Ident"]
    return (name(ident["Class"]), name(ident["DataEncoding"]),
            name(ident["OS/ABI"]), ident["ABIVersion"], name(h["Machine"]),
            json.dumps(h["Flags"], sort_keys=True))


if header(one) != header(ref):
    problems.append("headers differ: %s, ld -r: %s" % (header(one), header(ref)))
a = describe(one)
b = describe(ref)
labels = ["global symbols", None, "local symbols", "sections",
          "allocated section sizes", "section groups"]
for i, label in enumerate(labels):
    if label is None:
        continue
    if a[i] != b[i]:
        if isinstance(a[i], dict):
            keys = sorted(set(a[i]) | set(b[i]))
            diff = [(k, a[i].get(k), b[i].get(k)) for k in keys
                    if a[i].get(k) != b[i].get(k)]
        else:
            diff = [("only in one", sorted(set(a[i]) - set(b[i]))[:10]),
                    ("only in ref", sorted(set(b[i]) - set(a[i]))[:10])]
        problems.append("%s differ: %s" % (label, diff[:10]))
twice = [n for n, c in a[1].items() if c > 1]
if twice:
    problems.append("defined twice: %s" % twice)
want_sig = set().union(*(addrsig(p) for p in parts)) if parts else set()
if addrsig(one) != want_sig:
    problems.append("address-significance table: %s, want %s" %
                    (sorted(addrsig(one)), sorted(want_sig)))
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("same object")
