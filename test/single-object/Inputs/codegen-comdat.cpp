// Source of codegen-comdat.ll: clang-22 -O1 -S -emit-llvm
//   --target=x86_64-unknown-linux-gnu codegen-comdat.cpp
#include <cstdio>
#include <stdexcept>
__attribute__((noinline)) int mayThrow(int X) {
  if (X == 3) throw std::runtime_error("three");
  return X * 2;
}
__attribute__((noinline)) int first(int X) {
  try { return mayThrow(X); } catch (const std::exception &E) { std::puts(E.what()); return -1; }
}
__attribute__((noinline)) int second(int X) {
  try { return mayThrow(X + 1); } catch (...) { std::puts("second caught"); return -2; }
}
__attribute__((noinline)) int third(int X) {
  try { return mayThrow(X + 2); } catch (int) { return -3; } catch (...) { std::puts("third caught"); return -4; }
}
int main() {
  int S = 0;
  for (int I = 0; I < 4; ++I) S += first(I) + second(I) + third(I);
  std::printf("%d\n", S);
}
