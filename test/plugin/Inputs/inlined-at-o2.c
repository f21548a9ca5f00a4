#include <stdio.h>
int twice(int x);
int main(int argc, char **argv) { printf("%d\n", twice(argc) + 40); return 0; }
