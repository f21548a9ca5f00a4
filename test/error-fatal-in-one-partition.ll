; A fatal error inside LLVM's codegen of one partition ("cannot select",
; which LLVM ends the process on) is reported like any other error: it names
; the input, the partition and the function, the exit status is 1 (not a
; crash), and no output is left, for any -j.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg -j1 --partitions=2 -filetype=obj --output-dir=%t/out %s 2> %t/err; echo status=$? > %t/status
; RUN: FileCheck --check-prefix=STATUS %s < %t/status
; STATUS: status=1
; RUN: FileCheck %s < %t/err
; RUN: not %parcg -j2 --partitions=2 -filetype=obj -o %t/one.o %s 2>&1 | FileCheck %s
; CHECK: parcg: error: {{.*}}error-fatal-in-one-partition.ll: partition {{[01]}}: function 'unselectable': Cannot select: intrinsic %llvm.aarch64.get.fpcr
; CHECK-NOT: PLEASE submit a bug report
; RUN: ls %t/out | count 0
; RUN: ls %t | FileCheck --check-prefix=LEFT %s
; LEFT-NOT: one.o
target triple = "x86_64-unknown-linux-gnu"

define i32 @good(i32 %x) {
  %y = mul i32 %x, %x
  %z = add i32 %y, 7
  ret i32 %z
}

declare i64 @llvm.aarch64.get.fpcr()

define i32 @unselectable() {
  %r = call i64 @llvm.aarch64.get.fpcr()
  %t = trunc i64 %r to i32
  ret i32 %t
}
