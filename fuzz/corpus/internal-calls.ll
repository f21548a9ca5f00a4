; Internal and private helpers called from functions that may land in
; different partitions: exactly the ones used across are promoted.
target triple = "x86_64-unknown-linux-gnu"
@counter = internal global i32 0
@fnptr = internal constant ptr @helper_addr_taken
define internal i32 @helper_shared(i32 %x) {
  %c = load i32, ptr @counter
  %a = add i32 %c, %x
  store i32 %a, ptr @counter
  ret i32 %a
}
define private i32 @helper_private(i32 %x) {
  %a = mul i32 %x, 3
  ret i32 %a
}
define internal i32 @helper_addr_taken(i32 %x) {
  ret i32 %x
}
define internal fastcc i32 @rec(i32 %n) {
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
more:
  %m = sub i32 %n, 1
  %r = call fastcc i32 @rec(i32 %m)
  ret i32 %r
done:
  ret i32 0
}
define i32 @big_a(i32 %x) {
  %a = call i32 @helper_shared(i32 %x)
  %b = call i32 @helper_private(i32 %a)
  %c = call fastcc i32 @rec(i32 %b)
  ret i32 %c
}
define i32 @big_b(i32 %x) {
  %a = call i32 @helper_shared(i32 %x)
  %f = load ptr, ptr @fnptr
  %b = call i32 %f(i32 %a)
  ret i32 %b
}
define i32 @big_c(i32 %x) {
  %b = call i32 @helper_private(i32 %x)
  ret i32 %b
}
