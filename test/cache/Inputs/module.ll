source_filename = "module.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@.msg = private unnamed_addr constant [6 x i8] c"hello\00", align 1
declare i32 @puts(ptr)
define internal i32 @helper(i32 %x) {
entry:
  %p = call i32 @puts(ptr @.msg)
  %r = add i32 %x, %p
  ret i32 %r
}
define i32 @f0(i32 %x) {
entry:
  %v0 = mul i32 %x, 3
  %v1 = add i32 %v0, 1
  %v2 = mul i32 %v1, 2
  %v3 = add i32 %v2, 3
  %v4 = mul i32 %v3, 4
  %v5 = add i32 %v4, 5
  %v6 = mul i32 %v5, 6
  %v7 = add i32 %v6, 7
  %v8 = mul i32 %v7, 8
  %v9 = add i32 %v8, 9
  %v10 = mul i32 %v9, 10
  %v11 = add i32 %v10, 11
  %c = call i32 @f1(i32 %v11)
  ret i32 %c
}
define i32 @f1(i32 %x) {
entry:
  %v0 = mul i32 %x, 4
  %v1 = add i32 %v0, 2
  %v2 = mul i32 %v1, 3
  %v3 = add i32 %v2, 4
  %v4 = mul i32 %v3, 5
  %v5 = add i32 %v4, 6
  %v6 = mul i32 %v5, 7
  %v7 = add i32 %v6, 8
  %v8 = mul i32 %v7, 9
  %v9 = add i32 %v8, 10
  %v10 = mul i32 %v9, 11
  %v11 = add i32 %v10, 12
  %c = call i32 @f2(i32 %v11)
  ret i32 %c
}
define i32 @f2(i32 %x) {
entry:
  %v0 = mul i32 %x, 5
  %v1 = add i32 %v0, 3
  %v2 = mul i32 %v1, 4
  %v3 = add i32 %v2, 5
  %v4 = mul i32 %v3, 6
  %v5 = add i32 %v4, 7
  %v6 = mul i32 %v5, 8
  %v7 = add i32 %v6, 9
  %v8 = mul i32 %v7, 10
  %v9 = add i32 %v8, 11
  %v10 = mul i32 %v9, 12
  %v11 = add i32 %v10, 13
  %c = call i32 @f3(i32 %v11)
  ret i32 %c
}
define i32 @f3(i32 %x) {
entry:
  %v0 = mul i32 %x, 6
  %v1 = add i32 %v0, 4
  %v2 = mul i32 %v1, 5
  %v3 = add i32 %v2, 6
  %v4 = mul i32 %v3, 7
  %v5 = add i32 %v4, 8
  %v6 = mul i32 %v5, 9
  %v7 = add i32 %v6, 10
  %v8 = mul i32 %v7, 11
  %v9 = add i32 %v8, 12
  %v10 = mul i32 %v9, 13
  %v11 = add i32 %v10, 14
  %c = call i32 @f4(i32 %v11)
  ret i32 %c
}
define i32 @f4(i32 %x) {
entry:
  %v0 = mul i32 %x, 7
  %v1 = add i32 %v0, 5
  %v2 = mul i32 %v1, 6
  %v3 = add i32 %v2, 7
  %v4 = mul i32 %v3, 8
  %v5 = add i32 %v4, 9
  %v6 = mul i32 %v5, 10
  %v7 = add i32 %v6, 11
  %v8 = mul i32 %v7, 12
  %v9 = add i32 %v8, 13
  %v10 = mul i32 %v9, 14
  %v11 = add i32 %v10, 15
  %c = call i32 @f5(i32 %v11)
  ret i32 %c
}
define i32 @f5(i32 %x) {
entry:
  %v0 = mul i32 %x, 8
  %v1 = add i32 %v0, 6
  %v2 = mul i32 %v1, 7
  %v3 = add i32 %v2, 8
  %v4 = mul i32 %v3, 9
  %v5 = add i32 %v4, 10
  %v6 = mul i32 %v5, 11
  %v7 = add i32 %v6, 12
  %v8 = mul i32 %v7, 13
  %v9 = add i32 %v8, 14
  %v10 = mul i32 %v9, 15
  %v11 = add i32 %v10, 16
  %c = call i32 @f6(i32 %v11)
  ret i32 %c
}
define i32 @f6(i32 %x) {
entry:
  %v0 = mul i32 %x, 9
  %v1 = add i32 %v0, 7
  %v2 = mul i32 %v1, 8
  %v3 = add i32 %v2, 9
  %v4 = mul i32 %v3, 10
  %v5 = add i32 %v4, 11
  %v6 = mul i32 %v5, 12
  %v7 = add i32 %v6, 13
  %v8 = mul i32 %v7, 14
  %v9 = add i32 %v8, 15
  %v10 = mul i32 %v9, 16
  %v11 = add i32 %v10, 17
  %c = call i32 @f7(i32 %v11)
  ret i32 %c
}
define i32 @f7(i32 %x) {
entry:
  %v0 = mul i32 %x, 10
  %v1 = add i32 %v0, 8
  %v2 = mul i32 %v1, 9
  %v3 = add i32 %v2, 10
  %v4 = mul i32 %v3, 11
  %v5 = add i32 %v4, 12
  %v6 = mul i32 %v5, 13
  %v7 = add i32 %v6, 14
  %v8 = mul i32 %v7, 15
  %v9 = add i32 %v8, 16
  %v10 = mul i32 %v9, 17
  %v11 = add i32 %v10, 18
  %c = call i32 @helper(i32 %v11)
  ret i32 %c
}
