; From Inputs/debug-vars.c (compiled as vars.c): clang-22 -O2 -g -S -emit-llvm -fdebug-prefix-map=$PWD=.
; ModuleID = 'vars.c'
source_filename = "vars.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@ext_a = dso_local local_unnamed_addr global i32 11, align 4, !dbg !0
@tls_d = dso_local thread_local local_unnamed_addr global i32 44, align 4, !dbg !5
@.str = private unnamed_addr constant [5 x i8] c"five\00", align 1, !dbg !8
@name_e = dso_local local_unnamed_addr global ptr @.str, align 8, !dbg !14
@stat_b = internal unnamed_addr global i32 22, align 4, !dbg !18
@stat_c = internal unnamed_addr global i32 33, align 4, !dbg !20
@table = internal unnamed_addr global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16, !dbg !22

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @get_a(i32 noundef %0) local_unnamed_addr #0 !dbg !39 {
    #dbg_value(i32 %0, !43, !DIExpression(), !44)
  %2 = load i32, ptr @ext_a, align 4, !dbg !45, !tbaa !35
  %3 = add nsw i32 %2, %0, !dbg !46
  store i32 %3, ptr @ext_a, align 4, !dbg !47, !tbaa !35
  ret i32 %3, !dbg !48
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @get_b(i32 noundef %0) local_unnamed_addr #0 !dbg !49 {
    #dbg_value(i32 %0, !51, !DIExpression(), !52)
  %2 = load i32, ptr @stat_b, align 4, !dbg !53, !tbaa !35
  %3 = add nsw i32 %2, %0, !dbg !54
  store i32 %3, ptr @stat_b, align 4, !dbg !55, !tbaa !35
  ret i32 %3, !dbg !56
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @get_c(i32 noundef %0) local_unnamed_addr #0 !dbg !57 {
    #dbg_value(i32 %0, !59, !DIExpression(), !60)
  %2 = load i32, ptr @stat_c, align 4, !dbg !61, !tbaa !35
  %3 = add nsw i32 %2, %0, !dbg !62
  store i32 %3, ptr @stat_c, align 4, !dbg !63, !tbaa !35
  ret i32 %3, !dbg !64
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @get_c2(i32 noundef %0) local_unnamed_addr #0 !dbg !65 {
    #dbg_value(i32 %0, !67, !DIExpression(), !68)
  %2 = load i32, ptr @stat_c, align 4, !dbg !69, !tbaa !35
  %3 = mul nsw i32 %2, %0, !dbg !70
  store i32 %3, ptr @stat_c, align 4, !dbg !71, !tbaa !35
  ret i32 %3, !dbg !72
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @get_t(i32 noundef %0) local_unnamed_addr #0 !dbg !73 {
    #dbg_value(i32 %0, !75, !DIExpression(), !76)
  %2 = and i32 %0, 3, !dbg !77
  %3 = zext nneg i32 %2 to i64, !dbg !78
  %4 = getelementptr inbounds nuw i32, ptr @table, i64 %3, !dbg !78
  %5 = load i32, ptr %4, align 4, !dbg !79, !tbaa !35
  %6 = add nsw i32 %5, %0, !dbg !80
  store i32 %6, ptr %4, align 4, !dbg !81, !tbaa !35
  ret i32 %6, !dbg !82
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @get_d(i32 noundef %0) local_unnamed_addr #0 !dbg !83 {
    #dbg_value(i32 %0, !85, !DIExpression(), !86)
  %2 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tls_d), !dbg !87
  %3 = load i32, ptr %2, align 4, !dbg !88, !tbaa !35
  %4 = add nsw i32 %3, %0, !dbg !89
  store i32 %4, ptr %2, align 4, !dbg !90, !tbaa !35
  ret i32 %4, !dbg !91
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i32 @stop_here(i32 noundef %0) local_unnamed_addr #2 !dbg !92 {
    #dbg_value(i32 %0, !94, !DIExpression(), !95)
  %2 = load ptr, ptr @name_e, align 8, !dbg !96, !tbaa !97
  %3 = load i8, ptr %2, align 1, !dbg !96, !tbaa !100
  %4 = sext i8 %3 to i32, !dbg !96
  %5 = add nsw i32 %0, %4, !dbg !101
  ret i32 %5, !dbg !102
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local range(i32 0, 2) i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #3 !dbg !103 {
    #dbg_value(i32 %0, !109, !DIExpression(), !112)
    #dbg_value(ptr %1, !110, !DIExpression(), !112)
  %3 = tail call i32 @get_a(i32 noundef %0), !dbg !113
  %4 = tail call i32 @get_b(i32 noundef %0), !dbg !114
  %5 = add nsw i32 %4, %3, !dbg !115
  %6 = tail call i32 @get_c(i32 noundef %0), !dbg !116
  %7 = add nsw i32 %5, %6, !dbg !117
  %8 = tail call i32 @get_c2(i32 noundef 2), !dbg !118
  %9 = add nsw i32 %7, %8, !dbg !119
  %10 = tail call i32 @get_t(i32 noundef %0), !dbg !120
  %11 = add nsw i32 %9, %10, !dbg !121
  %12 = tail call i32 @get_d(i32 noundef %0), !dbg !122
  %13 = add nsw i32 %11, %12, !dbg !123
    #dbg_value(i32 %13, !111, !DIExpression(), !112)
  %14 = tail call i32 @stop_here(i32 noundef %13), !dbg !124
  %15 = icmp eq i32 %14, 0, !dbg !125
  %16 = zext i1 %15 to i32, !dbg !126
  ret i32 %16, !dbg !127
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!27, !28, !29, !30, !31, !32, !33}
!llvm.ident = !{!34}
!llvm.errno.tbaa = !{!35}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "ext_a", scope: !2, file: !3, line: 3, type: !7, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "vars.c", directory: ".", checksumkind: CSK_MD5, checksum: "7da605a65cb7628ca1bc0e93fef75b06")
!4 = !{!0, !5, !8, !14, !18, !20, !22}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tls_d", scope: !2, file: !3, line: 7, type: !7, isLocal: false, isDefinition: true)
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(scope: null, file: !3, line: 8, type: !10, isLocal: true, isDefinition: true)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 40, elements: !12)
!11 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!12 = !{!13}
!13 = !DISubrange(count: 5)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(name: "name_e", scope: !2, file: !3, line: 8, type: !16, isLocal: false, isDefinition: true)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64)
!17 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "stat_b", scope: !2, file: !3, line: 4, type: !7, isLocal: true, isDefinition: true)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(name: "stat_c", scope: !2, file: !3, line: 5, type: !7, isLocal: true, isDefinition: true)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(name: "table", scope: !2, file: !3, line: 6, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !7, size: 128, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 4)
!27 = !{i32 7, !"Dwarf Version", i32 5}
!28 = !{i32 2, !"Debug Info Version", i32 3}
!29 = !{i32 1, !"wchar_size", i32 4}
!30 = !{i32 8, !"PIC Level", i32 2}
!31 = !{i32 7, !"PIE Level", i32 2}
!32 = !{i32 7, !"uwtable", i32 2}
!33 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!34 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!35 = !{!36, !36, i64 0}
!36 = !{!"int", !37, i64 0}
!37 = !{!"omnipotent char", !38, i64 0}
!38 = !{!"Simple C/C++ TBAA"}
!39 = distinct !DISubprogram(name: "get_a", scope: !3, file: !3, line: 10, type: !40, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !42, keyInstructions: true)
!40 = !DISubroutineType(types: !41)
!41 = !{!7, !7}
!42 = !{!43}
!43 = !DILocalVariable(name: "x", arg: 1, scope: !39, file: !3, line: 10, type: !7)
!44 = !DILocation(line: 0, scope: !39)
!45 = !DILocation(line: 10, column: 59, scope: !39)
!46 = !DILocation(line: 10, column: 59, scope: !39, atomGroup: 1, atomRank: 2)
!47 = !DILocation(line: 10, column: 59, scope: !39, atomGroup: 2, atomRank: 1)
!48 = !DILocation(line: 10, column: 46, scope: !39, atomGroup: 1, atomRank: 1)
!49 = distinct !DISubprogram(name: "get_b", scope: !3, file: !3, line: 11, type: !40, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !50, keyInstructions: true)
!50 = !{!51}
!51 = !DILocalVariable(name: "x", arg: 1, scope: !49, file: !3, line: 11, type: !7)
!52 = !DILocation(line: 0, scope: !49)
!53 = !DILocation(line: 11, column: 60, scope: !49)
!54 = !DILocation(line: 11, column: 60, scope: !49, atomGroup: 1, atomRank: 2)
!55 = !DILocation(line: 11, column: 60, scope: !49, atomGroup: 2, atomRank: 1)
!56 = !DILocation(line: 11, column: 46, scope: !49, atomGroup: 1, atomRank: 1)
!57 = distinct !DISubprogram(name: "get_c", scope: !3, file: !3, line: 12, type: !40, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !58, keyInstructions: true)
!58 = !{!59}
!59 = !DILocalVariable(name: "x", arg: 1, scope: !57, file: !3, line: 12, type: !7)
!60 = !DILocation(line: 0, scope: !57)
!61 = !DILocation(line: 12, column: 60, scope: !57)
!62 = !DILocation(line: 12, column: 60, scope: !57, atomGroup: 1, atomRank: 2)
!63 = !DILocation(line: 12, column: 60, scope: !57, atomGroup: 2, atomRank: 1)
!64 = !DILocation(line: 12, column: 46, scope: !57, atomGroup: 1, atomRank: 1)
!65 = distinct !DISubprogram(name: "get_c2", scope: !3, file: !3, line: 13, type: !40, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !66, keyInstructions: true)
!66 = !{!67}
!67 = !DILocalVariable(name: "x", arg: 1, scope: !65, file: !3, line: 13, type: !7)
!68 = !DILocation(line: 0, scope: !65)
!69 = !DILocation(line: 13, column: 61, scope: !65)
!70 = !DILocation(line: 13, column: 61, scope: !65, atomGroup: 1, atomRank: 2)
!71 = !DILocation(line: 13, column: 61, scope: !65, atomGroup: 2, atomRank: 1)
!72 = !DILocation(line: 13, column: 47, scope: !65, atomGroup: 1, atomRank: 1)
!73 = distinct !DISubprogram(name: "get_t", scope: !3, file: !3, line: 14, type: !40, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !74, keyInstructions: true)
!74 = !{!75}
!75 = !DILocalVariable(name: "x", arg: 1, scope: !73, file: !3, line: 14, type: !7)
!76 = !DILocation(line: 0, scope: !73)
!77 = !DILocation(line: 14, column: 61, scope: !73)
!78 = !DILocation(line: 14, column: 53, scope: !73)
!79 = !DILocation(line: 14, column: 66, scope: !73)
!80 = !DILocation(line: 14, column: 66, scope: !73, atomGroup: 1, atomRank: 2)
!81 = !DILocation(line: 14, column: 66, scope: !73, atomGroup: 2, atomRank: 1)
!82 = !DILocation(line: 14, column: 46, scope: !73, atomGroup: 1, atomRank: 1)
!83 = distinct !DISubprogram(name: "get_d", scope: !3, file: !3, line: 15, type: !40, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84, keyInstructions: true)
!84 = !{!85}
!85 = !DILocalVariable(name: "x", arg: 1, scope: !83, file: !3, line: 15, type: !7)
!86 = !DILocation(line: 0, scope: !83)
!87 = !DILocation(line: 15, column: 53, scope: !83)
!88 = !DILocation(line: 15, column: 59, scope: !83)
!89 = !DILocation(line: 15, column: 59, scope: !83, atomGroup: 1, atomRank: 2)
!90 = !DILocation(line: 15, column: 59, scope: !83, atomGroup: 2, atomRank: 1)
!91 = !DILocation(line: 15, column: 46, scope: !83, atomGroup: 1, atomRank: 1)
!92 = distinct !DISubprogram(name: "stop_here", scope: !3, file: !3, line: 16, type: !40, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !93, keyInstructions: true)
!93 = !{!94}
!94 = !DILocalVariable(name: "x", arg: 1, scope: !92, file: !3, line: 16, type: !7)
!95 = !DILocation(line: 0, scope: !92)
!96 = !DILocation(line: 16, column: 61, scope: !92)
!97 = !{!98, !98, i64 0}
!98 = !{!"p1 omnipotent char", !99, i64 0}
!99 = !{!"any pointer", !37, i64 0}
!100 = !{!37, !37, i64 0}
!101 = !DILocation(line: 16, column: 59, scope: !92, atomGroup: 1, atomRank: 2)
!102 = !DILocation(line: 16, column: 50, scope: !92, atomGroup: 1, atomRank: 1)
!103 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 18, type: !104, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !108, keyInstructions: true)
!104 = !DISubroutineType(types: !105)
!105 = !{!7, !7, !106}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !107, size: 64)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!108 = !{!109, !110, !111}
!109 = !DILocalVariable(name: "argc", arg: 1, scope: !103, file: !3, line: 18, type: !7)
!110 = !DILocalVariable(name: "argv", arg: 2, scope: !103, file: !3, line: 18, type: !106)
!111 = !DILocalVariable(name: "s", scope: !103, file: !3, line: 19, type: !7)
!112 = !DILocation(line: 0, scope: !103)
!113 = !DILocation(line: 19, column: 11, scope: !103)
!114 = !DILocation(line: 19, column: 25, scope: !103)
!115 = !DILocation(line: 19, column: 23, scope: !103)
!116 = !DILocation(line: 19, column: 39, scope: !103)
!117 = !DILocation(line: 19, column: 37, scope: !103)
!118 = !DILocation(line: 19, column: 53, scope: !103)
!119 = !DILocation(line: 19, column: 51, scope: !103)
!120 = !DILocation(line: 19, column: 65, scope: !103)
!121 = !DILocation(line: 19, column: 63, scope: !103)
!122 = !DILocation(line: 20, column: 11, scope: !103)
!123 = !DILocation(line: 19, column: 77, scope: !103, atomGroup: 1, atomRank: 2)
!124 = !DILocation(line: 21, column: 10, scope: !103)
!125 = !DILocation(line: 21, column: 23, scope: !103, atomGroup: 3, atomRank: 3)
!126 = !DILocation(line: 21, column: 23, scope: !103, atomGroup: 3, atomRank: 2)
!127 = !DILocation(line: 21, column: 3, scope: !103, atomGroup: 3, atomRank: 1)
