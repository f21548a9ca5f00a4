/* A small program in several files for the plugin tests: main.c and util.c
   are bitcode, archived.c is bitcode inside an archive, native.c is a
   native object. */
#include <stdio.h>
int util_sum(int n);
int util_mix(int a, int b);
int archived_scale(int x);
int native_twice(int x);
int bc_callback(int x) { return x * 3 + 1; } /* called from native code */
int main(void) {
  int total = 0;
  for (int i = 0; i < 50; ++i)
    total += util_mix(util_sum(i), archived_scale(i)) + native_twice(i);
  printf("total %d\n", total);
  return 0;
}
