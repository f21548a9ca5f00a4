; A private unnamed_addr constant C string used by functions of two
; partitions is copied into both (linkers merge equal strings), not
; promoted; a constant that is no C string (an interior NUL) is promoted as
; any local used across a boundary is. Copies are listed in the plan.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --partitions=2 -filetype=obj --output-dir=%t --partition-plan=%t/plan.json %s
; RUN: %python %inputs/plan-query.py %t/plan.json big_a big_b | FileCheck --check-prefix=PLAN %s
; PLAN: big_a [[A:[0-9]+]]
; PLAN-NOT: big_b [[A]]
; RUN: FileCheck --check-prefix=JSON %s < %t/plan.json
; JSON: "name": ".str",
; JSON-NEXT: "kind": "variable",
; JSON-NEXT: "partition": 0,
; JSON-NEXT: "copies": [
; JSON-NEXT: 0,
; JSON-NEXT: 1
; JSON-NEXT: ],
; JSON: "promoted": [
; JSON-NEXT: {
; JSON-NEXT: "from": ".pair",
; JSON-NEXT: "to": ".pair.parcg.{{[0-9a-f]+}}",
; JSON-NEXT: "partition": {{[01]}}
; JSON-NEXT: }
; JSON-NEXT: ]
; Each object holds the string in its mergeable string section.
; RUN: llvm-readelf -p .rodata.str1.1 %t/replicated-strings.0.o | FileCheck --check-prefix=STR %s
; RUN: llvm-readelf -p .rodata.str1.1 %t/replicated-strings.1.o | FileCheck --check-prefix=STR %s
; STR: shared by both
; The copies are no symbols; a relocatable link keeps one.
; RUN: llvm-readelf --symbols %t/replicated-strings.0.o %t/replicated-strings.1.o | FileCheck --check-prefix=SYMS %s
; SYMS-NOT: {{ \.str$}}
; SYMS: .pair.parcg.{{[0-9a-f]+}}
; SYMS-NOT: {{ \.str$}}
; RUN: ld.lld -r %t/replicated-strings.0.o %t/replicated-strings.1.o -o %t/both.o
; RUN: llvm-readelf -p .rodata.str1.1 %t/both.o | FileCheck --check-prefix=ONE %s
; ONE: shared by both
; ONE-NOT: shared by both
target triple = "x86_64-unknown-linux-gnu"
@.str = private unnamed_addr constant [15 x i8] c"shared by both\00", align 1
@.pair = private unnamed_addr constant [4 x i8] c"a\00b\00", align 1
declare i32 @use(ptr, i32)
define i32 @big_a(i32 %x) {
entry:
  %v0 = mul i32 %x, 3
  %v1 = mul i32 %v0, 4
  %v2 = mul i32 %v1, 5
  %v3 = mul i32 %v2, 6
  %v4 = mul i32 %v3, 7
  %v5 = mul i32 %v4, 8
  %v6 = mul i32 %v5, 9
  %v7 = mul i32 %v6, 10
  %v8 = mul i32 %v7, 11
  %v9 = mul i32 %v8, 12
  %v10 = mul i32 %v9, 13
  %v11 = mul i32 %v10, 14
  %v12 = mul i32 %v11, 15
  %v13 = mul i32 %v12, 16
  %v14 = mul i32 %v13, 17
  %v15 = mul i32 %v14, 18
  %v16 = mul i32 %v15, 19
  %v17 = mul i32 %v16, 20
  %v18 = mul i32 %v17, 21
  %v19 = mul i32 %v18, 22
  %v20 = mul i32 %v19, 23
  %v21 = mul i32 %v20, 24
  %v22 = mul i32 %v21, 25
  %v23 = mul i32 %v22, 26
  %v24 = mul i32 %v23, 27
  %v25 = mul i32 %v24, 28
  %v26 = mul i32 %v25, 29
  %v27 = mul i32 %v26, 30
  %v28 = mul i32 %v27, 31
  %v29 = mul i32 %v28, 32
  %v30 = mul i32 %v29, 33
  %v31 = mul i32 %v30, 34
  %v32 = mul i32 %v31, 35
  %v33 = mul i32 %v32, 36
  %v34 = mul i32 %v33, 37
  %v35 = mul i32 %v34, 38
  %v36 = mul i32 %v35, 39
  %v37 = mul i32 %v36, 40
  %v38 = mul i32 %v37, 41
  %v39 = mul i32 %v38, 42
  %r = call i32 @use(ptr @.str, i32 %v39)
  %s = call i32 @use(ptr @.pair, i32 %r)
  ret i32 %s
}
define i32 @big_b(i32 %x) {
entry:
  %v0 = mul i32 %x, 3
  %v1 = mul i32 %v0, 4
  %v2 = mul i32 %v1, 5
  %v3 = mul i32 %v2, 6
  %v4 = mul i32 %v3, 7
  %v5 = mul i32 %v4, 8
  %v6 = mul i32 %v5, 9
  %v7 = mul i32 %v6, 10
  %v8 = mul i32 %v7, 11
  %v9 = mul i32 %v8, 12
  %v10 = mul i32 %v9, 13
  %v11 = mul i32 %v10, 14
  %v12 = mul i32 %v11, 15
  %v13 = mul i32 %v12, 16
  %v14 = mul i32 %v13, 17
  %v15 = mul i32 %v14, 18
  %v16 = mul i32 %v15, 19
  %v17 = mul i32 %v16, 20
  %v18 = mul i32 %v17, 21
  %v19 = mul i32 %v18, 22
  %v20 = mul i32 %v19, 23
  %v21 = mul i32 %v20, 24
  %v22 = mul i32 %v21, 25
  %v23 = mul i32 %v22, 26
  %v24 = mul i32 %v23, 27
  %v25 = mul i32 %v24, 28
  %v26 = mul i32 %v25, 29
  %v27 = mul i32 %v26, 30
  %v28 = mul i32 %v27, 31
  %v29 = mul i32 %v28, 32
  %v30 = mul i32 %v29, 33
  %v31 = mul i32 %v30, 34
  %v32 = mul i32 %v31, 35
  %v33 = mul i32 %v32, 36
  %v34 = mul i32 %v33, 37
  %v35 = mul i32 %v34, 38
  %v36 = mul i32 %v35, 39
  %v37 = mul i32 %v36, 40
  %v38 = mul i32 %v37, 41
  %v39 = mul i32 %v38, 42
  %r = call i32 @use(ptr @.str, i32 %v39)
  %s = call i32 @use(ptr @.pair, i32 %r)
  ret i32 %s
}
