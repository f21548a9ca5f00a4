; From Inputs/debug-pieces.c (compiled as pieces.c): clang-22 -O2 -g -S -emit-llvm -fdebug-prefix-map=$PWD=.
; ModuleID = 'pieces.c'
source_filename = "pieces.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@hooks.0 = internal unnamed_addr global i64 0, align 8, !dbg !0
@hooks.1 = internal unnamed_addr global i64 0, align 8, !dbg !13

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @set_a(i64 noundef %0) local_unnamed_addr #0 !dbg !26 {
    #dbg_value(i64 %0, !30, !DIExpression(), !31)
  store i64 %0, ptr @hooks.0, align 8, !dbg !32, !tbaa !33
  ret void, !dbg !36
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @set_b(i64 noundef %0) local_unnamed_addr #0 !dbg !37 {
    #dbg_value(i64 %0, !39, !DIExpression(), !40)
  store i64 %0, ptr @hooks.1, align 8, !dbg !41, !tbaa !42
  ret void, !dbg !43
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local i64 @get_sum() local_unnamed_addr #1 !dbg !44 {
  %1 = load i64, ptr @hooks.0, align 8, !dbg !47, !tbaa !33
  %2 = load i64, ptr @hooks.1, align 8, !dbg !48, !tbaa !42
  %3 = add nsw i64 %2, %1, !dbg !49
  ret i64 %3, !dbg !50
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @stop_here(i32 noundef %0) local_unnamed_addr #2 !dbg !51 {
    #dbg_value(i32 %0, !55, !DIExpression(), !56)
  %2 = add nsw i32 %0, 1, !dbg !57
  ret i32 %2, !dbg !58
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local range(i32 0, 2) i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #3 !dbg !59 {
    #dbg_value(i32 %0, !66, !DIExpression(), !68)
    #dbg_value(ptr %1, !67, !DIExpression(), !68)
  %3 = sext i32 %0 to i64, !dbg !69
  tail call void @set_a(i64 noundef %3), !dbg !70
  tail call void @set_b(i64 noundef 2), !dbg !71
  %4 = tail call i64 @get_sum(), !dbg !72
  %5 = trunc i64 %4 to i32, !dbg !73
  %6 = tail call i32 @stop_here(i32 noundef %5), !dbg !74
  %7 = icmp eq i32 %6, 0, !dbg !75
  %8 = zext i1 %7 to i32, !dbg !76
  ret i32 %8, !dbg !77
}

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!14, !15, !16, !17, !18, !19, !20}
!llvm.ident = !{!21}
!llvm.errno.tbaa = !{!22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression(DW_OP_LLVM_fragment, 0, 64))
!1 = distinct !DIGlobalVariable(name: "hooks", scope: !2, file: !3, line: 5, type: !8, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "pieces.c", directory: ".", checksumkind: CSK_MD5, checksum: "8ef4a244bb853a42230d56cfff482c55")
!4 = !{!5}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !{!7}
!7 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!8 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !3, line: 4, size: 128, elements: !9)
!9 = !{!10, !12}
!10 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !8, file: !3, line: 4, baseType: !11, size: 64)
!11 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!12 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !8, file: !3, line: 4, baseType: !11, size: 64, offset: 64)
!13 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression(DW_OP_LLVM_fragment, 64, 64))
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 7, !"PIE Level", i32 2}
!19 = !{i32 7, !"uwtable", i32 2}
!20 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!21 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!22 = !{!23, !23, i64 0}
!23 = !{!"int", !24, i64 0}
!24 = !{!"omnipotent char", !25, i64 0}
!25 = !{!"Simple C/C++ TBAA"}
!26 = distinct !DISubprogram(name: "set_a", scope: !3, file: !3, line: 6, type: !27, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !29, keyInstructions: true)
!27 = !DISubroutineType(types: !28)
!28 = !{null, !11}
!29 = !{!30}
!30 = !DILocalVariable(name: "x", arg: 1, scope: !26, file: !3, line: 6, type: !11)
!31 = !DILocation(line: 0, scope: !26)
!32 = !DILocation(line: 6, column: 56, scope: !26, atomGroup: 1, atomRank: 1)
!33 = !{!34, !35, i64 0}
!34 = !{!"pair", !35, i64 0, !35, i64 8}
!35 = !{!"long", !24, i64 0}
!36 = !DILocation(line: 6, column: 61, scope: !26, atomGroup: 2, atomRank: 1)
!37 = distinct !DISubprogram(name: "set_b", scope: !3, file: !3, line: 7, type: !27, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !38, keyInstructions: true)
!38 = !{!39}
!39 = !DILocalVariable(name: "x", arg: 1, scope: !37, file: !3, line: 7, type: !11)
!40 = !DILocation(line: 0, scope: !37)
!41 = !DILocation(line: 7, column: 56, scope: !37, atomGroup: 1, atomRank: 1)
!42 = !{!34, !35, i64 8}
!43 = !DILocation(line: 7, column: 61, scope: !37, atomGroup: 2, atomRank: 1)
!44 = distinct !DISubprogram(name: "get_sum", scope: !3, file: !3, line: 8, type: !45, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, keyInstructions: true)
!45 = !DISubroutineType(types: !46)
!46 = !{!11}
!47 = !DILocation(line: 8, column: 61, scope: !44)
!48 = !DILocation(line: 8, column: 71, scope: !44)
!49 = !DILocation(line: 8, column: 63, scope: !44, atomGroup: 1, atomRank: 2)
!50 = !DILocation(line: 8, column: 48, scope: !44, atomGroup: 1, atomRank: 1)
!51 = distinct !DISubprogram(name: "stop_here", scope: !3, file: !3, line: 9, type: !52, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !54, keyInstructions: true)
!52 = !DISubroutineType(types: !53)
!53 = !{!5, !5}
!54 = !{!55}
!55 = !DILocalVariable(name: "x", arg: 1, scope: !51, file: !3, line: 9, type: !5)
!56 = !DILocation(line: 0, scope: !51)
!57 = !DILocation(line: 9, column: 59, scope: !51, atomGroup: 1, atomRank: 2)
!58 = !DILocation(line: 9, column: 50, scope: !51, atomGroup: 1, atomRank: 1)
!59 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 10, type: !60, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65, keyInstructions: true)
!60 = !DISubroutineType(types: !61)
!61 = !{!5, !5, !62}
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64)
!64 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!65 = !{!66, !67}
!66 = !DILocalVariable(name: "argc", arg: 1, scope: !59, file: !3, line: 10, type: !5)
!67 = !DILocalVariable(name: "argv", arg: 2, scope: !59, file: !3, line: 10, type: !62)
!68 = !DILocation(line: 0, scope: !59)
!69 = !DILocation(line: 11, column: 9, scope: !59)
!70 = !DILocation(line: 11, column: 3, scope: !59)
!71 = !DILocation(line: 12, column: 3, scope: !59)
!72 = !DILocation(line: 13, column: 25, scope: !59)
!73 = !DILocation(line: 13, column: 20, scope: !59)
!74 = !DILocation(line: 13, column: 10, scope: !59)
!75 = !DILocation(line: 13, column: 36, scope: !59, atomGroup: 1, atomRank: 3)
!76 = !DILocation(line: 13, column: 36, scope: !59, atomGroup: 1, atomRank: 2)
!77 = !DILocation(line: 13, column: 3, scope: !59, atomGroup: 1, atomRank: 1)
