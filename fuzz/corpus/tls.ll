; Thread-local variables (internal, external, initial-exec, an alias of
; one) used from several functions: declarations keep the TLS mode.
target triple = "x86_64-unknown-linux-gnu"
@tls = thread_local global i32 0
@tls_local = internal thread_local global i32 3
@tls_ie = thread_local(initialexec) global i64 7
@tls_al = thread_local alias i32, ptr @tls
@tls_ext = external thread_local global i32
define void @set(i32 %v) {
  store i32 %v, ptr @tls
  store i32 %v, ptr @tls_local
  ret void
}
define i32 @get() {
  %a = load i32, ptr @tls_local
  %b = load i32, ptr @tls_al
  %c = load i32, ptr @tls_ext
  %s = add i32 %a, %b
  %t = add i32 %s, %c
  ret i32 %t
}
define i64 @get_ie() {
  %a = load i64, ptr @tls_ie
  %p = call ptr @llvm.threadlocal.address.p0(ptr @tls_local)
  %b = load i32, ptr %p
  %c = sext i32 %b to i64
  %s = add i64 %a, %c
  ret i64 %s
}
declare ptr @llvm.threadlocal.address.p0(ptr)
