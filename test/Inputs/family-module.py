#!/usr/bin/env python3
"""Prints a module of four clusters of eight functions of equal cost, each
function calling the next of its cluster. Cluster 0 is eight instantiations
of one C++ template, int work<I>(int) (_Z4workILi<I>EEii); with
--on-class they are eight templates instantiated on one class type, int
t<I><ns::interval>(int) (_Z2t<I>IN2ns8intervalEEii); with --c-names they are
C functions work<I>."""
import sys

c_names = "--c-names" in sys.argv[1:]
on_class = "--on-class" in sys.argv[1:]
print('target triple = "x86_64-unknown-linux-gnu"')
for c in range(4):
    def name(i):
        if c:
            return "f%d_%d" % (c, i)
        if on_class:
            return "_Z2t%dIN2ns8intervalEEii" % i
        return "work%d" % i if c_names else "_Z4workILi%dEEii" % i
    for i in range(8):
        print("define i32 @%s(i32 %%x) {" % name(i))
        print("  %v0 = add i32 %x, 1")
        for a in range(1, 40):
            print("  %%v%d = mul i32 %%v%d, %d" % (a, a - 1, a + 2))
        if i + 1 < 8:
            print("  %%r = call i32 @%s(i32 %%v39)" % name(i + 1))
            print("  ret i32 %r")
        else:
            print("  ret i32 %v39")
        print("}")
