; An error inside one partition (invalid inline asm, reported by the
; assembler during codegen) names the input, the partition and the function
; (the assembler's diagnostic names none), exits with
; status 1, and leaves no output: not even the partitions that compiled.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --partitions=2 -filetype=obj --output-dir=%t/out %s 2>&1; echo status=$? > %t/status
; RUN: FileCheck --check-prefix=STATUS %s < %t/status
; STATUS: status=1
; RUN: not %parcg -j2 --partitions=2 -filetype=obj --output-dir=%t/out %s 2>&1 | FileCheck %s
; CHECK: parcg: error: {{.*}}error-in-one-partition.ll: partition {{[01]}}: function 'bad_asm': <inline asm>:1:2: invalid instruction mnemonic 'notaninstruction'
; RUN: ls %t/out | count 0
target triple = "x86_64-unknown-linux-gnu"

define i32 @good(i32 %x) {
  %y = mul i32 %x, %x
  %z = add i32 %y, 7
  ret i32 %z
}

define void @bad_asm() {
  call void asm sideeffect "notaninstruction %eax", ""()
  ret void
}
