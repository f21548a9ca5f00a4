#include <stdio.h>
extern char buf[16];
int used(void);
char *volatile keep; /* keeps buf, whose alignment the test reads */
int main(void) { keep = buf; printf("used %d\n", used() + 1); return 0; }
