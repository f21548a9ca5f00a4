__asm__(".symver foo_v1, foo@VERS_1");
__asm__(".symver foo_v2, foo@@VERS_2");
int foo_v1(int x) { return x + 1; }
int foo_v2(int x) { return x + 2; }
int helper(int x) { return foo_v1(x) * foo_v2(x); }
