//===- parcg/CodeGenOptions.h - What code generation needs -----*- C++ -*-===//
//
// The target and codegen settings of a run, as plain data: filled by the
// tools (CodeGenFlags.h, from llc's flags) or by the plugin, read by the
// driver and by code generation (lib/Driver/CodeGen.h), which needs nothing
// else of the driver.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_CODEGENOPTIONS_H
#define PARCG_CODEGENOPTIONS_H

#include "llvm/Support/CodeGen.h"
#include "llvm/Target/TargetOptions.h"
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace llvm {
class Module;
class Triple;
} // namespace llvm

namespace parcg {

/// Everything codegen needs, copied out of LLVM's codegen flags once on the
/// main thread so workers never touch a cl::opt.
struct CodeGenOptions {
  /// For -mtriple; empty: the module's triple, or the host's.
  std::string TargetTriple;
  /// For -march.
  std::string Arch;
  /// For -mcpu and -mattr.
  std::string CPU;
  std::string Features;
  /// LLVM's codegen flags as TargetOptions for a triple
  /// (codegen::InitTargetOptionsFromCodeGenFlags and llc's extras). Called
  /// once, on the main thread, when the module's triple is known.
  std::function<llvm::TargetOptions(const llvm::Triple &)> MakeTargetOptions;
  std::optional<llvm::Reloc::Model> RelocModel;
  std::optional<llvm::CodeModel::Model> CodeModel;
  std::optional<uint64_t> LargeDataThreshold;
  llvm::FloatABI::ABIType FloatABIForCalls = llvm::FloatABI::Default;
  /// For -O0..-O3.
  llvm::CodeGenOptLevel OptLevel = llvm::CodeGenOptLevel::Default;
  /// For -filetype.
  llvm::CodeGenFileType FileType = llvm::CodeGenFileType::ObjectFile;
  /// For -disable-verify.
  bool DisableVerify = false;
  /// For dwo_dir= (the plugin): split DWARF, each partition's .dwo in
  /// DIR/<partition>.dwo, named by its object (DW_AT_dwo_name), as LLVM's
  /// LTO names the .dwo of each codegen task.
  std::string DwoDir;
  /// Applies -mcpu, -mattr and the function-attribute flags to a module's
  /// functions, as llc does (codegen::setFunctionAttributes). Runs on the
  /// main thread only.
  std::function<void(llvm::Module &)> SetFunctionAttributes;
};

} // namespace parcg

#endif
