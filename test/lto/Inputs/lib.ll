target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

$shared_inline = comdat any

define i32 @helper(i32 %x) {
  %r = call i32 @shared_inline(i32 %x)
  ret i32 %r
}

define i32 @api(i32 %x) noinline {
  %y = mul i32 %x, 7
  ret i32 %y
}

define weak i32 @weakfn() {
  ret i32 1
}

define linkonce_odr i32 @shared_inline(i32 %x) comdat {
  %y = add i32 %x, 1
  ret i32 %y
}

define i32 @unused_export(i32 %x) {
  ret i32 %x
}
