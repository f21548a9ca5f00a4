int bc_callback(int x);
int native_twice(int x) { return 2 * bc_callback(x); }
__attribute__((section(".text.native_unused"))) int native_unused(void) { return 42; }
