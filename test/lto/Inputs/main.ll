target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@counter = global i32 0

declare i32 @helper(i32)
declare i32 @api(i32)
declare i32 @weakfn()

define i32 @main() {
  %a = call i32 @helper(i32 3)
  %b = call i32 @api(i32 %a)
  %c = call i32 @weakfn()
  %s = add i32 %b, %c
  store i32 %s, ptr @counter
  ret i32 %s
}
