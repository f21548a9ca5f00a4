//===- Partitioner.cpp - Deterministic callgraph partitioner --------------===//
//
// Splits a module's definitions into partitions of similar estimated codegen
// cost while keeping callers near callees. Four steps:
//
//  1. Groups: global values that must live in the same partition, and the
//     uses between symbols (SymbolGraph.cpp).
//  2. The group graph: call sites and references summed per pair of groups.
//  3. Placement, by the strategy (Strategies.cpp): balanced (multilevel
//     k-way partitioning, as METIS does it: GraphPartitioner.cpp, with
//     template families spread: Families.cpp), stable (contiguous runs in
//     module order cut at name-anchored boundaries, or at an earlier
//     plan's), or roundrobin.
//  4. Numbering: partitions are numbered by their first member in module
//     order, so the plan reads in source order.
//
// Every tie is broken by module ordinals (and so by names, which order the
// module), never by addresses, thread count or host: the plan is a function
// of the module and the options (PartitionerTest: SamePlanWhenRunTwice,
// TiesBrokenByModuleOrder; GraphPartitionerTest: SameResultWhenRunTwice).
//
//===----------------------------------------------------------------------===//

#include "Strategies.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>
#include <cmath>

using namespace llvm;
using namespace parcg;

// A call keeps caller and callee together more than a mere reference does:
// it is what inlining-free codegen and the later post-IPO passes care about.
static constexpr uint64_t CallEdgeWeight = 4;
static constexpr uint64_t RefEdgeWeight = 1;

unsigned PartitionPlan::numPromoted() const {
  unsigned N = 0;
  for (const PlanSymbol &S : Symbols)
    N += S.PromotedFrom.has_value();
  return N;
}

//===----------------------------------------------------------------------===//
// planPartitions
//===----------------------------------------------------------------------===//

/// --cost-profile: each function definition the profile lists costs its
/// measured microseconds times (the model's cost of all listed functions) /
/// (their measured total), so that units and totals stay the model's while
/// the shares among listed functions become the measured ones. Integer
/// arithmetic: the plan must not depend on the host's floating point.
static void applyMeasuredCosts(PartitionPlan &Plan,
                               const StringMap<uint64_t> &Micros) {
  if (Micros.empty())
    return;
  SmallVector<std::pair<PlanSymbol *, uint64_t>, 0> Listed;
  unsigned __int128 ModelSum = 0, MeasuredSum = 0;
  for (PlanSymbol &S : Plan.Symbols) {
    if (S.Kind != SymbolKind::Function || !S.IsDefinition)
      continue;
    auto It = Micros.find(S.Name);
    if (It == Micros.end())
      continue;
    Listed.push_back({&S, It->second});
    ModelSum += S.Cost;
    MeasuredSum += It->second;
  }
  if (MeasuredSum == 0)
    return;
  for (auto [S, Measured] : Listed)
    S->Cost = std::max<uint64_t>(
        1, uint64_t((Measured * ModelSum + MeasuredSum / 2) / MeasuredSum));
}

PartitionPlan parcg::planPartitions(const Module &M,
                                    const PartitionOptions &Opts) {
  PartitionPlan Plan;
  GraphBuilder G(M, Plan);
  G.build();
  applyMeasuredCosts(Plan, Opts.MeasuredMicros);
  const unsigned NumNodes = G.numNodes();
  auto NodeCost = [&](unsigned N) -> uint64_t {
    return N < Plan.Symbols.size() && Plan.Symbols[N].IsDefinition
               ? Plan.Symbols[N].Cost
               : 0;
  };
  // Replicated constants are no nodes: they go wherever they are used.
  auto IsNode = [&](unsigned N) {
    return N == G.anchor() ||
           (Plan.Symbols[N].IsDefinition && !Plan.Symbols[N].Replicated);
  };

  // Groups, by their smallest member, with their costs.
  GroupGraph GG;
  GG.Cost.assign(NumNodes, 0);
  for (unsigned N = 0; N < NumNodes; ++N) {
    Plan.TotalCost += NodeCost(N);
    if (!IsNode(N))
      continue;
    unsigned Root = G.Groups.find(N);
    if (Root == N)
      GG.Roots.push_back(N);
    GG.Cost[Root] += NodeCost(N);
  }
  GG.TotalCost = Plan.TotalCost;
  // The partition count: asked for, or derived from the cost alone.
  unsigned NumParts;
  if (Opts.NumPartitions)
    NumParts = std::max(1u, *Opts.NumPartitions);
  else if (Opts.Strategy == PartitionStrategy::Stable)
    // The stable strategy chooses each boundary within a window of a
    // share's eighth: more partitions narrow it, and an added or removed
    // function then moves more boundaries (RE2 at 64 partitions: 12 of 64
    // recompiled after such an edit, against 1-2 of 16). It keeps the
    // square-root count, whose partitions are larger.
    NumParts = std::clamp<uint64_t>(
        uint64_t(std::sqrt(double(Plan.TotalCost) /
                           double(std::max<uint64_t>(1, Opts.MinPartitionCost)))),
        1, std::max(1u, Opts.MaxPartitions));
  else
    NumParts = std::clamp<uint64_t>(
        Plan.TotalCost / std::max<uint64_t>(1, Opts.MinPartitionCost), 1,
        std::max(1u, Opts.MaxPartitions));
  NumParts = std::min<unsigned>(NumParts, GG.Roots.size());
  NumParts = std::max(1u, NumParts);

  // Families matter only to a balanced split.
  if (Opts.Strategy == PartitionStrategy::Balanced && NumParts > 1)
    GG.Family = groupFamilies(Plan, G.Groups, GG.Roots, NumNodes, IsNode);

  // The group graph: symbol edges summed per pair of groups.
  GG.Edges.reserve(G.Edges.size());
  for (const SymbolEdge &E : G.Edges) {
    unsigned A = G.Groups.find(E.From), B = G.Groups.find(E.To);
    if (A == B || Plan.Symbols[E.To].Replicated)
      continue;
    if (A > B)
      std::swap(A, B);
    GG.Edges.push_back(
        {A, B, E.Count * (E.IsCall ? CallEdgeWeight : RefEdgeWeight)});
  }
  sumParallelEdges(GG.Edges);

  std::vector<unsigned> BinOfGroup;
  switch (Opts.Strategy) {
  case PartitionStrategy::Balanced:
    BinOfGroup = placeBalanced(GG, NumNodes, NumParts);
    break;
  case PartitionStrategy::Stable:
    BinOfGroup = placeStable(GG, Plan, G.Groups, G.Edges, G.anchor(),
                             NumNodes, Opts.BaseBoundaries, NumParts);
    break;
  case PartitionStrategy::RoundRobin:
    BinOfGroup = placeRoundRobin(GG, NumNodes, NumParts);
    break;
  }

  // Number partitions by their first member in module order.
  std::vector<unsigned> Renumber(NumParts, ~0u);
  unsigned Next = 0;
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned &R = Renumber[BinOfGroup[G.Groups.find(N)]];
    if (R == ~0u)
      R = Next++;
  }
  Plan.Partitions.resize(Next);
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned P = Renumber[BinOfGroup[G.Groups.find(N)]];
    if (N == G.anchor()) {
      Plan.AnchorPartition = P;
      continue;
    }
    PlanSymbol &S = Plan.Symbols[N];
    S.Partition = P;
    PlanPartition &Part = Plan.Partitions[P];
    Part.Cost += S.Cost;
    Part.NumFunctions += S.Kind == SymbolKind::Function;
    Part.NumVariables += S.Kind == SymbolKind::Variable;
  }

  // What the split costs: edges that now cross, and locals that must be
  // promoted because they are used from another partition.
  Plan.Edges.reserve(G.Edges.size());
  for (const SymbolEdge &E : G.Edges) {
    bool FromAnchor = E.From == G.anchor();
    Plan.Edges.push_back({FromAnchor ? ~0u : E.From, E.To, E.Count, E.IsCall});
    unsigned From = FromAnchor ? Plan.AnchorPartition
                               : Plan.Symbols[E.From].Partition;
    PlanSymbol &To = Plan.Symbols[E.To];
    if (To.Replicated) {
      To.CopiesIn.push_back(From);
      continue;
    }
    if (From == To.Partition)
      continue;
    (E.IsCall ? Plan.Partitions[From].CutCallEdges
              : Plan.Partitions[From].CutRefEdges) += E.Count;
    if (To.IsLocal)
      To.ReferencedAcross = true;
  }
  for (PlanSymbol &S : Plan.Symbols) {
    if (!S.Replicated)
      continue;
    llvm::sort(S.CopiesIn);
    S.CopiesIn.erase(llvm::unique(S.CopiesIn), S.CopiesIn.end());
    if (S.CopiesIn.empty())
      S.CopiesIn.push_back(0);
    S.Partition = S.CopiesIn.front();
    for (unsigned P : S.CopiesIn) {
      Plan.Partitions[P].Cost += S.Cost;
      ++Plan.Partitions[P].NumVariables;
    }
  }
  return Plan;
}
