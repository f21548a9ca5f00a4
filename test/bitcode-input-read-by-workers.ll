; With --split-modules=false and bitcode input, workers read their
; partitions straight from the input (promotions applied while reading): the
; module is never serialized again, and the output is still identical for any
; -j, to the split modules' and links like llc's.
; RUN: rm -rf %t && mkdir %t
; RUN: llvm-as %s -o %t/in.bc
; RUN: %parcg --split-modules=false -j2 --partitions=4 -filetype=obj --output-dir=%t/j2 --time-trace=%t/trace.json --time-trace-granularity=0 %t/in.bc
; RUN: %python %inputs/trace-summary.py %t/trace.json | FileCheck %s
; CHECK: Load on main
; CHECK-NEXT: Plan on main
; CHECK-NEXT: CheckInput on main
; CHECK-NOT: Serialize
; CHECK: partitions=4 worker-threads=2
; RUN: %parcg --split-modules=false -j1 --partitions=4 -filetype=obj --output-dir=%t/j1 %t/in.bc
; RUN: for f in 0 1 2 3; do cmp %t/j1/in.$f.o %t/j2/in.$f.o; done
; RUN: %parcg -j2 --partitions=4 -filetype=obj --output-dir=%t/split %t/in.bc
; RUN: for f in 0 1 2 3; do cmp %t/split/in.$f.o %t/j2/in.$f.o; done
; RUN: llc -filetype=obj %t/in.bc -o %t/whole.o
; RUN: %python %inputs/compare-symbols.py %t/whole.o %t/j1/*.o | FileCheck --check-prefix=SYMS %s
; SYMS: same symbols
target triple = "x86_64-unknown-linux-gnu"
@counter = internal global i32 0
@table = internal constant [3 x i32] [i32 1, i32 2, i32 3]
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]
define internal void @init() {
  store i32 7, ptr @counter
  ret void
}
define internal i32 @get(i32 %i) {
  %p = getelementptr [3 x i32], ptr @table, i32 0, i32 %i
  %v = load i32, ptr %p
  %c = load i32, ptr @counter
  %r = add i32 %v, %c
  ret i32 %r
}
define i32 @a1(i32 %x) {
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
  %c0 = call i32 @get(i32 %v39)
  %c1 = call i32 @filler0(i32 %c0)
  ret i32 %c1
}
define i32 @a2(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  %c0 = call i32 @get(i32 %v49)
  %c1 = call i32 @filler3(i32 %c0)
  ret i32 %c1
}
define i32 @filler0(i32 %x) {
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
  ret i32 %v39
}
define i32 @filler1(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  ret i32 %v44
}
define i32 @filler2(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  ret i32 %v49
}
define i32 @filler3(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  %v50 = mul i32 %v49, 53
  %v51 = mul i32 %v50, 54
  %v52 = mul i32 %v51, 55
  %v53 = mul i32 %v52, 56
  %v54 = mul i32 %v53, 57
  ret i32 %v54
}
define i32 @filler4(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  %v50 = mul i32 %v49, 53
  %v51 = mul i32 %v50, 54
  %v52 = mul i32 %v51, 55
  %v53 = mul i32 %v52, 56
  %v54 = mul i32 %v53, 57
  %v55 = mul i32 %v54, 58
  %v56 = mul i32 %v55, 59
  %v57 = mul i32 %v56, 60
  %v58 = mul i32 %v57, 61
  %v59 = mul i32 %v58, 62
  ret i32 %v59
}
define i32 @filler5(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  %v50 = mul i32 %v49, 53
  %v51 = mul i32 %v50, 54
  %v52 = mul i32 %v51, 55
  %v53 = mul i32 %v52, 56
  %v54 = mul i32 %v53, 57
  %v55 = mul i32 %v54, 58
  %v56 = mul i32 %v55, 59
  %v57 = mul i32 %v56, 60
  %v58 = mul i32 %v57, 61
  %v59 = mul i32 %v58, 62
  %v60 = mul i32 %v59, 63
  %v61 = mul i32 %v60, 64
  %v62 = mul i32 %v61, 65
  %v63 = mul i32 %v62, 66
  %v64 = mul i32 %v63, 67
  ret i32 %v64
}
define i32 @filler6(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  %v50 = mul i32 %v49, 53
  %v51 = mul i32 %v50, 54
  %v52 = mul i32 %v51, 55
  %v53 = mul i32 %v52, 56
  %v54 = mul i32 %v53, 57
  %v55 = mul i32 %v54, 58
  %v56 = mul i32 %v55, 59
  %v57 = mul i32 %v56, 60
  %v58 = mul i32 %v57, 61
  %v59 = mul i32 %v58, 62
  %v60 = mul i32 %v59, 63
  %v61 = mul i32 %v60, 64
  %v62 = mul i32 %v61, 65
  %v63 = mul i32 %v62, 66
  %v64 = mul i32 %v63, 67
  %v65 = mul i32 %v64, 68
  %v66 = mul i32 %v65, 69
  %v67 = mul i32 %v66, 70
  %v68 = mul i32 %v67, 71
  %v69 = mul i32 %v68, 72
  ret i32 %v69
}
define i32 @filler7(i32 %x) {
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
  %v40 = mul i32 %v39, 43
  %v41 = mul i32 %v40, 44
  %v42 = mul i32 %v41, 45
  %v43 = mul i32 %v42, 46
  %v44 = mul i32 %v43, 47
  %v45 = mul i32 %v44, 48
  %v46 = mul i32 %v45, 49
  %v47 = mul i32 %v46, 50
  %v48 = mul i32 %v47, 51
  %v49 = mul i32 %v48, 52
  %v50 = mul i32 %v49, 53
  %v51 = mul i32 %v50, 54
  %v52 = mul i32 %v51, 55
  %v53 = mul i32 %v52, 56
  %v54 = mul i32 %v53, 57
  %v55 = mul i32 %v54, 58
  %v56 = mul i32 %v55, 59
  %v57 = mul i32 %v56, 60
  %v58 = mul i32 %v57, 61
  %v59 = mul i32 %v58, 62
  %v60 = mul i32 %v59, 63
  %v61 = mul i32 %v60, 64
  %v62 = mul i32 %v61, 65
  %v63 = mul i32 %v62, 66
  %v64 = mul i32 %v63, 67
  %v65 = mul i32 %v64, 68
  %v66 = mul i32 %v65, 69
  %v67 = mul i32 %v66, 70
  %v68 = mul i32 %v67, 71
  %v69 = mul i32 %v68, 72
  %v70 = mul i32 %v69, 73
  %v71 = mul i32 %v70, 74
  %v72 = mul i32 %v71, 75
  %v73 = mul i32 %v72, 76
  %v74 = mul i32 %v73, 77
  ret i32 %v74
}
