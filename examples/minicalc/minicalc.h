/* minicalc: shared declarations of the bundled example program. */
#ifndef MINICALC_H
#define MINICALC_H

#include <stddef.h>

/* Values are numbers or strings. Strings live in the arena. */
typedef enum { V_NUM, V_STR } ValueKind;
typedef struct {
  ValueKind kind;
  double num;
  const char *str;
} Value;

/* arena.c: every allocation of a run, freed at once at the end. */
void *arena_alloc(size_t size);
char *arena_strdup(const char *s, size_t len);
void arena_free_all(void);
size_t arena_bytes(void);

/* lexer.c */
typedef enum {
  T_EOF, T_NUM, T_STR, T_IDENT, T_NEWLINE, T_LPAREN, T_RPAREN, T_COMMA,
  T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_EQ, T_EQEQ, T_NE, T_LT,
  T_LE, T_GT, T_GE, T_LET, T_PRINT, T_WHILE, T_DO, T_END, T_IF, T_THEN,
  T_ELSE, T_DEF, T_AND, T_OR, T_NOT
} TokenKind;
typedef struct {
  TokenKind kind;
  const char *start;
  int len;
  double num;
  int line;
} Token;
void lexer_init(const char *src);
Token lexer_next(void);
const char *token_name(TokenKind k);
unsigned lexer_token_count(void);

/* parser.c: the AST. */
typedef enum {
  N_NUM, N_STR, N_VAR, N_BIN, N_NEG, N_NOT, N_CALL,
  N_LET, N_PRINT, N_WHILE, N_IF, N_DEF, N_BLOCK, N_EXPR
} NodeKind;
typedef struct Node Node;
struct Node {
  NodeKind kind;
  TokenKind op;
  double num;
  const char *name;
  Node **kids;
  int nkids;
  int line;
};
Node *parse_program(const char *src);
unsigned parser_node_count(void);

/* table.c: variables and user functions by name. */
void table_set_var(const char *name, Value v);
int table_get_var(const char *name, Value *out);
void table_set_func(const char *name, Node *def);
Node *table_get_func(const char *name);
unsigned table_size(void);
void table_reset(void);

/* builtins.c */
typedef Value (*BuiltinFn)(const Value *args, int nargs, int line);
BuiltinFn builtin_lookup(const char *name, int *arity);
Value value_num(double n);
Value value_str(const char *s);
void value_print(Value v);
const char *value_to_string(Value v);
int builtin_calls(void);

/* eval.c */
Value eval_expr(Node *n, int depth);
void eval_stmt(Node *n);
unsigned long eval_steps(void);
void runtime_error(int line, const char *fmt, ...);

#endif
