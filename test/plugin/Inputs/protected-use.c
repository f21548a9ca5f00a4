/* The linker gives x the most constraining visibility of its bitcode
   files: protected, so its definition in protected-def.c is final. */
extern int x __attribute__((visibility("protected")));
int getx(void);
int twice(void) { return getx() + x; }
