/* eval.c: a tree-walking evaluator. Function parameters are bound
 * dynamically: saved before a call, restored after it. */
#include "minicalc.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long steps;

void runtime_error(int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "minicalc: line %d: ", line);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  arena_free_all();
  exit(1);
}

static int truthy(Value v) {
  return v.kind == V_NUM ? v.num != 0 : v.str[0] != 0;
}

static Value concat(Value a, Value b) {
  const char *x = value_to_string(a), *y = value_to_string(b);
  size_t lx = strlen(x), ly = strlen(y);
  char *out = arena_alloc(lx + ly + 1);
  memcpy(out, x, lx);
  memcpy(out + lx, y, ly);
  return value_str(out);
}

static int compare(Value a, Value b) {
  if (a.kind == V_NUM && b.kind == V_NUM)
    return (a.num > b.num) - (a.num < b.num);
  return strcmp(value_to_string(a), value_to_string(b));
}

static Value binary(TokenKind op, Value a, Value b, int line) {
  if (op == T_PLUS && (a.kind == V_STR || b.kind == V_STR))
    return concat(a, b);
  switch (op) {
  case T_EQEQ: return value_num(compare(a, b) == 0);
  case T_NE: return value_num(compare(a, b) != 0);
  case T_LT: return value_num(compare(a, b) < 0);
  case T_LE: return value_num(compare(a, b) <= 0);
  case T_GT: return value_num(compare(a, b) > 0);
  case T_GE: return value_num(compare(a, b) >= 0);
  default: break;
  }
  if (a.kind != V_NUM || b.kind != V_NUM)
    runtime_error(line, "operator %s needs numbers", token_name(op));
  switch (op) {
  case T_PLUS: return value_num(a.num + b.num);
  case T_MINUS: return value_num(a.num - b.num);
  case T_STAR: return value_num(a.num * b.num);
  case T_SLASH:
    if (b.num == 0)
      runtime_error(line, "division by zero");
    return value_num(a.num / b.num);
  case T_PERCENT:
    if (b.num == 0)
      runtime_error(line, "modulo by zero");
    return value_num(fmod(a.num, b.num));
  default:
    runtime_error(line, "bad operator %s", token_name(op));
    return value_num(0);
  }
}

static Value call(Node *n, int depth) {
  /* if_(c, a, b) is the one lazy builtin: it evaluates only one branch, so
   * recursive functions can stop. */
  if (!strcmp(n->name, "if_")) {
    if (n->nkids != 3)
      runtime_error(n->line, "if_ takes 3 arguments");
    return truthy(eval_expr(n->kids[0], depth + 1))
               ? eval_expr(n->kids[1], depth + 1)
               : eval_expr(n->kids[2], depth + 1);
  }
  Value args[16];
  for (int i = 0; i < n->nkids; i++)
    args[i] = eval_expr(n->kids[i], depth + 1);
  int arity;
  BuiltinFn fn = builtin_lookup(n->name, &arity);
  if (fn) {
    if (arity != n->nkids)
      runtime_error(n->line, "%s takes %d arguments", n->name, arity);
    return fn(args, n->nkids, n->line);
  }
  Node *def = table_get_func(n->name);
  if (!def)
    runtime_error(n->line, "unknown function %s", n->name);
  int np = def->nkids - 1;
  if (np != n->nkids)
    runtime_error(n->line, "%s takes %d arguments", n->name, np);
  if (depth > 2000)
    runtime_error(n->line, "recursion too deep");
  Value saved[8];
  int had[8];
  for (int i = 0; i < np; i++) {
    had[i] = table_get_var(def->kids[i]->name, &saved[i]);
    table_set_var(def->kids[i]->name, args[i]);
  }
  Value result = eval_expr(def->kids[np], depth + 1);
  for (int i = 0; i < np; i++)
    table_set_var(def->kids[i]->name, had[i] ? saved[i] : value_num(0));
  return result;
}

Value eval_expr(Node *n, int depth) {
  steps++;
  switch (n->kind) {
  case N_NUM: return value_num(n->num);
  case N_STR: return value_str(n->name);
  case N_VAR: {
    Value v;
    if (!table_get_var(n->name, &v))
      runtime_error(n->line, "undefined variable %s", n->name);
    return v;
  }
  case N_NEG: {
    Value v = eval_expr(n->kids[0], depth);
    if (v.kind != V_NUM)
      runtime_error(n->line, "cannot negate a string");
    return value_num(-v.num);
  }
  case N_NOT: return value_num(!truthy(eval_expr(n->kids[0], depth)));
  case N_BIN:
    if (n->op == T_AND) {
      Value l = eval_expr(n->kids[0], depth);
      return truthy(l) ? value_num(truthy(eval_expr(n->kids[1], depth))) : value_num(0);
    }
    if (n->op == T_OR) {
      Value l = eval_expr(n->kids[0], depth);
      return truthy(l) ? value_num(1) : value_num(truthy(eval_expr(n->kids[1], depth)));
    }
    return binary(n->op, eval_expr(n->kids[0], depth),
                  eval_expr(n->kids[1], depth), n->line);
  case N_CALL: return call(n, depth);
  default:
    runtime_error(n->line, "not an expression");
    return value_num(0);
  }
}

void eval_stmt(Node *n) {
  steps++;
  switch (n->kind) {
  case N_LET: table_set_var(n->name, eval_expr(n->kids[0], 0)); return;
  case N_PRINT:
    for (int i = 0; i < n->nkids; i++) {
      if (i)
        fputc(' ', stdout);
      value_print(eval_expr(n->kids[i], 0));
    }
    fputc('\n', stdout);
    return;
  case N_WHILE:
    while (truthy(eval_expr(n->kids[0], 0)))
      eval_stmt(n->kids[1]);
    return;
  case N_IF:
    if (truthy(eval_expr(n->kids[0], 0)))
      eval_stmt(n->kids[1]);
    else if (n->kids[2])
      eval_stmt(n->kids[2]);
    return;
  case N_DEF: table_set_func(n->name, n); return;
  case N_BLOCK:
    for (int i = 0; i < n->nkids; i++)
      eval_stmt(n->kids[i]);
    return;
  case N_EXPR: eval_expr(n->kids[0], 0); return;
  default: runtime_error(n->line, "not a statement");
  }
}

unsigned long eval_steps(void) { return steps; }
