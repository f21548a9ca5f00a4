; An indirect call carries !callees (as LTO's called-value propagation
; leaves it) naming functions of other partitions. The metadata is remapped
; per partition: the module is still split on the main thread, every
; partition verifies (parcg runs the verifier), and the objects are the
; bytes the workers make when they read the whole module lazily.
; RUN: rm -rf %t && mkdir %t
; RUN: %parcg -j2 --partitions=2 -filetype=obj --output-dir=%t/split --time-trace=%t/trace.json --time-trace-granularity=0 %s
; RUN: %python %inputs/trace-summary.py %t/trace.json | FileCheck %s
; CHECK: SplitModule on main
; CHECK-NEXT: partition-writes=2
; RUN: %parcg -j2 --partitions=2 -filetype=obj --output-dir=%t/lazy --split-modules=false %s
; RUN: cmp %t/split/split-modules-callees-remapped.0.o %t/lazy/split-modules-callees-remapped.0.o
; RUN: cmp %t/split/split-modules-callees-remapped.1.o %t/lazy/split-modules-callees-remapped.1.o
target triple = "x86_64-unknown-linux-gnu"
define internal i32 @cb_a(i32 %x) {
  %y = add i32 %x, 1
  ret i32 %y
}
define internal i32 @cb_b(i32 %x) {
  %y = add i32 %x, 2
  ret i32 %y
}
define i32 @big_a(i32 %x, ptr %fp) {
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
  %r = call i32 %fp(i32 %v59), !callees !0
  ret i32 %r
}
define i32 @big_b(i32 %x, ptr %fp) {
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
  %s = call i32 @cb_a(i32 %v59)
  %t = call i32 @cb_b(i32 %s)
  %r = add i32 %s, %t
  ret i32 %r
}
!0 = !{ptr @cb_a, ptr @cb_b}
