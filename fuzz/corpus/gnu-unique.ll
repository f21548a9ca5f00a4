; A GNU_UNIQUE symbol (what GCC makes of C++ inline static members; LLVM
; writes one from assembly): the anchor partition, which has the module
; asm, is ELFOSABI_GNU, the others are not.
target triple = "x86_64-unknown-linux-gnu"

module asm ".section .bss._ZN1SIiE1nE,\22awG\22,@nobits,_ZN1SIiE1nE,comdat"
module asm ".globl _ZN1SIiE1nE"
module asm ".type _ZN1SIiE1nE, @gnu_unique_object"
module asm "_ZN1SIiE1nE: .zero 4"
module asm ".size _ZN1SIiE1nE, 4"
module asm ".text"

define i32 @f(i32 %x) {
  %y = mul nsw i32 %x, 3
  ret i32 %y
}

define i32 @g(i32 %x) {
  %y = add nsw i32 %x, -7
  ret i32 %y
}

define i32 @k(i32 %x) {
  %y = sub nsw i32 %x, 9
  ret i32 %y
}
