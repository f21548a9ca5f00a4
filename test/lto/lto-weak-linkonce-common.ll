; Linker-like resolution across files: a strong definition prevails over a
; weak one, a linkonce_odr comdat present in two files is kept once, a common
; symbol is defined (as a common symbol) once.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/main.ll -o %t/main.bc && llvm-as %S/Inputs/lib.ll -o %t/lib.bc && llvm-as %S/Inputs/lib2.ll -o %t/lib2.bc
; RUN: %parcg --lto %t/main.bc %t/lib.bc %t/lib2.bc --export-symbol=weakfn --export-symbol=shared_inline --export-symbol=common_var --export-symbol=uses_common \
; RUN:   -filetype=obj --partitions=3 --output-dir=%t/out --partition-passes=none
; RUN: llvm-nm %t/out/*.o | FileCheck %s
; CHECK-DAG: T weakfn
; CHECK-DAG: W shared_inline
; CHECK-DAG: C common_var
; Exactly one definition of each.
; RUN: llvm-nm --defined-only %t/out/*.o | grep -c ' weakfn$' | FileCheck --check-prefix=ONE %s
; RUN: llvm-nm --defined-only %t/out/*.o | grep -c ' shared_inline$' | FileCheck --check-prefix=ONE %s
; RUN: llvm-nm --defined-only %t/out/*.o | grep -c ' common_var$' | FileCheck --check-prefix=ONE %s
; ONE: 1
; The strong weakfn (returning 2) is the one kept.
; RUN: llvm-objdump -d --no-show-raw-insn %t/out/*.o | FileCheck --check-prefix=STRONG %s
; STRONG: <weakfn>:
; STRONG-NEXT: movl $0x2, %eax
