#include <stdio.h>
__attribute__((noinline)) int sum_a(const int *p, int n) { int s = 0; for (int i = 0; i < n; ++i) s += p[i] * 7; return s; }
__attribute__((noinline)) int sum_b(const int *p, int n) { int s = 0; for (int i = 0; i < n; ++i) s += p[i] * 7; return s; }
int main(int argc, char **argv) { int v[4] = {argc, 2, 3, 4}; printf("%d %d\n", sum_a(v, 4), sum_b(v, 4)); return 0; }
