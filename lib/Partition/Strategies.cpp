//===- Strategies.cpp - Where the groups go -------------------------------===//
//
// The placements of --partition-strategy (Strategies.h): balanced
// (multilevel k-way partitioning, as METIS does it: GraphPartitioner.cpp),
// stable (contiguous runs in module order cut at name-anchored boundaries,
// or at an earlier plan's), and roundrobin.
//
//===----------------------------------------------------------------------===//

#include "Strategies.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>

using namespace llvm;
using namespace parcg;

//===----------------------------------------------------------------------===//
// Balanced: multilevel k-way partitioning
//===----------------------------------------------------------------------===//

std::vector<unsigned> parcg::placeBalanced(const GroupGraph &GG,
                                          unsigned NumNodes,
                                          unsigned &NumParts) {
  NumParts = std::max(1u, std::min<unsigned>(NumParts, GG.Roots.size()));
  std::vector<unsigned> BinOfGroup(NumNodes, ~0u);
  // A group that costs a share or more of what is left gets a partition of
  // its own, first, heaviest first (ties: module order).
  std::vector<unsigned> ByCost(GG.Roots);
  llvm::stable_sort(ByCost, [&](unsigned X, unsigned Y) {
    return GG.Cost[X] > GG.Cost[Y];
  });
  unsigned Alone = 0;
  uint64_t Rest = GG.TotalCost;
  while (Alone + 1 < NumParts &&
         GG.Cost[ByCost[Alone]] * (NumParts - Alone) >= Rest) {
    BinOfGroup[ByCost[Alone]] = Alone;
    Rest -= GG.Cost[ByCost[Alone]];
    ++Alone;
  }
  const unsigned Parts = NumParts - Alone;

  // The other groups, as the finest level, numbered in module order.
  std::vector<unsigned> Node(NumNodes, ~0u), Group;
  std::vector<FamilyIds> Families;
  std::vector<uint64_t> Weight;
  for (unsigned G : GG.Roots)
    if (BinOfGroup[G] == ~0u) {
      Node[G] = Group.size();
      Group.push_back(G);
      Weight.push_back(GG.Cost[G]);
      if (!GG.Family.empty())
        Families.push_back(GG.Family[G]);
    }
  std::vector<GroupEdge> Edges;
  for (const GroupEdge &E : GG.Edges)
    if (Node[E.A] != ~0u && Node[E.B] != ~0u)
      Edges.push_back({Node[E.A], Node[E.B], E.Weight});
  const uint64_t Share = std::max<uint64_t>(1, Rest / Parts);
  std::vector<unsigned> Part =
      partitionGraph(std::move(Weight), Edges, Families, Parts, Share);
  for (unsigned U = 0; U < Group.size(); ++U)
    BinOfGroup[Group[U]] = Alone + Part[U];
  return BinOfGroup;
}

//===----------------------------------------------------------------------===//
// Stable: contiguous runs in module order, boundaries anchored to names
//===----------------------------------------------------------------------===//

// Boundary j lands on the function whose name hash, weighed down with the
// square of its distance from the ideal cumulative cost j * Total / N, is
// the highest among those within Share / StableMaxWindowFraction of it. An
// edit elsewhere shifts every candidate's distance by the cost it changes,
// so the best changes only where two weighed scores were that close: on
// SQLite at 16 partitions, a body edit changes its own partition alone
// (bench/edit-experiment, docs/Benchmarks.md). A hard window, or a
// minimum count of candidates, dropped its best whenever its edge crossed
// a candidate, which a few boundaries did on almost every edit. A wider
// window: steadier, less balanced.
static constexpr uint64_t StableMaxWindowFraction = 8;
// With --partition-base, a boundary of the base plan holds while it is
// within Share / StableBaseWindowFraction of its ideal position: wider than
// any window a new boundary is chosen in, so that a base boundary chosen at
// the edge of its window does not fall out of it on a small edit.
static constexpr uint64_t StableBaseWindowFraction = 4;

/// Places groups that contain no function (variables, the anchor when only
/// data hangs on it) where they have the most edge weight: a table goes
/// where its users are. Repeats while that places more (tables used only by
/// tables); the rest goes to partition 0.
static void placeWithNeighbours(const GroupGraph &GG, unsigned NumNodes,
                                ArrayRef<unsigned> Floating, unsigned NumParts,
                                std::vector<unsigned> &BinOfGroup) {
  std::vector<SmallVector<std::pair<unsigned, uint64_t>, 2>> Adj(NumNodes);
  for (const GroupEdge &E : GG.Edges) {
    Adj[E.A].push_back({E.B, E.Weight});
    Adj[E.B].push_back({E.A, E.Weight});
  }
  std::vector<uint64_t> Affinity(NumParts);
  std::vector<unsigned> Left(Floating.begin(), Floating.end());
  for (bool Progress = true; Progress && !Left.empty();) {
    Progress = false;
    std::vector<unsigned> Next;
    for (unsigned G : Left) {
      std::fill(Affinity.begin(), Affinity.end(), 0);
      bool Any = false;
      for (auto [Other, W] : Adj[G])
        if (BinOfGroup[Other] != ~0u) {
          Affinity[BinOfGroup[Other]] += W;
          Any = true;
        }
      if (!Any) {
        Next.push_back(G);
        continue;
      }
      unsigned Best = 0;
      for (unsigned P = 1; P < NumParts; ++P)
        if (Affinity[P] > Affinity[Best])
          Best = P;
      BinOfGroup[G] = Best;
      Progress = true;
    }
    Left = std::move(Next);
  }
  for (unsigned G : Left)
    BinOfGroup[G] = 0;
}

/// Stable: a callback (a local function, a group of its own, whose address
/// one other function alone takes, and that nothing else uses) goes with
/// that function's group, so that an edit removing its only user removes it
/// from the same partition. One level only: a user that is a callback
/// itself keeps its place, so that no chain of them moves as a whole.
static UnionFind joinCallbacks(const PartitionPlan &Plan, UnionFind Groups,
                               ArrayRef<SymbolEdge> Edges, unsigned Anchor) {
  const unsigned NumNodes = Groups.Parent.size();
  constexpr unsigned None = ~0u, Many = ~0u - 1;
  // Size[N] is 1 exactly when N is a group of its own.
  std::vector<unsigned> Size(NumNodes, 0);
  for (unsigned N = 0; N < NumNodes; ++N)
    ++Size[Groups.find(N)];
  std::vector<unsigned> User(NumNodes, None);
  std::vector<char> AddressTaken(NumNodes, 0);
  for (const SymbolEdge &E : Edges) {
    unsigned &U = User[E.To];
    if (E.From == Anchor || (U != None && U != E.From))
      U = Many;
    else
      U = E.From;
    AddressTaken[E.To] |= !E.IsCall;
  }
  auto IsCallback = [&](unsigned N) {
    if (N >= Plan.Symbols.size())
      return false;
    const PlanSymbol &S = Plan.Symbols[N];
    return S.IsDefinition && S.Kind == SymbolKind::Function && S.IsLocal &&
           Size[N] == 1 && AddressTaken[N] &&
           User[N] != None && User[N] != Many;
  };
  UnionFind Joined = Groups;
  for (unsigned N = 0, E = Plan.Symbols.size(); N < E; ++N)
    if (IsCallback(N) && !IsCallback(User[N]))
      Joined.unite(N, User[N]);
  return Joined;
}

std::vector<unsigned> parcg::placeStable(const GroupGraph &GG,
                                        const PartitionPlan &Plan,
                                        UnionFind &GroupsUF,
                                        ArrayRef<SymbolEdge> Edges,
                                        unsigned Anchor, unsigned NumNodes,
                                        ArrayRef<std::string> Base,
                                        unsigned &NumParts) {
  // The sequence: groups with a function (callbacks joined to their
  // users), by their first function.
  UnionFind Joined = joinCallbacks(Plan, GroupsUF, Edges, Anchor);
  std::vector<unsigned> FirstFunction(NumNodes, ~0u);
  for (unsigned N = 0, E = Plan.Symbols.size(); N < E; ++N) {
    const PlanSymbol &S = Plan.Symbols[N];
    if (!S.IsDefinition || S.Kind != SymbolKind::Function)
      continue;
    unsigned Root = Joined.find(N);
    FirstFunction[Root] = std::min(FirstFunction[Root], N);
  }
  std::vector<uint64_t> Cost(NumNodes, 0);
  for (unsigned G : GG.Roots)
    Cost[Joined.find(G)] += GG.Cost[G];
  std::vector<unsigned> Seq, Floating;
  for (unsigned G : GG.Roots)
    if (Joined.find(G) == G)
      (FirstFunction[G] != ~0u ? Seq : Floating).push_back(G);
  llvm::sort(Seq, [&](unsigned X, unsigned Y) {
    return FirstFunction[X] < FirstFunction[Y];
  });
  std::vector<unsigned> BinOfGroup(NumNodes, ~0u);
  NumParts = std::max(1u, std::min<unsigned>(NumParts, Seq.size()));
  if (Seq.empty()) {
    placeWithNeighbours(GG, NumNodes, Floating, 1, BinOfGroup);
    return BinOfGroup;
  }

  // Prefix[K]: the cost of Seq[0..K). A boundary K starts a partition at
  // Seq[K]; its strength is the hash of Seq[K]'s first function's name.
  std::vector<uint64_t> Prefix(Seq.size() + 1, 0);
  for (size_t K = 0; K < Seq.size(); ++K)
    Prefix[K + 1] = Prefix[K] + Cost[Seq[K]];
  const uint64_t Total = Prefix.back();
  // The function a boundary at K starts its partition with.
  auto Start = [&](size_t K) -> const PlanSymbol & {
    return Plan.Symbols[FirstFunction[Seq[K]]];
  };
  auto Strength = [&](size_t K) {
    const PlanSymbol &S = Start(K);
    return S.Name.empty() ? uint64_t(FirstFunction[Seq[K]])
                          : xxh3_64bits(arrayRefFromStringRef(S.Name));
  };
  const uint64_t Share = std::max<uint64_t>(1, Total / NumParts);
  const uint64_t MaxWindow = std::max<uint64_t>(1, Share / StableMaxWindowFraction);
  // A candidate's score: its strength, weighed down linearly with its
  // distance from the ideal position, to nothing at the window's edge. An
  // edit elsewhere moves the ideal a little and every score with it, so
  // the best changes only where two scores were within that of each
  // other; a hard window (or a count of candidates) would drop its best
  // whenever the edge crossed it.
  auto Score = [&](size_t K, uint64_t Ideal) -> unsigned __int128 {
    uint64_t D = Prefix[K] > Ideal ? Prefix[K] - Ideal : Ideal - Prefix[K];
    uint64_t W = D >= MaxWindow ? 0 : MaxWindow - D;
    return (unsigned __int128)(Strength(K) >> 32) * W * W;
  };
  const uint64_t BaseWindow =
      std::max<uint64_t>(1, Share / StableBaseWindowFraction);
  std::vector<size_t> Bounds;
  size_t Prev = 0;
  for (unsigned J = 1; J < NumParts; ++J) {
    uint64_t Ideal = Total / NumParts * J + Total % NumParts * J / NumParts;
    auto At = [&](uint64_t C) {
      return size_t(std::lower_bound(Prefix.begin(), Prefix.end(), C) -
                    Prefix.begin());
    };
    auto After = [&](uint64_t C) {
      return size_t(std::upper_bound(Prefix.begin(), Prefix.end(), C) -
                    Prefix.begin());
    };
    // The first boundary within D below the ideal, and the one past the
    // last within D above it.
    auto Below = [&](uint64_t D) { return At(Ideal > D ? Ideal - D : 0); };
    auto Above = [&](uint64_t D) { return After(Ideal + D); };
    // Boundaries K in [Lo, Hi): within the window.
    size_t Near = At(Ideal);
    size_t Lo = std::max(Below(MaxWindow), Prev + 1);
    size_t Hi = std::min(Above(MaxWindow), Seq.size());
    size_t Best = SIZE_MAX;
    // A boundary of the base plan holds anywhere within BaseWindow (the
    // nearest one to the ideal position, if several).
    if (!Base.empty()) {
      size_t BLo = std::max(Below(BaseWindow), Prev + 1);
      size_t BHi = std::min(Above(BaseWindow), Seq.size());
      uint64_t BestDistance = UINT64_MAX;
      for (size_t K = BLo; K < BHi; ++K) {
        const PlanSymbol &S = Start(K);
        uint64_t Distance = Prefix[K] > Ideal ? Prefix[K] - Ideal
                                              : Ideal - Prefix[K];
        if (!S.Name.empty() && llvm::binary_search(Base, S.Name) &&
            Distance < BestDistance) {
          Best = K;
          BestDistance = Distance;
        }
      }
    }
    if (Best == SIZE_MAX && Lo < Hi) {
      unsigned __int128 BestScore = 0;
      for (size_t K = Lo; K < Hi; ++K) {
        unsigned __int128 S = Score(K, Ideal);
        if (Best == SIZE_MAX || S > BestScore) {
          Best = K;
          BestScore = S;
        }
      }
    } else if (Best == SIZE_MAX) {
      // A group larger than the window spans it: the nearest boundary.
      size_t K = std::clamp<size_t>(Near, Prev + 1, Seq.size());
      if (K > Prev + 1 && K < Seq.size() &&
          Ideal - Prefix[K - 1] < Prefix[K] - Ideal)
        --K;
      if (K < Seq.size())
        Best = K;
    }
    if (Best == SIZE_MAX)
      break;
    Bounds.push_back(Best);
    Prev = Best;
  }
  NumParts = Bounds.size() + 1;
  size_t Bin = 0;
  for (size_t K = 0; K < Seq.size(); ++K) {
    while (Bin < Bounds.size() && K >= Bounds[Bin])
      ++Bin;
    BinOfGroup[Seq[K]] = Bin;
  }
  for (unsigned G : GG.Roots)
    if (Joined.find(G) != G)
      BinOfGroup[G] = BinOfGroup[Joined.find(G)];
  placeWithNeighbours(GG, NumNodes, Floating, NumParts, BinOfGroup);
  return BinOfGroup;
}

//===----------------------------------------------------------------------===//
// Round robin: the baseline
//===----------------------------------------------------------------------===//

std::vector<unsigned> parcg::placeRoundRobin(const GroupGraph &GG,
                                            unsigned NumNodes,
                                            unsigned &NumParts) {
  NumParts = std::max(1u, std::min<unsigned>(NumParts, GG.Roots.size()));
  std::vector<unsigned> BinOfGroup(NumNodes, ~0u);
  for (size_t I = 0; I < GG.Roots.size(); ++I)
    BinOfGroup[GG.Roots[I]] = I % NumParts;
  return BinOfGroup;
}
