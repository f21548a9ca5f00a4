//===- CostModel.cpp - Estimated codegen cost of IR -----------------------===//
//
// Version 1 of the cost model: a weighted instruction count. Instruction
// selection and register allocation dominate codegen time and grow with the
// number of instructions and blocks; calls add argument lowering and
// call-frame setup; switches add jump tables or search trees. The weights are
// rough; calibrating them against measured per-function codegen time is the
// cost-model issue's work.
//
//===----------------------------------------------------------------------===//

#include "parcg/CostModel.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

// Fixed per-function work: frame lowering, prologue/epilogue, MachineFunction
// setup and the per-function passes that run even on tiny bodies.
static constexpr uint64_t FunctionBaseCost = 40;
static constexpr uint64_t BlockCost = 3;
static constexpr uint64_t InstructionCost = 2;
static constexpr uint64_t CallCost = 6;
static constexpr uint64_t CallArgCost = 1;
static constexpr uint64_t SwitchCaseCost = 2;
static constexpr uint64_t InlineAsmCost = 20;

static uint64_t instructionCost(const Instruction &I) {
  if (const auto *II = dyn_cast<IntrinsicInst>(&I)) {
    // Markers that codegen drops or folds.
    if (II->isAssumeLikeIntrinsic() || isa<DbgInfoIntrinsic>(II))
      return 0;
    return InstructionCost * 2;
  }
  if (const auto *CB = dyn_cast<CallBase>(&I)) {
    uint64_t Cost = CallCost + CallArgCost * CB->arg_size();
    if (CB->isInlineAsm())
      Cost += InlineAsmCost;
    return Cost;
  }
  if (const auto *SI = dyn_cast<SwitchInst>(&I))
    return InstructionCost + SwitchCaseCost * SI->getNumCases();
  if (isa<PHINode>(I))
    return 1;
  return InstructionCost;
}

uint64_t parcg::estimateFunctionCost(const Function &F) {
  if (F.isDeclaration())
    return 0;
  uint64_t Cost = FunctionBaseCost;
  for (const BasicBlock &BB : F) {
    Cost += BlockCost;
    for (const Instruction &I : BB)
      Cost += instructionCost(I);
  }
  return Cost;
}

uint64_t parcg::estimateVariableCost(const GlobalVariable &GV) {
  if (!GV.hasInitializer())
    return 0;
  // Emitting data is cheap: a directive per element, a relocation per
  // pointer. Charge by size, at most a little per KiB.
  uint64_t Size = GV.getParent()->getDataLayout().getTypeAllocSize(
      GV.getValueType());
  return 1 + Size / 256;
}
