//===- Strategies.h - Where the groups go -----------------------*- C++ -*-===//
//
// The three placements of --partition-strategy (Strategies.cpp), on the
// group graph planPartitions builds (Partitioner.cpp). Each returns, by
// node, the partition (bin) of each group root, ~0u elsewhere, and sets
// NumParts to the number of bins it used; planPartitions numbers them.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_PARTITION_STRATEGIES_H
#define PARCG_PARTITION_STRATEGIES_H

#include "GraphPartitioner.h"
#include "SymbolGraph.h"

namespace parcg {

/// What every strategy places: the groups, by root (their first member in
/// module order), with their costs and the edges between them.
struct GroupGraph {
  std::vector<unsigned> Roots; // In module order.
  std::vector<uint64_t> Cost;  // By node; meaningful for roots.
  /// Summed per pair, A < B, sorted by (A, B).
  std::vector<GroupEdge> Edges;
  uint64_t TotalCost = 0;
  /// Balanced only: by node, meaningful for roots, the families of the
  /// group's costliest function (familyKeys), numbered in module order.
  /// Empty when not computed.
  std::vector<FamilyIds> Family;
};

/// Balanced (the default): a group that costs a share or more of what is
/// left gets a partition of its own; the rest go through the multilevel
/// graph partitioner (GraphPartitioner.h), their families spread.
std::vector<unsigned> placeBalanced(const GroupGraph &GG, unsigned NumNodes,
                                    unsigned &NumParts);

/// Stable: contiguous runs of the function groups in module order, cut at
/// boundaries anchored to names near each ideal cumulative cost, or at the
/// boundaries of an earlier plan (Base: the names that start its
/// partitions, sorted) where they still fit.
std::vector<unsigned> placeStable(const GroupGraph &GG,
                                  const PartitionPlan &Plan,
                                  UnionFind &GroupsUF,
                                  llvm::ArrayRef<SymbolEdge> Edges,
                                  unsigned Anchor, unsigned NumNodes,
                                  llvm::ArrayRef<std::string> Base,
                                  unsigned &NumParts);

/// Round robin: groups dealt in module order; a baseline.
std::vector<unsigned> placeRoundRobin(const GroupGraph &GG, unsigned NumNodes,
                                      unsigned &NumParts);

/// The families of each group (Families.cpp): its costliest function's
/// (ties: the first), numbered in module order; NoFamily for groups
/// without a function or family.
std::vector<FamilyIds> groupFamilies(const PartitionPlan &Plan,
                                     UnionFind &Groups,
                                     llvm::ArrayRef<unsigned> Roots,
                                     unsigned NumNodes,
                                     llvm::function_ref<bool(unsigned)> IsNode);

} // namespace parcg

#endif
