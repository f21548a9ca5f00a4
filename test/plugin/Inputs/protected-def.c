int x = 1;
int getx(void) { return x; }
