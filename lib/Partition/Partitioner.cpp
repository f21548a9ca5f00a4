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

/// Reads the module once and builds the nodes, groups and edges.
class GraphBuilder {
public:
  GraphBuilder(const Module &M, PartitionPlan &Plan)
      : M(M), Plan(Plan), Groups(0) {}

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
  DenseMap<unsigned, std::pair<uint32_t, uint32_t>> Uses; // To -> calls, refs
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
      auto &Count = Uses[*To];
      (IsCall ? Count.first : Count.second)++;
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
    if (Count.first)
      Edges.push_back({Owner, To, Count.first, true});
    if (Count.second)
      Edges.push_back({Owner, To, Count.second, false});
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

  // Step 1: groups, by their smallest member.
  std::vector<uint64_t> GroupCost(NumNodes, 0);
  unsigned NumGroups = 0;
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned Root = G.Groups.find(N);
    NumGroups += Root == N;
    GroupCost[Root] += NodeCost(N);
    Plan.TotalCost += NodeCost(N);
  }

  // The partition count: asked for, or derived from the cost alone.
  unsigned NumParts;
  if (Opts.NumPartitions)
    NumParts = std::max(1u, *Opts.NumPartitions);
  else
    NumParts = std::clamp<uint64_t>(
        uint64_t(std::sqrt(double(Plan.TotalCost) /
                           double(std::max<uint64_t>(1, Opts.MinPartitionCost)))),
        1, std::max(1u, Opts.MaxPartitions));
  NumParts = std::min(NumParts, NumGroups);

  // Step 2: clusters. Group edges are summed, then joined heaviest first.
  struct GroupEdge {
    unsigned A, B;
    uint64_t Weight;
  };
  std::vector<GroupEdge> GEdges;
  GEdges.reserve(G.Edges.size());
  for (const SymbolEdge &E : G.Edges) {
    unsigned A = G.Groups.find(E.From), B = G.Groups.find(E.To);
    if (A == B)
      continue;
    if (A > B)
      std::swap(A, B);
    GEdges.push_back(
        {A, B, E.Count * (E.IsCall ? CallEdgeWeight : RefEdgeWeight)});
  }
  llvm::sort(GEdges, [](const GroupEdge &X, const GroupEdge &Y) {
    return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
  });
  size_t Out = 0;
  for (size_t I = 0; I < GEdges.size(); ++I) {
    if (Out && GEdges[Out - 1].A == GEdges[I].A &&
        GEdges[Out - 1].B == GEdges[I].B)
      GEdges[Out - 1].Weight += GEdges[I].Weight;
    else
      GEdges[Out++] = GEdges[I];
  }
  GEdges.resize(Out);
  llvm::sort(GEdges, [](const GroupEdge &X, const GroupEdge &Y) {
    if (X.Weight != Y.Weight)
      return X.Weight > Y.Weight;
    return std::tie(X.A, X.B) < std::tie(Y.A, Y.B);
  });

  const uint64_t Share = std::max<uint64_t>(1, Plan.TotalCost / NumParts);
  const uint64_t ClusterCap = std::max<uint64_t>(1, Share / ClusterFraction);
  UnionFind Clusters(NumNodes);
  std::vector<uint64_t> ClusterCost = GroupCost;
  if (NumParts > 1) {
    for (const GroupEdge &E : GEdges) {
      unsigned A = Clusters.find(E.A), B = Clusters.find(E.B);
      if (A == B || ClusterCost[A] + ClusterCost[B] > ClusterCap)
        continue;
      uint64_t Sum = ClusterCost[A] + ClusterCost[B];
      Clusters.unite(A, B);
      ClusterCost[Clusters.find(A)] = Sum;
    }
  }

  // Step 3: longest-processing-time placement of clusters.
  std::vector<unsigned> ClusterOf(NumNodes, ~0u);
  std::vector<unsigned> Roots;
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned Root = Clusters.find(G.Groups.find(N));
    ClusterOf[N] = Root;
    if (Root == N)
      Roots.push_back(Root);
  }
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

  // Step 3b: locality. LPT knows nothing of edges, so a small cluster may
  // land away from everything it talks to (typically a helper of a function
  // too big to cluster with). Move each small cluster, in module order, to
  // the partition it has the most edge weight to, when that partition stays
  // within a sixteenth of its share. Balance stays bounded: no move takes a
  // partition above Share * 17/16.
  if (NumParts > 1) {
    std::vector<uint64_t> Load(NumParts, 0);
    for (unsigned Root : Roots)
      Load[BinOfCluster[Root]] += ClusterCost[Root];
    std::vector<SmallVector<std::pair<unsigned, uint64_t>, 4>> Adj(NumNodes);
    for (const GroupEdge &E : GEdges) {
      unsigned A = Clusters.find(E.A), B = Clusters.find(E.B);
      if (A == B)
        continue;
      Adj[A].push_back({B, E.Weight});
      Adj[B].push_back({A, E.Weight});
    }
    const uint64_t Limit = Share + Share / 16;
    std::vector<uint64_t> Affinity(NumParts);
    std::vector<unsigned> ByOrdinal(Roots);
    llvm::sort(ByOrdinal);
    for (unsigned Root : ByOrdinal) {
      if (ClusterCost[Root] > ClusterCap || Adj[Root].empty())
        continue;
      std::fill(Affinity.begin(), Affinity.end(), 0);
      for (auto [Other, W] : Adj[Root])
        Affinity[BinOfCluster[Other]] += W;
      unsigned From = BinOfCluster[Root], Best = From;
      for (unsigned P = 0; P < NumParts; ++P)
        if (Affinity[P] > Affinity[Best])
          Best = P;
      if (Best == From || Load[Best] + ClusterCost[Root] > Limit)
        continue;
      Load[From] -= ClusterCost[Root];
      Load[Best] += ClusterCost[Root];
      BinOfCluster[Root] = Best;
    }
  }

  // Step 4: number partitions by their first member in module order.
  std::vector<unsigned> Renumber(NumParts, ~0u);
  unsigned Next = 0;
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned &R = Renumber[BinOfCluster[ClusterOf[N]]];
    if (R == ~0u)
      R = Next++;
  }
  Plan.Partitions.resize(NumParts);
  for (unsigned N = 0; N < NumNodes; ++N) {
    if (!IsNode(N))
      continue;
    unsigned P = Renumber[BinOfCluster[ClusterOf[N]]];
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
  for (const SymbolEdge &E : G.Edges) {
    unsigned From = E.From == G.anchor() ? Plan.AnchorPartition
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
