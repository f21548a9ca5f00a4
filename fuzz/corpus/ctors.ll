; llvm.global_ctors/dtors and llvm.compiler.used belong to the anchor
; partition; their internal ctors are promoted when placed elsewhere.
target triple = "x86_64-unknown-linux-gnu"
@llvm.global_ctors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init_a, ptr null }, { i32, ptr, ptr } { i32 101, ptr @init_b, ptr @state }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @fini, ptr null }]
@llvm.compiler.used = appending global [2 x ptr] [ptr @keep, ptr @keep_fn], section "llvm.metadata"
@state = internal global i32 0
@keep = internal global i32 42
define internal void @init_a() {
  store i32 1, ptr @state
  ret void
}
define internal void @init_b() {
  %a = load i32, ptr @state
  %b = add i32 %a, 1
  store i32 %b, ptr @state
  ret void
}
define internal void @fini() {
  store i32 0, ptr @state
  ret void
}
define internal void @keep_fn() {
  ret void
}
define i32 @get_state() {
  %a = load i32, ptr @state
  ret i32 %a
}
