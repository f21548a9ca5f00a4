//===- Partitioner.cpp - Deterministic callgraph partitioner --------------===//
//
// Splits a module's definitions into partitions of similar estimated codegen
// cost while keeping callers near callees. Four steps:
//
//  1. Groups: global values that must live in the same partition are merged
//     with union-find: comdat members; an alias or ifunc with everything its
//     aliasee or resolver names; a blockaddress with the function it points
//     into; !associated pairs; the pieces of one source variable (debug
//     info fragments); locals named by inline asm with the asm's
//     user; symbols named by a module-asm .symver with the module asm; and
//     the "anchor", a virtual node that owns module inline asm,
//     llvm.global_ctors/dtors and other appending arrays, so they are emitted
//     exactly once.
//     Private unnamed_addr C strings are no nodes: every partition that uses
//     one gets its own copy (isReplicable).
//  2. The group graph: call sites and references summed per pair of groups.
//  3. Placement, by the strategy: balanced (multilevel k-way partitioning,
//     as METIS does it), stable (contiguous runs in module order cut at
//     name-anchored boundaries, or at an earlier plan's), or roundrobin.
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
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <queue>
#include <set>

using namespace llvm;
using namespace parcg;

// A call keeps caller and callee together more than a mere reference does:
// it is what inlining-free codegen and the later post-IPO passes care about.
static constexpr uint64_t CallEdgeWeight = 4;
static constexpr uint64_t RefEdgeWeight = 1;
// Balanced: the coarsening grains tried (coarse nodes stay below a share /
// CoarseFractions, coarsening stops at CoarsestPerPartition nodes per
// partition); at most RefinementPasses refinement passes per level.
static constexpr uint64_t CoarseFractions[] = {4, 8};
static constexpr unsigned CoarsestPerPartition[] = {8, 16};
// At the finest level the loads are evened out to a share plus this
// fraction of it.
static constexpr uint64_t TightBalanceFraction = 128;
static constexpr unsigned RefinementPasses = 8;
// Balanced: a family (a template's instantiations, or the functions
// instantiated on one class type: familyKeys) of at least FamilyMinMembers
// functions is spread so that no partition holds
// more of it than FamilySpreadNum / FamilySpreadDen of its even part, its
// largest member, or a share / FamilyShareFraction, whichever is most.
static constexpr unsigned FamilyMinMembers = 4;
static constexpr uint64_t FamilySpreadNum = 3, FamilySpreadDen = 2;
static constexpr uint64_t FamilyShareFraction = 16;
// What a member moved out leaves is filled from its new partition by one of
// the nodes within 1/BackWindow of its cost (at most BackCandidates of
// them are weighed).
static constexpr uint64_t BackWindow = 4;
static constexpr unsigned BackCandidates = 64;

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
  /// Calls Fn(Ordinal) for each definition llvm.used or llvm.compiler.used
  /// lists.
  void forEachUsedListed(function_ref<void(unsigned)> Fn) const;

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

/// Whether every partition that uses Var can have its own copy: a private
/// unnamed_addr constant C string (nothing can tell copies apart, nothing
/// outside this module names it, and the object writer puts it in a
/// mergeable string section, so the linker keeps one). Only plain ones: no
/// section, comdat, metadata or thread-local storage.
static bool isReplicable(const GlobalVariable &Var) {
  if (!Var.hasPrivateLinkage() || !Var.isConstant() || !Var.hasInitializer() ||
      !Var.hasGlobalUnnamedAddr() || Var.hasComdat() || Var.hasSection() ||
      Var.isThreadLocal() || Var.hasMetadata() || Var.hasPartition())
    return false;
  const auto *Str = dyn_cast<ConstantDataArray>(Var.getInitializer());
  return Str && Str->isCString();
}

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

void GraphBuilder::forEachUsedListed(function_ref<void(unsigned)> Fn) const {
  for (StringRef Name : {"llvm.used", "llvm.compiler.used"}) {
    const GlobalVariable *Used = M.getGlobalVariable(Name, true);
    if (!Used || !Used->hasInitializer())
      continue;
    for (const Use &U : Used->getInitializer()->operands())
      if (const auto *GV = dyn_cast<GlobalValue>(U.get()->stripPointerCasts()))
        if (auto To = definedOrdinal(GV))
          Fn(*To);
  }
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
    else if (const auto *Var = dyn_cast<GlobalVariable>(&GV)) {
      S.Cost = S.IsDefinition ? estimateVariableCost(*Var) : 0;
      S.Replicated = S.IsDefinition && isReplicable(*Var);
    }
    OrdinalOf[&GV] = Ordinal;
    Plan.Symbols.push_back(std::move(S));
  });

  Groups = UnionFind(numNodes());
  DenseMap<const Comdat *, unsigned> ComdatLeader;
  DenseMap<const DIGlobalVariable *, unsigned> VariableLeader;
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
      // The pieces of one source variable (GlobalOpt's SRA gives each a
      // DW_OP_LLVM_fragment of it) are described by one DIE: only a
      // partition with all of them can say where the whole variable is.
      if (!S.Replicated) {
        SmallVector<DIGlobalVariableExpression *, 1> GVEs;
        Var->getDebugInfo(GVEs);
        for (const DIGlobalVariableExpression *GVE : GVEs)
          if (const DIGlobalVariable *DV = GVE->getVariable()) {
            auto [It, New] = VariableLeader.try_emplace(DV, Ordinal);
            if (!New)
              Groups.unite(It->second, Ordinal);
          }
      }
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
    forEachUsedListed([&](unsigned To) {
      if (Plan.Symbols[To].IsLocal)
        Groups.unite(anchor(), To);
    });
  }

  // Only a constant that is a group of its own is copied, and none that
  // llvm.used or llvm.compiler.used lists: the splitter keeps those lists
  // per partition, by what each defines.
  std::vector<unsigned> GroupSize(numNodes(), 0);
  for (unsigned N = 0; N < numNodes(); ++N)
    ++GroupSize[Groups.find(N)];
  for (unsigned N = 0, E = Plan.Symbols.size(); N < E; ++N)
    if (Plan.Symbols[N].Replicated && GroupSize[Groups.find(N)] != 1)
      Plan.Symbols[N].Replicated = false;
  forEachUsedListed([&](unsigned To) { Plan.Symbols[To].Replicated = false; });
}

unsigned PartitionPlan::numPromoted() const {
  unsigned N = 0;
  for (const PlanSymbol &S : Symbols)
    N += S.PromotedFrom.has_value();
  return N;
}

namespace {
/// A function's families, by kind: its template's, and its first template
/// argument's (familyKeys); ~0u for none.
using FamilyIds = std::array<unsigned, 2>;
constexpr FamilyIds NoFamily = {~0u, ~0u};

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
  /// Balanced only: by node, meaningful for roots, the families of the
  /// group's costliest function (familyKeys), numbered in module order.
  /// Empty when not computed.
  std::vector<FamilyIds> Family;
};
} // namespace

/// The families of a function, for the balanced strategy to spread: its
/// template's, the qualified name with the template arguments of its
/// scopes and its own taken out, so that every instantiation of a template
/// (duckdb::BinaryExecutor::SelectFlatLoop<...>,
/// std::vector<...>::push_back) is one family; and its first template
/// argument's, when that is a type (every function instantiated on
/// duckdb::interval_t). "" for none: names that are not Itanium-mangled C++
/// functions (C functions, whose names are unique) have neither.
static std::pair<std::string, std::string>
familyKeys(StringRef Name, ItaniumPartialDemangler &D) {
  if (!Name.starts_with("_Z"))
    return {};
  // The demangler's tree points into the name: it must outlive the queries.
  const std::string Mangled = Name.str();
  if (D.partialDemangle(Mangled.c_str()) || !D.isFunction())
    return {};
  auto Print = [](char *Text) {
    std::string S = Text ? Text : "";
    std::free(Text);
    return S;
  };
  size_t Size = 0;
  const std::string Context =
      Print(D.getFunctionDeclContextName(nullptr, &Size));
  const std::string Base = Print(D.getFunctionBaseName(nullptr, &Size));
  const std::string Full = Print(D.getFunctionName(nullptr, &Size));
  if (Base.empty() || Full.empty() ||
      StringRef(Full).contains("operator"))
    return {}; // operator< and the like would unbalance the brackets.
  std::pair<std::string, std::string> Keys;
  int Depth = 0;
  for (char C : Context) {
    if (C == '<')
      ++Depth;
    else if (C == '>')
      --Depth;
    else if (!Depth)
      Keys.first += C;
    if (Depth < 0)
      return {};
  }
  if (Depth)
    return {};
  Keys.first += "::" + Base;
  // The first argument of the last template argument list.
  size_t Close = Full.rfind('>');
  if (Close == std::string::npos)
    return Keys;
  size_t Open = Close;
  for (Depth = 0; Open-- > 0;) {
    if (Full[Open] == '>')
      ++Depth;
    else if (Full[Open] == '<' && Depth-- == 0)
      break;
  }
  if (Open == std::string::npos)
    return Keys;
  size_t End = Open + 1;
  for (Depth = 0; End < Close; ++End) {
    char C = Full[End];
    if (C == '<' || C == '(')
      ++Depth;
    else if (C == '>' || C == ')')
      --Depth;
    else if (C == ',' && !Depth)
      break;
  }
  StringRef Arg = StringRef(Full).slice(Open + 1, End).trim();
  // Values (5, -1, true, (char)44, 5ul) are no types.
  if (Arg.contains("::") && !isDigit(Arg[0]) && Arg[0] != '-' && Arg[0] != '(')
    Keys.second = Arg.str();
  return Keys;
}

/// Sorts Edges by (A, B) and sums the weights of each pair into one edge.
static void sumParallelEdges(std::vector<GroupEdge> &Edges) {
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
/// One level of the coarsening: node weights and adjacency (CSR, each
/// node's neighbours in ascending order).
struct GraphLevel {
  std::vector<uint64_t> Weight;
  std::vector<unsigned> First;
  std::vector<std::pair<unsigned, uint64_t>> Adj;
  unsigned size() const { return Weight.size(); }
  ArrayRef<std::pair<unsigned, uint64_t>> neighbours(unsigned U) const {
    return ArrayRef(Adj).slice(First[U], First[U + 1] - First[U]);
  }
};

/// How the coarsest level is first partitioned.
enum class InitialPartition { Bisection, GrowFromHeaviest, GrowInModuleOrder };
} // namespace

/// The weight of L's edges between different partitions of Part.
static uint64_t cutOf(const GraphLevel &L, ArrayRef<unsigned> Part) {
  uint64_t Cut = 0;
  for (unsigned U = 0; U < L.size(); ++U)
    for (auto [V, W] : L.neighbours(U))
      Cut += U < V && Part[U] != Part[V] ? W : 0;
  return Cut;
}

/// Edges are (A < B), sorted by (A, B), each pair once.
static GraphLevel makeLevel(std::vector<uint64_t> Weight,
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

namespace {
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
} // namespace

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

/// Spreads the families of FamilyOf (by node of L) so that no partition
/// holds more of one than its cap: the model errs by family (the
/// instantiations of one template share a shape, and whatever the model
/// misses about that shape; so do the functions instantiated on one type),
/// and locality puts a family together, where its error adds up to one
/// partition's. Spread, it adds to every partition alike, which the
/// balance does not see. Families of at least FamilyMinMembers members, in
/// order of decreasing cost (ties: the first member's index); out of each
/// partition above the cap, the one holding most first, members leave,
/// those that lose least edge weight first, each to the partition within
/// the caps it loses least edge weight to (ties: the lighter, then the
/// lower), and from there a node of about its cost comes back, the one
/// that loses least edge weight, so that the loads stay where they were.
/// Returns the caps and family loads, for that and the refinement after.
static FamilyCaps spreadFamilies(const GraphLevel &L,
                                 ArrayRef<FamilyIds> FamilyOf,
                                 std::vector<unsigned> &Part,
                                 std::vector<uint64_t> &Load, uint64_t Share) {
  const unsigned NumParts = Load.size();
  FamilyCaps Caps;
  Caps.NumParts = NumParts;
  Caps.Slots.assign(L.size(), NoFamily);
  struct Family {
    uint64_t Total = 0, Largest = 0, Cap = 0;
    std::vector<unsigned> Members; // Ascending.
  };
  std::vector<Family> Families;
  DenseMap<unsigned, unsigned> IndexOf;
  for (unsigned U = 0; U < L.size(); ++U)
    for (unsigned Id : FamilyOf[U]) {
      if (Id == ~0u)
        continue;
      auto [It, New] = IndexOf.try_emplace(Id, Families.size());
      if (New)
        Families.emplace_back();
      Family &F = Families[It->second];
      F.Total += L.Weight[U];
      F.Largest = std::max(F.Largest, L.Weight[U]);
      F.Members.push_back(U);
    }
  std::vector<unsigned> Order;
  for (unsigned I = 0; I < Families.size(); ++I) {
    Family &F = Families[I];
    const uint64_t Even = (F.Total * FamilySpreadNum +
                           FamilySpreadDen * NumParts - 1) /
                          (FamilySpreadDen * NumParts);
    F.Cap = std::max({F.Largest, Even, Share / FamilyShareFraction});
    if (F.Members.size() >= FamilyMinMembers && F.Cap < F.Total)
      Order.push_back(I);
  }
  llvm::stable_sort(Order, [&](unsigned X, unsigned Y) {
    return Families[X].Total > Families[Y].Total;
  });
  for (unsigned S = 0; S < Order.size(); ++S) {
    Caps.Cap.push_back(Families[Order[S]].Cap);
    for (unsigned U : Families[Order[S]].Members)
      Caps.Slots[U][Caps.Slots[U][0] == ~0u ? 0 : 1] = S;
  }
  Caps.Load.assign(size_t(Order.size()) * NumParts, 0);
  if (Order.empty())
    return Caps;
  for (unsigned U = 0; U < L.size(); ++U)
    for (unsigned S : Caps.Slots[U])
      if (S != ~0u)
        Caps.load(S, Part[U]) += L.Weight[U];

  Assignment A(Part, Load, &Caps);
  // Each partition's nodes by cost, for what comes back.
  std::vector<std::set<std::pair<uint64_t, unsigned>>> ByCost(NumParts);
  for (unsigned U = 0; U < L.size(); ++U)
    ByCost[Part[U]].insert({L.Weight[U], U});
  auto Move = [&](unsigned U, unsigned To) {
    ByCost[Part[U]].erase({L.Weight[U], U});
    ByCost[To].insert({L.Weight[U], U});
    A.move(U, To, L.Weight[U]);
  };
  std::vector<uint64_t> Conn(NumParts, 0);
  auto Connect = [&](unsigned U) {
    for (auto [V, EW] : L.neighbours(U))
      Conn[Part[V]] += EW;
  };
  auto Clear = [&](unsigned U) {
    for (auto [V, EW] : L.neighbours(U))
      Conn[Part[V]] = 0;
  };
  // The best destination of U, out of its partition, within the caps: the
  // one it loses least edge weight to (ties: the lighter, then the lower);
  // ~0u if none can take it.
  auto Destination = [&](unsigned U, int64_t &Loss) {
    const unsigned P = Part[U];
    const uint64_t W = L.Weight[U];
    Connect(U);
    unsigned Best = ~0u;
    for (unsigned Q = 0; Q < NumParts; ++Q) {
      if (Q == P || !Caps.fits(U, Q, W))
        continue;
      int64_t QLoss = int64_t(Conn[P]) - int64_t(Conn[Q]);
      if (Best == ~0u || QLoss < Loss ||
          (QLoss == Loss && Load[Q] < Load[Best]))
        Best = Q, Loss = QLoss;
    }
    Clear(U);
    return Best;
  };
  for (unsigned S = 0; S < Order.size(); ++S) {
    const Family &F = Families[Order[S]];
    // A partition within the cap stays within it (nothing of the family
    // moves in past the cap), so each partition is emptied to the cap
    // once: the one holding most first.
    for (unsigned Round = 0; Round < NumParts; ++Round) {
      unsigned P = 0;
      for (unsigned Q = 1; Q < NumParts; ++Q)
        if (Caps.load(S, Q) > Caps.load(S, P))
          P = Q;
      if (Caps.load(S, P) <= F.Cap)
        break;
      // Its members, those that lose least edge weight first (ties:
      // index); each goes to its best destination at the time it moves.
      std::vector<std::pair<int64_t, unsigned>> Leaving;
      for (unsigned U : F.Members) {
        int64_t Loss = 0;
        if (Part[U] == P && Destination(U, Loss) != ~0u)
          Leaving.push_back({Loss, U});
      }
      llvm::sort(Leaving);
      for (auto [_, U] : Leaving) {
        if (Caps.load(S, P) <= F.Cap)
          break;
        int64_t Loss = 0;
        unsigned Q = Destination(U, Loss);
        if (Q == ~0u || A.Count[P] == 1)
          continue;
        const uint64_t W = L.Weight[U];
        Move(U, Q);
        // What comes back from Q: of its nodes within a quarter of W in
        // cost (at most BackCandidates of them, the cheapest first), the
        // one that loses least edge weight (ties: nearest in cost, then
        // index); if none, the nearest in cost (ties: the cheaper). Never
        // a member of this family, nor one its own families' caps keep out.
        auto Allowed = [&](unsigned V) {
          return Caps.Slots[V][0] != S && Caps.Slots[V][1] != S &&
                 A.Count[Q] > 1 && Caps.fits(V, P, L.Weight[V]);
        };
        auto Diff = [&](unsigned V) {
          return L.Weight[V] > W ? L.Weight[V] - W : W - L.Weight[V];
        };
        const auto &Nodes = ByCost[Q];
        unsigned Back = ~0u;
        int64_t BackLoss = 0;
        unsigned Seen = 0;
        for (auto It = Nodes.lower_bound({W - W / BackWindow, 0});
             It != Nodes.end() && It->first <= W + W / BackWindow &&
             Seen < BackCandidates;
             ++It, ++Seen) {
          const unsigned V = It->second;
          if (!Allowed(V))
            continue;
          Connect(V);
          int64_t VLoss = int64_t(Conn[Q]) - int64_t(Conn[P]);
          Clear(V);
          if (Back == ~0u || VLoss < BackLoss ||
              (VLoss == BackLoss &&
               (Diff(V) < Diff(Back) || (Diff(V) == Diff(Back) && V < Back))))
            Back = V, BackLoss = VLoss;
        }
        if (Back == ~0u) {
          // The nearest in cost on either side of W.
          auto Above = Nodes.lower_bound({W, 0});
          for (auto It = Above; It != Nodes.end() && Back == ~0u; ++It)
            if (Allowed(It->second))
              Back = It->second;
          for (auto It = Above; It != Nodes.begin();) {
            --It;
            if (!Allowed(It->second))
              continue;
            if (Back == ~0u || Diff(It->second) <= Diff(Back))
              Back = It->second;
            break;
          }
        }
        if (Back != ~0u && Diff(Back) < W)
          Move(Back, P);
      }
      if (Caps.load(S, P) > F.Cap)
        break; // Nowhere to go: the caps of its other family hold it.
    }
  }
  return Caps;
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

static std::vector<unsigned> placeBalanced(const GroupGraph &GG,
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

static std::vector<unsigned> placeStable(const GroupGraph &GG,
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
  else
    NumParts = std::clamp<uint64_t>(
        uint64_t(std::sqrt(double(Plan.TotalCost) /
                           double(std::max<uint64_t>(1, Opts.MinPartitionCost)))),
        1, std::max(1u, Opts.MaxPartitions));
  NumParts = std::min<unsigned>(NumParts, GG.Roots.size());
  NumParts = std::max(1u, NumParts);

  // Families matter only to a balanced split.
  if (Opts.Strategy == PartitionStrategy::Balanced && NumParts > 1) {
    // Each group's family is its costliest function's (ties: the first).
    std::vector<unsigned> Costliest(NumNodes, ~0u);
    for (unsigned N = 0; N < Plan.Symbols.size(); ++N) {
      if (!IsNode(N) || Plan.Symbols[N].Kind != SymbolKind::Function)
        continue;
      unsigned &C = Costliest[G.Groups.find(N)];
      if (C == ~0u || Plan.Symbols[N].Cost > Plan.Symbols[C].Cost)
        C = N;
    }
    ItaniumPartialDemangler D;
    StringMap<unsigned> Ids;
    GG.Family.assign(NumNodes, NoFamily);
    for (unsigned Root : GG.Roots) {
      if (Costliest[Root] == ~0u)
        continue;
      auto [Template, Argument] =
          familyKeys(Plan.Symbols[Costliest[Root]].Name, D);
      // One numbering for both kinds, told apart by a prefix.
      if (!Template.empty())
        GG.Family[Root][0] =
            Ids.try_emplace("t " + Template, Ids.size()).first->second;
      if (!Argument.empty())
        GG.Family[Root][1] =
            Ids.try_emplace("a " + Argument, Ids.size()).first->second;
    }
  }

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
