//===- parcg/Splitter.h - From one module to partition modules -*- C++ -*-===//
//
// The splitter turns a plan into partition modules. It names the locals the
// plan marks as referenced across partitions. Then either the main thread
// cuts the module into one module per partition (splitModule), each written
// to bitcode that its worker reads into its own LLVMContext
// (loadSplitPartition), or each worker reads the whole module's bitcode
// lazily, applies the promotions, and materializes only its own partition's
// bodies (loadPartition). Both give the same partition modules.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_SPLITTER_H
#define PARCG_SPLITTER_H

#include "parcg/Partitioner.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <memory>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm

namespace parcg {

/// Names every local with PlanSymbol::ReferencedAcross, and (with more than
/// one partition) every unnamed definition that is not local:
/// "<old>.parcg.<hash>" ("__parcg_unnamed.<ordinal>.parcg.<hash>"),
/// made unique as if renamed one by one in plan order; records the old name
/// in PromotedFrom. The hash is of the source file name and one strong
/// definition the module exports (the same after edits elsewhere in the
/// module), so two different modules' promoted locals cannot meet in one
/// link. M is not changed: each worker applies the promotions (external
/// linkage, hidden visibility) as it reads its partition.
void assignPromotedNames(const llvm::Module &M, PartitionPlan &Plan);

struct PartitionLoadOptions {
  /// Given to the bitcode reader (the target's data layout, as the main
  /// thread's parse got it).
  llvm::ParserCallbacks Callbacks;
};

/// Reads partition Index of Bitcode (the planned module, before promotion:
/// the input itself, or the module as the main thread had it) into Ctx,
/// promoting as planned: its own definitions with their bodies, every other
/// symbol it uses as a declaration, module-level arrays restricted to what it
/// defines.
llvm::Expected<std::unique_ptr<llvm::Module>>
loadPartition(llvm::MemoryBufferRef Bitcode, llvm::LLVMContext &Ctx,
              const PartitionPlan &Plan, unsigned Index,
              const PartitionLoadOptions &Opts = {});

/// Whether splitModule can cut M: no metadata names a global (other than
/// the values of debug records). Metadata is shared by the modules of one
/// context, and such a node could name a global only some partitions have;
/// those modules go to the workers as one bitcode (loadPartition).
bool canSplitInPlace(const llvm::Module &M);

/// Cuts M into the plan's partition modules, in M's context: promotes the
/// plan's locals, moves each definition into its partition's module, and
/// gives each module declarations of only the globals its code names (and
/// its copies of replicated constants), as loadPartition would leave them.
/// M keeps its declarations; the partitions must be destroyed before it.
/// Requires canSplitInPlace(M).
llvm::Expected<std::vector<std::unique_ptr<llvm::Module>>>
splitModule(llvm::Module &M, const PartitionPlan &Plan);

/// Reads one partition splitModule made, written to bitcode, into Ctx, and
/// prunes its compile units' global variable lists as loadPartition does.
llvm::Expected<std::unique_ptr<llvm::Module>>
loadSplitPartition(llvm::MemoryBufferRef Bitcode, llvm::LLVMContext &Ctx,
                   const PartitionLoadOptions &Opts = {});

/// Whether workers can read their partitions straight from the input
/// bitcode: a lazy read of it lists the plan's symbols, in order, under their
/// names before promotion. (Reading old bitcode can add or drop intrinsic
/// declarations during materialization; then the module is serialized.)
bool inputMatchesPlan(llvm::MemoryBufferRef Bitcode, const PartitionPlan &Plan,
                      const llvm::ParserCallbacks &Callbacks);

} // namespace parcg

#endif
