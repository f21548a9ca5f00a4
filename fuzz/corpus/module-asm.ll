; Module asm is emitted once, by the anchor partition; the locals it names
; (kept by llvm.used) and the .symver targets go with it.
target triple = "x86_64-unknown-linux-gnu"
module asm ".globl asm_entry"
module asm "asm_entry: jmp asm_helper"
module asm ".symver foo_v1, foo@VERS_1"
@llvm.used = appending global [1 x ptr] [ptr @asm_helper], section "llvm.metadata"
define internal void @asm_helper() {
  call void @work(i32 1)
  ret void
}
define i32 @foo_v1(i32 %x) {
  %r = call i32 @bar(i32 %x)
  ret i32 %r
}
define i32 @bar(i32 %x) {
  %a = mul i32 %x, 5
  ret i32 %a
}
define void @work(i32 %x) {
  call void asm sideeffect "nop", ""()
  ret void
}
