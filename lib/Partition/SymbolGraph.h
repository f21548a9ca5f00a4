//===- SymbolGraph.h - A module read as a graph of symbols ------*- C++ -*-===//
//
// What the planner knows of a module: the plan's symbols (one per global
// value, in module order: Partitioner.h), the groups of them that must
// live in one partition, and the uses of one symbol by another. Read once,
// by GraphBuilder (SymbolGraph.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_PARTITION_SYMBOLGRAPH_H
#define PARCG_PARTITION_SYMBOLGRAPH_H

#include "parcg/Partitioner.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace llvm {
class Constant;
class Function;
class GlobalValue;
class Module;
} // namespace llvm

namespace parcg {

/// Union-find whose root is always the smallest member, so a group's id is
/// its first member in module order.
struct UnionFind {
  std::vector<unsigned> Parent;
  explicit UnionFind(unsigned N) : Parent(N) {
    for (unsigned I = 0; I < N; ++I)
      Parent[I] = I;
  }
  unsigned find(unsigned X) {
    while (Parent[X] != X) {
      Parent[X] = Parent[Parent[X]];
      X = Parent[X];
    }
    return X;
  }
  void unite(unsigned A, unsigned B) {
    A = find(A);
    B = find(B);
    if (A == B)
      return;
    if (A > B)
      std::swap(A, B);
    Parent[B] = A;
  }
};

/// A use of one symbol by another, with how many times it occurs.
struct SymbolEdge {
  unsigned From, To;
  uint32_t Count;
  bool IsCall;
};

/// Per use target while scanning one owner.
struct UseCounts {
  uint32_t Calls = 0, Refs = 0;
};

/// Reads the module once and builds the nodes, groups and edges.
class GraphBuilder {
public:
  GraphBuilder(const llvm::Module &M, PartitionPlan &Plan)
      : Groups(0), M(M), Plan(Plan) {}

  void build();

  unsigned anchor() const { return Plan.Symbols.size(); }
  unsigned numNodes() const { return Plan.Symbols.size() + 1; }

  UnionFind Groups;
  std::vector<SymbolEdge> Edges;

private:
  void scanConstant(const llvm::Constant *C, unsigned Owner, bool IsCall);
  void scanFunction(const llvm::Function &F, unsigned Owner);
  void scanAsmNames(llvm::StringRef Asm, unsigned Owner);
  void scanSymverNames(llvm::StringRef Asm, unsigned Owner);
  void flushUses(unsigned Owner);
  std::optional<unsigned> definedOrdinal(const llvm::GlobalValue *GV) const;
  /// Calls Fn(Ordinal) for each definition llvm.used or llvm.compiler.used
  /// lists.
  void forEachUsedListed(llvm::function_ref<void(unsigned)> Fn) const;

  const llvm::Module &M;
  PartitionPlan &Plan;
  llvm::DenseMap<const llvm::GlobalValue *, unsigned> OrdinalOf;
  llvm::StringMap<unsigned> LocalByName; // Built only when some asm names symbols.
  llvm::StringMap<unsigned> DefinedByName; // Built only for .symver directives.
  // Per-owner scratch, flushed into Edges in target order.
  llvm::SmallPtrSet<const llvm::Constant *, 32> Visited;
  llvm::DenseMap<unsigned, UseCounts> Uses;
};

} // namespace parcg

#endif
