int thin_leaf(int x) { return x * 2; }
