target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; square is internal and small: the IPO inliner inlines it into both callers,
; whichever partitions they land in.
define internal i32 @square(i32 %x) {
  %y = mul i32 %x, %x
  ret i32 %y
}

define i32 @caller_a(i32 %x) noinline {
  %s = call i32 @square(i32 %x)
  %r = add i32 %s, 1
  ret i32 %r
}

define i32 @caller_b(i32 %x) noinline {
  %s = call i32 @square(i32 %x)
  %r = add i32 %s, 2
  ret i32 %r
}

; A loop summing an invariant load: only the loop passes of the partition
; pipeline (LICM, indvars, loop deletion) take the loop apart.
define i32 @sumloop(ptr %p, i32 %n) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %loop ]
  %v = load i32, ptr %p
  %acc.next = add i32 %acc, %v
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc.next
}
