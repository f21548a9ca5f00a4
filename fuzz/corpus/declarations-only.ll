; No definitions: one partition, whatever is asked.
target triple = "x86_64-unknown-linux-gnu"
@ext = external global i32
declare void @nothing()
declare extern_weak void @maybe()
