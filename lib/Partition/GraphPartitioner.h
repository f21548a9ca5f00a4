//===- GraphPartitioner.h - Multilevel k-way partitioning -------*- C++ -*-===//
//
// The balanced strategy's engine, on plain weighted graphs: node weights,
// edges between node indices, and optionally each node's families. It knows
// nothing of IR, so it can be tested on hand-made graphs
// (unittests/GraphPartitionerTest.cpp). Every order is by node index, and
// every tie is broken by it, so the result is a function of the graph.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_PARTITION_GRAPHPARTITIONER_H
#define PARCG_PARTITION_GRAPHPARTITIONER_H

#include "llvm/ADT/ArrayRef.h"
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace parcg {

/// A function's families, by kind: its template's, and its first template
/// argument's (Families.cpp); ~0u for none.
using FamilyIds = std::array<unsigned, 2>;
constexpr FamilyIds NoFamily = {~0u, ~0u};

/// An edge between nodes A and B.
struct GroupEdge {
  unsigned A, B;
  uint64_t Weight;
};

/// Sorts Edges by (A, B) and sums the weights of each pair into one edge.
void sumParallelEdges(std::vector<GroupEdge> &Edges);

/// One level of the coarsening: node weights and adjacency (CSR, each
/// node's neighbours in ascending order).
struct GraphLevel {
  std::vector<uint64_t> Weight;
  std::vector<unsigned> First;
  std::vector<std::pair<unsigned, uint64_t>> Adj;
  unsigned size() const { return Weight.size(); }
  llvm::ArrayRef<std::pair<unsigned, uint64_t>> neighbours(unsigned U) const {
    return llvm::ArrayRef(Adj).slice(First[U], First[U + 1] - First[U]);
  }
};

/// A level of nodes with the weights Weight and the edges Edges (A < B,
/// sorted by (A, B), each pair once: sumParallelEdges).
GraphLevel makeLevel(std::vector<uint64_t> Weight,
                     llvm::ArrayRef<GroupEdge> Edges);

/// The weight of L's edges between different partitions of Part.
uint64_t cutOf(const GraphLevel &L, llvm::ArrayRef<unsigned> Part);

/// What spreadFamilies keeps: the cap of each family it spreads and that
/// family's load in each partition, so that refinement after it moves no
/// member into a partition that would then hold more than the cap.
struct FamilyCaps {
  unsigned NumParts = 0;
  /// By node of the finest level: the slots of its families, or ~0u.
  std::vector<FamilyIds> Slots;
  /// By slot.
  std::vector<uint64_t> Cap;
  /// By slot * NumParts + partition.
  std::vector<uint64_t> Load;

  uint64_t &load(unsigned S, unsigned P) {
    return Load[size_t(S) * NumParts + P];
  }
  bool fits(unsigned U, unsigned To, uint64_t W) const {
    for (unsigned S : Slots[U])
      if (S != ~0u && Load[size_t(S) * NumParts + To] + W > Cap[S])
        return false;
    return true;
  }
  void moved(unsigned U, unsigned From, unsigned To, uint64_t W) {
    for (unsigned S : Slots[U])
      if (S != ~0u) {
        load(S, From) -= W;
        load(S, To) += W;
      }
  }
};

/// A partition of a level's nodes being refined: each node's partition,
/// each partition's load and node count, kept in step by move(); with
/// Caps, the family loads too, and allowed() keeps them within their caps.
struct Assignment {
  std::vector<unsigned> &Part;
  std::vector<uint64_t> &Load;
  std::vector<unsigned> Count;
  FamilyCaps *Caps;

  Assignment(std::vector<unsigned> &Part, std::vector<uint64_t> &Load,
             FamilyCaps *Caps = nullptr)
      : Part(Part), Load(Load), Count(Load.size(), 0), Caps(Caps) {
    for (unsigned P : Part)
      ++Count[P];
  }
  bool allowed(unsigned U, unsigned To, uint64_t W) const {
    return !Caps || Caps->fits(U, To, W);
  }
  void move(unsigned U, unsigned To, uint64_t W) {
    if (Caps)
      Caps->moved(U, Part[U], To, W);
    Load[Part[U]] -= W;
    --Count[Part[U]];
    Load[To] += W;
    ++Count[To];
    Part[U] = To;
  }
};

/// Spreads the families of FamilyOf (by node of L) across the partitions
/// Part, keeping the loads Load (Families.cpp); returns the caps it kept,
/// empty when no family was large enough to spread.
FamilyCaps spreadFamilies(const GraphLevel &L,
                          llvm::ArrayRef<FamilyIds> FamilyOf,
                          std::vector<unsigned> &Part,
                          std::vector<uint64_t> &Load, uint64_t Share);

/// The balanced split of a graph into Parts partitions of about Share each
/// (every partition within Share * 33/32, and evened out to Share * 129/128
/// where the nodes allow): the partition of each node, numbered 0..Parts-1,
/// from the multilevel scheme with the smallest weighted cut. Families, by
/// node (or empty), are spread so that no partition holds a large share of
/// one.
std::vector<unsigned> partitionGraph(std::vector<uint64_t> Weight,
                                     llvm::ArrayRef<GroupEdge> Edges,
                                     llvm::ArrayRef<FamilyIds> Families,
                                     unsigned Parts, uint64_t Share);

} // namespace parcg

#endif
