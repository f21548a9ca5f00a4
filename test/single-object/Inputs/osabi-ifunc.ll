; An ifunc in one partition (STT_GNU_IFUNC: that object is ELFOSABI_GNU),
; plain functions in the others (ELFOSABI_NONE). From
;   static int impl(int x) { return x + 1; }
;   static void *resolve(void) { return (void *)impl; }
;   int h(int) __attribute__((ifunc("resolve")));
;   int f(int x) { return x * 3; }   int g(int x) { return x - 7; }
target triple = "x86_64-unknown-linux-gnu"

@h = ifunc i32 (i32), ptr @resolve

define internal ptr @resolve() {
  ret ptr @impl
}

define internal i32 @impl(i32 %x) {
  %y = add nsw i32 %x, 1
  ret i32 %y
}

define i32 @f(i32 %x) {
  %y = mul nsw i32 %x, 3
  ret i32 %y
}

define i32 @g(i32 %x) {
  %y = add nsw i32 %x, -7
  ret i32 %y
}
