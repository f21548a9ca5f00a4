; Two strong definitions of one symbol are an error naming both files, with
; no output.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/main.ll -o %t/main.bc && llvm-as %S/Inputs/lib.ll -o %t/lib.bc && llvm-as %S/Inputs/dup.ll -o %t/dup.bc
; RUN: not %parcg --lto %t/main.bc %t/lib.bc %t/dup.bc -filetype=obj -o %t/out.o 2>&1 | FileCheck %s
; CHECK: parcg: error: {{.*}}main.bc: duplicate symbol 'api': defined in {{.*}}lib.bc and {{.*}}dup.bc
; RUN: test ! -e %t/out.o
