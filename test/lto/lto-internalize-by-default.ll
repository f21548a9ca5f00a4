; Without resolutions, parcg --lto resolves as a linker making an executable:
; main stays global, everything else is internalized (and dead code goes);
; --export-symbol keeps a symbol global.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/main.ll -o %t/main.bc && llvm-as %S/Inputs/lib.ll -o %t/lib.bc
; RUN: %parcg --lto %t/main.bc %t/lib.bc -filetype=obj -o %t/out.o --partitions=1 --partition-passes=none
; RUN: llvm-nm %t/out.o | FileCheck %s --check-prefix=DEFAULT
; DEFAULT: T main
; DEFAULT-NOT: {{[TtW] }}unused_export
; DEFAULT-NOT: {{[TW] }}api
; RUN: %parcg --lto %t/main.bc %t/lib.bc -filetype=obj -o %t/exp.o --partitions=1 --partition-passes=none --export-symbol=unused_export --export-symbol=api
; RUN: llvm-nm %t/exp.o | FileCheck %s --check-prefix=EXPORT
; EXPORT-DAG: T api
; EXPORT-DAG: T main
; EXPORT-DAG: T unused_export
; The same from a list file.
; RUN: printf 'unused_export\napi\n' > %t/list
; RUN: %parcg --lto %t/main.bc %t/lib.bc -filetype=obj -o %t/list.o --partitions=1 --partition-passes=none --exported-symbols-list=%t/list
; RUN: cmp %t/exp.o %t/list.o
