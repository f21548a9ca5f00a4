//===- AsmWriter.cpp - Concatenate partition assembly into one file -------===//
//
// Each partition's assembly is a complete file for one object; pasted one
// after another they assemble into one object, except for names that are
// local to an object but not to a file: the assembler-local labels (.L*,
// numbered per object: .LBB0_1, .Lfunc_end0, .LCPI0_0, .Ltmp0) and the
// symbols of unnamed globals (__unnamed_N). Partition I's are renamed to
// .L<I>.* and __unnamed_p<I>_N, which no other partition can produce.
// Everything else (sections, directives, .file, .ident, .addrsig) may
// repeat. DWARF cannot be pasted this way: .file/.loc numbers and the
// DW_AT_decl_file constants in .debug_info index one line table per object,
// so assembly with debug info from several partitions is refused.
//
//===----------------------------------------------------------------------===//

#include "parcg/ObjectWriter.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;
using namespace parcg;

static bool isIdentChar(char C) {
  return isAlnum(C) || C == '_' || C == '.' || C == '$';
}

/// Whether a line of Text is a directive that only assembly with debug
/// line information has: `.loc` or a numbered `.file`.
static bool hasDebugLineDirectives(StringRef Text) {
  for (StringRef Rest = Text; !Rest.empty();) {
    auto [Line, Tail] = Rest.split('\n');
    Rest = Tail;
    Line = Line.ltrim(" \t");
    if (Line.consume_front(".loc") && (Line.empty() || isSpace(Line[0])))
      return true;
    if (Line.consume_front(".file") && !Line.empty() && isSpace(Line[0]) &&
        isDigit(Line.ltrim(" \t").front()))
      return true;
  }
  return false;
}

Error AsmWriter::add(unsigned Index, StringRef Assembly, StringRef Name) {
  if (hasDebugLineDirectives(Assembly))
    return createStringError(
        inconvertibleErrorCode(),
        Name + ": one assembly file from several partitions cannot carry "
               "debug info; use -filetype=obj, --output-dir or --partitions=1");
  std::string Label = ".L" + utostr(Index) + ".";
  std::string Unnamed = "__unnamed_p" + utostr(Index) + "_";
  Text.reserve(Text.size() + Assembly.size() + Assembly.size() / 16);
  size_t I = 0, N = Assembly.size();
  bool InString = false;
  while (I < N) {
    char C = Assembly[I];
    if (InString) {
      Text += C;
      if (C == '\\' && I + 1 < N) {
        Text += Assembly[I + 1];
        I += 2;
        continue;
      }
      if (C == '"')
        InString = false;
      ++I;
      continue;
    }
    if (C == '"') {
      InString = true;
      Text += C;
      ++I;
      continue;
    }
    bool TokenStart = I == 0 || !isIdentChar(Assembly[I - 1]);
    if (TokenStart && C == '.' && I + 2 < N && Assembly[I + 1] == 'L' &&
        isIdentChar(Assembly[I + 2])) {
      Text += Label;
      I += 2;
      continue;
    }
    if (TokenStart && C == '_' && Assembly.substr(I).starts_with("__unnamed_")) {
      size_t D = I + 10;
      size_t E = D;
      while (E < N && isDigit(Assembly[E]))
        ++E;
      if (E > D && (E == N || !isIdentChar(Assembly[E]))) {
        Text += Unnamed;
        Text.append(Assembly.data() + D, E - D);
        I = E;
        continue;
      }
    }
    // Copy the rest of an identifier as it is, so no suffix of it is
    // mistaken for a token start.
    if (isIdentChar(C)) {
      size_t E = I + 1;
      while (E < N && isIdentChar(Assembly[E]))
        ++E;
      Text.append(Assembly.data() + I, E - I);
      I = E;
      continue;
    }
    Text += C;
    ++I;
  }
  if (!Text.empty() && Text.back() != '\n')
    Text += '\n';
  return Error::success();
}
