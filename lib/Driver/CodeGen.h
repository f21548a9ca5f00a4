//===- CodeGen.h - Target setup and code generation of one module -*- C++ -*-=//
//
// What a worker does with a partition module once it is materialized, and
// the one-time target setup on the main thread. The pass pipeline is llc's,
// so a single partition gives llc's bytes (single-partition-matches-llc.ll).
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_DRIVER_CODEGEN_H
#define PARCG_DRIVER_CODEGEN_H

#include "parcg/CodeGenOptions.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/PGOOptions.h"
#include "llvm/Support/Error.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace llvm {
class Function;
class Module;
class Target;
} // namespace llvm

namespace parcg {

/// The target, resolved once from the flags and the module's triple.
struct ResolvedTarget {
  const llvm::Target *TheTarget = nullptr;
  llvm::Triple TT;
  llvm::TargetOptions Options;
};

/// Looks up the target for ModuleTriple (or -mtriple) and checks -mcpu.
llvm::Expected<ResolvedTarget> resolveTarget(const CodeGenOptions &CG,
                                             llvm::StringRef ModuleTriple);

/// The data layout string the target wants, to set on the module as llc does.
std::string targetDataLayout(const ResolvedTarget &RT,
                             const CodeGenOptions &CG);

struct CodeGenResult {
  llvm::SmallVector<char, 0> Output;
  /// Warnings and other non-fatal diagnostics, one per line, in emission
  /// order; printed by the driver in partition order.
  std::string Diagnostics;
  /// With TimeFunctions: each function's codegen microseconds (the thread's
  /// CPU time), by its name in the module, in codegen order.
  std::vector<std::pair<std::string, uint64_t>> FunctionMicros;
  /// With a split DWARF file: its bytes.
  llvm::SmallVector<char, 0> Dwo;
};

/// The calling thread's CPU time in microseconds, or 0 where the clock is
/// missing: what a partition or a function costs, without the time other
/// processes took the core.
uint64_t threadCPUMicros();

/// Where the calling thread's code generation is, for errors that carry no
/// function of their own (the assembler's, on inline asm) and for LLVM's
/// fatal errors ("cannot select"), which end the process: the driver sets
/// the partition and, with --reproducer-dir, the partition's bitcode before
/// codegen; generateCode sets the function before each of its passes.
struct WorkSite {
  int Partition = -1;
  const llvm::Function *Function = nullptr;
  const llvm::SmallVectorImpl<char> *Bitcode = nullptr;
  std::string ReproducerPath;
};

/// This thread's site.
WorkSite &currentWorkSite();

/// "partition 3: function 'f': ", or what of it is known.
std::string describeWorkSite(const WorkSite &S);

/// What else a pass run takes, beyond the pipeline text.
struct PassRunOptions {
  /// Print each pass as it runs (debug-pass-manager).
  bool DebugPassManager = false;
  /// The profile the passes see (sample-profile=, cs-profile-path=).
  std::optional<llvm::PGOOptions> PGO;
  /// Passes added before the pipeline text's (those no text can name with
  /// their arguments, such as a profile loader with its file).
  std::function<void(llvm::ModulePassManager &)> AddPasses;
  /// When set, each function's share of the pipeline is appended to it, in
  /// microseconds of the thread's CPU time, by the function's name: the
  /// function passes run on it (loop passes inside them included) and an
  /// even share of each CGSCC pass run on its SCC. Module passes are
  /// nobody's. For --write-cost-profile; the output is the same either way.
  std::vector<std::pair<std::string, uint64_t>> *FunctionMicros = nullptr;
};

/// Runs an `opt -passes=` pipeline on M with the target's analyses (TTI,
/// TargetLibraryInfo) and the default alias analyses.
llvm::Error runPasses(llvm::Module &M, const ResolvedTarget &RT,
                      const CodeGenOptions &CG, llvm::StringRef Pipeline,
                      const PassRunOptions &Run = PassRunOptions());

/// Checks that Pipeline parses as an `opt -passes=` pipeline.
llvm::Error checkPipeline(llvm::StringRef Pipeline);

/// Generates code for M (in its own LLVMContext) into Result. Errors carry
/// the diagnostics that caused them. With Verified, the caller has just run
/// the verifier itself (and reported failures as errors), so the pipeline's
/// own verifier pass, which would only repeat it, is left out. With
/// TimeFunctions, Result.FunctionMicros gets each function's time (for
/// --write-cost-profile); the output is the same either way. With
/// SplitDwarfFile, the debug info goes to Result.Dwo, which the object
/// names SplitDwarfFile.
llvm::Error generateCode(llvm::Module &M, const ResolvedTarget &RT,
                         const CodeGenOptions &CG,
                         llvm::StringRef OutputName, CodeGenResult &Result,
                         bool Verified = false, bool TimeFunctions = false,
                         llvm::StringRef SplitDwarfFile = "");

} // namespace parcg

#endif
