static int square(int x) { return x * x; }
int util_sum(int n) {
  int s = 0;
  for (int i = 0; i <= n; ++i)
    s += square(i) % 97;
  return s;
}
int util_mix(int a, int b) { return (a ^ (b << 3)) % 1009; }
