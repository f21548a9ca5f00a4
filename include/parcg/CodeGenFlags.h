//===- parcg/CodeGenFlags.h - CodeGenOptions from llc's flags ---*- C++ -*-===//
//
// For tools: fills parcg::CodeGenOptions from LLVM's standard codegen flags
// (-mcpu, -mattr, -relocation-model, -code-model, ...), as llc reads them.
// The tool must hold a codegen::RegisterCodeGenFlags and have parsed its
// command line; the library itself never reads a cl::opt.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_CODEGENFLAGS_H
#define PARCG_CODEGENFLAGS_H

#include "parcg/CodeGenOptions.h"

namespace parcg {

/// LLVM's codegen flags as CodeGenOptions at OptLevel, with llc's extras on
/// top of the registered flags (AsmVerbose for -asm-verbose).
CodeGenOptions codeGenOptionsFromFlags(llvm::CodeGenOptLevel OptLevel,
                                       bool AsmVerbose);

} // namespace parcg

#endif
