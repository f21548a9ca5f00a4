; -r=file,symbol,flags resolutions, spelled as for llvm-lto2: x keeps a
; symbol visible, a definition without p does not prevail.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/main.ll -o %t/main.bc && llvm-as %S/Inputs/lib.ll -o %t/lib.bc
; RUN: %parcg --lto -filetype=obj -o %t/out.o --partitions=1 --partition-passes=none %t/main.bc %t/lib.bc \
; RUN:   -r=%t/main.bc,counter,px -r=%t/main.bc,helper, -r=%t/main.bc,api, -r=%t/main.bc,weakfn, -r=%t/main.bc,main,px \
; RUN:   -r=%t/lib.bc,helper,p -r=%t/lib.bc,shared_inline,p -r=%t/lib.bc,api,px -r=%t/lib.bc,weakfn,p -r=%t/lib.bc,unused_export,px
; RUN: llvm-nm %t/out.o | FileCheck %s
; CHECK-DAG: T api
; CHECK-DAG: B counter
; CHECK-DAG: T main
; CHECK-DAG: T unused_export
; CHECK-NOT: T helper
; A missing resolution is an error naming the file and symbol; no output.
; RUN: not %parcg --lto -filetype=obj -o %t/missing.o %t/main.bc %t/lib.bc -r=%t/main.bc,main,px 2>&1 | FileCheck %s --check-prefix=MISSING
; MISSING: parcg: error: {{.*}}main.bc: missing symbol resolution for 'helper'
; RUN: test ! -e %t/missing.o
; A resolution for a symbol the file does not have is an error too.
; RUN: not %parcg --lto -filetype=obj -o %t/extra.o %t/main.bc %t/lib.bc \
; RUN:   -r=%t/main.bc,counter,px -r=%t/main.bc,helper, -r=%t/main.bc,api, -r=%t/main.bc,weakfn, -r=%t/main.bc,main,px \
; RUN:   -r=%t/lib.bc,helper,p -r=%t/lib.bc,shared_inline,p -r=%t/lib.bc,api,px -r=%t/lib.bc,weakfn,p -r=%t/lib.bc,unused_export,px \
; RUN:   -r=%t/lib.bc,nosuchsymbol,p 2>&1 | FileCheck %s --check-prefix=EXTRA
; EXTRA: parcg: error: {{.*}}lib.bc: resolution for 'nosuchsymbol' names no symbol of this input
; RUN: test ! -e %t/extra.o
