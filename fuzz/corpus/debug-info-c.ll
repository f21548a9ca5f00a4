; Clang -O1 -g output for the C below: debug info (the reader verifies it
; while loading a partition), a computed-goto table, static and TLS
; variables used across, a constructor.
; static int counter;
; static __thread int tls_count;
; static int __attribute__((noinline)) helper(int x) { counter += x; return counter * 3; }
; static int __attribute__((noinline)) cold_path(int x) { return helper(x) + tls_count++; }
; int dispatch(int op, int x) {
;   static void *labels[] = {&&add, &&mul, &&out};
;   goto *labels[op % 3];
; add: return helper(x) + 1;
; mul: return cold_path(x) * 2;
; out: return x;
; }
; int entry_a(int x) { return helper(x) + cold_path(x); }
; int entry_b(int x) { return cold_path(x) - dispatch(x, x); }
; __attribute__((constructor)) static void setup(void) { counter = 1; }
; ModuleID = 'dbg.c'
source_filename = "dbg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dispatch.labels = internal unnamed_addr constant [3 x ptr] [ptr blockaddress(@dispatch, %7), ptr blockaddress(@dispatch, %10), ptr blockaddress(@dispatch, %13)], align 16, !dbg !0
@counter = internal unnamed_addr global i32 1, align 4, !dbg !9
@tls_count = internal thread_local unnamed_addr global i32 0, align 4, !dbg !11
@llvm.global_ctors = appending global [0 x { i32, ptr, ptr }] zeroinitializer

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @dispatch(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !2 {
    #dbg_value(i32 %0, !14, !DIExpression(), !35)
    #dbg_value(i32 %1, !15, !DIExpression(), !35)
  %3 = srem i32 %0, 3, !dbg !36
  %4 = sext i32 %3 to i64, !dbg !37
  %5 = getelementptr inbounds ptr, ptr @dispatch.labels, i64 %4, !dbg !37
  %6 = load ptr, ptr %5, align 8, !dbg !37, !tbaa !38
  indirectbr ptr %6, [label %7, label %10, label %13]

7:                                                ; preds = %2
    #dbg_label(!16, !40)
  %8 = tail call fastcc i32 @helper(i32 noundef %1), !dbg !41
  %9 = add nsw i32 %8, 1, !dbg !42
  br label %13, !dbg !43

10:                                               ; preds = %2
    #dbg_label(!17, !44)
  %11 = tail call fastcc i32 @cold_path(i32 noundef %1), !dbg !45
  %12 = shl nsw i32 %11, 1, !dbg !46
  br label %13, !dbg !47

13:                                               ; preds = %2, %10, %7
  %14 = phi i32 [ %9, %7 ], [ %12, %10 ], [ %1, %2 ], !dbg !35
  ret i32 %14, !dbg !48
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal fastcc i32 @helper(i32 noundef %0) unnamed_addr #1 !dbg !49 {
    #dbg_value(i32 %0, !53, !DIExpression(), !54)
  %2 = load i32, ptr @counter, align 4, !dbg !55, !tbaa !31
  %3 = add nsw i32 %2, %0, !dbg !56
  store i32 %3, ptr @counter, align 4, !dbg !57, !tbaa !31
  %4 = mul nsw i32 %3, 3, !dbg !58
  ret i32 %4, !dbg !59
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal fastcc i32 @cold_path(i32 noundef %0) unnamed_addr #2 !dbg !60 {
    #dbg_value(i32 %0, !62, !DIExpression(), !63)
  %2 = tail call fastcc i32 @helper(i32 noundef %0), !dbg !64
  %3 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_count), !dbg !65
  %4 = load i32, ptr %3, align 4, !dbg !66, !tbaa !31
  %5 = add nsw i32 %4, 1, !dbg !67
  store i32 %5, ptr %3, align 4, !dbg !68, !tbaa !31
  %6 = add nsw i32 %4, %2, !dbg !69
  ret i32 %6, !dbg !70
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @entry_a(i32 noundef %0) local_unnamed_addr #0 !dbg !71 {
    #dbg_value(i32 %0, !73, !DIExpression(), !74)
  %2 = tail call fastcc i32 @helper(i32 noundef %0), !dbg !75
  %3 = tail call fastcc i32 @cold_path(i32 noundef %0), !dbg !76
  %4 = add nsw i32 %3, %2, !dbg !77
  ret i32 %4, !dbg !78
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @entry_b(i32 noundef %0) local_unnamed_addr #0 !dbg !79 {
    #dbg_value(i32 %0, !81, !DIExpression(), !82)
  %2 = tail call fastcc i32 @cold_path(i32 noundef %0), !dbg !83
  %3 = tail call i32 @dispatch(i32 noundef %0, i32 noundef %0), !dbg !84
  %4 = sub nsw i32 %2, %3, !dbg !85
  ret i32 %4, !dbg !86
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!23, !24, !25, !26, !27, !28, !29}
!llvm.ident = !{!30}
!llvm.errno.tbaa = !{!31}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "labels", scope: !2, file: !3, line: 6, type: !19, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "dispatch", scope: !3, file: !3, line: 5, type: !4, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !13, keyInstructions: true)
!3 = !DIFile(filename: "dbg.c", directory: "/src", checksumkind: CSK_MD5, checksum: "cbc3f1e1caf944e4f306e2750770085a")
!4 = !DISubroutineType(types: !5)
!5 = !{!6, !6, !6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0, !9, !11}
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(name: "counter", scope: !7, file: !3, line: 1, type: !6, isLocal: true, isDefinition: true)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "tls_count", scope: !7, file: !3, line: 2, type: !6, isLocal: true, isDefinition: true)
!13 = !{!14, !15, !16, !17, !18}
!14 = !DILocalVariable(name: "op", arg: 1, scope: !2, file: !3, line: 5, type: !6)
!15 = !DILocalVariable(name: "x", arg: 2, scope: !2, file: !3, line: 5, type: !6)
!16 = !DILabel(scope: !2, name: "add", file: !3, line: 8, column: 1)
!17 = !DILabel(scope: !2, name: "mul", file: !3, line: 9, column: 1)
!18 = !DILabel(scope: !2, name: "out", file: !3, line: 10, column: 1)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 192, elements: !21)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!21 = !{!22}
!22 = !DISubrange(count: 3)
!23 = !{i32 7, !"Dwarf Version", i32 5}
!24 = !{i32 2, !"Debug Info Version", i32 3}
!25 = !{i32 1, !"wchar_size", i32 4}
!26 = !{i32 8, !"PIC Level", i32 2}
!27 = !{i32 7, !"PIE Level", i32 2}
!28 = !{i32 7, !"uwtable", i32 2}
!29 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!30 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!31 = !{!32, !32, i64 0}
!32 = !{!"int", !33, i64 0}
!33 = !{!"omnipotent char", !34, i64 0}
!34 = !{!"Simple C/C++ TBAA"}
!35 = !DILocation(line: 0, scope: !2)
!36 = !DILocation(line: 7, column: 19, scope: !2)
!37 = !DILocation(line: 7, column: 9, scope: !2)
!38 = !{!39, !39, i64 0}
!39 = !{!"any pointer", !33, i64 0}
!40 = !DILocation(line: 8, column: 1, scope: !2)
!41 = !DILocation(line: 8, column: 13, scope: !2)
!42 = !DILocation(line: 8, column: 23, scope: !2, atomGroup: 2, atomRank: 2)
!43 = !DILocation(line: 8, column: 6, scope: !2, atomGroup: 2, atomRank: 1)
!44 = !DILocation(line: 9, column: 1, scope: !2)
!45 = !DILocation(line: 9, column: 13, scope: !2)
!46 = !DILocation(line: 9, column: 26, scope: !2, atomGroup: 3, atomRank: 2)
!47 = !DILocation(line: 9, column: 6, scope: !2, atomGroup: 3, atomRank: 1)
!48 = !DILocation(line: 11, column: 1, scope: !2, atomGroup: 5, atomRank: 1)
!49 = distinct !DISubprogram(name: "helper", scope: !3, file: !3, line: 3, type: !50, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !52, keyInstructions: true)
!50 = !DISubroutineType(types: !51)
!51 = !{!6, !6}
!52 = !{!53}
!53 = !DILocalVariable(name: "x", arg: 1, scope: !49, file: !3, line: 3, type: !6)
!54 = !DILocation(line: 0, scope: !49)
!55 = !DILocation(line: 3, column: 62, scope: !49)
!56 = !DILocation(line: 3, column: 62, scope: !49, atomGroup: 1, atomRank: 2)
!57 = !DILocation(line: 3, column: 62, scope: !49, atomGroup: 1, atomRank: 1)
!58 = !DILocation(line: 3, column: 83, scope: !49, atomGroup: 2, atomRank: 2)
!59 = !DILocation(line: 3, column: 68, scope: !49, atomGroup: 2, atomRank: 1)
!60 = distinct !DISubprogram(name: "cold_path", scope: !3, file: !3, line: 4, type: !50, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !61, keyInstructions: true)
!61 = !{!62}
!62 = !DILocalVariable(name: "x", arg: 1, scope: !60, file: !3, line: 4, type: !6)
!63 = !DILocation(line: 0, scope: !60)
!64 = !DILocation(line: 4, column: 64, scope: !60)
!65 = !DILocation(line: 4, column: 76, scope: !60)
!66 = !DILocation(line: 4, column: 85, scope: !60)
!67 = !DILocation(line: 4, column: 85, scope: !60, atomGroup: 2, atomRank: 2)
!68 = !DILocation(line: 4, column: 85, scope: !60, atomGroup: 2, atomRank: 1)
!69 = !DILocation(line: 4, column: 74, scope: !60, atomGroup: 1, atomRank: 2)
!70 = !DILocation(line: 4, column: 57, scope: !60, atomGroup: 1, atomRank: 1)
!71 = distinct !DISubprogram(name: "entry_a", scope: !3, file: !3, line: 12, type: !50, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !72, keyInstructions: true)
!72 = !{!73}
!73 = !DILocalVariable(name: "x", arg: 1, scope: !71, file: !3, line: 12, type: !6)
!74 = !DILocation(line: 0, scope: !71)
!75 = !DILocation(line: 12, column: 29, scope: !71)
!76 = !DILocation(line: 12, column: 41, scope: !71)
!77 = !DILocation(line: 12, column: 39, scope: !71, atomGroup: 1, atomRank: 2)
!78 = !DILocation(line: 12, column: 22, scope: !71, atomGroup: 1, atomRank: 1)
!79 = distinct !DISubprogram(name: "entry_b", scope: !3, file: !3, line: 13, type: !50, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !80, keyInstructions: true)
!80 = !{!81}
!81 = !DILocalVariable(name: "x", arg: 1, scope: !79, file: !3, line: 13, type: !6)
!82 = !DILocation(line: 0, scope: !79)
!83 = !DILocation(line: 13, column: 29, scope: !79)
!84 = !DILocation(line: 13, column: 44, scope: !79)
!85 = !DILocation(line: 13, column: 42, scope: !79, atomGroup: 1, atomRank: 2)
!86 = !DILocation(line: 13, column: 22, scope: !79, atomGroup: 1, atomRank: 1)
