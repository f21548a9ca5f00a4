; --export-dynamic keeps every defined symbol of default visibility
; visible, as a link with -E must (a program whose plugins call back into
; it); hidden ones are still internalized. Without it they go, as the
; README says.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/main.ll -o %t/main.bc && llvm-as %s -o %t/api.bc
; RUN: %parcg --lto %t/main.bc %t/api.bc -filetype=obj -o %t/e.o --partitions=2 --export-dynamic
; RUN: llvm-nm %t/e.o | FileCheck %s
; CHECK-DAG: T main
; CHECK-DAG: T plugin_api
; CHECK-DAG: D plugin_table
; CHECK-NOT: hidden_helper
; RUN: %parcg --lto %t/main.bc %t/api.bc -filetype=obj -o %t/d.o --partitions=2
; RUN: llvm-nm %t/d.o | FileCheck %s --check-prefix=DEFAULT
; DEFAULT-NOT: plugin_
; RUN: not %parcg --lto %t/main.bc %t/api.bc -r=%t/main.bc,main,px --export-dynamic -o %t/x.o 2>&1 | FileCheck %s --check-prefix=BOTH
; BOTH: --export-dynamic applies to the resolution parcg makes itself
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@plugin_table = global [2 x i32] [i32 1, i32 2]

define i32 @plugin_api(i32 %x) {
  %y = call i32 @hidden_helper(i32 %x)
  ret i32 %y
}

define hidden i32 @hidden_helper(i32 %x) noinline {
  %y = mul i32 %x, 7
  ret i32 %y
}
