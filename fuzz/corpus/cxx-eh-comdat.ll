; Clang++ -O1 output for the C++ below: invoke/landingpad with a
; personality, templates and inline functions in comdats, vtables.
; #include <stdexcept>
; struct Base { virtual int f(int) = 0; virtual ~Base() {} };
; template <int N> struct Impl : Base { int f(int x) override { if (x < 0) throw std::runtime_error("neg"); return x * N; } };
; static int __attribute__((noinline)) guarded(Base &b, int x) {
;   try { return b.f(x); } catch (const std::exception &) { return -1; }
; }
; int run2(int x) { Impl<2> i; return guarded(i, x); }
; int run3(int x) { Impl<3> i; return guarded(i, x) + run2(x); }
; inline int shared_inline(int x) { static int calls; return ++calls + x; }
; int use_inline(int x) { return shared_inline(x) + run3(x); }
; ModuleID = 'eh.cpp'
source_filename = "eh.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Impl = type { %struct.Base }
%struct.Base = type { ptr }
%struct.Impl.0 = type { %struct.Base }

$_ZN4BaseD2Ev = comdat any

$_ZN4ImplILi2EE1fEi = comdat any

$_ZN4ImplILi2EED0Ev = comdat any

$_ZN4ImplILi3EE1fEi = comdat any

$_ZN4ImplILi3EED0Ev = comdat any

$_ZTV4ImplILi2EE = comdat any

$_ZTI4ImplILi2EE = comdat any

$_ZTS4ImplILi2EE = comdat any

$_ZTI4Base = comdat any

$_ZTS4Base = comdat any

$_ZTV4ImplILi3EE = comdat any

$_ZTI4ImplILi3EE = comdat any

$_ZTS4ImplILi3EE = comdat any

$_ZZ13shared_inlineiE5calls = comdat any

@_ZTV4ImplILi2EE = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI4ImplILi2EE, ptr @_ZN4ImplILi2EE1fEi, ptr @_ZN4BaseD2Ev, ptr @_ZN4ImplILi2EED0Ev] }, comdat, align 8
@_ZTI4ImplILi2EE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4ImplILi2EE, ptr @_ZTI4Base }, comdat, align 8
@_ZTVN10__cxxabiv120__si_class_type_infoE = external global [0 x ptr]
@_ZTS4ImplILi2EE = linkonce_odr dso_local constant [12 x i8] c"4ImplILi2EE\00", comdat, align 1
@_ZTI4Base = linkonce_odr dso_local constant { ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv117__class_type_infoE, i64 2), ptr @_ZTS4Base }, comdat, align 8
@_ZTVN10__cxxabiv117__class_type_infoE = external global [0 x ptr]
@_ZTS4Base = linkonce_odr dso_local constant [6 x i8] c"4Base\00", comdat, align 1
@.str = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@_ZTISt13runtime_error = external constant ptr
@_ZTISt9exception = external constant ptr
@_ZTV4ImplILi3EE = linkonce_odr dso_local unnamed_addr constant { [5 x ptr] } { [5 x ptr] [ptr null, ptr @_ZTI4ImplILi3EE, ptr @_ZN4ImplILi3EE1fEi, ptr @_ZN4BaseD2Ev, ptr @_ZN4ImplILi3EED0Ev] }, comdat, align 8
@_ZTI4ImplILi3EE = linkonce_odr dso_local constant { ptr, ptr, ptr } { ptr getelementptr inbounds (ptr, ptr @_ZTVN10__cxxabiv120__si_class_type_infoE, i64 2), ptr @_ZTS4ImplILi3EE, ptr @_ZTI4Base }, comdat, align 8
@_ZTS4ImplILi3EE = linkonce_odr dso_local constant [12 x i8] c"4ImplILi3EE\00", comdat, align 1
@_ZZ13shared_inlineiE5calls = linkonce_odr dso_local local_unnamed_addr global i32 0, comdat, align 4

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z4run2i(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = alloca %struct.Impl, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV4ImplILi2EE, i64 16), ptr %2, align 8, !tbaa !9
  %3 = call fastcc noundef i32 @_ZL7guardedR4Basei(ptr noundef nonnull align 8 dereferenceable(8) %2, i32 noundef %0)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret i32 %3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress noinline uwtable
define internal fastcc noundef i32 @_ZL7guardedR4Basei(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1) unnamed_addr #2 personality ptr @__gxx_personality_v0 {
  %3 = load ptr, ptr %0, align 8, !tbaa !9
  %4 = load ptr, ptr %3, align 8
  %5 = invoke noundef i32 %4(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1)
          to label %14 unwind label %6

6:                                                ; preds = %2
  %7 = landingpad { ptr, i32 }
          catch ptr @_ZTISt9exception
  %8 = extractvalue { ptr, i32 } %7, 1
  %9 = tail call i32 @llvm.eh.typeid.for.p0(ptr nonnull @_ZTISt9exception) #10
  %10 = icmp eq i32 %8, %9
  br i1 %10, label %11, label %16

11:                                               ; preds = %6
  %12 = extractvalue { ptr, i32 } %7, 0
  %13 = tail call ptr @__cxa_begin_catch(ptr %12) #10
  tail call void @__cxa_end_catch()
  br label %14

14:                                               ; preds = %2, %11
  %15 = phi i32 [ -1, %11 ], [ %5, %2 ]
  ret i32 %15

16:                                               ; preds = %6
  resume { ptr, i32 } %7
}

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z4run3i(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = alloca %struct.Impl, align 8
  %3 = alloca %struct.Impl.0, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV4ImplILi3EE, i64 16), ptr %3, align 8, !tbaa !9
  %4 = call fastcc noundef i32 @_ZL7guardedR4Basei(ptr noundef nonnull align 8 dereferenceable(8) %3, i32 noundef %0)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV4ImplILi2EE, i64 16), ptr %2, align 8, !tbaa !9
  %5 = call fastcc noundef i32 @_ZL7guardedR4Basei(ptr noundef nonnull align 8 dereferenceable(8) %2, i32 noundef %0)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  %6 = add nsw i32 %5, %4
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  ret i32 %6
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4BaseD2Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #3 comdat align 2 {
  ret void
}

; Function Attrs: mustprogress uwtable
define dso_local noundef i32 @_Z10use_inlinei(i32 noundef %0) local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %2 = alloca %struct.Impl, align 8
  %3 = alloca %struct.Impl.0, align 8
  %4 = load i32, ptr @_ZZ13shared_inlineiE5calls, align 4, !tbaa !5
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @_ZZ13shared_inlineiE5calls, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #10
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV4ImplILi3EE, i64 16), ptr %3, align 8, !tbaa !9
  %6 = call fastcc noundef i32 @_ZL7guardedR4Basei(ptr noundef nonnull align 8 dereferenceable(8) %3, i32 noundef %0)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  store ptr getelementptr inbounds nuw inrange(-16, 24) (i8, ptr @_ZTV4ImplILi2EE, i64 16), ptr %2, align 8, !tbaa !9
  %7 = call fastcc noundef i32 @_ZL7guardedR4Basei(ptr noundef nonnull align 8 dereferenceable(8) %2, i32 noundef %0)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #10
  %8 = add i32 %5, %0
  %9 = add i32 %8, %6
  %10 = add i32 %9, %7
  ret i32 %10
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef i32 @_ZN4ImplILi2EE1fEi(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1) unnamed_addr #0 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp slt i32 %1, 0
  br i1 %3, label %4, label %9

4:                                                ; preds = %2
  %5 = tail call ptr @__cxa_allocate_exception(i64 16) #10
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull @.str)
          to label %6 unwind label %7

6:                                                ; preds = %4
  tail call void @__cxa_throw(ptr nonnull %5, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #11
  unreachable

7:                                                ; preds = %4
  %8 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %5) #10
  resume { ptr, i32 } %8

9:                                                ; preds = %2
  %10 = shl nuw nsw i32 %1, 1
  ret i32 %10
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4ImplILi2EED0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #4 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef %0, i64 noundef 8) #12
  ret void
}

declare ptr @__cxa_allocate_exception(i64) local_unnamed_addr

declare void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) unnamed_addr #5

declare void @__cxa_free_exception(ptr) local_unnamed_addr

; Function Attrs: nounwind
declare void @_ZNSt13runtime_errorD1Ev(ptr noundef nonnull align 8 dereferenceable(16)) unnamed_addr #6

; Function Attrs: cold noreturn
declare void @__cxa_throw(ptr, ptr, ptr) local_unnamed_addr #7

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #8

; Function Attrs: nofree nosync nounwind memory(none)
declare i32 @llvm.eh.typeid.for.p0(ptr) #9

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef i32 @_ZN4ImplILi3EE1fEi(ptr noundef nonnull align 8 dereferenceable(8) %0, i32 noundef %1) unnamed_addr #0 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp slt i32 %1, 0
  br i1 %3, label %4, label %9

4:                                                ; preds = %2
  %5 = tail call ptr @__cxa_allocate_exception(i64 16) #10
  invoke void @_ZNSt13runtime_errorC1EPKc(ptr noundef nonnull align 8 dereferenceable(16) %5, ptr noundef nonnull @.str)
          to label %6 unwind label %7

6:                                                ; preds = %4
  tail call void @__cxa_throw(ptr nonnull %5, ptr nonnull @_ZTISt13runtime_error, ptr nonnull @_ZNSt13runtime_errorD1Ev) #11
  unreachable

7:                                                ; preds = %4
  %8 = landingpad { ptr, i32 }
          cleanup
  tail call void @__cxa_free_exception(ptr %5) #10
  resume { ptr, i32 } %8

9:                                                ; preds = %2
  %10 = mul nuw nsw i32 %1, 3
  ret i32 %10
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZN4ImplILi3EED0Ev(ptr noundef nonnull align 8 dereferenceable(8) %0) unnamed_addr #4 comdat align 2 {
  tail call void @_ZdlPvm(ptr noundef %0, i64 noundef 8) #12
  ret void
}

attributes #0 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress noinline uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { cold noreturn }
attributes #8 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nofree nosync nounwind memory(none) }
attributes #10 = { nounwind }
attributes #11 = { noreturn }
attributes #12 = { builtin nounwind }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"vtable pointer", !8, i64 0}
