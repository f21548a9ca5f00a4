; --report-times prints, per partition, the wall seconds and the CPU
; seconds of the worker thread that compiled it, then max/mean of both
; (bench/balance reads the CPU figures).
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --partitions=2 -j2 -filetype=obj --output-dir=%t --report-times %s 2>&1 | FileCheck %s
; CHECK: parcg: partition 0: {{[0-9]+\.[0-9]+}} s, cpu {{[0-9]+\.[0-9]+}} s
; CHECK-NEXT: parcg: partition 1: {{[0-9]+\.[0-9]+}} s, cpu {{[0-9]+\.[0-9]+}} s
; CHECK-NEXT: parcg: partitions 2, codegen max {{[0-9.]+}} s, mean {{[0-9.]+}} s, max/mean {{[0-9.]+}}; cpu max/mean {{[0-9.]+}}
; The single-partition path reports the same way.
; RUN: %parcg --partitions=1 -filetype=obj -o %t/one.o --report-times %s 2>&1 | FileCheck --check-prefix=ONE %s
; ONE: parcg: partition 0: {{[0-9]+\.[0-9]+}} s, cpu {{[0-9]+\.[0-9]+}} s
; ONE-NEXT: parcg: partitions 1, codegen max
target triple = "x86_64-unknown-linux-gnu"
define i32 @a(i32 %x) {
  %y = mul i32 %x, 3
  ret i32 %y
}
define i32 @b(i32 %x) {
  %y = add i32 %x, 5
  ret i32 %y
}
