; Aliases of aliases, an internal alias used across, an alias into the
; middle of a variable: each alias lives with what its aliasee names.
target triple = "x86_64-unknown-linux-gnu"
@table = internal global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@third = alias i32, getelementptr inbounds ([4 x i32], ptr @table, i32 0, i32 2)
@al = alias i32 (i32), ptr @target
@al2 = alias i32 (i32), ptr @al
@al3 = internal alias i32 (i32), ptr @al2
@weakal = weak alias i32 (i32), ptr @target
define internal i32 @target(i32 %x) {
  %a = mul i32 %x, 7
  %b = add i32 %a, 1
  ret i32 %b
}
define i32 @use_al2(i32 %x) {
  %a = call i32 @al2(i32 %x)
  %b = call i32 @al3(i32 %a)
  ret i32 %b
}
define i32 @use_third() {
  %a = load i32, ptr @third
  %b = call i32 @weakal(i32 %a)
  ret i32 %b
}
define i32 @use_table(i32 %i) {
  %p = getelementptr [4 x i32], ptr @table, i32 0, i32 %i
  %v = load i32, ptr %p
  ret i32 %v
}
