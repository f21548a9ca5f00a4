/* parser.c: recursive descent from tokens to an AST (precedence climbing
 * for binary operators). */
#include "minicalc.h"
#include <string.h>

static Token tok;
static unsigned nodes;

static void advance(void) { tok = lexer_next(); }

static void expect(TokenKind k) {
  if (tok.kind != k)
    runtime_error(tok.line, "expected %s, found %s", token_name(k),
                  token_name(tok.kind));
  advance();
}

static Node *node(NodeKind kind, int nkids) {
  Node *n = arena_alloc(sizeof(Node));
  n->kind = kind;
  n->line = tok.line;
  n->nkids = nkids;
  if (nkids)
    n->kids = arena_alloc(sizeof(Node *) * (size_t)nkids);
  nodes++;
  return n;
}

static int precedence(TokenKind k) {
  switch (k) {
  case T_OR: return 1;
  case T_AND: return 2;
  case T_EQEQ: case T_NE: return 3;
  case T_LT: case T_LE: case T_GT: case T_GE: return 4;
  case T_PLUS: case T_MINUS: return 5;
  case T_STAR: case T_SLASH: case T_PERCENT: return 6;
  default: return 0;
  }
}

static Node *parse_expr(int min_prec);

static Node *parse_call(const char *name) {
  Node *args[16];
  int n = 0;
  advance(); /* ( */
  if (tok.kind != T_RPAREN) {
    for (;;) {
      if (n == 16)
        runtime_error(tok.line, "too many arguments");
      args[n++] = parse_expr(1);
      if (tok.kind != T_COMMA)
        break;
      advance();
    }
  }
  expect(T_RPAREN);
  Node *c = node(N_CALL, n);
  c->name = name;
  memcpy(c->kids, args, sizeof(Node *) * (size_t)n);
  return c;
}

static Node *parse_primary(void) {
  Node *n;
  switch (tok.kind) {
  case T_NUM:
    n = node(N_NUM, 0);
    n->num = tok.num;
    advance();
    return n;
  case T_STR:
    n = node(N_STR, 0);
    n->name = arena_strdup(tok.start, (size_t)tok.len);
    advance();
    return n;
  case T_IDENT: {
    const char *name = arena_strdup(tok.start, (size_t)tok.len);
    advance();
    if (tok.kind == T_LPAREN)
      return parse_call(name);
    n = node(N_VAR, 0);
    n->name = name;
    return n;
  }
  case T_LPAREN:
    advance();
    n = parse_expr(1);
    expect(T_RPAREN);
    return n;
  case T_MINUS:
  case T_NOT: {
    NodeKind k = tok.kind == T_MINUS ? N_NEG : N_NOT;
    advance();
    n = node(k, 1);
    n->kids[0] = parse_expr(7);
    return n;
  }
  default:
    runtime_error(tok.line, "unexpected %s", token_name(tok.kind));
    return NULL;
  }
}

static Node *parse_expr(int min_prec) {
  Node *lhs = parse_primary();
  for (;;) {
    int prec = precedence(tok.kind);
    if (prec < min_prec || prec == 0)
      return lhs;
    TokenKind op = tok.kind;
    advance();
    Node *b = node(N_BIN, 2);
    b->op = op;
    b->kids[0] = lhs;
    b->kids[1] = parse_expr(prec + 1);
    lhs = b;
  }
}

static Node *parse_block(TokenKind stop1, TokenKind stop2);

static Node *parse_stmt(void) {
  Node *n;
  switch (tok.kind) {
  case T_LET:
    advance();
    if (tok.kind != T_IDENT)
      runtime_error(tok.line, "expected a name after let");
    n = node(N_LET, 1);
    n->name = arena_strdup(tok.start, (size_t)tok.len);
    advance();
    expect(T_EQ);
    n->kids[0] = parse_expr(1);
    return n;
  case T_PRINT: {
    Node *items[16];
    int k = 0;
    advance();
    for (;;) {
      if (k == 16)
        runtime_error(tok.line, "too many print items");
      items[k++] = parse_expr(1);
      if (tok.kind != T_COMMA)
        break;
      advance();
    }
    n = node(N_PRINT, k);
    memcpy(n->kids, items, sizeof(Node *) * (size_t)k);
    return n;
  }
  case T_WHILE:
    advance();
    n = node(N_WHILE, 2);
    n->kids[0] = parse_expr(1);
    expect(T_DO);
    n->kids[1] = parse_block(T_END, T_END);
    expect(T_END);
    return n;
  case T_IF:
    advance();
    n = node(N_IF, 3);
    n->kids[0] = parse_expr(1);
    expect(T_THEN);
    n->kids[1] = parse_block(T_ELSE, T_END);
    if (tok.kind == T_ELSE) {
      advance();
      n->kids[2] = parse_block(T_END, T_END);
    }
    expect(T_END);
    return n;
  case T_DEF: {
    advance();
    if (tok.kind != T_IDENT)
      runtime_error(tok.line, "expected a function name");
    const char *name = arena_strdup(tok.start, (size_t)tok.len);
    advance();
    expect(T_LPAREN);
    const char *params[8];
    int np = 0;
    while (tok.kind == T_IDENT) {
      if (np == 8)
        runtime_error(tok.line, "too many parameters");
      params[np++] = arena_strdup(tok.start, (size_t)tok.len);
      advance();
      if (tok.kind == T_COMMA)
        advance();
    }
    expect(T_RPAREN);
    expect(T_EQ);
    n = node(N_DEF, np + 1);
    n->name = name;
    for (int i = 0; i < np; i++) {
      n->kids[i] = node(N_VAR, 0);
      n->kids[i]->name = params[i];
    }
    n->kids[np] = parse_expr(1);
    return n;
  }
  default:
    n = node(N_EXPR, 1);
    n->kids[0] = parse_expr(1);
    return n;
  }
}

static Node *parse_block(TokenKind stop1, TokenKind stop2) {
  Node *stmts[256];
  int n = 0;
  for (;;) {
    while (tok.kind == T_NEWLINE)
      advance();
    if (tok.kind == T_EOF || tok.kind == stop1 || tok.kind == stop2)
      break;
    if (n == 256)
      runtime_error(tok.line, "block too long");
    stmts[n++] = parse_stmt();
    if (tok.kind != T_NEWLINE && tok.kind != T_EOF && tok.kind != stop1 &&
        tok.kind != stop2)
      runtime_error(tok.line, "expected end of statement, found %s",
                    token_name(tok.kind));
  }
  Node *b = node(N_BLOCK, n);
  memcpy(b->kids, stmts, sizeof(Node *) * (size_t)n);
  return b;
}

Node *parse_program(const char *src) {
  lexer_init(src);
  advance();
  Node *prog = parse_block(T_EOF, T_EOF);
  expect(T_EOF);
  return prog;
}

unsigned parser_node_count(void) { return nodes; }
