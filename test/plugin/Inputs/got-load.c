extern int ext_var;
int get(void) { return ext_var; }
