/* lexer.c: turns source text into tokens, one at a time. */
#include "minicalc.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *cur;
static int line;
static unsigned count;

static const struct {
  const char *word;
  TokenKind kind;
} keywords[] = {
    {"let", T_LET},   {"print", T_PRINT}, {"while", T_WHILE}, {"do", T_DO},
    {"end", T_END},   {"if", T_IF},       {"then", T_THEN},   {"else", T_ELSE},
    {"def", T_DEF},   {"and", T_AND},     {"or", T_OR},       {"not", T_NOT},
};

static Token make(TokenKind k, const char *start, int len) {
  Token t;
  t.kind = k;
  t.start = start;
  t.len = len;
  t.num = 0;
  t.line = line;
  count++;
  return t;
}

static void skip_space_and_comments(void) {
  for (;;) {
    while (*cur == ' ' || *cur == '\t' || *cur == '\r')
      cur++;
    if (*cur == '#') {
      while (*cur && *cur != '\n')
        cur++;
      continue;
    }
    return;
  }
}

void lexer_init(const char *src) {
  cur = src;
  line = 1;
}

unsigned lexer_token_count(void) { return count; }

Token lexer_next(void) {
  skip_space_and_comments();
  const char *s = cur;
  char c = *cur;
  if (!c)
    return make(T_EOF, s, 0);
  cur++;
  switch (c) {
  case '\n': {
    Token t = make(T_NEWLINE, s, 1);
    line++;
    return t;
  }
  case ';': return make(T_NEWLINE, s, 1);
  case '(': return make(T_LPAREN, s, 1);
  case ')': return make(T_RPAREN, s, 1);
  case ',': return make(T_COMMA, s, 1);
  case '+': return make(T_PLUS, s, 1);
  case '-': return make(T_MINUS, s, 1);
  case '*': return make(T_STAR, s, 1);
  case '/': return make(T_SLASH, s, 1);
  case '%': return make(T_PERCENT, s, 1);
  case '=':
    if (*cur == '=') { cur++; return make(T_EQEQ, s, 2); }
    return make(T_EQ, s, 1);
  case '!':
    if (*cur == '=') { cur++; return make(T_NE, s, 2); }
    break;
  case '<':
    if (*cur == '=') { cur++; return make(T_LE, s, 2); }
    return make(T_LT, s, 1);
  case '>':
    if (*cur == '=') { cur++; return make(T_GE, s, 2); }
    return make(T_GT, s, 1);
  case '"': {
    while (*cur && *cur != '"' && *cur != '\n')
      cur++;
    if (*cur != '"')
      runtime_error(line, "unterminated string");
    Token t = make(T_STR, s + 1, (int)(cur - s - 1));
    cur++;
    return t;
  }
  default:
    break;
  }
  if (isdigit((unsigned char)c)) {
    char *endp;
    double v = strtod(s, &endp);
    cur = endp;
    Token t = make(T_NUM, s, (int)(cur - s));
    t.num = v;
    return t;
  }
  if (isalpha((unsigned char)c) || c == '_') {
    while (isalnum((unsigned char)*cur) || *cur == '_')
      cur++;
    int len = (int)(cur - s);
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
      if ((int)strlen(keywords[i].word) == len &&
          !memcmp(keywords[i].word, s, (size_t)len))
        return make(keywords[i].kind, s, len);
    return make(T_IDENT, s, len);
  }
  runtime_error(line, "unexpected character '%c'", c);
  return make(T_EOF, s, 0);
}

const char *token_name(TokenKind k) {
  static const char *const names[] = {
      "end of input", "number", "string", "identifier", "newline", "(", ")",
      ",", "+", "-", "*", "/", "%", "=", "==", "!=", "<", "<=", ">", ">=",
      "let", "print", "while", "do", "end", "if", "then", "else", "def",
      "and", "or", "not"};
  return names[k];
}
