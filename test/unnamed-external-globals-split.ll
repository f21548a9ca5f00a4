; Unnamed globals that are not local get a name of their own when the module
; is split: each object's codegen would otherwise call its unnamed globals
; __unnamed_<n> in its own order, two partitions would both define
; __unnamed_1, and uses would name the wrong one (found by the fuzzer:
; fuzz/regressions/unnamed-external-global-across-partitions.ll). The
; partition objects link with no duplicate and no undefined symbol, and the
; one object says the same.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --partitions=4 --partition-strategy=roundrobin -filetype=obj --output-dir=%t/out %s
; RUN: ld.lld -r %t/out/*.o -o %t/linked.o
; RUN: llvm-nm %t/linked.o | FileCheck %s
; RUN: %parcg --partitions=4 --partition-strategy=roundrobin -filetype=obj -o %t/one.o %s
; RUN: llvm-nm %t/one.o | FileCheck %s
; CHECK-NOT: U __parcg_unnamed
; CHECK-NOT: __unnamed_
; CHECK-DAG: D __parcg_unnamed.0.parcg.{{[0-9a-f]+}}
; CHECK-DAG: D __parcg_unnamed.1.parcg.{{[0-9a-f]+}}
; CHECK-DAG: T big_a
; CHECK-DAG: T big_b
target triple = "x86_64-unknown-linux-gnu"

@0 = global i32 5
@1 = global i32 7

define i32 @big_a(i32 %x) {
  %a = load i32, ptr @0
  %a2 = load i32, ptr @1
  %b = add i32 %a, %a2
  %c = add i32 %b, %x
  ret i32 %c
}

define i32 @big_b(i32 %x) {
  %a = load i32, ptr @1
  %b = add i32 %a, %x
  ret i32 %b
}
