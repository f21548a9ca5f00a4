; Block addresses tie their users to the function they point into: a
; variable's initializer, another function, a constant expression.
target triple = "x86_64-unknown-linux-gnu"
@table = internal global [2 x ptr] [ptr blockaddress(@jumpy, %one), ptr blockaddress(@jumpy, %two)]
@diff = global i64 sub (i64 ptrtoint (ptr blockaddress(@jumpy, %two) to i64), i64 ptrtoint (ptr blockaddress(@jumpy, %one) to i64))
define internal i32 @jumpy(i32 %i) {
entry:
  %slot = getelementptr [2 x ptr], ptr @table, i32 0, i32 %i
  %dest = load ptr, ptr %slot
  indirectbr ptr %dest, [label %one, label %two]
one:
  ret i32 1
two:
  ret i32 2
}
define ptr @ba_user() {
  ret ptr blockaddress(@jumpy, %two)
}
define i32 @calls_jumpy(i32 %x) {
  %r = call i32 @jumpy(i32 %x)
  ret i32 %r
}
define i32 @other(i32 %x) {
  %a = mul i32 %x, %x
  ret i32 %a
}
