/* table.c: an open-addressing hash table for variables and functions. */
#include "minicalc.h"
#include <string.h>

#define TABLE_SIZE 512

typedef struct {
  const char *name;
  int is_func;
  Value value;
  Node *def;
} Entry;

static Entry entries[TABLE_SIZE];
static unsigned used;

/* FNV-1a, with the kind mixed in so a variable and a function may share a
 * name. */
static unsigned slot_of(const char *name, int is_func) {
  unsigned h = 2166136261u ^ (unsigned)is_func;
  for (const char *p = name; *p; p++)
    h = (h ^ (unsigned char)*p) * 16777619u;
  return h & (TABLE_SIZE - 1);
}

static Entry *find(const char *name, int is_func, int create) {
  unsigned i = slot_of(name, is_func);
  for (unsigned probes = 0; probes < TABLE_SIZE; probes++) {
    Entry *e = &entries[(i + probes) & (TABLE_SIZE - 1)];
    if (!e->name) {
      if (!create)
        return NULL;
      e->name = name;
      e->is_func = is_func;
      used++;
      return e;
    }
    if (e->is_func == is_func && !strcmp(e->name, name))
      return e;
  }
  runtime_error(0, "symbol table full");
  return NULL;
}

void table_set_var(const char *name, Value v) { find(name, 0, 1)->value = v; }

int table_get_var(const char *name, Value *out) {
  Entry *e = find(name, 0, 0);
  if (!e)
    return 0;
  *out = e->value;
  return 1;
}

void table_set_func(const char *name, Node *def) { find(name, 1, 1)->def = def; }

Node *table_get_func(const char *name) {
  Entry *e = find(name, 1, 0);
  return e ? e->def : NULL;
}

unsigned table_size(void) { return used; }

void table_reset(void) {
  memset(entries, 0, sizeof entries);
  used = 0;
}
