; Comdat members (functions and a variable, one of them internal) stay in
; one partition; callers elsewhere see declarations.
target triple = "x86_64-unknown-linux-gnu"
$grp = comdat any
$lone = comdat largest
@grp_var = linkonce_odr global i32 1, comdat($grp)
define linkonce_odr i32 @grp(i32 %x) comdat {
  %v = load i32, ptr @grp_var
  %r = call i32 @grp_helper(i32 %v)
  %s = add i32 %r, %x
  ret i32 %s
}
define internal i32 @grp_helper(i32 %x) comdat($grp) {
  %a = mul i32 %x, 3
  ret i32 %a
}
@lone = weak_odr global [4 x i32] [i32 1, i32 2, i32 3, i32 4], comdat
define i32 @user1(i32 %x) {
  %a = call i32 @grp(i32 %x)
  %b = call i32 @grp_helper(i32 %a)
  %c = load i32, ptr @lone
  %d = add i32 %b, %c
  ret i32 %d
}
define i32 @user2(i32 %x) {
  %a = call i32 @grp(i32 %x)
  %p = getelementptr [4 x i32], ptr @lone, i32 0, i32 2
  %c = load i32, ptr %p
  %d = add i32 %a, %c
  ret i32 %d
}
