; Unnamed locals (a private constant, an internal variable, an internal
; function) used from several functions: promoted ones get a name.
target triple = "x86_64-unknown-linux-gnu"
@0 = private unnamed_addr constant [6 x i8] c"hello\00"
@1 = internal global i32 5
define internal i32 @2(i32 %x) {
  %a = load i32, ptr @1
  %b = add i32 %a, %x
  ret i32 %b
}
define ptr @str() {
  ret ptr @0
}
define i32 @use_a(i32 %x) {
  %a = call i32 @2(i32 %x)
  %p = load i8, ptr @0
  %q = zext i8 %p to i32
  %r = add i32 %a, %q
  ret i32 %r
}
define i32 @use_b(i32 %x) {
  %a = call i32 @2(i32 %x)
  %b = load i32, ptr @1
  %c = add i32 %a, %b
  ret i32 %c
}
