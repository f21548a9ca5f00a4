target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

$shared_inline = comdat any

; A second, strong definition of weakfn: it prevails over lib.ll's weak one.
define i32 @weakfn() {
  ret i32 2
}

; The same linkonce_odr comdat as lib.ll: one copy survives.
define linkonce_odr i32 @shared_inline(i32 %x) comdat {
  %y = add i32 %x, 1
  ret i32 %y
}

@common_var = common global i32 0, align 4

define i32 @uses_common() noinline {
  %v = load i32, ptr @common_var
  ret i32 %v
}
