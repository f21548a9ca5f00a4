// A static struct that GlobalOpt cuts into one global per field (each with
// a DW_OP_LLVM_fragment of the variable), its fields used by functions a
// round-robin split puts in different partitions.
struct pair { long a; long b; };
static struct pair hooks;
__attribute__((noinline)) void set_a(long x) { hooks.a = x; }
__attribute__((noinline)) void set_b(long x) { hooks.b = x; }
__attribute__((noinline)) long get_sum(void) { return hooks.a + hooks.b; }
__attribute__((noinline)) int stop_here(int x) { return x + 1; }
int main(int argc, char **argv) {
  set_a(argc);
  set_b(2);
  return stop_here((int)get_sum()) == 0;
}
