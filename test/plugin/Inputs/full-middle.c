int thin_leaf(int x);
extern int counter;
int from_full(int x) { counter += 1; return thin_leaf(x) + 1; }
