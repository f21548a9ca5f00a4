; ParCG bug, fixed in lib/Split/Splitter.cpp: a partition other than the
; anchor erased the appending array @arr although @big_a, defined there,
; still loads from it: dangling uses, and the verifier of that partition
; crashed on them (SEGV in libLLVM under parcg-fuzz). llc rejects such an
; array at codegen ("unknown special variable with appending linkage"), and
; now parcg does too, cleanly, in the anchor partition only.
target triple = "x86_64-unknown-linux-gnu"
@arr = appending global [2 x i32] [i32 1, i32 2]
define i32 @big_a(i32 %x) {
  %a = load i32, ptr @arr
  %b = add i32 %a, %x
  ret i32 %b
}
define i32 @big_b(i32 %x) {
  %a = mul i32 %x, %x
  ret i32 %a
}
