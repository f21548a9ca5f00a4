#!/usr/bin/env python3
"""Writes a synthetic LLVM module shaped like a large program after full-LTO
internalization, for measuring parcg at scale.

  utils/gen-module.py --functions N [--seed S] [--edit KIND] -o out.ll

What the module looks like:

- functions grouped into "source files" of 10-200 functions; most calls stay
  in their file, some go to a few hundred hub/utility functions (the first
  files) called from everywhere with Zipf popularity, some to API functions
  of nearby files and to linkonce_odr "template" functions; callees inside a
  file are picked by a Pareto popularity, so in-degree is power-law;
- function sizes lognormal (median about 14 operations, capped at 3000),
  plus a handful of huge interpreter-style functions: a loop around a switch
  of 200-1500 cases;
- bodies with straight-line arithmetic, if/else diamonds, counted loops,
  small switches, early returns, loads from per-file constant tables,
  loads/stores of mutable globals, local buffers, calls to libc
  declarations, indirect calls through per-file vtables and through
  function-pointer parameters (address-taken functions);
- linkage: most functions internal, API functions half external, about 5%
  linkonce_odr in their own comdat (some with a linkonce_odr cache variable
  in the same comdat); main and a global constructor.

Deterministic: the same arguments give the same bytes (random.Random(seed)
for the call graph, one Random per function for its body, so an edit changes
only what it edits).

--edit KIND, for plan-stability experiments, each the same module with one
small change (the target is chosen from the seed):
  body    one mid-size function gets a few extra instructions;
  add     one new function is added (after its caller, in the caller's
          file) and called from one existing function;
  remove  one leaf function (no calls, internal, not address-taken) is
          removed, and every call to it (its result replaced by an argument).

The chosen edit is printed on stderr with the module's statistics.
"""
import argparse
import math
import random
import sys
import time

WORDS = ("parse", "emit", "node", "table", "hash", "alloc", "buf", "str",
         "expr", "stmt", "scan", "lex", "type", "sym", "cache", "io", "vec",
         "map", "sort", "cmp", "init", "free", "read", "write", "find",
         "insert", "merge", "walk", "visit", "eval", "check", "fold")

# Signatures: (return type, parameter types). 'hof' takes a function pointer
# of signature 'i' and calls it.
SIGS = {
    "ii": ("i64", ("i64", "i64")),
    "i": ("i64", ("i64",)),
    "pi": ("i64", ("ptr", "i64")),
    "vi": ("void", ("i64",)),
    "wi": ("i32", ("i32", "i64")),
    "hof": ("i64", ("ptr", "i64")),
}
SIG_NAMES = ("ii", "i", "pi", "vi", "wi", "hof")
SIG_CUM = (30, 60, 72, 85, 95, 100)

# libc-like declarations: name -> (return type, parameter types)
EXTERNS = {
    "puts": ("i32", ("ptr",)),
    "malloc": ("ptr", ("i64",)),
    "free": ("void", ("ptr",)),
    "abs": ("i32", ("i32",)),
    "llvm.umax.i64": ("i64", ("i64", "i64")),
    "llvm.ctpop.i64": ("i64", ("i64",)),
}

ARITH = ("add", "add nsw", "sub", "mul", "xor", "and", "or", "shl", "lshr",
         "ashr", "add", "xor", "mul nsw", "sub nsw")
SHIFTS = ("shl", "lshr", "ashr")
PREDS = ("eq", "ne", "slt", "sgt", "ult", "ugt", "sle", "uge")


def binom(rng, n, p):
    if n < 64:
        r = rng.random
        return sum(1 for _ in range(n) if r() < p)
    mean = n * p
    sd = math.sqrt(mean * (1 - p))
    return max(0, min(n, int(round(rng.gauss(mean, sd)))))


class Fn:
    __slots__ = ("idx", "file", "name", "sig", "linkage", "comdat", "size",
                 "huge", "hub", "api", "sites", "addr_taken", "cache",
                 "indeg")

    def __init__(self, idx, file):
        self.idx = idx
        self.file = file
        self.sites = []
        self.addr_taken = False
        self.cache = None
        self.huge = False
        self.hub = False
        self.api = False
        self.comdat = False
        self.indeg = 0


class File:
    __slots__ = ("idx", "stem", "fns", "tables", "state", "state_ext",
                 "strings", "vtable", "cum", "api_fns", "api_cum", "i_fns")


class Module:
    pass


def plan_module(n, seed):
    """Phase 1: files, functions, globals and every call site, from one
    Random. Nothing here depends on --edit."""
    rng = random.Random(seed)
    m = Module()
    m.fns = []
    m.files = []
    # Source files.
    i = 0
    sizes = []
    while i < n:
        s = min(200, max(10, int(rng.lognormvariate(math.log(45), 0.7))))
        s = min(s, n - i)
        sizes.append(s)
        i += s
    if len(sizes) > 1 and sizes[-1] < 10:
        last = sizes.pop()
        if sizes[-1] + last <= 200:
            sizes[-1] += last
        else:
            sizes[-1] -= 10 - last
            sizes.append(10)
    # The first files are utility libraries holding the hubs.
    num_hubs = max(8, n // 400)
    start = 0
    for fi, s in enumerate(sizes):
        f = File()
        f.idx = fi
        f.stem = ("util%d" % fi) if start < num_hubs else (
            "m%d%s" % (fi, WORDS[rng.randrange(len(WORDS))]))
        f.fns = []
        for j in range(start, start + s):
            fn = Fn(j, fi)
            f.fns.append(fn)
            m.fns.append(fn)
        start += s
        m.files.append(f)
    fns = m.fns

    # Per-function attributes.
    pop = [0.0] * n
    for fn in fns:
        f = m.files[fn.file]
        k = rng.random() * 100
        fn.sig = SIG_NAMES[next(t for t, c in enumerate(SIG_CUM) if k < c)]
        fn.size = min(3000, 1 + int(rng.lognormvariate(math.log(14), 1.0)))
        fn.api = rng.random() < 0.25
        pop[fn.idx] = rng.paretovariate(1.2)
        r = rng.random()
        local_no = fn.idx - f.fns[0].idx
        w = WORDS[rng.randrange(len(WORDS))]
        if r < 0.05:
            fn.linkage = "linkonce_odr"
            fn.comdat = True
            comp = "%s%d" % (w, local_no)
            fn.name = "_ZNK%d%s%d%sEv" % (len(f.stem), f.stem, len(comp), comp)
            if rng.random() < 0.3:
                fn.cache = fn.name + ".cache"
        elif fn.api and r < 0.55:
            fn.linkage = "external"
            fn.name = "%s_%s_%d" % (f.stem, w, local_no)
        else:
            fn.linkage = "internal"
            fn.name = "%s_%s_%d" % (f.stem, w, local_no)
    # Hubs: the first num_hubs functions (utility files), small, popular.
    num_hubs = min(num_hubs, n)
    for h in range(num_hubs):
        fn = fns[h]
        fn.hub = True
        fn.size = 3 + int(rng.lognormvariate(math.log(8), 0.6))
        if fn.sig == "hof":
            fn.sig = "ii"
    hub_cum = []
    acc = 0.0
    for r in range(num_hubs):
        acc += 1.0 / (r + 1) ** 1.1
        hub_cum.append(acc)
    # A handful of huge switch-heavy functions (interpreters, dispatchers).
    num_huge = max(2, n // 20000 + 1) if n >= 50 else 0
    cand = list(range(num_hubs, n))
    for h in sorted(rng.sample(cand, min(num_huge, len(cand)))):
        fn = fns[h]
        fn.huge = True
        fn.size = rng.randint(1000, 6000)
        fn.sig = "ii"
        if fn.linkage == "linkonce_odr":
            fn.linkage, fn.comdat, fn.cache = "internal", False, None
            fn.name = "%s_dispatch_%d" % (m.files[fn.file].stem, h)

    i_fns_all = [fn.idx for fn in fns if fn.sig == "i"]
    linkonce = [fn.idx for fn in fns if fn.linkage == "linkonce_odr"]
    linkonce_cum = []
    acc = 0.0
    for j in linkonce:
        acc += pop[j]
        linkonce_cum.append(acc)

    # Per-file globals and popularity tables.
    for f in m.files:
        f.cum = []
        acc = 0.0
        for fn in f.fns:
            acc += pop[fn.idx]
            f.cum.append(acc)
        f.api_fns = [fn.idx for fn in f.fns
                     if fn.api or fn.linkage == "linkonce_odr"] or \
            [fn.idx for fn in f.fns]
        f.api_cum = []
        acc = 0.0
        for j in f.api_fns:
            acc += pop[j]
            f.api_cum.append(acc)
        f.i_fns = [fn.idx for fn in f.fns if fn.sig == "i"]
        f.tables = []
        for t in range(rng.choice((0, 1, 1, 2, 2, 3))):
            size = 1 << rng.randint(3, 8)
            vals = [rng.randrange(-(1 << 31), 1 << 31) for _ in range(size)]
            f.tables.append(("%s.tbl%d" % (f.stem, t), size, vals))
        f.state = "%s.state" % f.stem
        f.state_ext = rng.random() < 0.2
        f.strings = []
        for t in range(rng.choice((0, 1, 1, 2))):
            text = " ".join(WORDS[rng.randrange(len(WORDS))]
                            for _ in range(rng.randint(1, 6)))
            f.strings.append((".str.%s.%d" % (f.stem, t), text))
        f.vtable = None
        if len(f.i_fns) >= 2 and rng.random() < 0.2:
            k = 1 << rng.randint(1, 3)
            ents = [f.i_fns[rng.randrange(len(f.i_fns))] for _ in range(k)]
            for e in ents:
                fns[e].addr_taken = True
            f.vtable = ("%s.vtable" % f.stem, ents)

    # Call sites. Each: (kind, target, extra). kind: 'd' direct call to a
    # defined function (extra: the function pointer argument of a 'hof'
    # callee, or None); 'x' libc call (target: name); 'v' call through the
    # file's vtable.
    nfiles = len(m.files)
    choices = rng.choices
    for fn in fns:
        f = m.files[fn.file]
        if fn.huge:
            nc = binom(rng, fn.size, 0.06)
        elif fn.hub:
            nc = binom(rng, fn.size, 0.08) if rng.random() < 0.5 else 0
        elif rng.random() < 0.3:
            nc = 0
        else:
            nc = binom(rng, fn.size, 0.16)
        sites = fn.sites
        for _ in range(nc):
            r = rng.random()
            if fn.hub:
                # Hubs call only lower-ranked hubs and libc.
                if r < 0.6 and fn.idx + 1 < num_hubs:
                    tgt = rng.randrange(fn.idx + 1, num_hubs)
                    sites.append(["d", tgt, None])
                else:
                    sites.append(["x", ("malloc", "free", "puts", "abs",
                                        "llvm.umax.i64")[rng.randrange(5)],
                                  None])
                continue
            if r < 0.64:
                tgt = f.fns[0].idx + choices(range(len(f.fns)),
                                             cum_weights=f.cum)[0]
            elif r < 0.79:
                tgt = choices(range(num_hubs), cum_weights=hub_cum)[0]
            elif r < 0.88:
                if rng.random() < 0.7:
                    tf = min(nfiles - 1, max(0, fn.file + rng.randint(-6, 6)))
                else:
                    tf = rng.randrange(nfiles)
                g = m.files[tf]
                tgt = choices(g.api_fns, cum_weights=g.api_cum)[0]
            elif r < 0.92 and linkonce:
                tgt = choices(linkonce, cum_weights=linkonce_cum)[0]
            elif r < 0.965:
                sites.append(["x", ("puts", "malloc", "abs", "llvm.umax.i64",
                                    "llvm.ctpop.i64")[rng.randrange(5)],
                              None])
                continue
            elif f.vtable:
                sites.append(["v", None, None])
                continue
            else:
                tgt = f.fns[rng.randrange(len(f.fns))].idx
            extra = None
            if fns[tgt].sig == "hof":
                pool = f.i_fns or i_fns_all
                if not pool:
                    continue
                extra = pool[rng.randrange(len(pool))]
                fns[extra].addr_taken = True
            sites.append(["d", tgt, extra])
            fns[tgt].indeg += 1
    # A 'hof' function needs something to point at.
    if not i_fns_all:
        for fn in fns:
            if fn.sig == "hof":
                fn.sig = "pi"
    # main calls the first function of up to 24 files.
    m.main_sites = []
    step = max(1, nfiles // 24)
    for fi in range(0, nfiles, step):
        g = m.files[fi]
        for fn in g.fns:
            if fn.sig in ("i", "ii") and not fn.hub:
                m.main_sites.append(fn.idx)
                fn.indeg += 1
                break
    m.num_hubs = num_hubs
    return m


def choose_edit(m, kind, seed):
    rng = random.Random("%d:edit:%s" % (seed, kind))
    fns = m.fns

    def ordinary(lo, hi):
        # A function of lo..hi instructions, neither huge nor a hub.
        cand = [fn.idx for fn in fns
                if lo <= fn.size <= hi and not fn.huge and not fn.hub]
        if not cand:
            cand = [fn.idx for fn in fns if not fn.huge]
        return rng.choice(cand)

    if kind == "body":
        return ordinary(30, 80)
    if kind == "add":
        return ordinary(20, 100)
    if kind == "remove":
        main_set = set(m.main_sites)
        cand = [fn.idx for fn in fns
                if not fn.sites and fn.linkage == "internal"
                and not fn.addr_taken and not fn.hub and not fn.huge
                and fn.indeg > 0 and fn.idx not in main_set]
        if not cand:
            # Tiny modules: a hub, or a function nobody calls, will do.
            cand = [fn.idx for fn in fns
                    if not fn.sites and fn.linkage == "internal"
                    and not fn.addr_taken and not fn.huge
                    and fn.idx not in main_set]
        if not cand:
            sys.exit("gen-module.py: no removable leaf function")
        return rng.choice(cand)
    raise ValueError(kind)


class Body:
    """Phase 2: the text of one function, from its own Random."""

    def __init__(self, m, fn, rng, removed, out):
        self.m = m
        self.fn = fn
        self.f = m.files[fn.file]
        self.rng = rng
        self.removed = removed
        self.out = out
        self.n = 0
        self.nb = 0
        self.cur = "entry"
        self.pool = []
        self.base = []
        self.acc = None
        self.buf = None

    def val(self):
        self.n += 1
        return "%%v%d" % self.n

    def label(self, what):
        self.nb += 1
        return "%s%d" % (what, self.nb)

    def start(self, lbl):
        self.out.append(lbl + ":")
        self.cur = lbl

    def pick(self):
        r = self.rng.random()
        if r < 0.12:
            return str(self.rng.randint(1, 1000))
        if r < 0.25 or not self.pool:
            return self.base[self.rng.randrange(len(self.base))]
        p = self.pool
        return p[-1 - self.rng.randrange(min(6, len(p)))]

    def pickv(self):
        """A value, never a constant: the accumulator or a recent one."""
        p = self.pool
        if not p or self.rng.random() < 0.5:
            return self.acc
        return p[-1 - self.rng.randrange(min(6, len(p)))]

    def combine(self, v):
        """Folds v into the accumulator."""
        r = self.val()
        self.out.append("  %s = %s i64 %s, %s" % (
            r, ("add", "xor", "sub")[self.rng.randrange(3)], self.acc, v))
        self.pool.append(self.acc)
        self.acc = r

    # -- operations ---------------------------------------------------------

    def op(self):
        rng = self.rng
        fnd = self.fn
        if fnd.sites and self.calls_left and \
                rng.random() * max(1, self.ops_left) < self.calls_left:
            self.call(fnd.sites[len(fnd.sites) - self.calls_left])
            self.calls_left -= 1
            self.ops_left -= 1
            return
        self.ops_left -= 1
        r = rng.random()
        out = self.out
        if r < 0.58:
            use_acc = rng.random() < 0.6
            a = self.acc if use_acc else self.pick()
            opc = ARITH[rng.randrange(len(ARITH))]
            b = str(rng.randint(1, 40)) if opc in SHIFTS else self.pick()
            v = self.val()
            out.append("  %s = %s i64 %s, %s" % (v, opc, a, b))
            if use_acc:
                self.pool.append(self.acc)
                self.acc = v
            else:
                self.pool.append(v)
        elif r < 0.68:
            c, v = self.val(), self.val()
            out.append("  %s = icmp %s i64 %s, %s" % (
                c, PREDS[rng.randrange(len(PREDS))], self.pickv(), self.pick()))
            out.append("  %s = select i1 %s, i64 %s, i64 %s" % (
                v, c, self.acc, self.pick()))
            self.acc = v
        elif r < 0.80 and self.f.tables:
            name, size, _ = self.f.tables[rng.randrange(len(self.f.tables))]
            i, g, l = self.val(), self.val(), self.val()
            out.append("  %s = and i64 %s, %d" % (i, self.pickv(), size - 1))
            out.append("  %s = getelementptr inbounds [%d x i64], ptr @%s, "
                       "i64 0, i64 %s" % (g, size, name, i))
            out.append("  %s = load i64, ptr %s, align 8" % (l, g))
            self.combine(l)
        elif r < 0.86:
            state = self.f.state
            if self.fn.cache and rng.random() < 0.5:
                state = self.fn.cache
            if rng.random() < 0.5:
                l = self.val()
                out.append("  %s = load i64, ptr @%s, align 8" % (l, state))
                self.combine(l)
            else:
                out.append("  store i64 %s, ptr @%s, align 8" % (self.acc,
                                                                 state))
        elif r < 0.92 and self.buf:
            i, g = self.val(), self.val()
            out.append("  %s = and i64 %s, 15" % (i, self.pickv()))
            out.append("  %s = getelementptr inbounds [16 x i64], ptr %s, "
                       "i64 0, i64 %s" % (g, self.buf, i))
            if rng.random() < 0.5:
                out.append("  store i64 %s, ptr %s, align 8" % (self.acc, g))
            else:
                l = self.val()
                out.append("  %s = load i64, ptr %s, align 8" % (l, g))
                self.combine(l)
        elif r < 0.96 and self.fn.sig in ("pi", "hof"):
            if self.fn.sig == "hof":
                v = self.val()
                out.append("  %s = call i64 %%p0(i64 %s)" % (v, self.pick()))
                self.combine(v)
            else:
                i, g, l = self.val(), self.val(), self.val()
                out.append("  %s = and i64 %s, 7" % (i, self.pickv()))
                out.append("  %s = getelementptr inbounds i64, ptr %%p0, "
                           "i64 %s" % (g, i))
                out.append("  %s = load i64, ptr %s, align 8" % (l, g))
                self.combine(l)
        else:
            v = self.val()
            out.append("  %s = mul i64 %s, %d" % (v, self.acc,
                                                  rng.randrange(3, 1 << 20, 2)))
            self.acc = v

    def arg(self, ty, pre, hof_target=None):
        if ty == "i64":
            return "i64 " + self.pick()
        if ty == "i32":
            t = self.val()
            pre.append("  %s = trunc i64 %s to i32" % (t, self.pick()))
            return "i32 " + t
        # ptr
        if hof_target is not None:
            return "ptr @" + self.m.fns[hof_target].name
        r = self.rng.random()
        if self.buf and r < 0.4:
            return "ptr " + self.buf
        if self.f.tables and r < 0.8:
            return "ptr @" + self.f.tables[0][0]
        return "ptr @" + self.f.state

    def call(self, site):
        kind, tgt, extra = site
        out = self.out
        if kind == "x":
            ret, params = EXTERNS[tgt]
            pre = []
            if tgt == "puts":
                s = self.f.strings
                args = ["ptr @" + (s[0][0] if s else self.f.state)]
            elif tgt == "free":
                args = ["ptr " + (self.buf or "@" + self.f.state)]
            else:
                args = [self.arg(t, pre) for t in params]
            out.extend(pre)
            if ret == "void":
                out.append("  call void @%s(%s)" % (tgt, ", ".join(args)))
                return
            v = self.val()
            out.append("  %s = call %s @%s(%s)" % (v, ret, tgt,
                                                   ", ".join(args)))
            if ret == "i32":
                w = self.val()
                out.append("  %s = sext i32 %s to i64" % (w, v))
                self.combine(w)
            elif ret == "ptr":
                out.append("  store i64 %s, ptr %s, align 8" % (self.acc, v))
                out.append("  call void @free(ptr %s)" % v)
            else:
                self.combine(v)
            return
        if kind == "v":
            name, ents = self.f.vtable
            i, g, p, v = self.val(), self.val(), self.val(), self.val()
            out.append("  %s = and i64 %s, %d" % (i, self.pickv(),
                                                  len(ents) - 1))
            out.append("  %s = getelementptr inbounds [%d x ptr], ptr @%s, "
                       "i64 0, i64 %s" % (g, len(ents), name, i))
            out.append("  %s = load ptr, ptr %s, align 8" % (p, g))
            out.append("  %s = call i64 %s(i64 %s)" % (v, p, self.pick()))
            self.combine(v)
            return
        callee = self.m.fns[tgt]
        ret, params = SIGS[callee.sig]
        pre = []
        args = [self.arg(t, pre, extra if t == "ptr" and callee.sig == "hof"
                         else None) for t in params]
        if tgt in self.removed:
            # The call is gone; its result is an argument. Value numbers
            # are kept so the rest of the body reads the same.
            if ret != "void":
                v = self.val()
                if ret == "i32":
                    self.val()
                self.combine(next(a.split()[1] for a in args
                                  if a.startswith("i64")))
            return
        out.extend(pre)
        if ret == "void":
            out.append("  call void @%s(%s)" % (callee.name, ", ".join(args)))
            return
        v = self.val()
        out.append("  %s = call %s @%s(%s)" % (v, ret, callee.name,
                                               ", ".join(args)))
        if ret == "i32":
            w = self.val()
            out.append("  %s = sext i32 %s to i64" % (w, v))
            v = w
        self.combine(v)

    # -- regions ------------------------------------------------------------

    def seq(self, budget, depth):
        rng = self.rng
        while budget > 0:
            r = rng.random()
            if depth < 3 and budget >= 6 and r < 0.10:
                used = 1 + rng.randint(3, max(3, budget // 2))
                used = min(used, budget)
                self.loop(used - 1, depth + 1)
            elif depth < 3 and budget >= 4 and r < 0.28:
                used = min(budget, rng.randint(2, max(2, budget // 2)))
                self.diamond(used, depth + 1)
            elif depth < 2 and budget >= 12 and r < 0.31:
                used = min(budget, rng.randint(8, max(8, budget // 2)))
                nc = rng.randint(3, 8)
                self.switch(nc, max(1, used // (nc + 1)), depth + 1,
                            mask=7)
            else:
                self.op()
                used = 1
            budget -= used

    def diamond(self, budget, depth):
        rng = self.rng
        out = self.out
        c = self.val()
        out.append("  %s = icmp %s i64 %s, %d" % (
            c, PREDS[rng.randrange(len(PREDS))], self.pickv(),
            rng.randint(0, 500)))
        t, e, j = self.label("then"), self.label("else"), self.label("join")
        triangle = rng.random() < 0.4
        out.append("  br i1 %s, label %%%s, label %%%s" % (
            c, t, j if triangle else e))
        head, acc0, mark = self.cur, self.acc, len(self.pool)
        self.start(t)
        bt = budget if triangle else max(1, budget // 2)
        self.seq(bt, depth)
        in1 = (self.acc, self.cur)
        out.append("  br label %%%s" % j)
        del self.pool[mark:]
        self.acc = acc0
        if triangle:
            in2 = (acc0, head)
        else:
            self.start(e)
            self.seq(max(1, budget - bt), depth)
            in2 = (self.acc, self.cur)
            out.append("  br label %%%s" % j)
            del self.pool[mark:]
            self.acc = acc0
        self.start(j)
        v = self.val()
        out.append("  %s = phi i64 [ %s, %%%s ], [ %s, %%%s ]" % (
            v, in1[0], in1[1], in2[0], in2[1]))
        self.acc = v

    def loop(self, budget, depth, trip=None):
        rng = self.rng
        out = self.out
        if trip is None:
            if rng.random() < 0.5:
                trip = str(rng.randint(4, 64))
            else:
                trip = self.val()
                out.append("  %s = and i64 %s, 63" % (trip, self.pickv()))
        self.counted_loop("loop", "exit", trip, lambda: self.seq(budget, depth))

    def counted_loop(self, head, exit, trip, body):
        """A loop counting an i64 from 0 while it is below TRIP, carrying
        the accumulator round; BODY() emits what the loop does."""
        out = self.out
        pre, acc0, mark = self.cur, self.acc, len(self.pool)
        h, x = self.label(head), self.label(exit)
        out.append("  br label %%%s" % h)
        self.start(h)
        i, a = self.val(), self.val()
        slot = len(out)
        out.append(None)
        out.append(None)
        self.acc = a
        self.pool.append(i)
        body()
        inext, c = self.val(), self.val()
        out.append("  %s = add nuw nsw i64 %s, 1" % (inext, i))
        out.append("  %s = icmp ult i64 %s, %s" % (c, inext, trip))
        out.append("  br i1 %s, label %%%s, label %%%s" % (c, h, x))
        out[slot] = "  %s = phi i64 [ 0, %%%s ], [ %s, %%%s ]" % (
            i, pre, inext, self.cur)
        out[slot + 1] = "  %s = phi i64 [ %s, %%%s ], [ %s, %%%s ]" % (
            a, acc0, pre, self.acc, self.cur)
        del self.pool[mark:]
        self.start(x)

    def switch(self, nc, per_case, depth, mask=None):
        rng = self.rng
        out = self.out
        sel = self.val()
        if mask is not None:
            out.append("  %s = and i64 %s, %d" % (sel, self.pickv(), mask))
        else:
            out.append("  %s = urem i64 %s, %d" % (sel, self.acc, nc + 7))
        cases = [self.label("case") for _ in range(nc)]
        j = self.label("sw.end")
        head, acc0, mark = self.cur, self.acc, len(self.pool)
        out.append("  switch i64 %s, label %%%s [" % (sel, j))
        for k, c in enumerate(cases):
            out.append("    i64 %d, label %%%s" % (k, c))
        out.append("  ]")
        incoming = [(acc0, head)]
        for c in cases:
            self.start(c)
            self.seq(max(1, per_case + rng.randint(-1, 2)), depth)
            incoming.append((self.acc, self.cur))
            out.append("  br label %%%s" % j)
            del self.pool[mark:]
            self.acc = acc0
        self.start(j)
        v = self.val()
        out.append("  %s = phi i64 %s" % (v, ", ".join(
            "[ %s, %%%s ]" % p for p in incoming)))
        self.acc = v

    # -- the function -------------------------------------------------------

    def emit(self, extra_rng=None, added_call=None):
        fn, rng, out = self.fn, self.rng, self.out
        ret, params = SIGS[fn.sig]
        plist = ", ".join("%s %%p%d" % (t, k) for k, t in enumerate(params))
        link = "" if fn.linkage == "external" else fn.linkage + " "
        comdat = " comdat" if fn.comdat else ""
        out.append("define %s%s @%s(%s) #0%s {" % (link, ret, fn.name, plist,
                                                   comdat))
        out.append("entry:")
        for k, t in enumerate(params):
            if t == "i64":
                self.base.append("%%p%d" % k)
            elif t == "i32":
                v = self.val()
                out.append("  %s = sext i32 %%p%d to i64" % (v, k))
                self.base.append(v)
        self.acc = self.base[0]
        if rng.random() < 0.2:
            self.buf = "%buf"
            out.append("  %buf = alloca [16 x i64], align 16")
        self.ops_left = fn.size
        self.calls_left = len(fn.sites)
        if not fn.huge and fn.size > 5 and rng.random() < 0.3:
            c = self.val()
            early, body = self.label("early"), self.label("body")
            out.append("  %s = icmp eq i64 %s, %d" % (c, self.acc,
                                                      rng.randint(0, 9)))
            out.append("  br i1 %s, label %%%s, label %%%s" % (c, early, body))
            self.start(early)
            out.append(self.ret_text(str(rng.randint(-1, 1))))
            self.start(body)
        if fn.huge:
            # An interpreter: a loop around a big switch.
            nc = rng.randint(200, 1500)
            per = max(1, fn.size // nc)
            self.counted_loop("dispatch", "done", "%p1",
                              lambda: self.switch(nc, per, 1))
        else:
            self.seq(fn.size, 0)
        while self.calls_left:
            self.call(fn.sites[len(fn.sites) - self.calls_left])
            self.calls_left -= 1
        if extra_rng is not None:
            for _ in range(6):
                v = self.val()
                out.append("  %s = %s i64 %s, %d" % (
                    v, ("add", "mul", "xor")[extra_rng.randrange(3)],
                    self.acc, extra_rng.randint(3, 999)))
                self.acc = v
        if added_call is not None:
            v = self.val()
            out.append("  %s = call i64 @%s(i64 %s)" % (v, added_call,
                                                        self.acc))
            self.combine(v)
        out.append(self.ret_text(self.acc))
        out.append("}")
        out.append("")

    def ret_text(self, v):
        ret = SIGS[self.fn.sig][0]
        if ret == "void":
            if v.startswith("%"):
                self.out.append("  store i64 %s, ptr @%s, align 8" % (
                    v, self.f.state))
            return "  ret void"
        if ret == "i32":
            if v.startswith("%"):
                t = self.val()
                self.out.append("  %s = trunc i64 %s to i32" % (t, v))
                v = t
            return "  ret i32 " + v
        return "  ret i64 " + v


def write_module(m, seed, edit, fh):
    """Writes the module text to fh, in chunks; returns (bytes, edit)."""
    out = []
    written = [0]

    def flush():
        if out:
            chunk = "\n".join(out) + "\n"
            written[0] += len(chunk)
            fh.write(chunk)
            out.clear()
    n = len(m.fns)
    out.append("; Synthetic module: utils/gen-module.py --functions %d "
               "--seed %d%s" % (n, seed, " --edit " + edit if edit else ""))
    out.append('source_filename = "synthetic-%d-%d.c"' % (n, seed))
    out.append('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-'
               'i64:64-i128:128-f80:128-n8:16:32:64-S128"')
    out.append('target triple = "x86_64-unknown-linux-gnu"')
    out.append("")

    removed, body_edit, add_after = set(), None, None
    edit_info = ""
    if edit:
        tgt = choose_edit(m, edit, seed)
        fn = m.fns[tgt]
        if edit == "remove":
            removed.add(tgt)
            edit_info = "removed %s (called from %d sites)" % (fn.name,
                                                               fn.indeg)
        elif edit == "body":
            body_edit = tgt
            edit_info = "changed the body of %s (size %d)" % (fn.name,
                                                              fn.size)
        else:
            add_after = tgt
            added_name = "%s_added_fn" % m.files[fn.file].stem
            edit_info = "added %s, called from %s" % (added_name, fn.name)

    for fn in m.fns:
        if fn.comdat:
            out.append("$%s = comdat any" % fn.name)
    out.append("")
    out.append("@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] "
               "[{ i32, ptr, ptr } { i32 65535, ptr @__synthetic_init, "
               "ptr null }]")
    for f in m.files:
        for name, size, vals in f.tables:
            out.append("@%s = internal unnamed_addr constant [%d x i64] [%s], "
                       "align 16" % (name, size, ", ".join(
                           "i64 %d" % v for v in vals)))
        out.append("@%s = %sglobal i64 0, align 8" % (
            f.state, "" if f.state_ext else "internal "))
        for name, text in f.strings:
            out.append('@%s = private unnamed_addr constant [%d x i8] '
                       'c"%s\\00", align 1' % (name, len(text) + 1, text))
        if f.vtable:
            name, ents = f.vtable
            out.append("@%s = internal unnamed_addr constant [%d x ptr] [%s], "
                       "align 8" % (name, len(ents), ", ".join(
                           "ptr @" + m.fns[e].name for e in ents)))
        for fn in f.fns:
            if fn.cache:
                out.append("@%s = linkonce_odr global i64 0, comdat($%s), "
                           "align 8" % (fn.cache, fn.name))
    out.append("")

    for fn in m.fns:
        if fn.idx in removed:
            continue
        rng = random.Random(seed * (1 << 32) + fn.idx)
        b = Body(m, fn, rng, removed, out)
        b.emit(extra_rng=random.Random("%d:body-edit" % seed)
               if fn.idx == body_edit else None,
               added_call=added_name if fn.idx == add_after else None)
        if fn.idx == add_after:
            new = Fn(n, fn.file)
            new.name, new.sig, new.linkage = added_name, "i", "internal"
            new.size = 12
            Body(m, new, random.Random(seed * (1 << 32) + n), removed,
                 out).emit()
        if len(out) > 65536:
            flush()

    # main and the constructor.
    out.append("define i32 @main(i32 %argc, ptr %argv) #0 {")
    out.append("entry:")
    out.append("  %a = sext i32 %argc to i64")
    acc = "%a"
    for k, t in enumerate(m.main_sites):
        if t in removed:
            continue
        fn = m.fns[t]
        args = ", ".join(["i64 " + acc] * len(SIGS[fn.sig][1]))
        out.append("  %%m%d = call i64 @%s(%s)" % (k, fn.name, args))
        out.append("  %%s%d = add i64 %s, %%m%d" % (k, acc, k))
        acc = "%%s%d" % k
    out.append("  %%r = trunc i64 %s to i32" % acc)
    out.append("  ret i32 %r")
    out.append("}")
    out.append("")
    out.append("define internal void @__synthetic_init() #0 {")
    out.append("entry:")
    for f in m.files[:64]:
        out.append("  store i64 1, ptr @%s, align 8" % f.state)
    out.append("  ret void")
    out.append("}")
    out.append("")
    for name, (ret, params) in EXTERNS.items():
        attrs = " #1" if name.startswith("llvm.") else ""
        out.append("declare %s @%s(%s)%s" % (ret, name, ", ".join(params),
                                            attrs))
    out.append("")
    out.append('attributes #0 = { nounwind uwtable "frame-pointer"="none" }')
    out.append("attributes #1 = { nocallback nofree nosync nounwind "
               "speculatable willreturn memory(none) }")
    flush()
    return written[0], edit_info


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--functions", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--edit", choices=("body", "add", "remove"))
    ap.add_argument("-o", dest="output", required=True)
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="no statistics on stderr")
    a = ap.parse_args()
    if a.functions < 1:
        ap.error("--functions must be at least 1")
    t0 = time.time()
    m = plan_module(a.functions, a.seed)
    if a.output == "-":
        size, edit_info = write_module(m, a.seed, a.edit, sys.stdout)
    else:
        with open(a.output, "w") as fh:
            size, edit_info = write_module(m, a.seed, a.edit, fh)
    if not a.quiet:
        calls = sum(len(fn.sites) for fn in m.fns)
        direct = sum(1 for fn in m.fns for s in fn.sites if s[0] == "d")
        link = {}
        for fn in m.fns:
            link[fn.linkage] = link.get(fn.linkage, 0) + 1
        sys.stderr.write(
            "gen-module: %d functions in %d files, %d hubs, %d huge, "
            "%d planned call sites (%d direct to defined functions), "
            "linkage %s, %d address-taken, %.1f MB text, %.1f s%s\n" % (
                len(m.fns), len(m.files), m.num_hubs,
                sum(fn.huge for fn in m.fns), calls, direct,
                " ".join("%s=%d" % kv for kv in sorted(link.items())),
                sum(fn.addr_taken for fn in m.fns), size / 1e6,
                time.time() - t0,
                "; edit: " + edit_info if edit_info else ""))


if __name__ == "__main__":
    main()
