//===- parcg/Splitter.h - From one module to partition modules -*- C++ -*-===//
//
// The splitter turns a plan into partition modules. It promotes the locals
// the plan marks as referenced across partitions, once, in the original
// module; the module is then serialized once, and each worker materializes
// only its own partition's bodies from that bitcode, in its own LLVMContext.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_SPLITTER_H
#define PARCG_SPLITTER_H

#include "parcg/Partitioner.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <memory>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace parcg {

/// Gives every local with PlanSymbol::ReferencedAcross external linkage,
/// hidden visibility and a name "<old>.parcg.<hash>" that no other symbol of
/// the module has; records the old names in the plan. The hash is of the
/// module's external symbol names, so that two different modules' promoted
/// locals cannot meet in one link.
void promoteCrossPartitionLocals(llvm::Module &M, PartitionPlan &Plan);

struct PartitionLoadOptions {
  /// The bitcode is the original input rather than the promoted module: the
  /// plan's promotions are applied while loading (its names must match the
  /// plan's names before promotion, see inputMatchesPlan).
  bool ApplyPromotions = false;
  /// Given to the bitcode reader (the target's data layout, as the main
  /// thread's parse got it).
  llvm::ParserCallbacks Callbacks;
};

/// Reads partition Index of Bitcode into Ctx: its own definitions with their
/// bodies, every other symbol it uses as a declaration, module-level arrays
/// restricted to what it defines.
llvm::Expected<std::unique_ptr<llvm::Module>>
loadPartition(llvm::MemoryBufferRef Bitcode, llvm::LLVMContext &Ctx,
              const PartitionPlan &Plan, unsigned Index,
              const PartitionLoadOptions &Opts = {});

/// Whether workers can read their partitions straight from the input
/// bitcode: a lazy read of it lists the plan's symbols, in order, under their
/// names before promotion. (Reading old bitcode can add or drop intrinsic
/// declarations during materialization; then the module is serialized.)
bool inputMatchesPlan(llvm::MemoryBufferRef Bitcode, const PartitionPlan &Plan,
                      const llvm::ParserCallbacks &Callbacks);

} // namespace parcg

#endif
