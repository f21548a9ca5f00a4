; An ifunc lives with its (internal) resolver and what the resolver returns.
target triple = "x86_64-unknown-linux-gnu"
@impl_sel = internal global i32 0
@fast = ifunc i32 (i32), ptr @resolve
@fast2 = internal ifunc i32 (i32), ptr @resolve
define internal ptr @resolve() {
  %s = load i32, ptr @impl_sel
  %c = icmp eq i32 %s, 0
  %r = select i1 %c, ptr @impl_a, ptr @impl_b
  ret ptr %r
}
define internal i32 @impl_a(i32 %x) {
  ret i32 %x
}
define internal i32 @impl_b(i32 %x) {
  %a = add i32 %x, 1
  ret i32 %a
}
define i32 @call_fast(i32 %x) {
  %a = call i32 @fast(i32 %x)
  %b = call i32 @fast2(i32 %a)
  ret i32 %b
}
define i32 @call_impl(i32 %x) {
  %a = call i32 @impl_b(i32 %x)
  ret i32 %a
}
