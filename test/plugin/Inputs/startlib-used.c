__attribute__((aligned(16))) char buf[16] __attribute__((common));
int used(void) { return 6; }
