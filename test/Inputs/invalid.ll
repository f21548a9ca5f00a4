target triple = "x86_64-unknown-linux-gnu"
define i32 @broken(i32 %x) {
entry:
  %y = add i32 %x, 1
  br label %next
next:
  ret i32 %z
other:
  %z = add i32 %y, 1
  br label %next
}
