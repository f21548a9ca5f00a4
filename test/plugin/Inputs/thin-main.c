#include <stdio.h>
int from_full(int x);
int counter = 1;
int main(int argc, char **argv) { printf("mixed %d %d\n", from_full(argc + 19), counter); return 0; }
