; Symbols named by a .symver directive in module asm go to the anchor
; partition with the asm, global or not: the assembler needs the aliased
; symbol defined in the object the directive is in (GCC's partitioning
; breaks this).
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg --partitions=4 -filetype=obj --output-dir=%t --partition-plan=%t/plan.json %s
; RUN: %python %inputs/plan-query.py %t/plan.json --summary foo_v1 foo_v2 | FileCheck %s
; CHECK: partitions=4 anchor=[[A:[0-9]+]]
; CHECK-NEXT: foo_v1 [[A]]
; CHECK-NEXT: foo_v2 [[A]]
; RUN: llvm-nm --defined-only %t/*.o | FileCheck --check-prefix=SYMS %s
; SYMS-DAG: T foo@VERS_1
; SYMS-DAG: T foo@@VERS_2
target triple = "x86_64-unknown-linux-gnu"
module asm ".symver foo_v1, foo@VERS_1"
module asm ".symver foo_v2, foo@@VERS_2"
define i32 @foo_v1(i32 %x) {
  %r = call i32 @f0(i32 %x)
  ret i32 %r
}
define i32 @foo_v2(i32 %x) {
  %r = call i32 @f5(i32 %x)
  ret i32 %r
}
define i32 @f0(i32 %x) {
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
  ret i32 %v39
}
define i32 @f1(i32 %x) {
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
  ret i32 %v39
}
define i32 @f2(i32 %x) {
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
  ret i32 %v39
}
define i32 @f3(i32 %x) {
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
  ret i32 %v39
}
define i32 @f4(i32 %x) {
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
  ret i32 %v39
}
define i32 @f5(i32 %x) {
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
  ret i32 %v39
}
define i32 @f6(i32 %x) {
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
  ret i32 %v39
}
define i32 @f7(i32 %x) {
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
  ret i32 %v39
}
