; Private unnamed_addr strings shared across partitions are copied into
; each partition that uses them: used by code in several partitions, by a
; table of pointers, by a constant expression, listed in llvm.used, in a
; section of their own, with an interior NUL (not copied: promoted), and
; aliased (not copied: kept with the alias).
target triple = "x86_64-unknown-linux-gnu"
@.str = private unnamed_addr constant [7 x i8] c"shared\00", align 1
@.str.tab = private unnamed_addr constant [6 x i8] c"table\00", align 1
@.str.used = private unnamed_addr constant [5 x i8] c"used\00", align 1
@.str.sec = private unnamed_addr constant [4 x i8] c"sec\00", section ".rodata.mine", align 1
@.str.nul = private unnamed_addr constant [4 x i8] c"a\00b\00", align 1
@.str.al = private unnamed_addr constant [6 x i8] c"alias\00", align 1
@str_alias = alias i8, ptr @.str.al
@table = internal constant [2 x ptr] [ptr @.str.tab, ptr getelementptr inbounds ([7 x i8], ptr @.str, i64 0, i64 2)]
@llvm.used = appending global [1 x ptr] [ptr @.str.used], section "llvm.metadata"
declare i32 @puts(ptr)
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
  %p = call i32 @puts(ptr @.str)
  %q = call i32 @puts(ptr getelementptr inbounds ([7 x i8], ptr @.str, i64 0, i64 1))
  %t = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @table, i64 0, i64 0)
  %r = call i32 @puts(ptr %t)
  %s = call i32 @puts(ptr @.str.sec)
  %u = call i32 @puts(ptr @.str.nul)
  %w = call i32 @puts(ptr @str_alias)
  ret i32 %v29
}
define i32 @big_b(i32 %x) {
entry:
  %v0 = mul i32 %x, 4
  %v1 = mul i32 %v0, 5
  %v2 = mul i32 %v1, 6
  %v3 = mul i32 %v2, 7
  %v4 = mul i32 %v3, 8
  %v5 = mul i32 %v4, 9
  %v6 = mul i32 %v5, 10
  %v7 = mul i32 %v6, 11
  %v8 = mul i32 %v7, 12
  %v9 = mul i32 %v8, 13
  %v10 = mul i32 %v9, 14
  %v11 = mul i32 %v10, 15
  %v12 = mul i32 %v11, 16
  %v13 = mul i32 %v12, 17
  %v14 = mul i32 %v13, 18
  %v15 = mul i32 %v14, 19
  %v16 = mul i32 %v15, 20
  %v17 = mul i32 %v16, 21
  %v18 = mul i32 %v17, 22
  %v19 = mul i32 %v18, 23
  %v20 = mul i32 %v19, 24
  %v21 = mul i32 %v20, 25
  %v22 = mul i32 %v21, 26
  %v23 = mul i32 %v22, 27
  %v24 = mul i32 %v23, 28
  %v25 = mul i32 %v24, 29
  %v26 = mul i32 %v25, 30
  %v27 = mul i32 %v26, 31
  %v28 = mul i32 %v27, 32
  %v29 = mul i32 %v28, 33
  %p = call i32 @puts(ptr @.str)
  %q = call i32 @puts(ptr getelementptr inbounds ([7 x i8], ptr @.str, i64 0, i64 1))
  %t = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @table, i64 0, i64 1)
  %r = call i32 @puts(ptr %t)
  %s = call i32 @puts(ptr @.str.sec)
  %u = call i32 @puts(ptr @.str.nul)
  %w = call i32 @puts(ptr @str_alias)
  ret i32 %v29
}
define i32 @big_c(i32 %x) {
entry:
  %v0 = mul i32 %x, 5
  %v1 = mul i32 %v0, 6
  %v2 = mul i32 %v1, 7
  %v3 = mul i32 %v2, 8
  %v4 = mul i32 %v3, 9
  %v5 = mul i32 %v4, 10
  %v6 = mul i32 %v5, 11
  %v7 = mul i32 %v6, 12
  %v8 = mul i32 %v7, 13
  %v9 = mul i32 %v8, 14
  %v10 = mul i32 %v9, 15
  %v11 = mul i32 %v10, 16
  %v12 = mul i32 %v11, 17
  %v13 = mul i32 %v12, 18
  %v14 = mul i32 %v13, 19
  %v15 = mul i32 %v14, 20
  %v16 = mul i32 %v15, 21
  %v17 = mul i32 %v16, 22
  %v18 = mul i32 %v17, 23
  %v19 = mul i32 %v18, 24
  %v20 = mul i32 %v19, 25
  %v21 = mul i32 %v20, 26
  %v22 = mul i32 %v21, 27
  %v23 = mul i32 %v22, 28
  %v24 = mul i32 %v23, 29
  %v25 = mul i32 %v24, 30
  %v26 = mul i32 %v25, 31
  %v27 = mul i32 %v26, 32
  %v28 = mul i32 %v27, 33
  %v29 = mul i32 %v28, 34
  %p = call i32 @puts(ptr @.str)
  %q = call i32 @puts(ptr getelementptr inbounds ([7 x i8], ptr @.str, i64 0, i64 1))
  %t = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @table, i64 0, i64 0)
  %r = call i32 @puts(ptr %t)
  %s = call i32 @puts(ptr @.str.sec)
  %u = call i32 @puts(ptr @.str.nul)
  %w = call i32 @puts(ptr @str_alias)
  ret i32 %v29
}
define i32 @big_d(i32 %x) {
entry:
  %v0 = mul i32 %x, 6
  %v1 = mul i32 %v0, 7
  %v2 = mul i32 %v1, 8
  %v3 = mul i32 %v2, 9
  %v4 = mul i32 %v3, 10
  %v5 = mul i32 %v4, 11
  %v6 = mul i32 %v5, 12
  %v7 = mul i32 %v6, 13
  %v8 = mul i32 %v7, 14
  %v9 = mul i32 %v8, 15
  %v10 = mul i32 %v9, 16
  %v11 = mul i32 %v10, 17
  %v12 = mul i32 %v11, 18
  %v13 = mul i32 %v12, 19
  %v14 = mul i32 %v13, 20
  %v15 = mul i32 %v14, 21
  %v16 = mul i32 %v15, 22
  %v17 = mul i32 %v16, 23
  %v18 = mul i32 %v17, 24
  %v19 = mul i32 %v18, 25
  %v20 = mul i32 %v19, 26
  %v21 = mul i32 %v20, 27
  %v22 = mul i32 %v21, 28
  %v23 = mul i32 %v22, 29
  %v24 = mul i32 %v23, 30
  %v25 = mul i32 %v24, 31
  %v26 = mul i32 %v25, 32
  %v27 = mul i32 %v26, 33
  %v28 = mul i32 %v27, 34
  %v29 = mul i32 %v28, 35
  %p = call i32 @puts(ptr @.str)
  %q = call i32 @puts(ptr getelementptr inbounds ([7 x i8], ptr @.str, i64 0, i64 1))
  %t = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @table, i64 0, i64 1)
  %r = call i32 @puts(ptr %t)
  %s = call i32 @puts(ptr @.str.sec)
  %u = call i32 @puts(ptr @.str.nul)
  %w = call i32 @puts(ptr @str_alias)
  ret i32 %v29
}
