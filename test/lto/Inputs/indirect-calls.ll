; Indirect calls whose possible callees IPO knows: called-value-propagation
; would attach !callees to them.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@table = internal constant [2 x ptr] [ptr @inc, ptr @dec]

define internal i32 @inc(i32 %x) noinline {
  %r = add i32 %x, 1
  ret i32 %r
}

define internal i32 @dec(i32 %x) noinline {
  %r = sub i32 %x, 1
  ret i32 %r
}

define internal i32 @apply(ptr %f, i32 %x) noinline {
  %r = call i32 %f(i32 %x)
  ret i32 %r
}

define i32 @run(i1 %c, i32 %x) {
  %f = select i1 %c, ptr @inc, ptr @dec
  %a = call i32 @apply(ptr %f, i32 %x)
  %i = zext i1 %c to i64
  %p = getelementptr [2 x ptr], ptr @table, i64 0, i64 %i
  %g = load ptr, ptr %p
  %b = call i32 %g(i32 %a)
  ret i32 %b
}
