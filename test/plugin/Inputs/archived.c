int archived_scale(int x) { return x * 7 - 2; }
int archived_unused(int x) { return x - 1; } /* never pulled into the link */
