/* builtins.c: values and the builtin functions, found through a dispatch
 * table of function pointers. */
#include "minicalc.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

static int calls;
static unsigned long long lcg_state = 42;

Value value_num(double n) {
  Value v = {V_NUM, n, NULL};
  return v;
}

Value value_str(const char *s) {
  Value v = {V_STR, 0, s};
  return v;
}

/* Numbers print as integers when they are integral. */
static int format_num(char *buf, size_t size, double n) {
  if (n == floor(n) && fabs(n) < 1e15)
    return snprintf(buf, size, "%.0f", n);
  return snprintf(buf, size, "%.6g", n);
}

const char *value_to_string(Value v) {
  if (v.kind == V_STR)
    return v.str;
  char buf[64];
  int len = format_num(buf, sizeof buf, v.num);
  return arena_strdup(buf, (size_t)len);
}

void value_print(Value v) { fputs(value_to_string(v), stdout); }

static double need_num(Value v, int line, const char *fn) {
  if (v.kind != V_NUM)
    runtime_error(line, "%s: expected a number", fn);
  return v.num;
}

static Value b_sqrt(const Value *a, int n, int line) {
  (void)n;
  return value_num(sqrt(need_num(a[0], line, "sqrt")));
}

static Value b_floor(const Value *a, int n, int line) {
  (void)n;
  return value_num(floor(need_num(a[0], line, "floor")));
}

static Value b_len(const Value *a, int n, int line) {
  (void)n;
  (void)line;
  return value_num((double)strlen(value_to_string(a[0])));
}

static Value b_str(const Value *a, int n, int line) {
  (void)n;
  (void)line;
  return value_str(value_to_string(a[0]));
}

/* djb2 of the string form, kept in 24 bits so it prints exactly. */
static Value b_hash(const Value *a, int n, int line) {
  (void)n;
  (void)line;
  unsigned h = 5381;
  for (const char *p = value_to_string(a[0]); *p; p++)
    h = h * 33u + (unsigned char)*p;
  return value_num((double)(h & 0xffffff));
}

/* A seeded LCG: rand(n) is in [0, n). */
static Value b_rand(const Value *a, int n, int line) {
  (void)n;
  double limit = need_num(a[0], line, "rand");
  lcg_state = lcg_state * 6364136223846793005ull + 1442695040888963407ull;
  unsigned r = (unsigned)(lcg_state >> 33);
  return value_num(limit > 0 ? (double)(r % (unsigned)limit) : 0);
}

static Value b_substr(const Value *a, int n, int line) {
  (void)n;
  const char *s = value_to_string(a[0]);
  size_t len = strlen(s);
  double from = need_num(a[1], line, "substr"), count = need_num(a[2], line, "substr");
  if (from < 0 || from > (double)len)
    return value_str("");
  size_t f = (size_t)from, c = (size_t)count;
  if (f + c > len)
    c = len - f;
  return value_str(arena_strdup(s + f, c));
}

static Value b_repeat(const Value *a, int n, int line) {
  (void)n;
  const char *s = value_to_string(a[0]);
  int times = (int)need_num(a[1], line, "repeat");
  size_t len = strlen(s);
  char *out = arena_alloc(len * (size_t)(times > 0 ? times : 0) + 1);
  for (int i = 0; i < times; i++)
    memcpy(out + len * (size_t)i, s, len);
  return value_str(out);
}

static const struct {
  const char *name;
  int arity;
  BuiltinFn fn;
} builtins[] = {
    {"sqrt", 1, b_sqrt},     {"floor", 1, b_floor}, {"len", 1, b_len},
    {"str", 1, b_str},       {"hash", 1, b_hash},   {"rand", 1, b_rand},
    {"substr", 3, b_substr}, {"repeat", 2, b_repeat},
};

BuiltinFn builtin_lookup(const char *name, int *arity) {
  for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
    if (!strcmp(builtins[i].name, name)) {
      *arity = builtins[i].arity;
      calls++;
      return builtins[i].fn;
    }
  return NULL;
}

int builtin_calls(void) { return calls; }
