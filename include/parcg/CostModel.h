//===- parcg/CostModel.h - Estimated codegen cost of IR --------*- C++ -*-===//
//
// A cheap estimate, read from IR, of how long code generation will spend on a
// global value. The partitioner balances partitions by it. Units are
// "cost units" (about half an average instruction's codegen time); only
// ratios matter.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_COSTMODEL_H
#define PARCG_COSTMODEL_H

#include <cstdint>

namespace llvm {
class Function;
class GlobalVariable;
} // namespace llvm

namespace parcg {

/// Estimated codegen cost of a function definition. Declarations cost 0.
uint64_t estimateFunctionCost(const llvm::Function &F);

/// Estimated cost of emitting a global variable definition.
uint64_t estimateVariableCost(const llvm::GlobalVariable &GV);

} // namespace parcg

#endif
