; Every linkage and visibility a definition can have, used from several
; functions; !associated, prefix and prologue data, a personality.
target triple = "x86_64-unknown-linux-gnu"
@weak_var = weak global i32 1
@common_var = common global i32 0
@odr_var = linkonce_odr hidden global i32 2
@prot_var = protected global i32 3
@avail = available_externally global i32 4
@ew = extern_weak global i32
@sect = internal global i32 5, section "mysect"
@meta = internal global i32 6, section "metasect", !associated !0
define weak i32 @weak_fn(i32 %x) {
  %a = load i32, ptr @weak_var
  %b = add i32 %a, %x
  ret i32 %b
}
define linkonce_odr hidden i32 @odr_fn(i32 %x) {
  %a = load i32, ptr @odr_var
  %b = load i32, ptr @sect
  %c = add i32 %a, %b
  ret i32 %c
}
define available_externally i32 @avail_fn(i32 %x) {
  %a = load i32, ptr @avail
  ret i32 %a
}
define protected i32 @prot_fn(i32 %x) prefix i32 123 prologue i8 144 {
  %a = load i32, ptr @prot_var
  %b = load i32, ptr @ew
  %c = add i32 %a, %b
  ret i32 %c
}
define i32 @all(i32 %x) personality ptr @pers {
  %a = call i32 @weak_fn(i32 %x)
  %b = invoke i32 @odr_fn(i32 %a) to label %ok unwind label %lp
ok:
  %c = call i32 @avail_fn(i32 %b)
  %d = call i32 @prot_fn(i32 %c)
  %e = load i32, ptr @common_var
  %f = load i32, ptr @meta
  %g = add i32 %d, %e
  %h = add i32 %g, %f
  ret i32 %h
lp:
  %l = landingpad { ptr, i32 } cleanup
  ret i32 0
}
define i32 @other(i32 %x) {
  %a = call i32 @odr_fn(i32 %x)
  %b = load i32, ptr @sect
  %c = add i32 %a, %b
  ret i32 %c
}
define internal i32 @pers(...) {
  ret i32 0
}
!0 = !{ptr @other}
