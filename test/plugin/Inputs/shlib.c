/* A shared library from bitcode: exported API, hidden internals. */
__attribute__((visibility("hidden"))) int shlib_internal(int x) { return x * 5; }
static int shlib_static(int x) { return x + 11; }
int shlib_api(int x) { return shlib_internal(x) + shlib_static(x); }
int shlib_api2(int x) { return shlib_api(x) * 2; }
