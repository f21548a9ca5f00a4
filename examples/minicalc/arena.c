/* arena.c: a bump allocator in chained blocks; nothing is freed one by one. */
#include "minicalc.h"
#include <stdlib.h>
#include <string.h>

typedef struct Block {
  struct Block *next;
  size_t used, cap;
  unsigned char data[];
} Block;

static Block *head;
static size_t total;

static Block *new_block(size_t need) {
  size_t cap = need > 65536 ? need : 65536;
  Block *b = malloc(sizeof(Block) + cap);
  if (!b) {
    abort();
  }
  b->next = head;
  b->used = 0;
  b->cap = cap;
  head = b;
  return b;
}

void *arena_alloc(size_t size) {
  size = (size + 15) & ~(size_t)15;
  Block *b = head;
  if (!b || b->cap - b->used < size)
    b = new_block(size);
  void *p = b->data + b->used;
  b->used += size;
  total += size;
  memset(p, 0, size);
  return p;
}

char *arena_strdup(const char *s, size_t len) {
  char *p = arena_alloc(len + 1);
  memcpy(p, s, len);
  p[len] = 0;
  return p;
}

size_t arena_bytes(void) { return total; }

void arena_free_all(void) {
  while (head) {
    Block *next = head->next;
    free(head);
    head = next;
  }
  total = 0;
}
