#include <stdio.h>
static int pick(int x, int y) { if (x > y) return x - y; return y - x; }
__attribute__((noinline)) int f(int a) { return pick(a, 10); }
__attribute__((noinline)) int g(int a) { return pick(10, a); }
int main(int argc, char **argv) { int s = 0; for (int i = 0; i < 1000; ++i) s += f(i) + g(i % 5); printf("%d\n", s); return 0; }
