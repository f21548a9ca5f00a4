; ModuleID = 'object-kinds.cpp'
source_filename = "object-kinds.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Box = type { i32 }
%struct.Box.0 = type { i64 }
%struct.Box.1 = type { double }

$_ZNK3BoxIiE3getEv = comdat any

$_ZNK3BoxIlE3getEv = comdat any

$_ZNK3BoxIdE3getEv = comdat any

$_ZTW8TLSCount = comdat any

$_ZTW7TLSZero = comdat any

@TLSCount = dso_local thread_local global i32 5, align 4
@TLSZero = dso_local thread_local global i32 0, align 4
@CommonLike = dso_local local_unnamed_addr global i32 0, align 4
@weakData = weak dso_local local_unnamed_addr global i32 4, align 4
@hiddenData = hidden local_unnamed_addr global i32 6, align 4
@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"beta\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"delta\00", align 1
@Names = dso_local local_unnamed_addr global [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@.str.4 = private unnamed_addr constant [21 x i8] c"PARCG_UNSET_VARIABLE\00", align 1
@_ZL7Counter = internal unnamed_addr global i32 0, align 4
@__const._Z12takesAddressi.Fs = private unnamed_addr constant [3 x ptr] [ptr @_Z6weakFni, ptr @aliasTarget, ptr @_ZL6helperi], align 16
@.str.5 = private unnamed_addr constant [8 x i8] c"%ld %d\0A\00", align 1
@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 101, ptr @_ZL5earlyv, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_object_kinds.cpp, ptr null }]

@aliasName = dso_local alias i32 (i32), ptr @aliasTarget

; Function Attrs: mustprogress nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: read, target_mem0: read, target_mem1: read) uwtable
define internal void @_ZL5earlyv() #0 {
  %1 = tail call ptr @getenv(ptr noundef nonnull @.str.4) #17
  %2 = icmp eq ptr %1, null
  %3 = select i1 %2, i32 1, i32 2
  %4 = load i32, ptr @_ZL7Counter, align 4, !tbaa !5
  %5 = add nsw i32 %3, %4
  store i32 %5, ptr @_ZL7Counter, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nounwind memory(read)
declare noundef ptr @getenv(ptr noundef captures(none)) local_unnamed_addr #1

; Function Attrs: mustprogress uwtable
define weak dso_local noundef i32 @_Z6weakFni(i32 noundef %0) #2 {
  %2 = add nsw i32 %0, 2
  ret i32 %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @aliasTarget(i32 noundef %0) #3 {
  %2 = tail call noundef i32 @_ZL6helperi(i32 noundef %0)
  %3 = add nsw i32 %2, 1
  ret i32 %3
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef i32 @_ZL6helperi(i32 noundef %0) #4 {
  %2 = and i32 %0, 7
  switch i32 %2, label %17 [
    i32 0, label %3
    i32 1, label %5
    i32 2, label %7
    i32 3, label %9
    i32 4, label %11
    i32 5, label %13
    i32 6, label %15
    i32 7, label %18
  ]

3:                                                ; preds = %1
  %4 = add nsw i32 %0, 11
  br label %18

5:                                                ; preds = %1
  %6 = mul nsw i32 %0, 13
  br label %18

7:                                                ; preds = %1
  %8 = add nsw i32 %0, -17
  br label %18

9:                                                ; preds = %1
  %10 = xor i32 %0, 19
  br label %18

11:                                               ; preds = %1
  %12 = shl i32 %0, 2
  br label %18

13:                                               ; preds = %1
  %14 = ashr i32 %0, 1
  br label %18

15:                                               ; preds = %1
  %16 = xor i32 %0, -1
  br label %18

17:                                               ; preds = %1
  unreachable

18:                                               ; preds = %1, %15, %13, %11, %9, %7, %5, %3
  %19 = phi i32 [ %4, %3 ], [ %6, %5 ], [ %8, %7 ], [ %10, %9 ], [ %12, %11 ], [ %14, %13 ], [ %16, %15 ], [ %0, %1 ]
  ret i32 %19
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef i32 @_Z8useBoxesi(i32 noundef %0) local_unnamed_addr #5 {
  %2 = alloca %struct.Box, align 4
  %3 = alloca %struct.Box.0, align 8
  %4 = alloca %struct.Box.1, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #17
  store i32 %0, ptr %2, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #17
  %5 = sext i32 %0 to i64
  store i64 %5, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #17
  %6 = sitofp i32 %0 to double
  store double %6, ptr %4, align 8, !tbaa !14
  %7 = call noundef i32 @_ZNK3BoxIiE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %2)
  %8 = call noundef i64 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %3)
  %9 = trunc i64 %8 to i32
  %10 = add nsw i32 %7, %9
  %11 = call noundef double @_ZNK3BoxIdE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %4)
  %12 = fptosi double %11 to i32
  %13 = add nsw i32 %10, %12
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #17
  ret i32 %13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK3BoxIiE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %0) local_unnamed_addr #7 comdat align 2 {
  %2 = load i32, ptr %0, align 4, !tbaa !9
  %3 = mul nsw i32 %2, 3
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local noundef i64 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %0) local_unnamed_addr #7 comdat align 2 {
  %2 = load i64, ptr %0, align 8, !tbaa !11
  %3 = mul nsw i64 %2, 3
  %4 = add nsw i64 %3, 1
  ret i64 %4
}

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK3BoxIdE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %0) local_unnamed_addr #7 comdat align 2 {
  %2 = load double, ptr %0, align 8, !tbaa !14
  %3 = tail call double @llvm.fmuladd.f64(double %2, double 3.000000e+00, double 1.000000e+00)
  ret double %3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local noundef i32 @_Z6useTLSi(i32 noundef %0) local_unnamed_addr #8 {
  %2 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSCount)
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = add nsw i32 %3, %0
  store i32 %4, ptr %2, align 4, !tbaa !5
  %5 = shl nsw i32 %0, 1
  %6 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSZero)
  %7 = load i32, ptr %6, align 4, !tbaa !5
  %8 = add nsw i32 %7, %5
  store i32 %8, ptr %6, align 4, !tbaa !5
  %9 = add nsw i32 %8, %4
  ret i32 %9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #9

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local noundef i32 @_Z10useStringsi(i32 noundef %0) local_unnamed_addr #10 {
  %2 = and i32 %0, 3
  %3 = zext nneg i32 %2 to i64
  %4 = getelementptr inbounds nuw ptr, ptr @Names, i64 %3
  %5 = load ptr, ptr %4, align 8, !tbaa !17
  %6 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %5) #18
  %7 = trunc i64 %6 to i32
  %8 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %5, ptr noundef nonnull dereferenceable(5) @.str.1) #18
  %9 = icmp eq i32 %8, 0
  %10 = select i1 %9, i32 100, i32 0
  %11 = add nsw i32 %10, %7
  ret i32 %11
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr noundef captures(none), ptr noundef captures(none)) local_unnamed_addr #11

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z12takesAddressi(i32 noundef %0) local_unnamed_addr #2 {
  %2 = srem i32 %0, 3
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds ptr, ptr @__const._Z12takesAddressi.Fs, i64 %3
  %5 = load ptr, ptr %4, align 8, !tbaa !20
  %6 = tail call noundef i32 %5(i32 noundef %0)
  ret i32 %6
}

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #12 {
  %3 = alloca %struct.Box, align 4
  %4 = alloca %struct.Box.0, align 8
  %5 = alloca %struct.Box.1, align 8
  %6 = add nsw i32 %0, 2
  %7 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSCount)
  %8 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSZero)
  %9 = sext i32 %6 to i64
  br label %13

10:                                               ; preds = %13
  %11 = load i32, ptr @_ZL7Counter, align 4, !tbaa !5
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %63, i32 noundef %11)
  ret i32 0

13:                                               ; preds = %2, %13
  %14 = phi i64 [ 0, %2 ], [ %64, %13 ]
  %15 = phi i64 [ 0, %2 ], [ %63, %13 ]
  %16 = add nsw i64 %14, %9
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #17
  %17 = trunc nsw i64 %16 to i32
  store i32 %17, ptr %3, align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #17
  store i64 %16, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #17
  %18 = trunc nsw i64 %16 to i32
  %19 = sitofp i32 %18 to double
  store double %19, ptr %5, align 8, !tbaa !14
  %20 = call noundef i32 @_ZNK3BoxIiE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %3)
  %21 = call noundef i64 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %4)
  %22 = trunc i64 %21 to i32
  %23 = call noundef double @_ZNK3BoxIdE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %5)
  %24 = fptosi double %23 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #17
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = trunc nuw nsw i64 %14 to i32
  %27 = add nsw i32 %25, %26
  store i32 %27, ptr %7, align 4, !tbaa !5
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = trunc i64 %14 to i32
  %30 = shl i32 %29, 1
  %31 = add nsw i32 %28, %30
  store i32 %31, ptr %8, align 4, !tbaa !5
  %32 = and i64 %14, 3
  %33 = getelementptr inbounds nuw ptr, ptr @Names, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !17
  %35 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %34) #18
  %36 = trunc i64 %35 to i32
  %37 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %34, ptr noundef nonnull dereferenceable(5) @.str.1) #18
  %38 = icmp eq i32 %37, 0
  %39 = select i1 %38, i32 100, i32 0
  %40 = trunc nuw nsw i64 %14 to i32
  %41 = urem i32 %40, 3
  %42 = zext nneg i32 %41 to i64
  %43 = getelementptr inbounds nuw ptr, ptr @__const._Z12takesAddressi.Fs, i64 %42
  %44 = load ptr, ptr %43, align 8, !tbaa !20
  %45 = trunc nuw nsw i64 %14 to i32
  %46 = call noundef i32 %44(i32 noundef %45)
  %47 = load i32, ptr @weakData, align 4, !tbaa !5
  %48 = load i32, ptr @hiddenData, align 4, !tbaa !5
  %49 = load i32, ptr @CommonLike, align 4, !tbaa !5
  %50 = load i32, ptr @_ZL7Counter, align 4, !tbaa !5
  %51 = add i32 %20, %22
  %52 = add i32 %51, %24
  %53 = add i32 %52, %27
  %54 = add i32 %53, %31
  %55 = add i32 %54, %36
  %56 = add i32 %55, %39
  %57 = add nsw i32 %56, %46
  %58 = add nsw i32 %57, %47
  %59 = add nsw i32 %58, %48
  %60 = add nsw i32 %59, %49
  %61 = add nsw i32 %60, %50
  %62 = sext i32 %61 to i64
  %63 = add nsw i64 %15, %62
  %64 = add nuw nsw i64 %14, 1
  %65 = icmp eq i64 %64, 10
  br i1 %65, label %10, label %13, !llvm.loop !21
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #13

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #14

; Function Attrs: nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: read, target_mem0: read, target_mem1: read) uwtable
define internal void @_GLOBAL__sub_I_object_kinds.cpp() #15 section ".text.startup" {
  %1 = tail call ptr @getenv(ptr noundef nonnull @.str.4) #17
  %2 = icmp eq ptr %1, null
  %3 = select i1 %2, i32 41, i32 42
  store i32 %3, ptr @_ZL7Counter, align 4, !tbaa !5
  ret void
}

; Function Attrs: uwtable
define weak_odr hidden noundef ptr @_ZTW8TLSCount() local_unnamed_addr #16 comdat {
  %1 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSCount)
  ret ptr %1
}

; Function Attrs: uwtable
define weak_odr hidden noundef ptr @_ZTW7TLSZero() local_unnamed_addr #16 comdat {
  %1 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSZero)
  ret ptr %1
}

attributes #0 = { mustprogress nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: read, target_mem0: read, target_mem1: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { mustprogress nofree norecurse nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #15 = { nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: read, target_mem0: read, target_mem1: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { nounwind }
attributes #18 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !6, i64 0}
!10 = !{!"_ZTS3BoxIiE", !6, i64 0}
!11 = !{!12, !13, i64 0}
!12 = !{!"_ZTS3BoxIlE", !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !16, i64 0}
!15 = !{!"_ZTS3BoxIdE", !16, i64 0}
!16 = !{!"double", !7, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 omnipotent char", !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
!20 = !{!19, !19, i64 0}
!21 = distinct !{!21, !22, !23}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!"llvm.loop.unroll.disable"}
