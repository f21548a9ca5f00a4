/* minicalc: ParCG's bundled example, a tiny interpreter for a language of
 * numbers, strings, variables, loops, conditionals and recursive
 * single-expression functions. With a file argument it runs that script;
 * without one it runs a built-in workload (Fibonacci, primes, Collatz,
 * string building, hashing, a seeded random walk) whose output is fully
 * deterministic, so builds of it can be compared byte for byte. Six files
 * with calls across all of them, static helpers, a function-pointer
 * dispatch table, tables and a few switches: a small but real program to
 * split into partitions. */
#include "minicalc.h"
#include <stdio.h>
#include <stdlib.h>

static const char workload[] =
    "# Fibonacci, recursive and iterative\n"
    "def fib(n) = if_(n < 2, n, fib(n - 1) + fib(n - 2))\n"
    "let a = 0; let b = 1; let i = 0\n"
    "while i < 30 do let t = a + b; let a = b; let b = t; let i = i + 1 end\n"
    "print \"fib(30) iterative:\", a\n"
    "# primes below 2000 by trial division\n"
    "def isprime(n) = n > 1 and noddiv(n, 2)\n"
    "def noddiv(n, d) = d * d > n or (n % d != 0 and noddiv(n, d + 1))\n"
    "let count = 0; let sum = 0; let n = 2\n"
    "while n < 2000 do if isprime(n) then let count = count + 1; let sum = sum + n end; let n = n + 1 end\n"
    "print \"primes below 2000:\", count, \"sum\", sum\n"
    "# Collatz: the longest chain below 3000\n"
    "def steps(n) = if_(n == 1, 0, 1 + steps(if_(n % 2 == 0, n / 2, 3 * n + 1)))\n"
    "let best = 0; let arg = 0; let n = 1\n"
    "while n < 3000 do let s = steps(n); if s > best then let best = s; let arg = n end; let n = n + 1 end\n"
    "print \"longest collatz below 3000:\", arg, \"steps\", best\n"
    "# strings\n"
    "let s = \"\"; let i = 0\n"
    "while i < 12 do let s = s + str(i * i) + \",\"; let i = i + 1 end\n"
    "print \"squares:\", s, \"length\", len(s), \"hash\", hash(s)\n"
    "print \"slice:\", substr(s, 4, 10), repeat(\"ab\", 5)\n"
    "print \"sqrt(2) =\", sqrt(2), \"floor(-2.5) =\", floor(0 - 2.5)\n"
    "# a seeded random walk\n"
    "let x = 0; let lo = 0; let hi = 0; let i = 0\n"
    "while i < 5000 do let x = x + rand(3) - 1; if x < lo then let lo = x end; if x > hi then let hi = x end; let i = i + 1 end\n"
    "print \"random walk: end\", x, \"min\", lo, \"max\", hi\n"
    "# string hashing table\n"
    "let i = 0\n"
    "while i < 8 do print \"hash\", i, hash(\"key\" + str(i)) % 1000, rand(100); let i = i + 1 end\n"
    "print \"fib(20) recursive:\", fib(20)\n";

static const char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(1);
  }
  char *buf = NULL;
  size_t len = 0, cap = 0;
  int c;
  while ((c = fgetc(f)) != EOF) {
    if (len + 1 >= cap) {
      size_t ncap = cap ? cap * 2 : 4096;
      char *nbuf = arena_alloc(ncap);
      for (size_t i = 0; i < len; i++)
        nbuf[i] = buf[i];
      buf = nbuf;
      cap = ncap;
    }
    buf[len++] = (char)c;
  }
  fclose(f);
  if (!buf)
    buf = arena_alloc(1);
  buf[len] = 0;
  return buf;
}

int main(int argc, char **argv) {
  const char *src = argc > 1 ? read_file(argv[1]) : workload;
  Node *prog = parse_program(src);
  eval_stmt(prog);
  printf("stats: %u tokens, %u nodes, %u symbols, %d builtin calls\n",
         lexer_token_count(), parser_node_count(), table_size(),
         builtin_calls());
  table_reset();
  arena_free_all();
  return 0;
}
