; -passes= without --lto runs the pipeline on each partition before codegen:
; one partition gives the bytes of opt -passes=... | llc, and several give
; the same bytes for any -j.
; RUN: rm -rf %t && mkdir %t
; RUN: opt -passes='reg2mem' %s -o %t/opt.bc
; RUN: llc -filetype=obj %t/opt.bc -o %t/llc.o
; RUN: %parcg -passes='reg2mem' --partitions=1 -filetype=obj %s -o %t/one.o
; RUN: cmp %t/llc.o %t/one.o
; RUN: %parcg -j1 -passes='reg2mem' --partitions=3 -filetype=obj %s -o %t/j1.o
; RUN: %parcg -j2 -passes='reg2mem' --partitions=3 -filetype=obj %s -o %t/j2.o
; RUN: cmp %t/j1.o %t/j2.o
; RUN: %parcg --partitions=3 -filetype=obj %s -o %t/nopasses.o
; RUN: not cmp -s %t/j1.o %t/nopasses.o
; RUN: not %parcg -passes='no-such-pass' %s -o %t/bad.o 2>&1 | FileCheck %s
; CHECK: error: -passes=no-such-pass: unknown pass name 'no-such-pass'
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @a(i32 %x) {
  %m = mul i32 %x, 1
  %s = add i32 %m, 0
  br label %next
next:
  ret i32 %s
}

define i32 @b(i32 %x) {
  %y = xor i32 %x, 0
  %z = call i32 @a(i32 %y)
  ret i32 %z
}

define i32 @c(i32 %x) {
  %y = shl i32 %x, 0
  %z = call i32 @b(i32 %y)
  br label %done
done:
  ret i32 %z
}
