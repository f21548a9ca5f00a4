// Globals in a section named like a C identifier, reached only through the
// __start_/__stop_ symbols the linker defines for it.
#include <stdio.h>
struct reg { const char *name; int v; };
const struct reg r1 __attribute__((section("myreg"))) = {"one", 1};
const struct reg r2 __attribute__((section("myreg"))) = {"two", 2};
extern const struct reg __start_myreg[], __stop_myreg[];
int main(void) {
  int sum = 0;
  for (const struct reg *r = __start_myreg; r < __stop_myreg; ++r)
    sum += r->v;
  printf("%d entries, sum %d\n", (int)(__stop_myreg - __start_myreg), sum);
  return 0;
}
