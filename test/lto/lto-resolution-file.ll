; --resolution-file replays a linker's resolutions as lld --save-temps writes
; them: a line naming each input in order, then its -r lines (whose file
; names are replaced by the inputs given).
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/main.ll -o %t/main.bc && llvm-as %S/Inputs/lib.ll -o %t/lib.bc
; RUN: printf '%%s\n' /tmp/a-123.o '-r=/tmp/a-123.o,counter,px' '-r=/tmp/a-123.o,helper,' '-r=/tmp/a-123.o,api,' \
; RUN:   '-r=/tmp/a-123.o,weakfn,' '-r=/tmp/a-123.o,main,px' /tmp/b-456.o '-r=/tmp/b-456.o,helper,p' \
; RUN:   '-r=/tmp/b-456.o,shared_inline,p' '-r=/tmp/b-456.o,api,px' '-r=/tmp/b-456.o,weakfn,p' '-r=/tmp/b-456.o,unused_export,px' > %t/res.txt
; RUN: %parcg --lto -filetype=obj -o %t/out.o --partitions=1 --partition-passes=none --resolution-file=%t/res.txt %t/main.bc %t/lib.bc
; RUN: llvm-nm %t/out.o | FileCheck %s
; CHECK-DAG: T api
; CHECK-DAG: T main
; CHECK-DAG: T unused_export
; CHECK-NOT: T helper
; A file naming a different number of inputs is an error.
; RUN: not %parcg --lto -filetype=obj -o %t/bad.o --resolution-file=%t/res.txt %t/main.bc 2>&1 | FileCheck %s --check-prefix=COUNT
; COUNT: parcg: error: {{.*}}res.txt: names more inputs than the 1 given
