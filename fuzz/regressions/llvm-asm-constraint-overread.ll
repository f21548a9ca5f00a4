; LLVM 22 bug, not ParCG's: InlineAsm::ConstraintInfo::Parse reads an "@"
; constraint code as "@<digit><that many letters>" without checking either, so
; "@l" reads 60 bytes past the string (heap-buffer-overflow in the IR parser;
; "@" alone: SEGV). parcg-fuzz rejects text with "@" or "^" in an inline asm
; constraint string before parsing it.
define void @f() {
  call void asm sideeffect "", "@llvm.global_dtors"()
  ret void
}
