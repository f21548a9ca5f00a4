#include <cstdio>
struct Base { virtual int f() = 0; virtual ~Base() {} };
struct Impl : Base { int f() override { return 42; } };
__attribute__((noinline)) int call(Base *b) { return b->f(); }
int main() { Impl i; std::printf("%d\n", call(&i)); return 0; }
