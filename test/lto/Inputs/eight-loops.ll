; Eight exported loops of the same estimated cost (7560 in all, so sqrt(7560/3000) < 2 <= sqrt(7560/750) < 4).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
define i32 @f0(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 3
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f1(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 4
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f2(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 5
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f3(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 6
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f4(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 7
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f5(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 8
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f6(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 9
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
define i32 @f7(i32 %x) noinline {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %a = phi i32 [%x, %entry], [%b, %loop]
  %b = mul i32 %a, 10
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %x
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %b
}
