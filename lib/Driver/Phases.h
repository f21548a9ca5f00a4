//===- Phases.h - What the front phases hand to the back phases -*- C++ -*-===//
//
// A parcg run has two front ends (one module as llc reads it; several
// bitcode files merged and optimized whole-program) and one back end
// (compile partitions on workers, emit). PlannedModule is what a front end
// hands to the back end: the plan, the bitcode the workers read, and the
// target.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_DRIVER_PHASES_H
#define PARCG_DRIVER_PHASES_H

#include "CodeGen.h"
#include "parcg/Driver.h"
#include "parcg/Splitter.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>

namespace parcg {

struct PlannedModule {
  PartitionPlan Plan;
  ResolvedTarget RT;
  /// What workers give the bitcode reader (the data layout).
  PartitionLoadOptions Load;
  /// The bitcode workers read: the unpromoted module, either the input file
  /// itself or a serialization of the module the front end planned.
  llvm::MemoryBufferRef Source;
  std::unique_ptr<llvm::MemoryBuffer> InputBuffer;
  llvm::SmallVector<char, 0> Serialized;
  /// With split modules: partition I's own module as bitcode, which its
  /// worker reads instead of Source (splitForWorkers).
  std::vector<llvm::SmallVector<char, 0>> PartitionBitcode;
  /// Single-module mode with one partition: the module itself, compiled on
  /// the main thread exactly as llc would.
  llvm::LLVMContext Ctx;
  std::unique_ptr<llvm::Module> Whole;
  /// Names outputs: "<OutputStem>.<index>.o" in --output-dir.
  std::string OutputStem;
  /// Run on each partition before codegen (whole-program mode).
  std::string PartitionPasses;
  /// Print the partition passes as they run (debug-pass-manager).
  bool DebugPassManager = false;
  /// Where --save-temps writes partition modules ("" when off).
  std::string SaveTempsPrefix;
};

/// Whole-program front end: merges Opts.LTO.Inputs with LLVM's LTO API,
/// resolves symbols, runs the IPO pipeline, plans.
llvm::Error mergeWholeProgram(const Options &Opts, PlannedModule &PM);

/// Cuts M (planned in PM.Plan) into partition modules and writes each to
/// PM.PartitionBitcode on a pool as wide as the workers'; M keeps only
/// declarations. Requires canSplitInPlace(M).
llvm::Error splitForWorkers(const Options &Opts, PlannedModule &PM,
                            llvm::Module &M);

llvm::Error fileError(const llvm::Twine &File, const llvm::Twine &Reason);

} // namespace parcg

#endif
