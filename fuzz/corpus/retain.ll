; `__attribute__((used, retain)) int keep = 1;` beside two functions: the
; partition with keep has a SHF_GNU_RETAIN section (ELFOSABI_GNU), the
; others do not.
target triple = "x86_64-unknown-linux-gnu"

@keep = global i32 1, align 4
@llvm.used = appending global [1 x ptr] [ptr @keep], section "llvm.metadata"

define i32 @f(i32 %x) {
  %y = mul nsw i32 %x, 3
  ret i32 %y
}

define i32 @g(i32 %x) {
  %y = add nsw i32 %x, -7
  ret i32 %y
}
