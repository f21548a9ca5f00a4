//===- GraphPartitionerTest.cpp - The multilevel partitioner on plain graphs ===//
//
// No IR here: the balanced strategy's engine takes node weights and edges,
// so its cut, its balance bound and its family spreading are checked on
// graphs whose best split is known.
//
//===----------------------------------------------------------------------===//

#include "GraphPartitioner.h"
#include "gtest/gtest.h"
#include <algorithm>

using namespace parcg;

namespace {

/// Cliques of Size nodes each (nodes numbered clique by clique), Inner
/// weight on every edge inside one, and one edge of weight Bridge from the
/// last node of each clique to the first of the next.
std::vector<GroupEdge> cliques(unsigned Count, unsigned Size, uint64_t Inner,
                               uint64_t Bridge) {
  std::vector<GroupEdge> Edges;
  for (unsigned C = 0; C < Count; ++C) {
    for (unsigned I = 0; I < Size; ++I)
      for (unsigned J = I + 1; J < Size; ++J)
        Edges.push_back({C * Size + I, C * Size + J, Inner});
    if (C + 1 < Count)
      Edges.push_back({C * Size + Size - 1, (C + 1) * Size, Bridge});
  }
  sumParallelEdges(Edges);
  return Edges;
}

std::vector<uint64_t> loads(const std::vector<unsigned> &Part,
                            const std::vector<uint64_t> &Weight,
                            unsigned Parts) {
  std::vector<uint64_t> Load(Parts, 0);
  for (size_t U = 0; U < Part.size(); ++U)
    Load[Part[U]] += Weight[U];
  return Load;
}

TEST(GraphPartitioner, SumParallelEdgesSortsAndMerges) {
  std::vector<GroupEdge> Edges = {{2, 3, 1}, {0, 1, 2}, {2, 3, 4}, {0, 2, 1}};
  sumParallelEdges(Edges);
  ASSERT_EQ(Edges.size(), 3u);
  EXPECT_EQ(Edges[0].A, 0u);
  EXPECT_EQ(Edges[0].B, 1u);
  EXPECT_EQ(Edges[1].B, 2u);
  EXPECT_EQ(Edges[2].A, 2u);
  EXPECT_EQ(Edges[2].Weight, 5u);
}

TEST(GraphPartitioner, CutsOnlyTheBridgesBetweenCliques) {
  // Four cliques of 16 equal nodes: the only balanced 4-way split with the
  // least cut is one clique per partition, cutting the three bridges.
  std::vector<uint64_t> Weight(64, 10);
  std::vector<GroupEdge> Edges = cliques(4, 16, 8, 1);
  std::vector<unsigned> Part = partitionGraph(Weight, Edges, {}, 4, 160);
  ASSERT_EQ(Part.size(), 64u);
  for (unsigned C = 0; C < 4; ++C)
    for (unsigned I = 1; I < 16; ++I)
      EXPECT_EQ(Part[C * 16 + I], Part[C * 16]) << "clique " << C;
  GraphLevel L = makeLevel(Weight, Edges);
  EXPECT_EQ(cutOf(L, Part), 3u);
}

TEST(GraphPartitioner, EveryPartitionWithinTheBound) {
  // A chain of 500 nodes of uneven small weights: each partition within
  // Share * 33/32 (no node is near a share, so the bound can be met).
  std::vector<uint64_t> Weight;
  uint64_t Total = 0;
  for (unsigned U = 0; U < 500; ++U) {
    Weight.push_back(1 + (U * 7919) % 97);
    Total += Weight.back();
  }
  std::vector<GroupEdge> Edges;
  for (unsigned U = 0; U + 1 < 500; ++U)
    Edges.push_back({U, U + 1, 1 + U % 5});
  for (unsigned Parts : {2u, 3u, 8u, 16u}) {
    uint64_t Share = Total / Parts;
    std::vector<unsigned> Part = partitionGraph(Weight, Edges, {}, Parts, Share);
    std::vector<uint64_t> Load = loads(Part, Weight, Parts);
    for (unsigned P = 0; P < Parts; ++P) {
      EXPECT_GT(Load[P], 0u) << Parts << " partitions, partition " << P;
      EXPECT_LE(Load[P], Share + Share / 32) << Parts << " partitions, partition " << P;
    }
  }
}

TEST(GraphPartitioner, SameResultWhenRunTwice) {
  std::vector<uint64_t> Weight;
  for (unsigned U = 0; U < 300; ++U)
    Weight.push_back(1 + (U * 31) % 13);
  std::vector<GroupEdge> Edges;
  for (unsigned U = 0; U < 300; ++U)
    for (unsigned V : {U * 17 % 300, U * 29 % 300})
      if (V != U)
        Edges.push_back({std::min(U, V), std::max(U, V), 1 + (U + V) % 4});
  sumParallelEdges(Edges);
  std::vector<unsigned> A = partitionGraph(Weight, Edges, {}, 8, 250);
  std::vector<unsigned> B = partitionGraph(Weight, Edges, {}, 8, 250);
  EXPECT_EQ(A, B);
}

TEST(GraphPartitioner, SpreadsAFamilyThatLocalityWouldKeepTogether) {
  // Two cliques of 8; the first is one family. Without families each
  // clique is one partition; with them no partition may hold more than
  // 3/2 of the family's even part (6 of its 8 members).
  std::vector<uint64_t> Weight(16, 100);
  std::vector<GroupEdge> Edges = cliques(2, 8, 10, 1);
  std::vector<FamilyIds> Families(16, NoFamily);
  for (unsigned U = 0; U < 8; ++U)
    Families[U] = {0, ~0u};
  std::vector<unsigned> Plain = partitionGraph(Weight, Edges, {}, 2, 800);
  EXPECT_EQ(std::count(Plain.begin(), Plain.begin() + 8, Plain[0]), 8);
  std::vector<unsigned> Spread =
      partitionGraph(Weight, Edges, Families, 2, 800);
  for (unsigned P = 0; P < 2; ++P)
    EXPECT_LE(std::count(Spread.begin(), Spread.begin() + 8, P), 6) << P;
  std::vector<uint64_t> Load = loads(Spread, Weight, 2);
  EXPECT_EQ(Load[0], 800u);
  EXPECT_EQ(Load[1], 800u);
}

} // namespace
