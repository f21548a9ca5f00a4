; A module without a target triple (a data layout only).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
declare i32 @puts(ptr)
@msg = private constant [9 x i8] c"no triple", align 1
define i32 @main() {
  %r = call i32 @puts(ptr @msg)
  ret i32 0
}
