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

@TLSCount = dso_local thread_local global i32 5, align 4, !dbg !0
@TLSZero = dso_local thread_local global i32 0, align 4, !dbg !14
@CommonLike = dso_local local_unnamed_addr global i32 0, align 4, !dbg !16
@weakData = weak dso_local local_unnamed_addr global i32 4, align 4, !dbg !18
@hiddenData = hidden local_unnamed_addr global i32 6, align 4, !dbg !20
@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1, !dbg !22
@.str.1 = private unnamed_addr constant [5 x i8] c"beta\00", align 1, !dbg !29
@.str.2 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1, !dbg !34
@.str.3 = private unnamed_addr constant [6 x i8] c"delta\00", align 1, !dbg !36
@Names = dso_local local_unnamed_addr global [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16, !dbg !38
@.str.4 = private unnamed_addr constant [21 x i8] c"PARCG_UNSET_VARIABLE\00", align 1, !dbg !46
@_ZL7Counter = internal unnamed_addr global i32 0, align 4, !dbg !56
@__const._Z12takesAddressi.Fs = private unnamed_addr constant [3 x ptr] [ptr @_Z6weakFni, ptr @aliasTarget, ptr @_ZL6helperi], align 16
@.str.5 = private unnamed_addr constant [8 x i8] c"%ld %d\0A\00", align 1, !dbg !51
@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 101, ptr @_ZL5earlyv, ptr null }, { i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_object_kinds.cpp, ptr null }]

@aliasName = dso_local alias i32 (i32), ptr @aliasTarget

; Function Attrs: mustprogress nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: read, target_mem0: read, target_mem1: read) uwtable
define internal void @_ZL5earlyv() #0 !dbg !578 {
  %1 = tail call ptr @getenv(ptr noundef nonnull @.str.4) #17, !dbg !579
  %2 = icmp eq ptr %1, null, !dbg !580
  %3 = select i1 %2, i32 1, i32 2, !dbg !581
  %4 = load i32, ptr @_ZL7Counter, align 4, !dbg !582, !tbaa !574
  %5 = add nsw i32 %3, %4, !dbg !583
  store i32 %5, ptr @_ZL7Counter, align 4, !dbg !584, !tbaa !574
  ret void, !dbg !585
}

; Function Attrs: nofree nounwind memory(read)
declare !dbg !367 noundef ptr @getenv(ptr noundef captures(none)) local_unnamed_addr #1

; Function Attrs: mustprogress uwtable
define weak dso_local noundef i32 @_Z6weakFni(i32 noundef %0) #2 !dbg !586 {
    #dbg_value(i32 %0, !588, !DIExpression(), !589)
  %2 = add nsw i32 %0, 2, !dbg !590
  ret i32 %2, !dbg !591
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -2147483647, -2147483648) i32 @aliasTarget(i32 noundef %0) #3 !dbg !592 {
    #dbg_value(i32 %0, !594, !DIExpression(), !595)
  %2 = tail call noundef i32 @_ZL6helperi(i32 noundef %0), !dbg !596
  %3 = add nsw i32 %2, 1, !dbg !597
  ret i32 %3, !dbg !598
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef i32 @_ZL6helperi(i32 noundef %0) #4 !dbg !599 {
    #dbg_value(i32 %0, !601, !DIExpression(), !602)
  %2 = and i32 %0, 7, !dbg !603
  switch i32 %2, label %17 [
    i32 0, label %3
    i32 1, label %5
    i32 2, label %7
    i32 3, label %9
    i32 4, label %11
    i32 5, label %13
    i32 6, label %15
    i32 7, label %18
  ], !dbg !604

3:                                                ; preds = %1
  %4 = add nsw i32 %0, 11, !dbg !605
  br label %18, !dbg !607

5:                                                ; preds = %1
  %6 = mul nsw i32 %0, 13, !dbg !608
  br label %18, !dbg !609

7:                                                ; preds = %1
  %8 = add nsw i32 %0, -17, !dbg !610
  br label %18, !dbg !611

9:                                                ; preds = %1
  %10 = xor i32 %0, 19, !dbg !612
  br label %18, !dbg !613

11:                                               ; preds = %1
  %12 = shl i32 %0, 2, !dbg !614
  br label %18, !dbg !615

13:                                               ; preds = %1
  %14 = ashr i32 %0, 1, !dbg !616
  br label %18, !dbg !617

15:                                               ; preds = %1
  %16 = xor i32 %0, -1, !dbg !618
  br label %18, !dbg !619

17:                                               ; preds = %1
  unreachable

18:                                               ; preds = %1, %15, %13, %11, %9, %7, %5, %3
  %19 = phi i32 [ %4, %3 ], [ %6, %5 ], [ %8, %7 ], [ %10, %9 ], [ %12, %11 ], [ %14, %13 ], [ %16, %15 ], [ %0, %1 ], !dbg !620
  ret i32 %19, !dbg !621
}

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef i32 @_Z8useBoxesi(i32 noundef %0) local_unnamed_addr #5 !dbg !622 {
  %2 = alloca %struct.Box, align 4, !DIAssignID !658
    #dbg_assign(i1 poison, !625, !DIExpression(), !658, ptr %2, !DIExpression(), !659)
  %3 = alloca %struct.Box.0, align 8, !DIAssignID !660
    #dbg_assign(i1 poison, !636, !DIExpression(), !660, ptr %3, !DIExpression(), !659)
  %4 = alloca %struct.Box.1, align 8, !DIAssignID !661
    #dbg_assign(i1 poison, !647, !DIExpression(), !661, ptr %4, !DIExpression(), !659)
    #dbg_value(i32 %0, !624, !DIExpression(), !659)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #17, !dbg !662
  store i32 %0, ptr %2, align 4, !dbg !663, !tbaa !664, !DIAssignID !666
    #dbg_assign(i32 %0, !625, !DIExpression(), !666, ptr %2, !DIExpression(), !659)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #17, !dbg !667
  %5 = sext i32 %0 to i64, !dbg !668
  store i64 %5, ptr %3, align 8, !dbg !669, !tbaa !670, !DIAssignID !673
    #dbg_assign(i64 %5, !636, !DIExpression(), !673, ptr %3, !DIExpression(), !659)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #17, !dbg !674
  %6 = sitofp i32 %0 to double, !dbg !675
  store double %6, ptr %4, align 8, !dbg !676, !tbaa !677, !DIAssignID !680
    #dbg_assign(double %6, !647, !DIExpression(), !680, ptr %4, !DIExpression(), !659)
  %7 = call noundef i32 @_ZNK3BoxIiE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %2), !dbg !681
  %8 = call noundef i64 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %3), !dbg !682
  %9 = trunc i64 %8 to i32, !dbg !683
  %10 = add nsw i32 %7, %9, !dbg !684
  %11 = call noundef double @_ZNK3BoxIdE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !685
  %12 = fptosi double %11 to i32, !dbg !686
  %13 = add nsw i32 %10, %12, !dbg !687
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #17, !dbg !688
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #17, !dbg !688
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #17, !dbg !688
  ret i32 %13, !dbg !689
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local noundef i32 @_ZNK3BoxIiE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %0) local_unnamed_addr #7 comdat align 2 !dbg !690 {
    #dbg_value(ptr %0, !692, !DIExpression(), !694)
  %2 = load i32, ptr %0, align 4, !dbg !695, !tbaa !664
  %3 = mul nsw i32 %2, 3, !dbg !696
  %4 = add nsw i32 %3, 1, !dbg !697
  ret i32 %4, !dbg !698
}

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local noundef i64 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %0) local_unnamed_addr #7 comdat align 2 !dbg !699 {
    #dbg_value(ptr %0, !701, !DIExpression(), !703)
  %2 = load i64, ptr %0, align 8, !dbg !704, !tbaa !670
  %3 = mul nsw i64 %2, 3, !dbg !705
  %4 = add nsw i64 %3, 1, !dbg !706
  ret i64 %4, !dbg !707
}

; Function Attrs: mustprogress noinline nounwind uwtable
define linkonce_odr dso_local noundef double @_ZNK3BoxIdE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %0) local_unnamed_addr #7 comdat align 2 !dbg !708 {
    #dbg_value(ptr %0, !710, !DIExpression(), !712)
  %2 = load double, ptr %0, align 8, !dbg !713, !tbaa !677
  %3 = tail call double @llvm.fmuladd.f64(double %2, double 3.000000e+00, double 1.000000e+00), !dbg !714
  ret double %3, !dbg !715
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local noundef i32 @_Z6useTLSi(i32 noundef %0) local_unnamed_addr #8 !dbg !716 {
    #dbg_value(i32 %0, !718, !DIExpression(), !719)
  %2 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSCount), !dbg !720
  %3 = load i32, ptr %2, align 4, !dbg !721, !tbaa !574
  %4 = add nsw i32 %3, %0, !dbg !722
  store i32 %4, ptr %2, align 4, !dbg !723, !tbaa !574
  %5 = shl nsw i32 %0, 1, !dbg !724
  %6 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSZero), !dbg !725
  %7 = load i32, ptr %6, align 4, !dbg !726, !tbaa !574
  %8 = add nsw i32 %7, %5, !dbg !727
  store i32 %8, ptr %6, align 4, !dbg !728, !tbaa !574
  %9 = add nsw i32 %8, %4, !dbg !729
  ret i32 %9, !dbg !730
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #9

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local noundef i32 @_Z10useStringsi(i32 noundef %0) local_unnamed_addr #10 !dbg !731 {
    #dbg_value(i32 %0, !733, !DIExpression(), !735)
  %2 = and i32 %0, 3, !dbg !736
  %3 = zext nneg i32 %2 to i64, !dbg !737
  %4 = getelementptr inbounds nuw ptr, ptr @Names, i64 %3, !dbg !737
  %5 = load ptr, ptr %4, align 8, !dbg !738, !tbaa !739
    #dbg_value(ptr %5, !734, !DIExpression(), !735)
  %6 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %5) #18, !dbg !742
  %7 = trunc i64 %6 to i32, !dbg !742
  %8 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %5, ptr noundef nonnull dereferenceable(5) @.str.1) #18, !dbg !743
  %9 = icmp eq i32 %8, 0, !dbg !744
  %10 = select i1 %9, i32 100, i32 0, !dbg !743
  %11 = add nsw i32 %10, %7, !dbg !745
  ret i32 %11, !dbg !746
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare !dbg !533 i64 @strlen(ptr noundef captures(none)) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: read)
declare !dbg !519 i32 @strcmp(ptr noundef captures(none), ptr noundef captures(none)) local_unnamed_addr #11

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z12takesAddressi(i32 noundef %0) local_unnamed_addr #2 !dbg !747 {
    #dbg_assign(i1 poison, !750, !DIExpression(), !755, ptr @__const._Z12takesAddressi.Fs, !DIExpression(), !756)
    #dbg_value(i32 %0, !749, !DIExpression(), !756)
    #dbg_assign(i1 poison, !750, !DIExpression(), !757, ptr @__const._Z12takesAddressi.Fs, !DIExpression(), !756)
  %2 = srem i32 %0, 3, !dbg !758
  %3 = sext i32 %2 to i64, !dbg !759
  %4 = getelementptr inbounds ptr, ptr @__const._Z12takesAddressi.Fs, i64 %3, !dbg !759
  %5 = load ptr, ptr %4, align 8, !dbg !759, !tbaa !760
  %6 = tail call noundef i32 %5(i32 noundef %0), !dbg !761
  ret i32 %6, !dbg !762
}

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readnone captures(none) %1) local_unnamed_addr #12 !dbg !763 {
  %3 = alloca %struct.Box, align 4, !DIAssignID !773
    #dbg_assign(i1 poison, !625, !DIExpression(), !773, ptr %3, !DIExpression(), !774)
  %4 = alloca %struct.Box.0, align 8, !DIAssignID !777
    #dbg_assign(i1 poison, !636, !DIExpression(), !777, ptr %4, !DIExpression(), !774)
  %5 = alloca %struct.Box.1, align 8, !DIAssignID !778
    #dbg_value(i32 %0, !767, !DIExpression(), !779)
    #dbg_value(ptr %1, !768, !DIExpression(), !779)
  %6 = add nsw i32 %0, 2, !dbg !780
    #dbg_value(i32 %6, !769, !DIExpression(), !779)
    #dbg_value(i64 0, !770, !DIExpression(), !779)
    #dbg_value(i32 0, !771, !DIExpression(), !781)
  %7 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSCount)
  %8 = tail call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @TLSZero)
  %9 = sext i32 %6 to i64, !dbg !782
  br label %13, !dbg !782

10:                                               ; preds = %13
  %11 = load i32, ptr @_ZL7Counter, align 4, !dbg !783, !tbaa !574
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i64 noundef %63, i32 noundef %11), !dbg !784
  ret i32 0, !dbg !785

13:                                               ; preds = %2, %13
  %14 = phi i64 [ 0, %2 ], [ %64, %13 ]
  %15 = phi i64 [ 0, %2 ], [ %63, %13 ]
    #dbg_value(i64 %14, !771, !DIExpression(), !781)
    #dbg_value(i64 %15, !770, !DIExpression(), !779)
  %16 = add nsw i64 %14, %9, !dbg !786
    #dbg_assign(i1 poison, !647, !DIExpression(), !778, ptr %5, !DIExpression(), !774)
    #dbg_value(i64 %16, !624, !DIExpression(), !774)
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #17, !dbg !787
  %17 = trunc nsw i64 %16 to i32, !dbg !788
  store i32 %17, ptr %3, align 4, !dbg !788, !tbaa !664, !DIAssignID !789
    #dbg_assign(i64 %16, !625, !DIExpression(), !789, ptr %3, !DIExpression(), !774)
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #17, !dbg !790
  store i64 %16, ptr %4, align 8, !dbg !791, !tbaa !670, !DIAssignID !792
    #dbg_assign(i64 %16, !636, !DIExpression(), !792, ptr %4, !DIExpression(), !774)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #17, !dbg !793
  %18 = trunc nsw i64 %16 to i32, !dbg !794
  %19 = sitofp i32 %18 to double, !dbg !794
  store double %19, ptr %5, align 8, !dbg !795, !tbaa !677, !DIAssignID !796
    #dbg_assign(double %19, !647, !DIExpression(), !796, ptr %5, !DIExpression(), !774)
  %20 = call noundef i32 @_ZNK3BoxIiE3getEv(ptr noundef nonnull align 4 dereferenceable(4) %3), !dbg !797
  %21 = call noundef i64 @_ZNK3BoxIlE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %4), !dbg !798
  %22 = trunc i64 %21 to i32, !dbg !799
  %23 = call noundef double @_ZNK3BoxIdE3getEv(ptr noundef nonnull align 8 dereferenceable(8) %5), !dbg !800
  %24 = fptosi double %23 to i32, !dbg !801
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #17, !dbg !802
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #17, !dbg !802
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #17, !dbg !802
    #dbg_value(i64 %14, !718, !DIExpression(), !803)
  %25 = load i32, ptr %7, align 4, !dbg !805, !tbaa !574
  %26 = trunc nuw nsw i64 %14 to i32, !dbg !806
  %27 = add nsw i32 %25, %26, !dbg !806
  store i32 %27, ptr %7, align 4, !dbg !807, !tbaa !574
  %28 = load i32, ptr %8, align 4, !dbg !808, !tbaa !574
  %29 = trunc i64 %14 to i32, !dbg !809
  %30 = shl i32 %29, 1, !dbg !809
  %31 = add nsw i32 %28, %30, !dbg !809
  store i32 %31, ptr %8, align 4, !dbg !810, !tbaa !574
    #dbg_value(i64 %14, !733, !DIExpression(), !811)
  %32 = and i64 %14, 3, !dbg !813
  %33 = getelementptr inbounds nuw ptr, ptr @Names, i64 %32, !dbg !814
  %34 = load ptr, ptr %33, align 8, !dbg !815, !tbaa !739
    #dbg_value(ptr %34, !734, !DIExpression(), !811)
  %35 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %34) #18, !dbg !816
  %36 = trunc i64 %35 to i32, !dbg !816
  %37 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %34, ptr noundef nonnull dereferenceable(5) @.str.1) #18, !dbg !817
  %38 = icmp eq i32 %37, 0, !dbg !818
  %39 = select i1 %38, i32 100, i32 0, !dbg !817
    #dbg_value(i64 %14, !749, !DIExpression(), !819)
    #dbg_assign(i1 poison, !750, !DIExpression(), !821, ptr @__const._Z12takesAddressi.Fs, !DIExpression(), !819)
  %40 = trunc nuw nsw i64 %14 to i32, !dbg !822
  %41 = urem i32 %40, 3, !dbg !822
  %42 = zext nneg i32 %41 to i64, !dbg !823
  %43 = getelementptr inbounds nuw ptr, ptr @__const._Z12takesAddressi.Fs, i64 %42, !dbg !823
  %44 = load ptr, ptr %43, align 8, !dbg !823, !tbaa !760
  %45 = trunc nuw nsw i64 %14 to i32, !dbg !824
  %46 = call noundef i32 %44(i32 noundef %45), !dbg !824
  %47 = load i32, ptr @weakData, align 4, !dbg !825, !tbaa !574
  %48 = load i32, ptr @hiddenData, align 4, !dbg !826, !tbaa !574
  %49 = load i32, ptr @CommonLike, align 4, !dbg !827, !tbaa !574
  %50 = load i32, ptr @_ZL7Counter, align 4, !dbg !828, !tbaa !574
  %51 = add i32 %20, %22, !dbg !829
  %52 = add i32 %51, %24, !dbg !830
  %53 = add i32 %52, %27, !dbg !831
  %54 = add i32 %53, %31, !dbg !832
  %55 = add i32 %54, %36, !dbg !833
  %56 = add i32 %55, %39, !dbg !834
  %57 = add nsw i32 %56, %46, !dbg !835
  %58 = add nsw i32 %57, %47, !dbg !836
  %59 = add nsw i32 %58, %48, !dbg !837
  %60 = add nsw i32 %59, %49, !dbg !838
  %61 = add nsw i32 %60, %50, !dbg !839
  %62 = sext i32 %61 to i64, !dbg !840
  %63 = add nsw i64 %15, %62, !dbg !841
    #dbg_value(i64 %63, !770, !DIExpression(), !779)
  %64 = add nuw nsw i64 %14, 1, !dbg !842
    #dbg_value(i64 %64, !771, !DIExpression(), !781)
  %65 = icmp eq i64 %64, 10, !dbg !843
  br i1 %65, label %10, label %13, !dbg !844, !llvm.loop !845
}

; Function Attrs: nofree nounwind
declare !dbg !218 noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #13

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #14

; Function Attrs: nofree nounwind memory(readwrite, argmem: read, inaccessiblemem: read, target_mem0: read, target_mem1: read) uwtable
define internal void @_GLOBAL__sub_I_object_kinds.cpp() #15 section ".text.startup" !dbg !850 {
    #dbg_value(ptr poison, !853, !DIExpression(), !857)
  %1 = tail call ptr @getenv(ptr noundef nonnull @.str.4) #17, !dbg !861
  %2 = icmp eq ptr %1, null, !dbg !863
  %3 = select i1 %2, i32 41, i32 42, !dbg !864
  store i32 %3, ptr @_ZL7Counter, align 4, !dbg !865, !tbaa !574
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

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!566, !567, !568, !569, !570, !571, !572}
!llvm.ident = !{!573}
!llvm.errno.tbaa = !{!574}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "TLSCount", scope: !2, file: !3, line: 14, type: !6, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !13, imports: !58, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "object-kinds.cpp", directory: ".", checksumkind: CSK_MD5, checksum: "2f4ca7a2d79abf842771c5f59f318ced")
!4 = !{!5, !6, !7}
!5 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Init", file: !3, line: 20, size: 8, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !8, identifier: "_ZTS4Init")
!8 = !{!9}
!9 = !DISubprogram(name: "Init", linkageName: "_ZN4InitC4Ev", scope: !7, file: !3, line: 21, type: !10, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!10 = !DISubroutineType(types: !11)
!11 = !{null, !12}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!13 = !{!0, !14, !16, !18, !20, !22, !29, !34, !36, !38, !44, !46, !51, !56}
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(name: "TLSZero", scope: !2, file: !3, line: 15, type: !6, isLocal: false, isDefinition: true)
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(name: "CommonLike", scope: !2, file: !3, line: 16, type: !6, isLocal: false, isDefinition: true)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "weakData", scope: !2, file: !3, line: 17, type: !6, isLocal: false, isDefinition: true)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(name: "hiddenData", scope: !2, file: !3, line: 18, type: !6, isLocal: false, isDefinition: true)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !3, line: 19, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 48, elements: !27)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!26 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!27 = !{!28}
!28 = !DISubrange(count: 6)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !3, line: 19, type: !31, isLocal: true, isDefinition: true)
!31 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 40, elements: !32)
!32 = !{!33}
!33 = !DISubrange(count: 5)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(scope: null, file: !3, line: 19, type: !24, isLocal: true, isDefinition: true)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(scope: null, file: !3, line: 19, type: !24, isLocal: true, isDefinition: true)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "Names", scope: !2, file: !3, line: 19, type: !40, isLocal: false, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !41, size: 256, elements: !42)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!42 = !{!43}
!43 = !DISubrange(count: 4)
!44 = !DIGlobalVariableExpression(var: !45, expr: !DIExpression())
!45 = distinct !DIGlobalVariable(name: "TheInit", linkageName: "_ZL7TheInit", scope: !2, file: !3, line: 23, type: !7, isLocal: true, isDefinition: true)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(scope: null, file: !3, line: 25, type: !48, isLocal: true, isDefinition: true)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 168, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 21)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(scope: null, file: !3, line: 67, type: !53, isLocal: true, isDefinition: true)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 8)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "Counter", linkageName: "_ZL7Counter", scope: !2, file: !3, line: 13, type: !6, isLocal: true, isDefinition: true)
!58 = !{!59, !122, !128, !133, !137, !139, !141, !143, !145, !152, !157, !162, !166, !170, !174, !179, !183, !185, !189, !195, !199, !206, !208, !213, !217, !221, !223, !227, !231, !233, !237, !239, !241, !245, !249, !253, !257, !261, !265, !267, !273, !277, !281, !286, !288, !290, !294, !298, !299, !300, !301, !302, !303, !307, !311, !317, !321, !325, !330, !332, !337, !339, !343, !352, !354, !358, !362, !366, !370, !374, !378, !382, !386, !393, !397, !401, !403, !405, !409, !414, !420, !424, !428, !430, !437, !441, !448, !450, !454, !458, !462, !466, !471, !476, !481, !482, !483, !484, !486, !487, !488, !489, !490, !491, !492, !498, !502, !506, !510, !514, !518, !520, !522, !524, !528, !532, !536, !540, !544, !546, !548, !550, !554, !558, !562, !564}
!59 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !61, file: !121, line: 98)
!60 = !DINamespace(name: "std", scope: null)
!61 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !62, line: 7, baseType: !63)
!62 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!63 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !64, line: 49, size: 1728, flags: DIFlagTypePassByValue, elements: !65, identifier: "_ZTS8_IO_FILE")
!64 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!65 = !{!66, !67, !69, !70, !71, !72, !73, !74, !75, !76, !77, !78, !79, !82, !84, !85, !86, !90, !92, !94, !98, !101, !103, !106, !109, !110, !112, !116, !117}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !63, file: !64, line: 51, baseType: !6, size: 32)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !63, file: !64, line: 54, baseType: !68, size: 64, offset: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !26, size: 64)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !63, file: !64, line: 55, baseType: !68, size: 64, offset: 128)
!70 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !63, file: !64, line: 56, baseType: !68, size: 64, offset: 192)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !63, file: !64, line: 57, baseType: !68, size: 64, offset: 256)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !63, file: !64, line: 58, baseType: !68, size: 64, offset: 320)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !63, file: !64, line: 59, baseType: !68, size: 64, offset: 384)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !63, file: !64, line: 60, baseType: !68, size: 64, offset: 448)
!75 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !63, file: !64, line: 61, baseType: !68, size: 64, offset: 512)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !63, file: !64, line: 64, baseType: !68, size: 64, offset: 576)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !63, file: !64, line: 65, baseType: !68, size: 64, offset: 640)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !63, file: !64, line: 66, baseType: !68, size: 64, offset: 704)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !63, file: !64, line: 68, baseType: !80, size: 64, offset: 768)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !64, line: 36, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS10_IO_marker")
!82 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !63, file: !64, line: 70, baseType: !83, size: 64, offset: 832)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !63, file: !64, line: 72, baseType: !6, size: 32, offset: 896)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !63, file: !64, line: 73, baseType: !6, size: 32, offset: 928)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !63, file: !64, line: 74, baseType: !87, size: 64, offset: 960)
!87 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !88, line: 152, baseType: !89)
!88 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!89 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !63, file: !64, line: 77, baseType: !91, size: 16, offset: 1024)
!91 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !63, file: !64, line: 78, baseType: !93, size: 8, offset: 1040)
!93 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !63, file: !64, line: 79, baseType: !95, size: 8, offset: 1048)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 8, elements: !96)
!96 = !{!97}
!97 = !DISubrange(count: 1)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !63, file: !64, line: 81, baseType: !99, size: 64, offset: 1088)
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !100, size: 64)
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !64, line: 43, baseType: null)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !63, file: !64, line: 89, baseType: !102, size: 64, offset: 1152)
!102 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !88, line: 153, baseType: !89)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !63, file: !64, line: 91, baseType: !104, size: 64, offset: 1216)
!104 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !105, size: 64)
!105 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !64, line: 37, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS11_IO_codecvt")
!106 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !63, file: !64, line: 92, baseType: !107, size: 64, offset: 1280)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !108, size: 64)
!108 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !64, line: 38, flags: DIFlagFwdDecl | DIFlagNonTrivial, identifier: "_ZTS13_IO_wide_data")
!109 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !63, file: !64, line: 93, baseType: !83, size: 64, offset: 1344)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !63, file: !64, line: 94, baseType: !111, size: 64, offset: 1408)
!111 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!112 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !63, file: !64, line: 95, baseType: !113, size: 64, offset: 1472)
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !114, line: 18, baseType: !115)
!114 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!115 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !63, file: !64, line: 96, baseType: !6, size: 32, offset: 1536)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !63, file: !64, line: 98, baseType: !118, size: 160, offset: 1568)
!118 = !DICompositeType(tag: DW_TAG_array_type, baseType: !26, size: 160, elements: !119)
!119 = !{!120}
!120 = !DISubrange(count: 20)
!121 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstdio", directory: "")
!122 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !123, file: !121, line: 99)
!123 = !DIDerivedType(tag: DW_TAG_typedef, name: "fpos_t", file: !124, line: 84, baseType: !125)
!124 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!125 = !DIDerivedType(tag: DW_TAG_typedef, name: "__fpos_t", file: !126, line: 14, baseType: !127)
!126 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h", directory: "", checksumkind: CSK_MD5, checksum: "32de8bdaf3551a6c0a9394f9af4389ce")
!127 = !DICompositeType(tag: DW_TAG_structure_type, name: "_G_fpos_t", file: !126, line: 10, size: 128, flags: DIFlagFwdDecl, identifier: "_ZTS9_G_fpos_t")
!128 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !129, file: !121, line: 101)
!129 = !DISubprogram(name: "clearerr", scope: !124, file: !124, line: 786, type: !130, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!130 = !DISubroutineType(types: !131)
!131 = !{null, !132}
!132 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!133 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !134, file: !121, line: 102)
!134 = !DISubprogram(name: "fclose", scope: !124, file: !124, line: 178, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!135 = !DISubroutineType(types: !136)
!136 = !{!6, !132}
!137 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !138, file: !121, line: 103)
!138 = !DISubprogram(name: "feof", scope: !124, file: !124, line: 788, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!139 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !140, file: !121, line: 104)
!140 = !DISubprogram(name: "ferror", scope: !124, file: !124, line: 790, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!141 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !142, file: !121, line: 105)
!142 = !DISubprogram(name: "fflush", scope: !124, file: !124, line: 230, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!143 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !144, file: !121, line: 106)
!144 = !DISubprogram(name: "fgetc", scope: !124, file: !124, line: 513, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!145 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !146, file: !121, line: 107)
!146 = !DISubprogram(name: "fgetpos", scope: !124, file: !124, line: 760, type: !147, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!147 = !DISubroutineType(types: !148)
!148 = !{!6, !149, !150}
!149 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !132)
!150 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !151)
!151 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !123, size: 64)
!152 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !153, file: !121, line: 108)
!153 = !DISubprogram(name: "fgets", scope: !124, file: !124, line: 592, type: !154, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!154 = !DISubroutineType(types: !155)
!155 = !{!68, !156, !6, !149}
!156 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !68)
!157 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !158, file: !121, line: 109)
!158 = !DISubprogram(name: "fopen", scope: !124, file: !124, line: 258, type: !159, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!159 = !DISubroutineType(types: !160)
!160 = !{!132, !161, !161}
!161 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !41)
!162 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !163, file: !121, line: 110)
!163 = !DISubprogram(name: "fprintf", scope: !124, file: !124, line: 350, type: !164, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!164 = !DISubroutineType(types: !165)
!165 = !{!6, !149, !161, null}
!166 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !167, file: !121, line: 111)
!167 = !DISubprogram(name: "fputc", scope: !124, file: !124, line: 549, type: !168, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!168 = !DISubroutineType(types: !169)
!169 = !{!6, !6, !132}
!170 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !171, file: !121, line: 112)
!171 = !DISubprogram(name: "fputs", scope: !124, file: !124, line: 655, type: !172, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!172 = !DISubroutineType(types: !173)
!173 = !{!6, !161, !149}
!174 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !175, file: !121, line: 113)
!175 = !DISubprogram(name: "fread", scope: !124, file: !124, line: 675, type: !176, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!176 = !DISubroutineType(types: !177)
!177 = !{!113, !178, !113, !113, !149}
!178 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !111)
!179 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !180, file: !121, line: 114)
!180 = !DISubprogram(name: "freopen", scope: !124, file: !124, line: 265, type: !181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!181 = !DISubroutineType(types: !182)
!182 = !{!132, !161, !161, !149}
!183 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !184, file: !121, line: 115)
!184 = !DISubprogram(name: "fscanf", linkageName: "__isoc99_fscanf", scope: !124, file: !124, line: 434, type: !164, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!185 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !186, file: !121, line: 116)
!186 = !DISubprogram(name: "fseek", scope: !124, file: !124, line: 713, type: !187, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!187 = !DISubroutineType(types: !188)
!188 = !{!6, !132, !89, !6}
!189 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !190, file: !121, line: 117)
!190 = !DISubprogram(name: "fsetpos", scope: !124, file: !124, line: 765, type: !191, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!191 = !DISubroutineType(types: !192)
!192 = !{!6, !132, !193}
!193 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !194, size: 64)
!194 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !123)
!195 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !196, file: !121, line: 118)
!196 = !DISubprogram(name: "ftell", scope: !124, file: !124, line: 718, type: !197, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!197 = !DISubroutineType(types: !198)
!198 = !{!89, !132}
!199 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !200, file: !121, line: 119)
!200 = !DISubprogram(name: "fwrite", scope: !124, file: !124, line: 681, type: !201, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!201 = !DISubroutineType(types: !202)
!202 = !{!113, !203, !113, !113, !149}
!203 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !204)
!204 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !205, size: 64)
!205 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!206 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !207, file: !121, line: 120)
!207 = !DISubprogram(name: "getc", scope: !124, file: !124, line: 514, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!208 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !209, file: !121, line: 121)
!209 = !DISubprogram(name: "getchar", scope: !210, file: !210, line: 47, type: !211, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!210 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "c10e343656e7a2bf1044ef4e4442d902")
!211 = !DISubroutineType(types: !212)
!212 = !{!6}
!213 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !214, file: !121, line: 126)
!214 = !DISubprogram(name: "perror", scope: !124, file: !124, line: 804, type: !215, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!215 = !DISubroutineType(types: !216)
!216 = !{null, !41}
!217 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !218, file: !121, line: 127)
!218 = !DISubprogram(name: "printf", scope: !124, file: !124, line: 356, type: !219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!219 = !DISubroutineType(types: !220)
!220 = !{!6, !161, null}
!221 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !222, file: !121, line: 128)
!222 = !DISubprogram(name: "putc", scope: !124, file: !124, line: 550, type: !168, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!223 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !224, file: !121, line: 129)
!224 = !DISubprogram(name: "putchar", scope: !210, file: !210, line: 82, type: !225, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!225 = !DISubroutineType(types: !226)
!226 = !{!6, !6}
!227 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !228, file: !121, line: 130)
!228 = !DISubprogram(name: "puts", scope: !124, file: !124, line: 661, type: !229, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!229 = !DISubroutineType(types: !230)
!230 = !{!6, !41}
!231 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !232, file: !121, line: 131)
!232 = !DISubprogram(name: "remove", scope: !124, file: !124, line: 152, type: !229, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!233 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !234, file: !121, line: 132)
!234 = !DISubprogram(name: "rename", scope: !124, file: !124, line: 154, type: !235, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!235 = !DISubroutineType(types: !236)
!236 = !{!6, !41, !41}
!237 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !238, file: !121, line: 133)
!238 = !DISubprogram(name: "rewind", scope: !124, file: !124, line: 723, type: !130, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!239 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !240, file: !121, line: 134)
!240 = !DISubprogram(name: "scanf", linkageName: "__isoc99_scanf", scope: !124, file: !124, line: 437, type: !219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!241 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !242, file: !121, line: 135)
!242 = !DISubprogram(name: "setbuf", scope: !124, file: !124, line: 328, type: !243, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!243 = !DISubroutineType(types: !244)
!244 = !{null, !149, !156}
!245 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !246, file: !121, line: 136)
!246 = !DISubprogram(name: "setvbuf", scope: !124, file: !124, line: 332, type: !247, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!247 = !DISubroutineType(types: !248)
!248 = !{!6, !149, !156, !6, !113}
!249 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !250, file: !121, line: 137)
!250 = !DISubprogram(name: "sprintf", scope: !124, file: !124, line: 358, type: !251, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!251 = !DISubroutineType(types: !252)
!252 = !{!6, !156, !161, null}
!253 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !254, file: !121, line: 138)
!254 = !DISubprogram(name: "sscanf", linkageName: "__isoc99_sscanf", scope: !124, file: !124, line: 439, type: !255, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!255 = !DISubroutineType(types: !256)
!256 = !{!6, !161, !161, null}
!257 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !258, file: !121, line: 139)
!258 = !DISubprogram(name: "tmpfile", scope: !124, file: !124, line: 188, type: !259, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!259 = !DISubroutineType(types: !260)
!260 = !{!132}
!261 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !262, file: !121, line: 141)
!262 = !DISubprogram(name: "tmpnam", scope: !124, file: !124, line: 205, type: !263, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!263 = !DISubroutineType(types: !264)
!264 = !{!68, !68}
!265 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !266, file: !121, line: 143)
!266 = !DISubprogram(name: "ungetc", scope: !124, file: !124, line: 668, type: !168, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!267 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !268, file: !121, line: 144)
!268 = !DISubprogram(name: "vfprintf", scope: !124, file: !124, line: 365, type: !269, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!269 = !DISubroutineType(types: !270)
!270 = !{!6, !149, !161, !271}
!271 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !272, size: 64)
!272 = !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", file: !3, size: 192, flags: DIFlagFwdDecl, identifier: "_ZTS13__va_list_tag")
!273 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !274, file: !121, line: 145)
!274 = !DISubprogram(name: "vprintf", scope: !210, file: !210, line: 39, type: !275, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!275 = !DISubroutineType(types: !276)
!276 = !{!6, !161, !271}
!277 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !278, file: !121, line: 146)
!278 = !DISubprogram(name: "vsprintf", scope: !124, file: !124, line: 373, type: !279, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!279 = !DISubroutineType(types: !280)
!280 = !{!6, !156, !161, !271}
!281 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !283, file: !121, line: 175)
!282 = !DINamespace(name: "__gnu_cxx", scope: null)
!283 = !DISubprogram(name: "snprintf", scope: !124, file: !124, line: 378, type: !284, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!284 = !DISubroutineType(types: !285)
!285 = !{!6, !156, !113, !161, null}
!286 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !287, file: !121, line: 176)
!287 = !DISubprogram(name: "vfscanf", linkageName: "__isoc99_vfscanf", scope: !124, file: !124, line: 479, type: !269, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!288 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !289, file: !121, line: 177)
!289 = !DISubprogram(name: "vscanf", linkageName: "__isoc99_vscanf", scope: !124, file: !124, line: 484, type: !275, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!290 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !291, file: !121, line: 178)
!291 = !DISubprogram(name: "vsnprintf", scope: !124, file: !124, line: 382, type: !292, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!292 = !DISubroutineType(types: !293)
!293 = !{!6, !156, !113, !161, !271}
!294 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !295, file: !121, line: 179)
!295 = !DISubprogram(name: "vsscanf", linkageName: "__isoc99_vsscanf", scope: !124, file: !124, line: 487, type: !296, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!296 = !DISubroutineType(types: !297)
!297 = !{!6, !161, !161, !271}
!298 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !283, file: !121, line: 185)
!299 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !287, file: !121, line: 186)
!300 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !289, file: !121, line: 187)
!301 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !291, file: !121, line: 188)
!302 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !295, file: !121, line: 189)
!303 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !304, file: !306, line: 52)
!304 = !DISubprogram(name: "abs", scope: !305, file: !305, line: 861, type: !225, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!305 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!306 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/std_abs.h", directory: "")
!307 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !308, file: !310, line: 127)
!308 = !DIDerivedType(tag: DW_TAG_typedef, name: "div_t", file: !305, line: 63, baseType: !309)
!309 = !DICompositeType(tag: DW_TAG_structure_type, file: !305, line: 59, size: 64, flags: DIFlagFwdDecl, identifier: "_ZTS5div_t")
!310 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstdlib", directory: "")
!311 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !312, file: !310, line: 128)
!312 = !DIDerivedType(tag: DW_TAG_typedef, name: "ldiv_t", file: !305, line: 71, baseType: !313)
!313 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !305, line: 67, size: 128, flags: DIFlagTypePassByValue, elements: !314, identifier: "_ZTS6ldiv_t")
!314 = !{!315, !316}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "quot", scope: !313, file: !305, line: 69, baseType: !89, size: 64)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "rem", scope: !313, file: !305, line: 70, baseType: !89, size: 64, offset: 64)
!317 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !318, file: !310, line: 130)
!318 = !DISubprogram(name: "abort", scope: !305, file: !305, line: 611, type: !319, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!319 = !DISubroutineType(types: !320)
!320 = !{null}
!321 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !322, file: !310, line: 132)
!322 = !DISubprogram(name: "aligned_alloc", scope: !305, file: !305, line: 605, type: !323, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!323 = !DISubroutineType(types: !324)
!324 = !{!111, !113, !113}
!325 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !326, file: !310, line: 134)
!326 = !DISubprogram(name: "atexit", scope: !305, file: !305, line: 615, type: !327, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!327 = !DISubroutineType(types: !328)
!328 = !{!6, !329}
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !319, size: 64)
!330 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !331, file: !310, line: 137)
!331 = !DISubprogram(name: "at_quick_exit", scope: !305, file: !305, line: 620, type: !327, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!332 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !333, file: !310, line: 140)
!333 = !DISubprogram(name: "atof", scope: !334, file: !334, line: 25, type: !335, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!334 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdlib-float.h", directory: "", checksumkind: CSK_MD5, checksum: "adfe1626ff4efc68ac58c367ff5f206b")
!335 = !DISubroutineType(types: !336)
!336 = !{!5, !41}
!337 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !338, file: !310, line: 141)
!338 = !DISubprogram(name: "atoi", scope: !305, file: !305, line: 362, type: !229, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!339 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !340, file: !310, line: 142)
!340 = !DISubprogram(name: "atol", scope: !305, file: !305, line: 367, type: !341, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!341 = !DISubroutineType(types: !342)
!342 = !{!89, !41}
!343 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !344, file: !310, line: 143)
!344 = !DISubprogram(name: "bsearch", scope: !345, file: !345, line: 20, type: !346, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!345 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h", directory: "", checksumkind: CSK_MD5, checksum: "724ededa330cc3e0cbd34c5b4030a6f6")
!346 = !DISubroutineType(types: !347)
!347 = !{!111, !204, !204, !113, !113, !348}
!348 = !DIDerivedType(tag: DW_TAG_typedef, name: "__compar_fn_t", file: !305, line: 829, baseType: !349)
!349 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !350, size: 64)
!350 = !DISubroutineType(types: !351)
!351 = !{!6, !204, !204}
!352 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !353, file: !310, line: 144)
!353 = !DISubprogram(name: "calloc", scope: !305, file: !305, line: 556, type: !323, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!354 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !355, file: !310, line: 145)
!355 = !DISubprogram(name: "div", scope: !305, file: !305, line: 873, type: !356, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!356 = !DISubroutineType(types: !357)
!357 = !{!308, !6, !6}
!358 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !359, file: !310, line: 146)
!359 = !DISubprogram(name: "exit", scope: !305, file: !305, line: 637, type: !360, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!360 = !DISubroutineType(types: !361)
!361 = !{null, !6}
!362 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !363, file: !310, line: 147)
!363 = !DISubprogram(name: "free", scope: !305, file: !305, line: 568, type: !364, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!364 = !DISubroutineType(types: !365)
!365 = !{null, !111}
!366 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !367, file: !310, line: 148)
!367 = !DISubprogram(name: "getenv", scope: !305, file: !305, line: 654, type: !368, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!368 = !DISubroutineType(types: !369)
!369 = !{!68, !41}
!370 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !371, file: !310, line: 149)
!371 = !DISubprogram(name: "labs", scope: !305, file: !305, line: 862, type: !372, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!372 = !DISubroutineType(types: !373)
!373 = !{!89, !89}
!374 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !375, file: !310, line: 150)
!375 = !DISubprogram(name: "ldiv", scope: !305, file: !305, line: 875, type: !376, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!376 = !DISubroutineType(types: !377)
!377 = !{!312, !89, !89}
!378 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !379, file: !310, line: 151)
!379 = !DISubprogram(name: "malloc", scope: !305, file: !305, line: 553, type: !380, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!380 = !DISubroutineType(types: !381)
!381 = !{!111, !113}
!382 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !383, file: !310, line: 153)
!383 = !DISubprogram(name: "mblen", scope: !305, file: !305, line: 943, type: !384, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!384 = !DISubroutineType(types: !385)
!385 = !{!6, !41, !113}
!386 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !387, file: !310, line: 154)
!387 = !DISubprogram(name: "mbstowcs", scope: !305, file: !305, line: 954, type: !388, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!388 = !DISubroutineType(types: !389)
!389 = !{!113, !390, !161, !113}
!390 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !391)
!391 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !392, size: 64)
!392 = !DIBasicType(name: "wchar_t", size: 32, encoding: DW_ATE_signed)
!393 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !394, file: !310, line: 155)
!394 = !DISubprogram(name: "mbtowc", scope: !305, file: !305, line: 946, type: !395, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!395 = !DISubroutineType(types: !396)
!396 = !{!6, !390, !161, !113}
!397 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !398, file: !310, line: 157)
!398 = !DISubprogram(name: "qsort", scope: !305, file: !305, line: 851, type: !399, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!399 = !DISubroutineType(types: !400)
!400 = !{null, !111, !113, !113, !348}
!401 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !402, file: !310, line: 160)
!402 = !DISubprogram(name: "quick_exit", scope: !305, file: !305, line: 643, type: !360, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!403 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !404, file: !310, line: 163)
!404 = !DISubprogram(name: "rand", scope: !305, file: !305, line: 454, type: !211, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!405 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !406, file: !310, line: 164)
!406 = !DISubprogram(name: "realloc", scope: !305, file: !305, line: 564, type: !407, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!407 = !DISubroutineType(types: !408)
!408 = !{!111, !111, !113}
!409 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !410, file: !310, line: 165)
!410 = !DISubprogram(name: "srand", scope: !305, file: !305, line: 456, type: !411, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!411 = !DISubroutineType(types: !412)
!412 = !{null, !413}
!413 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!414 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !415, file: !310, line: 166)
!415 = !DISubprogram(name: "strtod", scope: !305, file: !305, line: 118, type: !416, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!416 = !DISubroutineType(types: !417)
!417 = !{!5, !161, !418}
!418 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !419)
!419 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64)
!420 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !421, file: !310, line: 167)
!421 = !DISubprogram(name: "strtol", scope: !305, file: !305, line: 177, type: !422, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!422 = !DISubroutineType(types: !423)
!423 = !{!89, !161, !418, !6}
!424 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !425, file: !310, line: 168)
!425 = !DISubprogram(name: "strtoul", scope: !305, file: !305, line: 181, type: !426, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!426 = !DISubroutineType(types: !427)
!427 = !{!115, !161, !418, !6}
!428 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !429, file: !310, line: 169)
!429 = !DISubprogram(name: "system", scope: !305, file: !305, line: 804, type: !229, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!430 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !431, file: !310, line: 171)
!431 = !DISubprogram(name: "wcstombs", scope: !305, file: !305, line: 958, type: !432, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!432 = !DISubroutineType(types: !433)
!433 = !{!113, !156, !434, !113}
!434 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !435)
!435 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !436, size: 64)
!436 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !392)
!437 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !438, file: !310, line: 172)
!438 = !DISubprogram(name: "wctomb", scope: !305, file: !305, line: 950, type: !439, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!439 = !DISubroutineType(types: !440)
!440 = !{!6, !68, !392}
!441 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !442, file: !310, line: 200)
!442 = !DIDerivedType(tag: DW_TAG_typedef, name: "lldiv_t", file: !305, line: 81, baseType: !443)
!443 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !305, line: 77, size: 128, flags: DIFlagTypePassByValue, elements: !444, identifier: "_ZTS7lldiv_t")
!444 = !{!445, !447}
!445 = !DIDerivedType(tag: DW_TAG_member, name: "quot", scope: !443, file: !305, line: 79, baseType: !446, size: 64)
!446 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!447 = !DIDerivedType(tag: DW_TAG_member, name: "rem", scope: !443, file: !305, line: 80, baseType: !446, size: 64, offset: 64)
!448 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !449, file: !310, line: 206)
!449 = !DISubprogram(name: "_Exit", scope: !305, file: !305, line: 649, type: !360, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!450 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !451, file: !310, line: 210)
!451 = !DISubprogram(name: "llabs", scope: !305, file: !305, line: 865, type: !452, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!452 = !DISubroutineType(types: !453)
!453 = !{!446, !446}
!454 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !455, file: !310, line: 216)
!455 = !DISubprogram(name: "lldiv", scope: !305, file: !305, line: 879, type: !456, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!456 = !DISubroutineType(types: !457)
!457 = !{!442, !446, !446}
!458 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !459, file: !310, line: 227)
!459 = !DISubprogram(name: "atoll", scope: !305, file: !305, line: 374, type: !460, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!460 = !DISubroutineType(types: !461)
!461 = !{!446, !41}
!462 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !463, file: !310, line: 228)
!463 = !DISubprogram(name: "strtoll", scope: !305, file: !305, line: 201, type: !464, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!464 = !DISubroutineType(types: !465)
!465 = !{!446, !161, !418, !6}
!466 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !467, file: !310, line: 229)
!467 = !DISubprogram(name: "strtoull", scope: !305, file: !305, line: 206, type: !468, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!468 = !DISubroutineType(types: !469)
!469 = !{!470, !161, !418, !6}
!470 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!471 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !472, file: !310, line: 231)
!472 = !DISubprogram(name: "strtof", scope: !305, file: !305, line: 124, type: !473, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!473 = !DISubroutineType(types: !474)
!474 = !{!475, !161, !418}
!475 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!476 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !282, entity: !477, file: !310, line: 232)
!477 = !DISubprogram(name: "strtold", scope: !305, file: !305, line: 127, type: !478, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!478 = !DISubroutineType(types: !479)
!479 = !{!480, !161, !418}
!480 = !DIBasicType(name: "long double", size: 128, encoding: DW_ATE_float)
!481 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !442, file: !310, line: 240)
!482 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !449, file: !310, line: 242)
!483 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !451, file: !310, line: 244)
!484 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !485, file: !310, line: 245)
!485 = !DISubprogram(name: "div", linkageName: "_ZN9__gnu_cxx3divExx", scope: !282, file: !310, line: 213, type: !456, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!486 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !455, file: !310, line: 246)
!487 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !459, file: !310, line: 248)
!488 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !472, file: !310, line: 249)
!489 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !463, file: !310, line: 250)
!490 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !467, file: !310, line: 251)
!491 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !477, file: !310, line: 252)
!492 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !493, file: !497, line: 77)
!493 = !DISubprogram(name: "memchr", scope: !494, file: !494, line: 100, type: !495, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!494 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!495 = !DISubroutineType(types: !496)
!496 = !{!204, !204, !6, !113}
!497 = !DIFile(filename: "/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/cstring", directory: "")
!498 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !499, file: !497, line: 78)
!499 = !DISubprogram(name: "memcmp", scope: !494, file: !494, line: 64, type: !500, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!500 = !DISubroutineType(types: !501)
!501 = !{!6, !204, !204, !113}
!502 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !503, file: !497, line: 79)
!503 = !DISubprogram(name: "memcpy", scope: !494, file: !494, line: 43, type: !504, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!504 = !DISubroutineType(types: !505)
!505 = !{!111, !178, !203, !113}
!506 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !507, file: !497, line: 80)
!507 = !DISubprogram(name: "memmove", scope: !494, file: !494, line: 47, type: !508, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!508 = !DISubroutineType(types: !509)
!509 = !{!111, !111, !204, !113}
!510 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !511, file: !497, line: 81)
!511 = !DISubprogram(name: "memset", scope: !494, file: !494, line: 61, type: !512, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!512 = !DISubroutineType(types: !513)
!513 = !{!111, !111, !6, !113}
!514 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !515, file: !497, line: 82)
!515 = !DISubprogram(name: "strcat", scope: !494, file: !494, line: 149, type: !516, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!516 = !DISubroutineType(types: !517)
!517 = !{!68, !156, !161}
!518 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !519, file: !497, line: 83)
!519 = !DISubprogram(name: "strcmp", scope: !494, file: !494, line: 156, type: !235, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!520 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !521, file: !497, line: 84)
!521 = !DISubprogram(name: "strcoll", scope: !494, file: !494, line: 163, type: !235, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!522 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !523, file: !497, line: 85)
!523 = !DISubprogram(name: "strcpy", scope: !494, file: !494, line: 141, type: !516, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!524 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !525, file: !497, line: 86)
!525 = !DISubprogram(name: "strcspn", scope: !494, file: !494, line: 293, type: !526, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!526 = !DISubroutineType(types: !527)
!527 = !{!113, !41, !41}
!528 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !529, file: !497, line: 87)
!529 = !DISubprogram(name: "strerror", scope: !494, file: !494, line: 419, type: !530, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!530 = !DISubroutineType(types: !531)
!531 = !{!68, !6}
!532 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !533, file: !497, line: 88)
!533 = !DISubprogram(name: "strlen", scope: !494, file: !494, line: 407, type: !534, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!534 = !DISubroutineType(types: !535)
!535 = !{!113, !41}
!536 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !537, file: !497, line: 89)
!537 = !DISubprogram(name: "strncat", scope: !494, file: !494, line: 152, type: !538, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!538 = !DISubroutineType(types: !539)
!539 = !{!68, !156, !161, !113}
!540 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !541, file: !497, line: 90)
!541 = !DISubprogram(name: "strncmp", scope: !494, file: !494, line: 159, type: !542, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!542 = !DISubroutineType(types: !543)
!543 = !{!6, !41, !41, !113}
!544 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !545, file: !497, line: 91)
!545 = !DISubprogram(name: "strncpy", scope: !494, file: !494, line: 144, type: !538, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!546 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !547, file: !497, line: 92)
!547 = !DISubprogram(name: "strspn", scope: !494, file: !494, line: 297, type: !526, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!548 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !549, file: !497, line: 93)
!549 = !DISubprogram(name: "strtok", scope: !494, file: !494, line: 356, type: !516, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!550 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !551, file: !497, line: 94)
!551 = !DISubprogram(name: "strxfrm", scope: !494, file: !494, line: 166, type: !552, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!552 = !DISubroutineType(types: !553)
!553 = !{!113, !156, !161, !113}
!554 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !555, file: !497, line: 95)
!555 = !DISubprogram(name: "strchr", scope: !494, file: !494, line: 239, type: !556, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!556 = !DISubroutineType(types: !557)
!557 = !{!41, !41, !6}
!558 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !559, file: !497, line: 96)
!559 = !DISubprogram(name: "strpbrk", scope: !494, file: !494, line: 316, type: !560, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!560 = !DISubroutineType(types: !561)
!561 = !{!41, !41, !41}
!562 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !563, file: !497, line: 97)
!563 = !DISubprogram(name: "strrchr", scope: !494, file: !494, line: 266, type: !556, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!564 = !DIImportedEntity(tag: DW_TAG_imported_declaration, scope: !60, entity: !565, file: !497, line: 98)
!565 = !DISubprogram(name: "strstr", scope: !494, file: !494, line: 343, type: !560, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!566 = !{i32 7, !"Dwarf Version", i32 5}
!567 = !{i32 2, !"Debug Info Version", i32 3}
!568 = !{i32 1, !"wchar_size", i32 4}
!569 = !{i32 8, !"PIC Level", i32 2}
!570 = !{i32 7, !"PIE Level", i32 2}
!571 = !{i32 7, !"uwtable", i32 2}
!572 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!573 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!574 = !{!575, !575, i64 0}
!575 = !{!"int", !576, i64 0}
!576 = !{!"omnipotent char", !577, i64 0}
!577 = !{!"Simple C++ TBAA"}
!578 = distinct !DISubprogram(name: "early", linkageName: "_ZL5earlyv", scope: !3, file: !3, line: 24, type: !319, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, keyInstructions: true)
!579 = !DILocation(line: 25, column: 19, scope: !578)
!580 = !DILocation(line: 25, column: 50, scope: !578)
!581 = !DILocation(line: 25, column: 16, scope: !578)
!582 = !DILocation(line: 25, column: 11, scope: !578)
!583 = !DILocation(line: 25, column: 11, scope: !578, atomGroup: 2, atomRank: 2)
!584 = !DILocation(line: 25, column: 11, scope: !578, atomGroup: 2, atomRank: 1)
!585 = !DILocation(line: 26, column: 1, scope: !578, atomGroup: 3, atomRank: 1)
!586 = distinct !DISubprogram(name: "weakFn", linkageName: "_Z6weakFni", scope: !3, file: !3, line: 39, type: !225, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !587, keyInstructions: true)
!587 = !{!588}
!588 = !DILocalVariable(name: "X", arg: 1, scope: !586, file: !3, line: 39, type: !6)
!589 = !DILocation(line: 0, scope: !586)
!590 = !DILocation(line: 39, column: 52, scope: !586, atomGroup: 1, atomRank: 2)
!591 = !DILocation(line: 39, column: 43, scope: !586, atomGroup: 1, atomRank: 1)
!592 = distinct !DISubprogram(name: "aliasTarget", scope: !3, file: !3, line: 40, type: !225, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !593, keyInstructions: true)
!593 = !{!594}
!594 = !DILocalVariable(name: "X", arg: 1, scope: !592, file: !3, line: 40, type: !6)
!595 = !DILocation(line: 0, scope: !592)
!596 = !DILocation(line: 40, column: 44, scope: !592)
!597 = !DILocation(line: 40, column: 54, scope: !592, atomGroup: 1, atomRank: 2)
!598 = !DILocation(line: 40, column: 37, scope: !592, atomGroup: 1, atomRank: 1)
!599 = distinct !DISubprogram(name: "helper", linkageName: "_ZL6helperi", scope: !3, file: !3, line: 27, type: !225, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !600, keyInstructions: true)
!600 = !{!601}
!601 = !DILocalVariable(name: "X", arg: 1, scope: !599, file: !3, line: 27, type: !6)
!602 = !DILocation(line: 0, scope: !599)
!603 = !DILocation(line: 28, column: 13, scope: !599, atomGroup: 1, atomRank: 2)
!604 = !DILocation(line: 28, column: 3, scope: !599, atomGroup: 1, atomRank: 1)
!605 = !DILocation(line: 29, column: 20, scope: !606, atomGroup: 2, atomRank: 2)
!606 = distinct !DILexicalBlock(scope: !599, file: !3, line: 28, column: 18)
!607 = !DILocation(line: 29, column: 11, scope: !606, atomGroup: 2, atomRank: 1)
!608 = !DILocation(line: 30, column: 20, scope: !606, atomGroup: 3, atomRank: 2)
!609 = !DILocation(line: 30, column: 11, scope: !606, atomGroup: 3, atomRank: 1)
!610 = !DILocation(line: 31, column: 20, scope: !606, atomGroup: 4, atomRank: 2)
!611 = !DILocation(line: 31, column: 11, scope: !606, atomGroup: 4, atomRank: 1)
!612 = !DILocation(line: 32, column: 20, scope: !606, atomGroup: 5, atomRank: 2)
!613 = !DILocation(line: 32, column: 11, scope: !606, atomGroup: 5, atomRank: 1)
!614 = !DILocation(line: 33, column: 20, scope: !606, atomGroup: 6, atomRank: 2)
!615 = !DILocation(line: 33, column: 11, scope: !606, atomGroup: 6, atomRank: 1)
!616 = !DILocation(line: 34, column: 20, scope: !606, atomGroup: 7, atomRank: 2)
!617 = !DILocation(line: 34, column: 11, scope: !606, atomGroup: 7, atomRank: 1)
!618 = !DILocation(line: 35, column: 18, scope: !606, atomGroup: 8, atomRank: 2)
!619 = !DILocation(line: 35, column: 11, scope: !606, atomGroup: 8, atomRank: 1)
!620 = !DILocation(line: 0, scope: !606)
!621 = !DILocation(line: 38, column: 1, scope: !599, atomGroup: 10, atomRank: 1)
!622 = distinct !DISubprogram(name: "useBoxes", linkageName: "_Z8useBoxesi", scope: !3, file: !3, line: 42, type: !225, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !623, keyInstructions: true)
!623 = !{!624, !625, !636, !647}
!624 = !DILocalVariable(name: "X", arg: 1, scope: !622, file: !3, line: 42, type: !6)
!625 = !DILocalVariable(name: "A", scope: !622, file: !3, line: 43, type: !626)
!626 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Box<int>", file: !3, line: 9, size: 32, flags: DIFlagTypePassByValue, elements: !627, templateParams: !634, identifier: "_ZTS3BoxIiE")
!627 = !{!628, !629}
!628 = !DIDerivedType(tag: DW_TAG_member, name: "V", scope: !626, file: !3, line: 10, baseType: !6, size: 32)
!629 = !DISubprogram(name: "get", linkageName: "_ZNK3BoxIiE3getEv", scope: !626, file: !3, line: 11, type: !630, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!630 = !DISubroutineType(types: !631)
!631 = !{!6, !632}
!632 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !633, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!633 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !626)
!634 = !{!635}
!635 = !DITemplateTypeParameter(name: "T", type: !6)
!636 = !DILocalVariable(name: "B", scope: !622, file: !3, line: 44, type: !637)
!637 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Box<long>", file: !3, line: 9, size: 64, flags: DIFlagTypePassByValue, elements: !638, templateParams: !645, identifier: "_ZTS3BoxIlE")
!638 = !{!639, !640}
!639 = !DIDerivedType(tag: DW_TAG_member, name: "V", scope: !637, file: !3, line: 10, baseType: !89, size: 64)
!640 = !DISubprogram(name: "get", linkageName: "_ZNK3BoxIlE3getEv", scope: !637, file: !3, line: 11, type: !641, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!641 = !DISubroutineType(types: !642)
!642 = !{!89, !643}
!643 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !644, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!644 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !637)
!645 = !{!646}
!646 = !DITemplateTypeParameter(name: "T", type: !89)
!647 = !DILocalVariable(name: "C", scope: !622, file: !3, line: 45, type: !648)
!648 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "Box<double>", file: !3, line: 9, size: 64, flags: DIFlagTypePassByValue, elements: !649, templateParams: !656, identifier: "_ZTS3BoxIdE")
!649 = !{!650, !651}
!650 = !DIDerivedType(tag: DW_TAG_member, name: "V", scope: !648, file: !3, line: 10, baseType: !5, size: 64)
!651 = !DISubprogram(name: "get", linkageName: "_ZNK3BoxIdE3getEv", scope: !648, file: !3, line: 11, type: !652, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!652 = !DISubroutineType(types: !653)
!653 = !{!5, !654}
!654 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !655, size: 64, flags: DIFlagArtificial | DIFlagObjectPointer)
!655 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !648)
!656 = !{!657}
!657 = !DITemplateTypeParameter(name: "T", type: !5)
!658 = distinct !DIAssignID()
!659 = !DILocation(line: 0, scope: !622)
!660 = distinct !DIAssignID()
!661 = distinct !DIAssignID()
!662 = !DILocation(line: 43, column: 3, scope: !622)
!663 = !DILocation(line: 43, column: 13, scope: !622, atomGroup: 1, atomRank: 1)
!664 = !{!665, !575, i64 0}
!665 = !{!"_ZTS3BoxIiE", !575, i64 0}
!666 = distinct !DIAssignID()
!667 = !DILocation(line: 44, column: 3, scope: !622)
!668 = !DILocation(line: 44, column: 15, scope: !622, atomGroup: 2, atomRank: 2)
!669 = !DILocation(line: 44, column: 14, scope: !622, atomGroup: 2, atomRank: 1)
!670 = !{!671, !672, i64 0}
!671 = !{!"_ZTS3BoxIlE", !672, i64 0}
!672 = !{!"long", !576, i64 0}
!673 = distinct !DIAssignID()
!674 = !DILocation(line: 45, column: 3, scope: !622)
!675 = !DILocation(line: 45, column: 24, scope: !622, atomGroup: 3, atomRank: 2)
!676 = !DILocation(line: 45, column: 16, scope: !622, atomGroup: 3, atomRank: 1)
!677 = !{!678, !679, i64 0}
!678 = !{!"_ZTS3BoxIdE", !679, i64 0}
!679 = !{!"double", !576, i64 0}
!680 = distinct !DIAssignID()
!681 = !DILocation(line: 46, column: 12, scope: !622)
!682 = !DILocation(line: 46, column: 26, scope: !622)
!683 = !DILocation(line: 46, column: 24, scope: !622)
!684 = !DILocation(line: 46, column: 18, scope: !622)
!685 = !DILocation(line: 46, column: 41, scope: !622)
!686 = !DILocation(line: 46, column: 39, scope: !622)
!687 = !DILocation(line: 46, column: 33, scope: !622, atomGroup: 5, atomRank: 2)
!688 = !DILocation(line: 47, column: 1, scope: !622)
!689 = !DILocation(line: 46, column: 3, scope: !622, atomGroup: 5, atomRank: 1)
!690 = distinct !DISubprogram(name: "get", linkageName: "_ZNK3BoxIiE3getEv", scope: !626, file: !3, line: 11, type: !630, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, declaration: !629, retainedNodes: !691, keyInstructions: true)
!691 = !{!692}
!692 = !DILocalVariable(name: "this", arg: 1, scope: !690, type: !693, flags: DIFlagArtificial | DIFlagObjectPointer)
!693 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !633, size: 64)
!694 = !DILocation(line: 0, scope: !690)
!695 = !DILocation(line: 11, column: 52, scope: !690)
!696 = !DILocation(line: 11, column: 54, scope: !690)
!697 = !DILocation(line: 11, column: 58, scope: !690, atomGroup: 1, atomRank: 2)
!698 = !DILocation(line: 11, column: 45, scope: !690, atomGroup: 1, atomRank: 1)
!699 = distinct !DISubprogram(name: "get", linkageName: "_ZNK3BoxIlE3getEv", scope: !637, file: !3, line: 11, type: !641, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, declaration: !640, retainedNodes: !700, keyInstructions: true)
!700 = !{!701}
!701 = !DILocalVariable(name: "this", arg: 1, scope: !699, type: !702, flags: DIFlagArtificial | DIFlagObjectPointer)
!702 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !644, size: 64)
!703 = !DILocation(line: 0, scope: !699)
!704 = !DILocation(line: 11, column: 52, scope: !699)
!705 = !DILocation(line: 11, column: 54, scope: !699)
!706 = !DILocation(line: 11, column: 58, scope: !699, atomGroup: 1, atomRank: 2)
!707 = !DILocation(line: 11, column: 45, scope: !699, atomGroup: 1, atomRank: 1)
!708 = distinct !DISubprogram(name: "get", linkageName: "_ZNK3BoxIdE3getEv", scope: !648, file: !3, line: 11, type: !652, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, declaration: !651, retainedNodes: !709, keyInstructions: true)
!709 = !{!710}
!710 = !DILocalVariable(name: "this", arg: 1, scope: !708, type: !711, flags: DIFlagArtificial | DIFlagObjectPointer)
!711 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !655, size: 64)
!712 = !DILocation(line: 0, scope: !708)
!713 = !DILocation(line: 11, column: 52, scope: !708)
!714 = !DILocation(line: 11, column: 58, scope: !708, atomGroup: 1, atomRank: 2)
!715 = !DILocation(line: 11, column: 45, scope: !708, atomGroup: 1, atomRank: 1)
!716 = distinct !DISubprogram(name: "useTLS", linkageName: "_Z6useTLSi", scope: !3, file: !3, line: 48, type: !225, scopeLine: 48, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !717, keyInstructions: true)
!717 = !{!718}
!718 = !DILocalVariable(name: "X", arg: 1, scope: !716, file: !3, line: 48, type: !6)
!719 = !DILocation(line: 0, scope: !716)
!720 = !DILocation(line: 49, column: 3, scope: !716)
!721 = !DILocation(line: 49, column: 12, scope: !716)
!722 = !DILocation(line: 49, column: 12, scope: !716, atomGroup: 1, atomRank: 2)
!723 = !DILocation(line: 49, column: 12, scope: !716, atomGroup: 1, atomRank: 1)
!724 = !DILocation(line: 50, column: 16, scope: !716)
!725 = !DILocation(line: 50, column: 3, scope: !716)
!726 = !DILocation(line: 50, column: 11, scope: !716)
!727 = !DILocation(line: 50, column: 11, scope: !716, atomGroup: 2, atomRank: 2)
!728 = !DILocation(line: 50, column: 11, scope: !716, atomGroup: 2, atomRank: 1)
!729 = !DILocation(line: 51, column: 19, scope: !716, atomGroup: 3, atomRank: 2)
!730 = !DILocation(line: 51, column: 3, scope: !716, atomGroup: 3, atomRank: 1)
!731 = distinct !DISubprogram(name: "useStrings", linkageName: "_Z10useStringsi", scope: !3, file: !3, line: 53, type: !225, scopeLine: 53, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !732, keyInstructions: true)
!732 = !{!733, !734}
!733 = !DILocalVariable(name: "X", arg: 1, scope: !731, file: !3, line: 53, type: !6)
!734 = !DILocalVariable(name: "S", scope: !731, file: !3, line: 54, type: !41)
!735 = !DILocation(line: 0, scope: !731)
!736 = !DILocation(line: 54, column: 27, scope: !731)
!737 = !DILocation(line: 54, column: 19, scope: !731)
!738 = !DILocation(line: 54, column: 19, scope: !731, atomGroup: 1, atomRank: 2)
!739 = !{!740, !740, i64 0}
!740 = !{!"p1 omnipotent char", !741, i64 0}
!741 = !{!"any pointer", !576, i64 0}
!742 = !DILocation(line: 55, column: 14, scope: !731)
!743 = !DILocation(line: 55, column: 28, scope: !731)
!744 = !DILocation(line: 55, column: 46, scope: !731)
!745 = !DILocation(line: 55, column: 25, scope: !731, atomGroup: 3, atomRank: 2)
!746 = !DILocation(line: 55, column: 3, scope: !731, atomGroup: 3, atomRank: 1)
!747 = distinct !DISubprogram(name: "takesAddress", linkageName: "_Z12takesAddressi", scope: !3, file: !3, line: 57, type: !225, scopeLine: 57, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !748, keyInstructions: true)
!748 = !{!749, !750}
!749 = !DILocalVariable(name: "X", arg: 1, scope: !747, file: !3, line: 57, type: !6)
!750 = !DILocalVariable(name: "Fs", scope: !747, file: !3, line: 58, type: !751)
!751 = !DICompositeType(tag: DW_TAG_array_type, baseType: !752, size: 192, elements: !753)
!752 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !225, size: 64)
!753 = !{!754}
!754 = !DISubrange(count: 3)
!755 = distinct !DIAssignID()
!756 = !DILocation(line: 0, scope: !747)
!757 = distinct !DIAssignID()
!758 = !DILocation(line: 59, column: 15, scope: !747)
!759 = !DILocation(line: 59, column: 10, scope: !747)
!760 = !{!741, !741, i64 0}
!761 = !DILocation(line: 59, column: 10, scope: !747, atomGroup: 3, atomRank: 2)
!762 = !DILocation(line: 59, column: 3, scope: !747, atomGroup: 3, atomRank: 1)
!763 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 61, type: !764, scopeLine: 61, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !766, keyInstructions: true)
!764 = !DISubroutineType(types: !765)
!765 = !{!6, !6, !419}
!766 = !{!767, !768, !769, !770, !771}
!767 = !DILocalVariable(name: "argc", arg: 1, scope: !763, file: !3, line: 61, type: !6)
!768 = !DILocalVariable(arg: 2, scope: !763, file: !3, line: 61, type: !419)
!769 = !DILocalVariable(name: "X", scope: !763, file: !3, line: 62, type: !6)
!770 = !DILocalVariable(name: "Sum", scope: !763, file: !3, line: 63, type: !89)
!771 = !DILocalVariable(name: "I", scope: !772, file: !3, line: 64, type: !6)
!772 = distinct !DILexicalBlock(scope: !763, file: !3, line: 64, column: 3)
!773 = distinct !DIAssignID()
!774 = !DILocation(line: 0, scope: !622, inlinedAt: !775)
!775 = distinct !DILocation(line: 65, column: 12, scope: !776)
!776 = distinct !DILexicalBlock(scope: !772, file: !3, line: 64, column: 3)
!777 = distinct !DIAssignID()
!778 = distinct !DIAssignID()
!779 = !DILocation(line: 0, scope: !763)
!780 = !DILocation(line: 62, column: 16, scope: !763, atomGroup: 1, atomRank: 2)
!781 = !DILocation(line: 0, scope: !772)
!782 = !DILocation(line: 64, column: 3, scope: !772, atomGroup: 12, atomRank: 1)
!783 = !DILocation(line: 67, column: 27, scope: !763)
!784 = !DILocation(line: 67, column: 3, scope: !763)
!785 = !DILocation(line: 68, column: 3, scope: !763, atomGroup: 10, atomRank: 1)
!786 = !DILocation(line: 65, column: 23, scope: !776)
!787 = !DILocation(line: 43, column: 3, scope: !622, inlinedAt: !775)
!788 = !DILocation(line: 43, column: 13, scope: !622, inlinedAt: !775, atomGroup: 1, atomRank: 1)
!789 = distinct !DIAssignID()
!790 = !DILocation(line: 44, column: 3, scope: !622, inlinedAt: !775)
!791 = !DILocation(line: 44, column: 14, scope: !622, inlinedAt: !775, atomGroup: 2, atomRank: 1)
!792 = distinct !DIAssignID()
!793 = !DILocation(line: 45, column: 3, scope: !622, inlinedAt: !775)
!794 = !DILocation(line: 45, column: 24, scope: !622, inlinedAt: !775, atomGroup: 3, atomRank: 2)
!795 = !DILocation(line: 45, column: 16, scope: !622, inlinedAt: !775, atomGroup: 3, atomRank: 1)
!796 = distinct !DIAssignID()
!797 = !DILocation(line: 46, column: 12, scope: !622, inlinedAt: !775)
!798 = !DILocation(line: 46, column: 26, scope: !622, inlinedAt: !775)
!799 = !DILocation(line: 46, column: 24, scope: !622, inlinedAt: !775)
!800 = !DILocation(line: 46, column: 41, scope: !622, inlinedAt: !775)
!801 = !DILocation(line: 46, column: 39, scope: !622, inlinedAt: !775)
!802 = !DILocation(line: 47, column: 1, scope: !622, inlinedAt: !775)
!803 = !DILocation(line: 0, scope: !716, inlinedAt: !804)
!804 = distinct !DILocation(line: 65, column: 30, scope: !776)
!805 = !DILocation(line: 49, column: 12, scope: !716, inlinedAt: !804)
!806 = !DILocation(line: 49, column: 12, scope: !716, inlinedAt: !804, atomGroup: 1, atomRank: 2)
!807 = !DILocation(line: 49, column: 12, scope: !716, inlinedAt: !804, atomGroup: 1, atomRank: 1)
!808 = !DILocation(line: 50, column: 11, scope: !716, inlinedAt: !804)
!809 = !DILocation(line: 50, column: 11, scope: !716, inlinedAt: !804, atomGroup: 2, atomRank: 2)
!810 = !DILocation(line: 50, column: 11, scope: !716, inlinedAt: !804, atomGroup: 2, atomRank: 1)
!811 = !DILocation(line: 0, scope: !731, inlinedAt: !812)
!812 = distinct !DILocation(line: 65, column: 42, scope: !776)
!813 = !DILocation(line: 54, column: 27, scope: !731, inlinedAt: !812)
!814 = !DILocation(line: 54, column: 19, scope: !731, inlinedAt: !812)
!815 = !DILocation(line: 54, column: 19, scope: !731, inlinedAt: !812, atomGroup: 1, atomRank: 2)
!816 = !DILocation(line: 55, column: 14, scope: !731, inlinedAt: !812)
!817 = !DILocation(line: 55, column: 28, scope: !731, inlinedAt: !812)
!818 = !DILocation(line: 55, column: 46, scope: !731, inlinedAt: !812)
!819 = !DILocation(line: 0, scope: !747, inlinedAt: !820)
!820 = distinct !DILocation(line: 65, column: 58, scope: !776)
!821 = distinct !DIAssignID()
!822 = !DILocation(line: 59, column: 15, scope: !747, inlinedAt: !820)
!823 = !DILocation(line: 59, column: 10, scope: !747, inlinedAt: !820)
!824 = !DILocation(line: 59, column: 10, scope: !747, inlinedAt: !820, atomGroup: 3, atomRank: 2)
!825 = !DILocation(line: 66, column: 12, scope: !776)
!826 = !DILocation(line: 66, column: 23, scope: !776)
!827 = !DILocation(line: 66, column: 36, scope: !776)
!828 = !DILocation(line: 66, column: 49, scope: !776)
!829 = !DILocation(line: 55, column: 25, scope: !731, inlinedAt: !812, atomGroup: 3, atomRank: 2)
!830 = !DILocation(line: 51, column: 19, scope: !716, inlinedAt: !804, atomGroup: 3, atomRank: 2)
!831 = !DILocation(line: 46, column: 18, scope: !622, inlinedAt: !775)
!832 = !DILocation(line: 46, column: 33, scope: !622, inlinedAt: !775, atomGroup: 5, atomRank: 2)
!833 = !DILocation(line: 65, column: 28, scope: !776)
!834 = !DILocation(line: 65, column: 40, scope: !776)
!835 = !DILocation(line: 65, column: 56, scope: !776)
!836 = !DILocation(line: 65, column: 74, scope: !776)
!837 = !DILocation(line: 66, column: 21, scope: !776)
!838 = !DILocation(line: 66, column: 34, scope: !776)
!839 = !DILocation(line: 66, column: 47, scope: !776)
!840 = !DILocation(line: 65, column: 12, scope: !776)
!841 = !DILocation(line: 65, column: 9, scope: !776, atomGroup: 6, atomRank: 2)
!842 = !DILocation(line: 64, column: 27, scope: !776, atomGroup: 7, atomRank: 2)
!843 = !DILocation(line: 64, column: 21, scope: !776, atomGroup: 4, atomRank: 1)
!844 = !DILocation(line: 64, column: 3, scope: !772, atomGroup: 5, atomRank: 1)
!845 = distinct !{!845, !846, !847, !848, !849}
!846 = !DILocation(line: 64, column: 3, scope: !772)
!847 = !DILocation(line: 66, column: 49, scope: !772)
!848 = !{!"llvm.loop.mustprogress"}
!849 = !{!"llvm.loop.unroll.disable"}
!850 = distinct !DISubprogram(linkageName: "_GLOBAL__sub_I_object_kinds.cpp", scope: !3, file: !3, type: !851, flags: DIFlagArtificial | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, keyInstructions: true)
!851 = !DISubroutineType(types: !852)
!852 = !{}
!853 = !DILocalVariable(name: "this", arg: 1, scope: !854, type: !856, flags: DIFlagArtificial | DIFlagObjectPointer)
!854 = distinct !DISubprogram(name: "Init", linkageName: "_ZN4InitC2Ev", scope: !7, file: !3, line: 21, type: !10, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, declaration: !9, retainedNodes: !855, keyInstructions: true)
!855 = !{!853}
!856 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64)
!857 = !DILocation(line: 0, scope: !854, inlinedAt: !858)
!858 = distinct !DILocation(line: 23, column: 13, scope: !859, inlinedAt: !860)
!859 = distinct !DISubprogram(name: "__cxx_global_var_init", scope: !3, file: !3, type: !319, flags: DIFlagArtificial | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, keyInstructions: true)
!860 = distinct !DILocation(line: 0, scope: !850)
!861 = !DILocation(line: 21, column: 28, scope: !862, inlinedAt: !858)
!862 = distinct !DILexicalBlock(scope: !854, file: !3, line: 21, column: 10)
!863 = !DILocation(line: 21, column: 59, scope: !862, inlinedAt: !858)
!864 = !DILocation(line: 21, column: 25, scope: !862, inlinedAt: !858, atomGroup: 1, atomRank: 2)
!865 = !DILocation(line: 21, column: 20, scope: !862, inlinedAt: !858, atomGroup: 1, atomRank: 1)
