//===- GraphPartitioner.cpp - Multilevel k-way partitioning ---------------===//
//
// The balanced strategy's engine (GraphPartitioner.h), on plain graphs.
//
//===----------------------------------------------------------------------===//

#include "GraphPartitioner.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <memory>
#include <queue>
#include <set>

using namespace llvm;
using namespace parcg;

// The coarsening grains tried (coarse nodes stay below a share /
// CoarseFractions, coarsening stops at CoarsestPerPartition nodes per
// partition); at most RefinementPasses refinement passes per level.
static constexpr uint64_t CoarseFractions[] = {4, 8};
static constexpr unsigned CoarsestPerPartition[] = {8, 16};
// At the finest level the loads are evened out to a share plus this
// fraction of it.
static constexpr uint64_t TightBalanceFraction = 128;
static constexpr unsigned RefinementPasses = 8;

void parcg::sumParallelEdges(std::vector<GroupEdge> &Edges) {
  llvm::sort(Edges, [](const GroupEdge &X, const GroupEdge &Y) {
    return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
  });
  size_t Out = 0;
  for (const GroupEdge &E : Edges) {
    if (Out && Edges[Out - 1].A == E.A && Edges[Out - 1].B == E.B)
      Edges[Out - 1].Weight += E.Weight;
    else
      Edges[Out++] = E;
  }
  Edges.resize(Out);
}

//===----------------------------------------------------------------------===//
// Balanced: multilevel k-way partitioning
//===----------------------------------------------------------------------===//
//
// METIS's scheme, made deterministic (every order is by node index, which is
// module order at the finest level). Coarsen: match each node with its
// free neighbour of heaviest edge, then pair the nodes left whose heaviest
// neighbour is the same (the callers of one hub), and contract, until the
// graph is small or stops shrinking; no coarse node outgrows a fraction of a
// share. Partition the coarsest graph by recursive bisection (graph growing
// plus Fiduccia-Mattheyses) or by growing the partitions one by one, keeping
// the smaller cut. Then, level by level back to the groups, move nodes to
// the partition they are most connected to while every partition stays
// within the bound, and at the finest level even the loads out.

namespace {
/// How the coarsest level is first partitioned.
enum class InitialPartition { Bisection, GrowFromHeaviest, GrowInModuleOrder };
} // namespace

uint64_t parcg::cutOf(const GraphLevel &L, ArrayRef<unsigned> Part) {
  uint64_t Cut = 0;
  for (unsigned U = 0; U < L.size(); ++U)
    for (auto [V, W] : L.neighbours(U))
      Cut += U < V && Part[U] != Part[V] ? W : 0;
  return Cut;
}

GraphLevel parcg::makeLevel(std::vector<uint64_t> Weight,
                              ArrayRef<GroupEdge> Edges) {
  GraphLevel L;
  L.Weight = std::move(Weight);
  unsigned N = L.size();
  L.First.assign(N + 1, 0);
  for (const GroupEdge &E : Edges) {
    ++L.First[E.A + 1];
    ++L.First[E.B + 1];
  }
  for (unsigned I = 0; I < N; ++I)
    L.First[I + 1] += L.First[I];
  L.Adj.resize(L.First[N]);
  std::vector<unsigned> Fill(L.First.begin(), L.First.end() - 1);
  // Sorted edges fill every list in ascending order: a node's smaller
  // neighbours come from earlier edges than its larger ones.
  for (const GroupEdge &E : Edges) {
    L.Adj[Fill[E.A]++] = {E.B, E.Weight};
    L.Adj[Fill[E.B]++] = {E.A, E.Weight};
  }
  return L;
}

/// The next coarser level of L, with no node heavier than MaxWeight (except
/// nodes that already are); Coarse maps each node of L to its node there.
static GraphLevel coarsen(const GraphLevel &L, uint64_t MaxWeight,
                          std::vector<unsigned> &Coarse) {
  const unsigned N = L.size();
  std::vector<unsigned> Match(N, ~0u);
  auto Fits = [&](unsigned U, unsigned V) {
    return L.Weight[U] + L.Weight[V] <= MaxWeight;
  };
  for (unsigned U = 0; U < N; ++U) {
    if (Match[U] != ~0u)
      continue;
    unsigned Best = ~0u;
    uint64_t BestW = 0;
    for (auto [V, W] : L.neighbours(U))
      if (Match[V] == ~0u && W > BestW && Fits(U, V))
        Best = V, BestW = W;
    if (Best != ~0u) {
      Match[U] = Best;
      Match[Best] = U;
    }
  }
  // Two hops: a hub matches one neighbour per level, so its other
  // neighbours pair up with each other.
  std::vector<unsigned> Waiting(N, ~0u);
  for (unsigned U = 0; U < N; ++U) {
    if (Match[U] != ~0u)
      continue;
    unsigned Hub = ~0u;
    uint64_t HubW = 0;
    for (auto [V, W] : L.neighbours(U))
      if (W > HubW)
        Hub = V, HubW = W;
    if (Hub == ~0u)
      continue;
    unsigned &Other = Waiting[Hub];
    if (Other != ~0u && Fits(U, Other)) {
      Match[U] = Other;
      Match[Other] = U;
      Other = ~0u;
    } else {
      Other = U;
    }
  }
  Coarse.assign(N, ~0u);
  unsigned Next = 0;
  std::vector<uint64_t> Weight;
  for (unsigned U = 0; U < N; ++U) {
    if (Coarse[U] != ~0u)
      continue;
    Coarse[U] = Next++;
    uint64_t W = L.Weight[U];
    if (Match[U] != ~0u) {
      Coarse[Match[U]] = Coarse[U];
      W += L.Weight[Match[U]];
    }
    Weight.push_back(W);
  }
  std::vector<GroupEdge> Edges;
  for (unsigned U = 0; U < N; ++U)
    for (auto [V, W] : L.neighbours(U))
      if (Coarse[U] < Coarse[V])
        Edges.push_back({Coarse[U], Coarse[V], W});
  sumParallelEdges(Edges);
  return makeLevel(std::move(Weight), Edges);
}

/// Moves nodes out of every partition above Limit, in rounds: each node of
/// such a partition could go to the partition it has the most edge weight
/// to among those that can take it (else the lightest that can); the ones
/// that lose least edge weight per unit of cost go first (ties: index),
/// until the partition is within Limit. A partition's last node stays.
static void rebalance(const GraphLevel &L, std::vector<unsigned> &Part,
                      std::vector<uint64_t> &Load, uint64_t Limit,
                      FamilyCaps *Caps = nullptr) {
  const unsigned NumParts = Load.size();
  Assignment A(Part, Load, Caps);
  std::vector<uint64_t> Conn(NumParts, 0);
  struct Candidate {
    double LossPerCost;
    unsigned Node;
  };
  // The neighbour partition, other than U's own, that U has the most edge
  // weight to among those that can take it (ties: the lowest), or ~0u; and
  // U's edge weight to its own and to that one.
  struct Target {
    unsigned To;
    uint64_t ConnOwn, ConnTo;
  };
  auto targetOf = [&](unsigned U) {
    const unsigned Own = Part[U];
    const uint64_t W = L.Weight[U];
    for (auto [V, EW] : L.neighbours(U))
      Conn[Part[V]] += EW;
    unsigned To = ~0u;
    for (auto [V, EW] : L.neighbours(U)) {
      unsigned Q = Part[V];
      if (Q != Own && Load[Q] + W <= Limit && A.allowed(U, Q, W) &&
          (To == ~0u || Conn[Q] > Conn[To] || (Conn[Q] == Conn[To] && Q < To)))
        To = Q;
    }
    Target T = {To, Conn[Own], To == ~0u ? 0 : Conn[To]};
    for (auto [V, EW] : L.neighbours(U))
      Conn[Part[V]] = 0;
    return T;
  };
  for (unsigned Round = 0; Round < RefinementPasses; ++Round) {
    std::vector<std::vector<Candidate>> Out(NumParts);
    bool Over = false;
    for (unsigned P = 0; P < NumParts; ++P)
      Over |= Load[P] > Limit;
    if (!Over)
      return;
    for (unsigned U = 0, N = L.size(); U < N; ++U) {
      if (Load[Part[U]] <= Limit)
        continue;
      Target T = targetOf(U);
      double Loss = double(T.ConnOwn) - double(T.ConnTo);
      Out[Part[U]].push_back(
          {Loss / double(std::max<uint64_t>(1, L.Weight[U])), U});
    }
    bool Moved = false;
    for (unsigned P = 0; P < NumParts; ++P) {
      llvm::stable_sort(Out[P], [](const Candidate &A, const Candidate &B) {
        return A.LossPerCost < B.LossPerCost;
      });
      for (const Candidate &C : Out[P]) {
        if (Load[P] <= Limit)
          break;
        const unsigned U = C.Node;
        const uint64_t W = L.Weight[U];
        if (A.Count[P] == 1 || !W)
          continue;
        unsigned To = targetOf(U).To;
        if (To == ~0u)
          for (unsigned Q = 0; Q < NumParts; ++Q)
            if (Q != P && Load[Q] + W <= Limit && A.allowed(U, Q, W) &&
                (To == ~0u || Load[Q] < Load[To]))
              To = Q;
        if (To == ~0u)
          continue;
        A.move(U, To, W);
        Moved = true;
      }
    }
    if (!Moved)
      return;
  }
}

namespace {
/// One side of a bisection: Side[U] is 0 or 1; side 0 should weigh
/// Target, within Tol.
struct BisectionBalance {
  uint64_t Target, Tol;
  bool holds(uint64_t WeightA) const {
    return WeightA + Tol >= Target && WeightA <= Target + Tol;
  }
  uint64_t distance(uint64_t WeightA) const {
    return WeightA > Target ? WeightA - Target : Target - WeightA;
  }
};
} // namespace

/// Grows side 0 of G from Seed (everything else on side 1), always by the
/// node on side 1 most connected to side 0 that keeps it within Target +
/// Tol, else the first such node, until it weighs Target. Returns its
/// weight.
static uint64_t growSide(const GraphLevel &G, unsigned Seed,
                         const BisectionBalance &B,
                         std::vector<unsigned> &Side) {
  const unsigned N = G.size();
  Side.assign(N, 1);
  std::vector<uint64_t> Conn(N, 0);
  std::priority_queue<std::pair<uint64_t, unsigned>> Frontier;
  uint64_t WA = 0;
  unsigned NextFree = 0;
  for (unsigned U = Seed; WA < B.Target;) {
    Side[U] = 0;
    WA += G.Weight[U];
    for (auto [V, W] : G.neighbours(U))
      if (Side[V]) {
        Conn[V] += W;
        Frontier.push({Conn[V], ~V});
      }
    U = ~0u;
    while (!Frontier.empty()) {
      auto [C, NotV] = Frontier.top();
      Frontier.pop();
      unsigned V = ~NotV;
      if (Side[V] && C == Conn[V] && WA + G.Weight[V] <= B.Target + B.Tol) {
        U = V;
        break;
      }
    }
    for (; U == ~0u && NextFree < N; ++NextFree)
      if (Side[NextFree] && WA + G.Weight[NextFree] <= B.Target + B.Tol)
        U = NextFree;
    if (U == ~0u)
      break;
  }
  return WA;
}

/// Fiduccia-Mattheyses passes over the bisection Side of G, whose side 0
/// weighs WA: move the best-gain unlocked node whose move keeps (or brings
/// nearer) the balance, lock it, and keep the best balanced prefix of the
/// moves; passes until one gains nothing. Returns the cut.
static uint64_t fiducciaMattheyses(const GraphLevel &G,
                                   const BisectionBalance &B,
                                   std::vector<unsigned> &Side,
                                   uint64_t &WA) {
  const unsigned N = G.size();
  uint64_t Cut = cutOf(G, Side);
  std::vector<int64_t> Gain(N);
  for (unsigned Pass = 0; Pass < RefinementPasses; ++Pass) {
    std::priority_queue<std::pair<int64_t, unsigned>> Heap[2];
    for (unsigned I = 0; I < N; ++I) {
      int64_t Gn = 0;
      for (auto [V, W] : G.neighbours(I))
        Gn += Side[V] != Side[I] ? int64_t(W) : -int64_t(W);
      Gain[I] = Gn;
      Heap[Side[I]].push({Gn, ~I});
    }
    std::vector<uint8_t> Locked(N, 0);
    std::vector<unsigned> Moves;
    uint64_t StartCut = Cut, PassBest = B.holds(WA) ? Cut : ~uint64_t(0);
    size_t PassBestMoves = 0;
    int64_t Running = int64_t(Cut);
    while (Moves.size() < N && Moves.size() <= PassBestMoves + 64) {
      unsigned Pick = ~0u;
      int64_t PickGain = 0;
      for (unsigned S = 0; S < 2; ++S) {
        auto &H = Heap[S];
        while (!H.empty() && (Locked[~H.top().second] ||
                              Side[~H.top().second] != S ||
                              Gain[~H.top().second] != H.top().first))
          H.pop();
        if (H.empty())
          continue;
        unsigned U = ~H.top().second;
        uint64_t NewWA = S == 0 ? WA - G.Weight[U] : WA + G.Weight[U];
        if (!B.holds(NewWA) && B.distance(NewWA) >= B.distance(WA))
          continue;
        if (Pick == ~0u || H.top().first > PickGain ||
            (H.top().first == PickGain && U < Pick))
          Pick = U, PickGain = H.top().first;
      }
      if (Pick == ~0u)
        break;
      unsigned From = Side[Pick];
      WA = From == 0 ? WA - G.Weight[Pick] : WA + G.Weight[Pick];
      Side[Pick] = 1 - From;
      Locked[Pick] = 1;
      Running -= PickGain;
      Moves.push_back(Pick);
      for (auto [V, W] : G.neighbours(Pick)) {
        if (Locked[V])
          continue;
        // V's edge to Pick flipped between internal and external.
        Gain[V] += Side[V] == From ? 2 * int64_t(W) : -2 * int64_t(W);
        Heap[Side[V]].push({Gain[V], ~V});
      }
      if (B.holds(WA) && uint64_t(Running) < PassBest) {
        PassBest = Running;
        PassBestMoves = Moves.size();
      }
    }
    // Undo the moves after the best prefix.
    for (size_t I = Moves.size(); I-- > PassBestMoves;) {
      unsigned U = Moves[I];
      WA = Side[U] == 0 ? WA - G.Weight[U] : WA + G.Weight[U];
      Side[U] = 1 - Side[U];
    }
    Cut = PassBest == ~uint64_t(0) ? cutOf(G, Side) : PassBest;
    if (PassBestMoves == 0 || Cut >= StartCut)
      break;
  }
  return Cut;
}

/// Recursive bisection of the coarsest level: Nodes (ascending) into
/// partitions First .. First + NumParts - 1 of Part. Each bisection grows
/// one side from a seed (the first node, then the heaviest: the better cut
/// is kept) by the node most connected to it, to its share of the weight,
/// then improves the cut by Fiduccia-Mattheyses passes within the balance.
static void bisect(const GraphLevel &L, ArrayRef<unsigned> Nodes,
                   unsigned First, unsigned NumParts,
                   std::vector<unsigned> &Part,
                   std::vector<unsigned> &Local) {
  if (NumParts == 1 || Nodes.size() <= 1) {
    for (unsigned U : Nodes)
      Part[U] = First;
    return;
  }
  const unsigned N = Nodes.size();
  // The induced subgraph, in local indices.
  for (unsigned I = 0; I < N; ++I)
    Local[Nodes[I]] = I;
  GraphLevel Sub;
  Sub.First.assign(1, 0);
  uint64_t Total = 0, Heaviest = 0;
  unsigned HeaviestNode = 0;
  for (unsigned I = 0; I < N; ++I) {
    for (auto [V, W] : L.neighbours(Nodes[I]))
      if (Local[V] != ~0u)
        Sub.Adj.push_back({Local[V], W});
    Sub.First.push_back(Sub.Adj.size());
    uint64_t W = L.Weight[Nodes[I]];
    Sub.Weight.push_back(W);
    Total += W;
    if (W > Heaviest)
      Heaviest = W, HeaviestNode = I;
  }
  for (unsigned U : Nodes)
    Local[U] = ~0u;
  const unsigned PartsA = NumParts / 2;
  const BisectionBalance Balance = {
      Total / NumParts * PartsA,
      std::max<uint64_t>(Heaviest / 2, Total / 64)};

  std::vector<unsigned> Best;
  uint64_t BestCut = ~uint64_t(0);
  for (unsigned Seed : {0u, HeaviestNode}) {
    std::vector<unsigned> Side;
    uint64_t WA = growSide(Sub, Seed, Balance, Side);
    uint64_t Cut = fiducciaMattheyses(Sub, Balance, Side, WA);
    if (Cut < BestCut) {
      BestCut = Cut;
      Best = std::move(Side);
    }
    if (HeaviestNode == 0)
      break;
  }
  std::vector<unsigned> A, B;
  for (unsigned I = 0; I < N; ++I)
    (Best[I] == 0 ? A : B).push_back(Nodes[I]);
  if (A.empty() || B.empty()) {
    // Too few nodes to give both halves one: split by count.
    A.assign(Nodes.begin(), Nodes.begin() + N / 2);
    B.assign(Nodes.begin() + N / 2, Nodes.end());
  }
  bisect(L, A, First, PartsA, Part, Local);
  bisect(L, B, First + PartsA, NumParts - PartsA, Part, Local);
}

/// Grows NumParts partitions on L, one after the other, each to its share
/// of what is left: from the heaviest free node, by the free node with the
/// most edge weight into the partition (ties: lowest index), skipping nodes
/// that would take it past its share; the last partition takes the rest.
static std::vector<unsigned> growPartitions(const GraphLevel &L,
                                            unsigned NumParts,
                                            bool HeaviestSeeds) {
  const unsigned N = L.size();
  std::vector<unsigned> Part(N, ~0u);
  std::vector<unsigned> ByWeight(N);
  for (unsigned U = 0; U < N; ++U)
    ByWeight[U] = U;
  if (HeaviestSeeds)
    llvm::stable_sort(ByWeight, [&](unsigned X, unsigned Y) {
      return L.Weight[X] > L.Weight[Y];
    });
  uint64_t Left = 0;
  for (uint64_t W : L.Weight)
    Left += W;
  unsigned Unplaced = N;
  std::vector<uint64_t> Conn(N, 0);
  for (unsigned P = 0; P + 1 < NumParts && Unplaced; ++P) {
    // Leave at least one node for each partition after this one.
    const unsigned Reserve = NumParts - 1 - P;
    const uint64_t Target = Left / (NumParts - P);
    uint64_t Load = 0;
    unsigned Count = 0;
    using Entry = std::pair<uint64_t, unsigned>; // connection, ~index
    std::priority_queue<Entry> Frontier;
    std::vector<unsigned> Touched;
    auto Take = [&](unsigned U) {
      Part[U] = P;
      Load += L.Weight[U];
      ++Count;
      --Unplaced;
      for (auto [V, W] : L.neighbours(U)) {
        if (Part[V] != ~0u)
          continue;
        if (!Conn[V])
          Touched.push_back(V);
        Conn[V] += W;
        Frontier.push({Conn[V], ~V});
      }
    };
    size_t Seed = 0;
    while (Unplaced > Reserve && Load < Target) {
      unsigned Pick = ~0u;
      while (!Frontier.empty()) {
        auto [C, NotU] = Frontier.top();
        Frontier.pop();
        unsigned U = ~NotU;
        if (Part[U] != ~0u || C != Conn[U])
          continue;
        if (Count && Load + L.Weight[U] > Target)
          continue;
        Pick = U;
        break;
      }
      if (Pick == ~0u) {
        // A new seed: the heaviest free node that fits.
        for (; Seed < N; ++Seed) {
          unsigned U = ByWeight[Seed];
          if (Part[U] == ~0u && (!Count || Load + L.Weight[U] <= Target))
            break;
        }
        if (Seed == N)
          break;
        Pick = ByWeight[Seed];
      }
      Take(Pick);
    }
    for (unsigned V : Touched)
      Conn[V] = 0;
    Left -= Load;
  }
  for (unsigned U = 0; U < N; ++U)
    if (Part[U] == ~0u)
      Part[U] = NumParts - 1;
  return Part;
}

/// Moves nodes of L, in index order, in passes until one moves nothing (at
/// most RefinementPasses): to the partition with the most edge weight to it
/// (its gain over its own), within Limit; with no gain, to a neighbour's
/// partition that is lighter even after the move; out of a partition over
/// Limit to the lightest that can take it. A partition's last node stays.
static void refine(const GraphLevel &L, std::vector<unsigned> &Part,
                   std::vector<uint64_t> &Load, uint64_t Limit,
                   FamilyCaps *Caps = nullptr) {
  const unsigned NumParts = Load.size();
  Assignment A(Part, Load, Caps);
  std::vector<uint64_t> Conn(NumParts, 0);
  SmallVector<unsigned, 8> Touched;
  for (unsigned Pass = 0; Pass < RefinementPasses; ++Pass) {
    unsigned Moved = 0;
    for (unsigned U = 0, N = L.size(); U < N; ++U) {
      const unsigned Own = Part[U];
      if (A.Count[Own] == 1)
        continue;
      const uint64_t W = L.Weight[U];
      for (auto [V, EW] : L.neighbours(U)) {
        if (!Conn[Part[V]] && Part[V] != Own)
          Touched.push_back(Part[V]);
        Conn[Part[V]] += EW;
      }
      llvm::sort(Touched);
      unsigned Best = Own;
      for (unsigned P : Touched) {
        if (Load[P] + W > Limit || Conn[P] < Conn[Own] ||
            !A.allowed(U, P, W))
          continue;
        bool Gain = Conn[P] > Conn[Own];
        bool Lighter = Load[P] + W < Load[Own];
        if (!Gain && !Lighter)
          continue;
        if (Best == Own || Conn[P] > Conn[Best] ||
            (Conn[P] == Conn[Best] && Load[P] < Load[Best]))
          Best = P;
      }
      if (Best == Own && Load[Own] > Limit)
        for (unsigned P = 0; P < NumParts; ++P)
          if (P != Own && Load[P] + W <= Limit && A.allowed(U, P, W) &&
              (Best == Own || Load[P] < Load[Best]))
            Best = P;
      for (auto [V, EW] : L.neighbours(U))
        Conn[Part[V]] = 0;
      Touched.clear();
      if (Best == Own)
        continue;
      A.move(U, Best, W);
      ++Moved;
    }
    if (!Moved)
      break;
  }
}

/// Multilevel partitions of Finest into Parts, every partition within
/// Share * 33/32, coarse nodes below Share / Fraction: one for each of
/// Stops (coarsening stops at that many nodes per partition, or when the
/// graph stops shrinking), each passed to Take. Families (by node of
/// Finest, or empty) are spread at the finest level (spreadFamilies).
template <typename TakeT>
static void multilevel(const GraphLevel &Finest, unsigned Parts,
                       uint64_t Share, uint64_t Fraction,
                       ArrayRef<unsigned> Stops, ArrayRef<FamilyIds> Families,
                       TakeT Take) {
  const uint64_t Limit = Share + Share / 32;
  std::vector<std::unique_ptr<GraphLevel>> Owned;
  std::vector<const GraphLevel *> Levels = {&Finest};
  std::vector<std::vector<unsigned>> Coarse; // Level I to level I + 1.
  const unsigned Smallest = *std::min_element(Stops.begin(), Stops.end());
  while (Levels.back()->size() > Smallest * Parts) {
    std::vector<unsigned> Map;
    auto Next = std::make_unique<GraphLevel>(coarsen(
        *Levels.back(), std::max<uint64_t>(1, Share / Fraction), Map));
    if (Next->size() * 20 > Levels.back()->size() * 19)
      break; // Stopped shrinking.
    Coarse.push_back(std::move(Map));
    Levels.push_back(Next.get());
    Owned.push_back(std::move(Next));
  }
  auto Loads = [&](const GraphLevel &L, ArrayRef<unsigned> Part) {
    std::vector<uint64_t> Load(Parts, 0);
    for (unsigned U = 0; U < L.size(); ++U)
      Load[Part[U]] += L.Weight[U];
    return Load;
  };
  size_t Done = ~size_t(0);
  for (unsigned Stop : Stops) {
    size_t Depth = 0;
    while (Depth + 1 < Levels.size() && Levels[Depth]->size() > Stop * Parts)
      ++Depth;
    if (Depth == Done)
      continue; // The same candidate again.
    Done = Depth;
    // Each initial partition of that level, refined there; the one with the
    // smallest cut goes on (ties: the first).
    const GraphLevel &Coarsest = *Levels[Depth];
    std::vector<unsigned> Part;
    uint64_t BestCut = ~uint64_t(0);
    for (InitialPartition Start :
         {InitialPartition::Bisection, InitialPartition::GrowFromHeaviest,
          InitialPartition::GrowInModuleOrder}) {
      std::vector<unsigned> Try;
      if (Start == InitialPartition::Bisection) {
        Try.assign(Coarsest.size(), ~0u);
        std::vector<unsigned> All(Coarsest.size());
        std::vector<unsigned> Local(Coarsest.size(), ~0u);
        for (unsigned U = 0; U < All.size(); ++U)
          All[U] = U;
        bisect(Coarsest, All, 0, Parts, Try, Local);
      } else {
        Try = growPartitions(Coarsest, Parts,
                             Start == InitialPartition::GrowFromHeaviest);
      }
      std::vector<uint64_t> Load = Loads(Coarsest, Try);
      if (Parts > 1)
        refine(Coarsest, Try, Load, Limit);
      uint64_t Cut = cutOf(Coarsest, Try);
      if (Cut < BestCut) {
        BestCut = Cut;
        Part = std::move(Try);
      }
    }
    for (size_t I = Depth; I-- > 0;) {
      const GraphLevel &L = *Levels[I];
      std::vector<unsigned> Finer(L.size());
      for (unsigned U = 0; U < L.size(); ++U)
        Finer[U] = Part[Coarse[I][U]];
      Part = std::move(Finer);
      std::vector<uint64_t> Load = Loads(L, Part);
      if (Parts > 1)
        refine(L, Part, Load, Limit);
    }
    if (Parts > 1) {
      // The finest level: even out the loads to within Tight, then refine
      // within that. Locality puts similar functions together, and their
      // estimates err together, so slack that the estimate allows shows up
      // measured on top of that error.
      std::vector<uint64_t> Load = Loads(Finest, Part);
      const uint64_t Tight = Share + Share / TightBalanceFraction;
      auto Heaviest = [&] {
        return std::max(Tight, *std::max_element(Load.begin(), Load.end()));
      };
      rebalance(Finest, Part, Load, Tight);
      refine(Finest, Part, Load, Heaviest());
      if (!Families.empty()) {
        FamilyCaps Caps = spreadFamilies(Finest, Families, Part, Load, Share);
        if (!Caps.Cap.empty()) {
          rebalance(Finest, Part, Load, Tight, &Caps);
          refine(Finest, Part, Load, Heaviest(), &Caps);
        }
      }
    }
    Take(std::move(Part));
  }
}

std::vector<unsigned> parcg::partitionGraph(std::vector<uint64_t> Weight,
                                            ArrayRef<GroupEdge> Edges,
                                            ArrayRef<FamilyIds> Families,
                                            unsigned Parts, uint64_t Share) {
  // The heuristics are greedy and their result moves with the coarsening's
  // grain: run a few grains and keep the smallest weighted cut (ties: the
  // first). On SQLite, RE2 and DuckDB at 8 and 16 partitions the best of
  // these four was 5-25% below any single one.
  const GraphLevel Finest = makeLevel(std::move(Weight), Edges);
  std::vector<unsigned> Part;
  uint64_t BestCut = ~uint64_t(0);
  for (uint64_t Fraction : CoarseFractions)
    multilevel(Finest, Parts, Share, Fraction, CoarsestPerPartition, Families,
               [&](std::vector<unsigned> Try) {
                 uint64_t Cut = cutOf(Finest, Try);
                 if (Cut < BestCut) {
                   BestCut = Cut;
                   Part = std::move(Try);
                 }
               });
  return Part;
}
