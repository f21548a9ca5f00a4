// Source of object-kinds.ll and object-kinds-g.ll:
//   clang-22 -O1 [-g] -S -emit-llvm --target=x86_64-unknown-linux-gnu
//     object-kinds.cpp -o object-kinds[-g].ll
// Every kind of thing an object carries, spread over several functions so
// the partitioner has something to split.
#include <cstdio>
#include <cstdlib>
#include <cstring>
template <typename T> struct Box {
  T V;
  __attribute__((noinline)) T get() const { return V * 3 + 1; }
};
static int Counter;
thread_local int TLSCount = 5;
thread_local int TLSZero;
int CommonLike;
__attribute__((weak)) int weakData = 4;
__attribute__((visibility("hidden"))) int hiddenData = 6;
const char *Names[] = {"alpha", "beta", "gamma", "delta"};
struct Init {
  Init() { Counter = 41 + (getenv("PARCG_UNSET_VARIABLE") != nullptr); }
};
static Init TheInit;
__attribute__((constructor(101))) static void early() {
  Counter += 1 + (getenv("PARCG_UNSET_VARIABLE") != nullptr);
}
__attribute__((noinline)) static int helper(int X) {
  switch (X & 7) {
  case 0: return X + 11;
  case 1: return X * 13;
  case 2: return X - 17;
  case 3: return X ^ 19;
  case 4: return X << 2;
  case 5: return X >> 1;
  case 6: return ~X;
  default: return X;
  }
}
__attribute__((weak)) int weakFn(int X) { return X + 2; }
extern "C" int aliasTarget(int X) { return helper(X) + 1; }
extern "C" int aliasName(int) __attribute__((alias("aliasTarget")));
int useBoxes(int X) {
  Box<int> A{X};
  Box<long> B{X};
  Box<double> C{double(X)};
  return A.get() + int(B.get()) + int(C.get());
}
int useTLS(int X) {
  TLSCount += X;
  TLSZero += 2 * X;
  return TLSCount + TLSZero;
}
int useStrings(int X) {
  const char *S = Names[X & 3];
  return int(strlen(S)) + (strcmp(S, "beta") == 0 ? 100 : 0);
}
int takesAddress(int X) {
  int (*Fs[])(int) = {&weakFn, &aliasName, &helper};
  return Fs[X % 3](X);
}
int main(int argc, char **) {
  int X = argc + 2;
  long Sum = 0;
  for (int I = 0; I < 10; ++I)
    Sum += useBoxes(X + I) + useTLS(I) + useStrings(I) + takesAddress(I) +
           weakData + hiddenData + CommonLike + Counter;
  printf("%ld %d\n", Sum, Counter);
  return 0;
}
