// File-scope variables of every kind, each used by functions that a
// round-robin split puts in different partitions.
int ext_a = 11;                 // external
static int stat_b = 22;         // static, used in one function only
static int stat_c = 33;         // static, used in two: promoted when split
static int table[4] = {1, 2, 3, 4};
__thread int tls_d = 44;        // thread-local
const char *name_e = "five";

__attribute__((noinline)) int get_a(int x) { return ext_a += x; }
__attribute__((noinline)) int get_b(int x) { return stat_b += x; }
__attribute__((noinline)) int get_c(int x) { return stat_c += x; }
__attribute__((noinline)) int get_c2(int x) { return stat_c *= x; }
__attribute__((noinline)) int get_t(int x) { return table[x & 3] += x; }
__attribute__((noinline)) int get_d(int x) { return tls_d += x; }
__attribute__((noinline)) int stop_here(int x) { return x + name_e[0]; }

int main(int argc, char **argv) {
  int s = get_a(argc) + get_b(argc) + get_c(argc) + get_c2(2) + get_t(argc) +
          get_d(argc);
  return stop_here(s) == 0;
}
