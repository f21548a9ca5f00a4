/* Never selected: nothing refers to unused(), and buf is only common here. */
__attribute__((aligned(4096))) char buf[16] __attribute__((common));
int unused(void) { return 8; }
