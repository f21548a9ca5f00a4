// An ifunc and a retained global: the partitions that have them are
// ELFOSABI_GNU objects, the others are not.
#include <stdio.h>
static int impl(int x) { return x + 1; }
static void *resolve(void) { return (void *)impl; }
int h(int) __attribute__((ifunc("resolve")));
__attribute__((used, retain)) int keep = 1;
__attribute__((noinline)) int f(int x) { return x * 3; }
__attribute__((noinline)) int g(int x) { return x - 7; }
int main(void) {
  printf("%d\n", h(1) + f(2) + g(10) + keep);
  return 0;
}
