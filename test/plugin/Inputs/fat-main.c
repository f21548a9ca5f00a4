#include <stdio.h>
int helper(int x);
int main(void) { printf("fat %d\n", helper(20)); return 0; }
