//===- SymbolGraph.cpp - A module read as a graph of symbols --------------===//
//
// One pass over the module gives the plan its symbols (with their estimated
// costs: CostModel.cpp), the uses between them, and the groups of global
// values that must live in the same partition, merged with union-find:
// comdat members; an alias or ifunc with everything its aliasee or resolver
// names; a blockaddress with the function it points into; !associated
// pairs; the pieces of one source variable (debug info fragments); locals
// named by inline asm with the asm's user; symbols named by a module-asm
// .symver with the module asm; and the "anchor", a virtual node that owns
// module inline asm, llvm.global_ctors/dtors and other appending arrays, so
// they are emitted exactly once. Private unnamed_addr C strings are no
// nodes: every partition that uses one gets its own copy (isReplicable).
//
//===----------------------------------------------------------------------===//

#include "SymbolGraph.h"
#include "parcg/CostModel.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include <algorithm>

using namespace llvm;
using namespace parcg;

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
