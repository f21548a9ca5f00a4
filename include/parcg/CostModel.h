//===- parcg/CostModel.h - Estimated codegen cost of IR --------*- C++ -*-===//
//
// A cheap estimate, read from IR in one pass over each function, of how long
// code generation will spend on a global value. The partitioner balances
// partitions by it. A function's cost is a weighted sum of features
// (FunctionFeatures); the weights are fitted to measured per-function codegen
// time by bench/calibrate-cost, which prints them. One unit is about one
// microsecond of llc -O2 on the machine the fit ran on; only ratios matter.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_COSTMODEL_H
#define PARCG_COSTMODEL_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>

namespace llvm {
class Function;
class GlobalVariable;
class Module;
class raw_ostream;
} // namespace llvm

namespace parcg {

/// What the cost of a function is made of. Counts, except where said.
struct FunctionFeatures {
  uint32_t Blocks = 0;
  /// Instructions other than the kinds counted below.
  uint32_t Instructions = 0;
  uint32_t PHIs = 0;
  /// Loads, stores, atomics.
  uint32_t MemoryOps = 0;
  /// Instructions whose result or first operand is a vector.
  uint32_t VectorOps = 0;
  /// Calls and invokes of functions (not intrinsics), and their arguments.
  uint32_t Calls = 0;
  uint32_t CallArgs = 0;
  uint32_t Invokes = 0;
  /// Intrinsic calls codegen lowers (not assume-like markers).
  uint32_t Intrinsics = 0;
  uint32_t SwitchCases = 0;
  uint32_t InlineAsm = 0;
  /// Branches to a block earlier in layout order: loops, cheaply.
  uint32_t BackEdges = 0;
  /// Debug records and debug intrinsics: debug-info volume.
  uint32_t DebugRecords = 0;
  /// Instructions of all kinds (the size the superlinear term uses).
  uint32_t Size = 0;
  /// The sum over blocks of the block's memory operations squared: the
  /// schedulers (SelectionDAG's and the machine scheduler) chain memory
  /// dependences within a block, so a block of many stores (a static
  /// constructor filling a table) costs quadratically.
  uint64_t BlockMemoryOpsSquared = 0;
};

/// Reads F's features. Declarations have none.
FunctionFeatures functionFeatures(const llvm::Function &F);

/// The cost of a function with these features.
uint64_t costFromFeatures(const FunctionFeatures &FF);

/// Estimated codegen cost of a function definition. Declarations cost 0.
uint64_t estimateFunctionCost(const llvm::Function &F);

/// Estimated cost of emitting a global variable definition.
uint64_t estimateVariableCost(const llvm::GlobalVariable &GV);

/// --cost-weights (for bench/calibrate-cost): replaces the fitted weights
/// for the rest of the process with the "uint64_t Name = N;" lines of Text
/// (as calibrate-cost prints them); weights not named stay. Call before any
/// cost is estimated: it is not thread-safe.
llvm::Error setCostWeights(llvm::StringRef Text);

/// --print-cost-features: a tab-separated table, one row per function
/// definition in module order, a header row first (for bench/calibrate-cost).
void printCostFeatures(const llvm::Module &M, llvm::raw_ostream &OS);

} // namespace parcg

#endif
