//===- Partitioner.cpp - Deterministic callgraph partitioner --------------===//
//
// Splits a module's definitions into partitions of similar estimated codegen
// cost while keeping callers near callees. Four steps:
//
//  1. Groups: global values that must live in the same partition are merged
//     with union-find: comdat members; an alias or ifunc with everything its
//     aliasee or resolver names; a blockaddress with the function it points
//     into; !associated pairs; locals named by inline asm with the asm's
//     user; symbols named by a module-asm .symver with the module asm; and
//     the "anchor", a virtual node that owns module inline asm,
//     llvm.global_ctors/dtors and other appending arrays, so they are emitted
//     exactly once.
//  2. Clusters: groups joined along the heaviest call and reference edges
//     first, as long as a cluster stays below an eighth of a partition's
//     share of the cost. Small clusters keep the final balance tight; the
//     heavy edges they absorb keep callers and callees together.
//  3. Placement: clusters, largest first, each to the least loaded
//     partition (longest-processing-time scheduling). A cluster bigger than a
//     partition's share simply becomes a partition of its own.
//     Then small clusters move toward the partition they have the most edges
//     to, within a bound on the partition's load.
//  4. Numbering: partitions are numbered by their first member in module
//     order, so the plan reads in source order.
//
// Every tie is broken by module ordinals (and so by names, which order the
// module), never by addresses, thread count or host: the plan is a function
// of the module and the options (PartitionerTest.*Deterministic*).
//
//===----------------------------------------------------------------------===//

#include "parcg/Partitioner.h"
#include "parcg/CostModel.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <cmath>
#include <queue>

using namespace llvm;
using namespace parcg;

// A call keeps caller and callee together more than a mere reference does:
// it is what inlining-free codegen and the later post-IPO passes care about.
static constexpr uint64_t CallEdgeWeight = 4;
static constexpr uint64_t RefEdgeWeight = 1;
// Clusters stay below PartitionShare / ClusterFraction.
static constexpr uint64_t ClusterFraction = 8;
// Group-by-group refinement passes of the balanced strategy, at most.
static constexpr unsigned RefinementPasses = 8;

namespace {

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
  GraphBuilder(const Module &M, PartitionPlan &Plan)
      : Groups(0), M(M), Plan(Plan) {}

  void build();

  unsigned anchor() const { return Plan.Symbols.size(); }
  unsigned numNodes() const { return Plan.Symbols.size() + 1; }

  UnionFind Groups;
  std::vector<SymbolEdge> Edges;

private:
  void scanConstant(const Constant *C, unsigned Owner, bool IsCall);
  void scanFunction(const Function &F, unsigned Owner);
  void scanAsmNames(StringRef Asm, unsigned Owner);
  void scanSymverNames(StringRef Asm, unsigned Owner);
  void flushUses(unsigned Owner);
  std::optional<unsigned> definedOrdinal(const GlobalValue *GV) const;

  const Module &M;
  PartitionPlan &Plan;
  DenseMap<const GlobalValue *, unsigned> OrdinalOf;
  StringMap<unsigned> LocalByName; // Built only when some asm names symbols.
  StringMap<unsigned> DefinedByName; // Built only for .symver directives.
  // Per-owner scratch, flushed into Edges in target order.
  SmallPtrSet<const Constant *, 32> Visited;
  DenseMap<unsigned, UseCounts> Uses;
};

} // namespace

static bool isUsedArray(const GlobalValue &GV) {
  return GV.getName() == "llvm.used" || GV.getName() == "llvm.compiler.used";
}

std::optional<unsigned>
GraphBuilder::definedOrdinal(const GlobalValue *GV) const {
  auto It = OrdinalOf.find(GV);
  if (It == OrdinalOf.end() || !Plan.Symbols[It->second].IsDefinition)
    return std::nullopt;
  return It->second;
}

void GraphBuilder::scanConstant(const Constant *C, unsigned Owner,
                                bool IsCall) {
  if (const auto *GV = dyn_cast<GlobalValue>(C)) {
    if (auto To = definedOrdinal(GV)) {
      UseCounts &Count = Uses[*To];
      ++(IsCall ? Count.Calls : Count.Refs);
    }
    return;
  }
  if (isa<ConstantData>(C) || !Visited.insert(C).second)
    return;
  if (const auto *BA = dyn_cast<BlockAddress>(C)) {
    // The address of a block only means something inside the object that
    // defines its function.
    if (auto F = definedOrdinal(BA->getFunction()))
      Groups.unite(Owner, *F);
    return;
  }
  for (const Use &Op : C->operands())
    scanConstant(cast<Constant>(Op.get()), Owner, /*IsCall=*/false);
}

void GraphBuilder::scanAsmNames(StringRef Asm, unsigned Owner) {
  // A local named in asm text is referenced by a symbol the IR cannot see:
  // it must be emitted in the same object as the asm.
  if (LocalByName.empty())
    for (unsigned I = 0, E = Plan.Symbols.size(); I != E; ++I)
      if (Plan.Symbols[I].IsDefinition && Plan.Symbols[I].IsLocal &&
          !Plan.Symbols[I].Name.empty())
        LocalByName.try_emplace(Plan.Symbols[I].Name, I);
  auto IsNameChar = [](char C) {
    return isAlnum(C) || C == '_' || C == '.' || C == '$';
  };
  size_t I = 0, E = Asm.size();
  while (I < E) {
    while (I < E && !IsNameChar(Asm[I]))
      ++I;
    size_t Begin = I;
    while (I < E && IsNameChar(Asm[I]))
      ++I;
    if (I > Begin) {
      auto It = LocalByName.find(Asm.slice(Begin, I));
      if (It != LocalByName.end())
        Groups.unite(Owner, It->second);
    }
  }
}

void GraphBuilder::scanSymverNames(StringRef Asm, unsigned Owner) {
  // `.symver NAME, NAME@VERSION` makes the versioned symbol an alias of
  // NAME in the object the asm is in: the assembler needs NAME defined
  // there, global or not (a partition boundary between them is the bug GCC's
  // partitioning has with symbol versions).
  for (StringRef Rest = Asm; !Rest.empty();) {
    auto [Line, Tail] = Rest.split('\n');
    Rest = Tail;
    for (StringRef Stmt : split(Line, ';')) {
      Stmt = Stmt.trim();
      if (!Stmt.consume_front(".symver") || Stmt.empty() ||
          !(Stmt[0] == ' ' || Stmt[0] == '\t'))
        continue;
      StringRef Name = Stmt.split(',').first.trim().trim('"');
      if (DefinedByName.empty())
        for (unsigned I = 0, E = Plan.Symbols.size(); I != E; ++I)
          if (Plan.Symbols[I].IsDefinition && !Plan.Symbols[I].Name.empty())
            DefinedByName.try_emplace(Plan.Symbols[I].Name, I);
      auto It = DefinedByName.find(Name);
      if (It != DefinedByName.end())
        Groups.unite(Owner, It->second);
    }
  }
}

void GraphBuilder::scanFunction(const Function &F, unsigned Owner) {
  if (F.hasPersonalityFn())
    scanConstant(F.getPersonalityFn(), Owner, false);
  if (F.hasPrefixData())
    scanConstant(F.getPrefixData(), Owner, false);
  if (F.hasPrologueData())
    scanConstant(F.getPrologueData(), Owner, false);
  for (const BasicBlock &BB : F) {
    for (const Instruction &I : BB) {
      const Value *Callee = nullptr;
      if (const auto *CB = dyn_cast<CallBase>(&I)) {
        Callee = CB->getCalledOperand();
        if (const auto *IA = dyn_cast<InlineAsm>(Callee))
          scanAsmNames(IA->getAsmString(), Owner);
        else if (const auto *C = dyn_cast<Constant>(Callee->stripPointerCasts()))
          scanConstant(C, Owner, /*IsCall=*/isa<Function>(C));
      }
      for (const Use &Op : I.operands()) {
        const Value *V = Op.get();
        if (V == Callee)
          continue;
        if (const auto *C = dyn_cast<Constant>(V)) {
          scanConstant(C, Owner, false);
        } else if (const auto *MAV = dyn_cast<MetadataAsValue>(V)) {
          if (const auto *VAM = dyn_cast<ValueAsMetadata>(MAV->getMetadata()))
            if (const auto *C = dyn_cast<Constant>(VAM->getValue()))
              scanConstant(C, Owner, false);
        }
      }
    }
  }
}

void GraphBuilder::flushUses(unsigned Owner) {
  size_t First = Edges.size();
  for (auto &[To, Count] : Uses) {
    if (To == Owner)
      continue;
    if (Count.Calls)
      Edges.push_back({Owner, To, Count.Calls, true});
    if (Count.Refs)
      Edges.push_back({Owner, To, Count.Refs, false});
  }
  // DenseMap order depends on hashing; sort this owner's edges by target.
  std::sort(Edges.begin() + First, Edges.end(),
            [](const SymbolEdge &A, const SymbolEdge &B) {
              return std::tie(A.To, A.IsCall) < std::tie(B.To, B.IsCall);
            });
  Uses.clear();
  Visited.clear();
}

void GraphBuilder::build() {
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    PlanSymbol S;
    S.Name = GV.getName().str();
    if (isa<GlobalVariable>(GV))
      S.Kind = SymbolKind::Variable;
    else if (isa<Function>(GV))
      S.Kind = SymbolKind::Function;
    else if (isa<GlobalAlias>(GV))
      S.Kind = SymbolKind::Alias;
    else
      S.Kind = SymbolKind::IFunc;
    // llvm.used and llvm.compiler.used are filtered per partition by the
    // splitter; they belong to no partition.
    S.IsDefinition = !GV.isDeclaration() && !isUsedArray(GV);
    S.IsLocal = GV.hasLocalLinkage();
    S.IsAnchorArray = S.IsDefinition && GV.hasAppendingLinkage();
    if (const auto *F = dyn_cast<Function>(&GV))
      S.Cost = estimateFunctionCost(*F);
    else if (const auto *Var = dyn_cast<GlobalVariable>(&GV))
      S.Cost = S.IsDefinition ? estimateVariableCost(*Var) : 0;
    OrdinalOf[&GV] = Ordinal;
    Plan.Symbols.push_back(std::move(S));
  });

  Groups = UnionFind(numNodes());
  DenseMap<const Comdat *, unsigned> ComdatLeader;
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    if (!S.IsDefinition)
      return;
    if (S.IsAnchorArray)
      Groups.unite(anchor(), Ordinal);
    if (const auto *GO = dyn_cast<GlobalObject>(&GV)) {
      if (const Comdat *C = GO->getComdat()) {
        auto [It, New] = ComdatLeader.try_emplace(C, Ordinal);
        if (!New)
          Groups.unite(It->second, Ordinal);
      }
      // !associated ties a section to another symbol's (SHF_LINK_ORDER).
      if (const MDNode *MD = GO->getMetadata(LLVMContext::MD_associated))
        if (MD->getNumOperands() == 1)
          if (const auto *VAM = dyn_cast_or_null<ValueAsMetadata>(
                  MD->getOperand(0).get()))
            if (const auto *Assoc = dyn_cast<GlobalValue>(
                    VAM->getValue()->stripPointerCasts()))
              if (auto To = definedOrdinal(Assoc))
                Groups.unite(Ordinal, *To);
    }
    if (const auto *F = dyn_cast<Function>(&GV)) {
      scanFunction(*F, Ordinal);
    } else if (const auto *Var = dyn_cast<GlobalVariable>(&GV)) {
      scanConstant(Var->getInitializer(), Ordinal, false);
    } else {
      // An alias or ifunc and everything its aliasee or resolver names are
      // one symbol to the object writer.
      const Constant *Target = isa<GlobalAlias>(GV)
                                   ? cast<GlobalAlias>(GV).getAliasee()
                                   : cast<GlobalIFunc>(GV).getResolver();
      scanConstant(Target, Ordinal, false);
      for (auto &[To, Count] : Uses)
        Groups.unite(Ordinal, To);
    }
    flushUses(Ordinal);
  });

  // Module inline asm is emitted once, by the anchor's partition; the locals
  // it can reach by name go with it. Such locals are listed in llvm.used or
  // llvm.compiler.used (that is how they survive optimization), and are
  // found in the asm text too.
  if (!M.getModuleInlineAsm().empty()) {
    scanAsmNames(M.getModuleInlineAsm(), anchor());
    scanSymverNames(M.getModuleInlineAsm(), anchor());
    for (StringRef Name : {"llvm.used", "llvm.compiler.used"}) {
      const GlobalVariable *Used = M.getGlobalVariable(Name, true);
      if (!Used || !Used->hasInitializer())
        continue;
      for (const Use &U : Used->getInitializer()->operands())
        if (const auto *GV =
                dyn_cast<GlobalValue>(U.get()->stripPointerCasts()))
          if (auto To = definedOrdinal(GV))
            if (Plan.Symbols[*To].IsLocal)
              Groups.unite(anchor(), *To);
    }
  }
}

unsigned PartitionPlan::numPromoted() const {
  unsigned N = 0;
  for (const PlanSymbol &S : Symbols)
    N += S.PromotedFrom.has_value();
  return N;
}

namespace {
struct GroupEdge {
  unsigned A, B;
  uint64_t Weight;
};

/// What every strategy places: the groups, by root (their first member in
/// module order), with their costs and the edges between them.
struct GroupGraph {
  std::vector<unsigned> Roots; // In module order.
  std::vector<uint64_t> Cost;  // By node; meaningful for roots.
  /// Summed per pair, A < B, sorted by (A, B).
  std::vector<GroupEdge> Edges;
  uint64_t TotalCost = 0;
};
} // namespace

//===----------------------------------------------------------------------===//
// Balanced: clusters, longest-first placement, locality refinement
//===----------------------------------------------------------------------===//

using Adjacency = std::vector<SmallVector<std::pair<unsigned, uint64_t>, 4>>;

/// One locality pass: each node of Order (in that order) for which Movable
/// holds moves to the partition it has the most edge weight to (the lowest
/// such index), when that is more than it has to its own and the partition
/// stays within Limit. Bin, Load and Cost are indexed by node; returns how
/// many moved.
template <typename MovableT>
static unsigned moveTowardNeighbours(ArrayRef<unsigned> Order,
                                     const Adjacency &Adj,
                                     ArrayRef<uint64_t> Cost, uint64_t Limit,
                                     MovableT Movable,
                                     std::vector<unsigned> &Bin,
                                     std::vector<uint64_t> &Load) {
  std::vector<uint64_t> Affinity(Load.size(), 0);
  unsigned Moved = 0;
  for (unsigned X : Order) {
    if (Adj[X].empty() || !Movable(X))
      continue;
    for (auto [Other, W] : Adj[X])
      Affinity[Bin[Other]] += W;
    unsigned From = Bin[X], Best = From;
    for (auto [Other, W] : Adj[X]) {
      unsigned P = Bin[Other];
      if (Affinity[P] > Affinity[Best] ||
          (Affinity[P] == Affinity[Best] && P < Best && P != From))
        Best = P;
    }
    bool Move = Best != From && Affinity[Best] > Affinity[From] &&
                Load[Best] + Cost[X] <= Limit;
    for (auto [Other, W] : Adj[X])
      Affinity[Bin[Other]] = 0;
    if (!Move)
      continue;
    Load[From] -= Cost[X];
    Load[Best] += Cost[X];
    Bin[X] = Best;
    ++Moved;
  }
  return Moved;
}

static std::vector<unsigned> placeBalanced(const GroupGraph &GG,
                                           unsigned NumNodes,
                                           unsigned &NumParts) {
  // Clusters: groups joined along the heaviest edges first.
  std::vector<GroupEdge> ByWeight = GG.Edges;
  llvm::sort(ByWeight, [](const GroupEdge &X, const GroupEdge &Y) {
    if (X.Weight != Y.Weight)
      return X.Weight > Y.Weight;
    return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
  });
  const uint64_t Share = std::max<uint64_t>(1, GG.TotalCost / NumParts);
  const uint64_t ClusterCap = std::max<uint64_t>(1, Share / ClusterFraction);
  UnionFind Clusters(NumNodes);
  std::vector<uint64_t> ClusterCost = GG.Cost;
  if (NumParts > 1) {
    for (const GroupEdge &E : ByWeight) {
      unsigned A = Clusters.find(E.A), B = Clusters.find(E.B);
      if (A == B || ClusterCost[A] + ClusterCost[B] > ClusterCap)
        continue;
      uint64_t Sum = ClusterCost[A] + ClusterCost[B];
      Clusters.unite(A, B);
      ClusterCost[Clusters.find(A)] = Sum;
    }
  }

  // Longest-processing-time placement of clusters.
  std::vector<unsigned> Roots;
  for (unsigned G : GG.Roots)
    if (Clusters.find(G) == G)
      Roots.push_back(G);
  llvm::sort(Roots, [&](unsigned X, unsigned Y) {
    if (ClusterCost[X] != ClusterCost[Y])
      return ClusterCost[X] > ClusterCost[Y];
    return X < Y;
  });
  NumParts = std::max(1u, std::min<unsigned>(NumParts, Roots.size()));
  // Least load first; among equal loads the emptiest, then the lowest index,
  // so zero-cost clusters still spread over empty partitions.
  using Bin = std::tuple<uint64_t, unsigned, unsigned>; // load, count, index
  std::priority_queue<Bin, std::vector<Bin>, std::greater<Bin>> Bins;
  for (unsigned P = 0; P < NumParts; ++P)
    Bins.push({0, 0, P});
  std::vector<unsigned> BinOfCluster(NumNodes, ~0u);
  for (unsigned Root : Roots) {
    auto [Load, Count, P] = Bins.top();
    Bins.pop();
    BinOfCluster[Root] = P;
    Bins.push({Load + ClusterCost[Root], Count + 1, P});
  }

  // Locality. LPT knows nothing of edges, so a small cluster may land away
  // from everything it talks to (typically a helper of a function too big
  // to cluster with). Move each small cluster, in module order, to the
  // partition it has the most edge weight to, when that partition stays
  // within a 32nd of its share. Balance stays bounded: no move takes a
  // partition above Share * 33/32. (With a 16th, SQLite, RE2 and DuckDB at
  // 8 and 16 partitions measured max/mean 1.06-1.16 against 1.06-1.15 now,
  // for 1-7% fewer cut calls.)
  const uint64_t Limit = Share + Share / 32;
  if (NumParts > 1) {
    std::vector<uint64_t> Load(NumParts, 0);
    for (unsigned Root : Roots)
      Load[BinOfCluster[Root]] += ClusterCost[Root];
    Adjacency Adj(NumNodes);
    for (const GroupEdge &E : ByWeight) {
      unsigned A = Clusters.find(E.A), B = Clusters.find(E.B);
      if (A == B)
        continue;
      Adj[A].push_back({B, E.Weight});
      Adj[B].push_back({A, E.Weight});
    }
    std::vector<unsigned> ByOrdinal(Roots);
    llvm::sort(ByOrdinal);
    moveTowardNeighbours(
        ByOrdinal, Adj, ClusterCost, Limit,
        [&](unsigned Root) { return ClusterCost[Root] <= ClusterCap; },
        BinOfCluster, Load);
  }

  std::vector<unsigned> BinOfGroup(NumNodes, ~0u);
  for (unsigned G : GG.Roots)
    BinOfGroup[G] = BinOfCluster[Clusters.find(G)];

  // Refinement, group by group (clusters are too coarse to move once
  // placed): the same move for each group, in passes until one moves
  // nothing (at most RefinementPasses).
  if (NumParts > 1) {
    std::vector<uint64_t> Load(NumParts, 0);
    for (unsigned G : GG.Roots)
      Load[BinOfGroup[G]] += GG.Cost[G];
    Adjacency Adj(NumNodes);
    for (const GroupEdge &E : GG.Edges) {
      Adj[E.A].push_back({E.B, E.Weight});
      Adj[E.B].push_back({E.A, E.Weight});
    }
    for (unsigned Pass = 0; Pass < RefinementPasses; ++Pass)
      if (!moveTowardNeighbours(
              GG.Roots, Adj, GG.Cost, Limit, [](unsigned) { return true; },
              BinOfGroup, Load))
        break;
  }
  return BinOfGroup;
}

//===----------------------------------------------------------------------===//
// Stable: contiguous runs in module order, boundaries anchored to names
//===----------------------------------------------------------------------===//

// Boundary j lands on the function with the highest name hash among the
// candidates near its ideal cumulative cost j * Total / N: those within
// Share / StableWindowFraction of it, and at least StableCandidates groups
// on each side, never farther than Share / StableMaxWindowFraction. An edit
// elsewhere shifts the candidates by the cost it changes (or by one group);
// the strongest name among them stays the same unless it is at the edge, so
// boundaries hold still. More candidates: steadier, less balanced.
static constexpr uint64_t StableWindowFraction = 16;
static constexpr uint64_t StableMaxWindowFraction = 8;
static constexpr size_t StableCandidates = 4;

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

static std::vector<unsigned> placeStable(const GroupGraph &GG,
                                         const PartitionPlan &Plan,
                                         UnionFind &GroupsUF,
                                         unsigned NumNodes,
                                         unsigned &NumParts) {
  // The sequence: groups with a function, by their first function.
  std::vector<unsigned> FirstFunction(NumNodes, ~0u);
  for (unsigned N = 0, E = Plan.Symbols.size(); N < E; ++N) {
    const PlanSymbol &S = Plan.Symbols[N];
    if (!S.IsDefinition || S.Kind != SymbolKind::Function)
      continue;
    unsigned Root = GroupsUF.find(N);
    FirstFunction[Root] = std::min(FirstFunction[Root], N);
  }
  std::vector<unsigned> Seq, Floating;
  for (unsigned G : GG.Roots)
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
    Prefix[K + 1] = Prefix[K] + GG.Cost[Seq[K]];
  const uint64_t Total = Prefix.back();
  auto Strength = [&](size_t K) {
    const PlanSymbol &S = Plan.Symbols[FirstFunction[Seq[K]]];
    return S.Name.empty() ? uint64_t(FirstFunction[Seq[K]])
                          : xxh3_64bits(arrayRefFromStringRef(S.Name));
  };
  const uint64_t Share = std::max<uint64_t>(1, Total / NumParts);
  const uint64_t Window = std::max<uint64_t>(1, Share / StableWindowFraction);
  const uint64_t MaxWindow = std::max<uint64_t>(1, Share / StableMaxWindowFraction);
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
    // Boundaries K in [Lo, Hi): within the window, or among the nearest
    // StableCandidates on each side, and never beyond the largest window.
    size_t Near = At(Ideal);
    size_t Lo = std::min(At(Ideal > Window ? Ideal - Window : 0),
                         Near > StableCandidates ? Near - StableCandidates : 0);
    size_t Hi = std::max(After(Ideal + Window), Near + StableCandidates + 1);
    Lo = std::max(Lo, At(Ideal > MaxWindow ? Ideal - MaxWindow : 0));
    Hi = std::min(Hi, After(Ideal + MaxWindow));
    Lo = std::max(Lo, Prev + 1);
    Hi = std::min(Hi, Seq.size());
    size_t Best = SIZE_MAX;
    if (Lo < Hi) {
      uint64_t BestStrength = 0;
      for (size_t K = Lo; K < Hi; ++K) {
        uint64_t S = Strength(K);
        if (Best == SIZE_MAX || S > BestStrength) {
          Best = K;
          BestStrength = S;
        }
      }
    } else {
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
  placeWithNeighbours(GG, NumNodes, Floating, NumParts, BinOfGroup);
  return BinOfGroup;
}

//===----------------------------------------------------------------------===//
// Round robin: the baseline
//===----------------------------------------------------------------------===//

static std::vector<unsigned> placeRoundRobin(const GroupGraph &GG,
                                             unsigned NumNodes,
                                             unsigned &NumParts) {
  NumParts = std::max(1u, std::min<unsigned>(NumParts, GG.Roots.size()));
  std::vector<unsigned> BinOfGroup(NumNodes, ~0u);
  for (size_t I = 0; I < GG.Roots.size(); ++I)
    BinOfGroup[GG.Roots[I]] = I % NumParts;
  return BinOfGroup;
}

//===----------------------------------------------------------------------===//
// planPartitions
//===----------------------------------------------------------------------===//

PartitionPlan parcg::planPartitions(const Module &M,
                                    const PartitionOptions &Opts) {
  PartitionPlan Plan;
  GraphBuilder G(M, Plan);
  G.build();
  const unsigned NumNodes = G.numNodes();
  auto NodeCost = [&](unsigned N) -> uint64_t {
    return N < Plan.Symbols.size() && Plan.Symbols[N].IsDefinition
               ? Plan.Symbols[N].Cost
               : 0;
  };
  auto IsNode = [&](unsigned N) {
    return N == G.anchor() || Plan.Symbols[N].IsDefinition;
  };

  // Groups, by their smallest member, with their costs.
  GroupGraph GG;
  GG.Cost.assign(NumNodes, 0);
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned Root = G.Groups.find(N);
    if (Root == N)
      GG.Roots.push_back(N);
    GG.Cost[Root] += NodeCost(N);
    Plan.TotalCost += NodeCost(N);
  }
  GG.TotalCost = Plan.TotalCost;

  // The partition count: asked for, or derived from the cost alone.
  unsigned NumParts;
  if (Opts.NumPartitions)
    NumParts = std::max(1u, *Opts.NumPartitions);
  else
    NumParts = std::clamp<uint64_t>(
        uint64_t(std::sqrt(double(Plan.TotalCost) /
                           double(std::max<uint64_t>(1, Opts.MinPartitionCost)))),
        1, std::max(1u, Opts.MaxPartitions));
  NumParts = std::min<unsigned>(NumParts, GG.Roots.size());
  NumParts = std::max(1u, NumParts);

  // The group graph: symbol edges summed per pair of groups.
  GG.Edges.reserve(G.Edges.size());
  for (const SymbolEdge &E : G.Edges) {
    unsigned A = G.Groups.find(E.From), B = G.Groups.find(E.To);
    if (A == B)
      continue;
    if (A > B)
      std::swap(A, B);
    GG.Edges.push_back(
        {A, B, E.Count * (E.IsCall ? CallEdgeWeight : RefEdgeWeight)});
  }
  llvm::sort(GG.Edges, [](const GroupEdge &X, const GroupEdge &Y) {
    return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
  });
  size_t Out = 0;
  for (size_t I = 0; I < GG.Edges.size(); ++I) {
    if (Out && GG.Edges[Out - 1].A == GG.Edges[I].A &&
        GG.Edges[Out - 1].B == GG.Edges[I].B)
      GG.Edges[Out - 1].Weight += GG.Edges[I].Weight;
    else
      GG.Edges[Out++] = GG.Edges[I];
  }
  GG.Edges.resize(Out);

  std::vector<unsigned> BinOfGroup;
  switch (Opts.Strategy) {
  case PartitionStrategy::Balanced:
    BinOfGroup = placeBalanced(GG, NumNodes, NumParts);
    break;
  case PartitionStrategy::Stable:
    BinOfGroup = placeStable(GG, Plan, G.Groups, NumNodes, NumParts);
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
    if (From == To.Partition)
      continue;
    (E.IsCall ? Plan.Partitions[From].CutCallEdges
              : Plan.Partitions[From].CutRefEdges) += E.Count;
    if (To.IsLocal)
      To.ReferencedAcross = true;
  }
  return Plan;
}
