#include <stdio.h>
int shlib_api2(int);
int main(void) {
  printf("%d\n", shlib_api2(3));
  return 0;
}
