; The pipeline runs in two parts: the IPO part once on the merged module (the
; inliner's decisions show in every partition), the partition part in each
; partition (loop passes take sumloop's loop apart between the partition's
; saved "preopt" and "precodegen" modules).
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %S/Inputs/pipeline.ll -o %t/pipeline.bc
; RUN: %parcg --lto %t/pipeline.bc --export-symbol=caller_a --export-symbol=caller_b --export-symbol=sumloop \
; RUN:   --partitions=3 -filetype=obj --output-dir=%t/out --save-temps --partition-plan=%t/plan.json
; RUN: %python %S/../Inputs/plan-query.py %t/plan.json caller_a caller_b sumloop | FileCheck %s --check-prefix=APART
; APART: caller_a [[A:[0-9]]]
; APART-NOT: caller_b [[A]]
; The IPO inliner ran once, before the split: no partition calls square.
; RUN: llvm-dis %t/out/lto.part0.preopt.bc -o - > %t/pre.ll
; RUN: llvm-dis %t/out/lto.part1.preopt.bc -o - >> %t/pre.ll
; RUN: llvm-dis %t/out/lto.part2.preopt.bc -o - >> %t/pre.ll
; RUN: FileCheck %s --check-prefix=INLINED < %t/pre.ll
; INLINED-NOT: call i32 @square
; INLINED: define {{.*}}i32 @caller_a
; INLINED-NOT: call i32 @square
; The partition pipeline ran per partition: sumloop has its loop before
; it, not after.
; RUN: %python %S/../Inputs/plan-query.py %t/plan.json sumloop | sed 's/sumloop //' > %t/p
; RUN: llvm-dis %t/out/lto.part$(cat %t/p).preopt.bc -o - | FileCheck %s --check-prefix=BEFORE
; BEFORE: define {{.*}}i32 @sumloop
; BEFORE: loop:
; BEFORE-NEXT: phi i32
; RUN: llvm-dis %t/out/lto.part$(cat %t/p).precodegen.bc -o - | FileCheck %s --check-prefix=AFTER
; AFTER: define {{.*}}i32 @sumloop
; AFTER-NOT: phi
; AFTER: }
; The merged and post-IPO modules are kept too.
; RUN: test -s %t/out/lto.0.0.preopt.bc && test -s %t/out/lto.0.2.internalize.bc && test -s %t/out/lto.postipo.bc
