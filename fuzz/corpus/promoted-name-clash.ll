; Promoted names that are already taken. @helper would become
; helper.parcg.3bc13e00 (the hash is of source_filename and the external
; definitions' names, so only locals and declarations are added here): a
; declaration has that name, an internal global has the next candidate (and
; is promoted itself, freeing that name for @helper: renames happen in plan
; order), and a local is literally named like a promotion.
source_filename = "clash.ll"
target triple = "x86_64-unknown-linux-gnu"
@helper.parcg.3bc13e00 = external global i32
@helper.parcg.3bc13e00.1 = internal global i32 0
@helper.parcg.3bc13e00.1.parcg.3bc13e00 = internal global i32 1
define internal i32 @helper(i32 %x) {
  %a = mul i32 %x, 3
  %b = load i32, ptr @helper.parcg.3bc13e00
  %c = add i32 %a, %b
  ret i32 %c
}
define i32 @big_a(i32 %x) {
  %a = call i32 @helper(i32 %x)
  %b = load i32, ptr @helper.parcg.3bc13e00.1
  %c = add i32 %a, %b
  ret i32 %c
}
define i32 @big_b(i32 %x) {
  %a = call i32 @helper(i32 %x)
  %b = load i32, ptr @helper.parcg.3bc13e00.1
  %c = load i32, ptr @helper.parcg.3bc13e00.1.parcg.3bc13e00
  %d = add i32 %a, %b
  %e = add i32 %d, %c
  ret i32 %e
}
