; A program whose codegen hits a fatal error: an AArch64 intrinsic cannot be
; selected on x86-64. noinline keeps it a function of its own.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare i64 @llvm.aarch64.get.fpcr()

define internal i32 @unselectable() noinline {
  %r = call i64 @llvm.aarch64.get.fpcr()
  %t = trunc i64 %r to i32
  ret i32 %t
}

define i32 @main() {
  %v = call i32 @unselectable()
  ret i32 %v
}
