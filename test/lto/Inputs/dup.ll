target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; A second strong definition of lib.ll's api.
define i32 @api(i32 %x) {
  ret i32 %x
}
