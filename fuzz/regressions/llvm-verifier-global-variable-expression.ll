; LLVM 22 bug, not ParCG's: the verifier casts the var: of a
; DIGlobalVariableExpression to DIGlobalVariable without checking, and reads
; past the DILocation it is here (SEGV under ASan's allocator; glibc's heap
; happens to survive it). parcg-fuzz rejects such modules before verifying.
!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!5}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: FullDebug, globals: !2)
!1 = !DIFile(filename: "a.c", directory: "/")
!2 = !{!3}
!3 = !DIGlobalVariableExpression(var: !4, expr: !DIExpression())
!4 = !DILocation(line: 1, scope: !6)
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, spFlags: DISPFlagDefinition, unit: !0)
