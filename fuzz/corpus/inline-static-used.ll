; What clang makes of C++ template static data members marked used
; (template <class T> struct S { [[gnu::used]] static inline int n = 0; }):
; linkonce_odr in comdats, in llvm.used, so retained (ELFOSABI_GNU) where
; they are defined, and two functions that use them, each alone.
target triple = "x86_64-unknown-linux-gnu"

$_ZN1SIiE1nE = comdat any
$_ZN1SIlE1nE = comdat any

@_ZN1SIiE1nE = linkonce_odr global i32 0, comdat, align 4
@_ZN1SIlE1nE = linkonce_odr global i32 0, comdat, align 4
@llvm.used = appending global [2 x ptr] [ptr @_ZN1SIiE1nE, ptr @_ZN1SIlE1nE], section "llvm.metadata"

define i32 @a() {
  %v = load i32, ptr @_ZN1SIiE1nE, align 4
  %w = add i32 %v, 1
  store i32 %w, ptr @_ZN1SIiE1nE, align 4
  ret i32 %w
}

define i32 @b() {
  %v = load i32, ptr @_ZN1SIlE1nE, align 4
  %w = add i32 %v, 2
  store i32 %w, ptr @_ZN1SIlE1nE, align 4
  ret i32 %w
}

define i32 @c(i32 %x) {
  %y = mul i32 %x, 5
  ret i32 %y
}
