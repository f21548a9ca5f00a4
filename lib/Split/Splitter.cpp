//===- Splitter.cpp - From one module to partition modules ----------------===//
//
// LLVM's SplitModule clones the whole module once per partition on the main
// thread and exports every local. Here the main thread only promotes the
// locals that really cross a boundary and writes bitcode once; each worker
// lazily reads that bitcode, turns the definitions of other partitions into
// declarations before their bodies are ever read, and materializes the rest.
// The serial part is one bitcode write, whatever the partition count.
//
//===----------------------------------------------------------------------===//

#include "parcg/Splitter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;
using namespace parcg;

static std::string promotionSuffix(const Module &M) {
  // What tells a module apart from the other modules of its program: a
  // strong definition it exports, which no other module of the link can
  // define. Of those, the one whose name hashes lowest, so that adding or
  // removing another function (an edit) keeps the suffix, and with it the
  // partition cache's keys. Without one: all the names it defines.
  std::string Names = M.getSourceFileName();
  const GlobalValue *Id = nullptr;
  uint64_t IdHash = 0;
  for (const GlobalValue &GV : M.global_values()) {
    if (GV.isDeclaration() || !GV.hasExternalLinkage() || !GV.hasName() ||
        isa<GlobalAlias, GlobalIFunc>(GV))
      continue;
    uint64_t H = xxh3_64bits(arrayRefFromStringRef(GV.getName()));
    if (!Id || H < IdHash || (H == IdHash && GV.getName() < Id->getName())) {
      Id = &GV;
      IdHash = H;
    }
  }
  if (Id) {
    Names += '\0';
    Names += Id->getName();
  } else {
    for (const GlobalValue &GV : M.global_values())
      if (!GV.isDeclaration() && !GV.hasLocalLinkage()) {
        Names += '\0';
        Names += GV.getName();
      }
  }
  uint64_t H = xxh3_64bits(arrayRefFromStringRef(Names));
  return (".parcg." + Twine::utohexstr(H >> 32)).str();
}

/// Makes a local visible to other partitions under its promoted name; a
/// non-local (an unnamed one, which assignPromotedNames names) only gets the
/// name.
static void promote(GlobalValue &GV, StringRef Name) {
  GV.setName(Name);
  if (!GV.hasLocalLinkage())
    return;
  GV.setLinkage(GlobalValue::ExternalLinkage);
  GV.setVisibility(GlobalValue::HiddenVisibility);
  GV.setDSOLocal(true);
}

void parcg::assignPromotedNames(const Module &M, PartitionPlan &Plan) {
  // Names are chosen as if the locals were renamed one by one in plan
  // order, which is what each worker does: a name is free if no global has
  // it at that point.
  StringSet<> Taken;
  for (const GlobalValue &GV : M.global_values())
    if (GV.hasName())
      Taken.insert(GV.getName());
  std::string Suffix;
  bool Split = Plan.numPartitions() > 1;
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    PlanSymbol &S = Plan.Symbols[Ordinal];
    // An unnamed definition that is not local gets a name of the same kind
    // wherever it is used: codegen names unnamed globals __unnamed_<n> in
    // the order each object meets them, which differs between partitions
    // (fuzz/regressions/unnamed-external-global-across-partitions.ll).
    bool UnnamedExternal =
        Split && S.IsDefinition && !GV.hasName() && !GV.hasLocalLinkage();
    if (!S.ReferencedAcross && !UnnamedExternal)
      return;
    if (Suffix.empty())
      Suffix = promotionSuffix(M);
    std::string Base = GV.hasName() ? GV.getName().str()
                                    : "__parcg_unnamed." + utostr(Ordinal);
    std::string Name = Base + Suffix;
    for (unsigned N = 1; Taken.count(Name); ++N)
      Name = Base + Suffix + "." + utostr(N);
    if (GV.hasName())
      Taken.erase(GV.getName());
    Taken.insert(Name);
    S.PromotedFrom = GV.getName().str();
    S.Name = Name;
  });
}

/// The name a symbol has in the bitcode a worker reads: the module as it was
/// planned, before promotion.
static StringRef nameInBitcode(const PlanSymbol &S) {
  return S.PromotedFrom ? StringRef(*S.PromotedFrom) : StringRef(S.Name);
}

bool parcg::inputMatchesPlan(MemoryBufferRef Bitcode,
                             const PartitionPlan &Plan,
                             const ParserCallbacks &Callbacks) {
  LLVMContext Ctx;
  Expected<std::unique_ptr<Module>> M =
      getLazyBitcodeModule(Bitcode, Ctx, false, false, Callbacks);
  if (!M) {
    consumeError(M.takeError());
    return false;
  }
  bool Match = true;
  unsigned Count = 0;
  forEachGlobalInPlanOrder(**M, [&](unsigned Ordinal, GlobalValue &GV) {
    Count = Ordinal + 1;
    Match &= Ordinal < Plan.Symbols.size() &&
             nameInBitcode(Plan.Symbols[Ordinal]) == GV.getName();
  });
  return Match && Count == Plan.Symbols.size();
}

/// Turns GV, defined in another partition, into a declaration. Aliases and
/// ifuncs cannot be declarations: they are replaced by a function or
/// variable declaration of the same name.
static void makeDeclaration(GlobalValue &GV) {
  if (auto *F = dyn_cast<Function>(&GV)) {
    F->deleteBody(); // Also drops prefix, prologue, personality, metadata.
    F->setComdat(nullptr);
  } else if (auto *Var = dyn_cast<GlobalVariable>(&GV)) {
    // The declaration keeps the variable's debug info: its compile unit's
    // copy in this partition then describes it at the symbol's address,
    // where the definition's partition puts it (pruneDebugGlobals).
    SmallVector<DIGlobalVariableExpression *, 1> DebugInfo;
    Var->getDebugInfo(DebugInfo);
    Var->setInitializer(nullptr);
    Var->setComdat(nullptr);
    Var->clearMetadata();
    for (DIGlobalVariableExpression *GVE : DebugInfo)
      Var->addDebugInfo(GVE);
    Var->setLinkage(GlobalValue::ExternalLinkage);
  } else {
    Module &M = *GV.getParent();
    GlobalValue *Decl;
    if (auto *FTy = dyn_cast<FunctionType>(GV.getValueType()))
      Decl = Function::Create(FTy, GlobalValue::ExternalLinkage,
                              GV.getAddressSpace(), "", &M);
    else
      Decl = new GlobalVariable(M, GV.getValueType(), /*isConstant=*/false,
                                GlobalValue::ExternalLinkage, nullptr, "",
                                nullptr, GlobalValue::NotThreadLocal,
                                GV.getAddressSpace());
    Decl->setVisibility(GV.getVisibility());
    Decl->setDSOLocal(GV.isDSOLocal());
    Decl->setThreadLocalMode(GV.getThreadLocalMode());
    Decl->setUnnamedAddr(GV.getUnnamedAddr());
    Decl->takeName(&GV);
    GV.replaceAllUsesWith(Decl);
    GV.eraseFromParent();
  }
}

/// Keeps in llvm.used / llvm.compiler.used only what this partition defines.
static void filterUsedArray(Module &M, StringRef Name) {
  GlobalVariable *Used = M.getGlobalVariable(Name, /*AllowInternal=*/true);
  if (!Used || !Used->hasInitializer())
    return;
  auto *Init = cast<ConstantArray>(Used->getInitializer());
  SmallVector<Constant *, 16> Kept;
  for (const Use &U : Init->operands()) {
    auto *C = cast<Constant>(U.get());
    auto *GV = dyn_cast<GlobalValue>(C->stripPointerCasts());
    if (!GV || !GV->isDeclaration())
      Kept.push_back(C);
  }
  if (Kept.size() == Init->getNumOperands())
    return;
  if (Kept.empty()) {
    Used->eraseFromParent();
    return;
  }
  auto *ATy = ArrayType::get(Init->getType()->getElementType(), Kept.size());
  auto *NewUsed = new GlobalVariable(M, ATy, false, Used->getLinkage(),
                                     ConstantArray::get(ATy, Kept), "",
                                     Used);
  NewUsed->setSection(Used->getSection());
  NewUsed->takeName(Used);
  Used->eraseFromParent();
}

/// The variable expressions the globals of M carry (their !dbg).
static void collectDebugGlobals(
    const Module &M, SmallPtrSetImpl<const DIGlobalVariableExpression *> &Out) {
  SmallVector<DIGlobalVariableExpression *, 1> GVEs;
  for (const GlobalVariable &GV : M.globals()) {
    GVEs.clear();
    GV.getDebugInfo(GVEs);
    Out.insert(GVEs.begin(), GVEs.end());
  }
}

/// Every partition has its own copy of each compile unit, and each copy
/// lists all of the unit's global variables; a debugger that finds a copy
/// without the variable's address takes it as optimized out. So a copy
/// drops a source variable when some global of the input carries it and
/// not all of its expressions are carried by globals here (defined, or
/// declared: the declaration's !dbg gives the address). It keeps the
/// variables no global of the input carries (constants folded into their
/// DIExpression, or optimized away: the same in every copy). A debugger
/// finds a dropped one in the copy of the partition that has it.
/// - Decided per source variable, not per expression: a variable in pieces
///   (fragments, one global each) read from a copy with only some of them
///   is partly optimized out, and the list may also hold an expression of
///   the variable no global carries (the one from before GlobalOpt cut it
///   in pieces), which describes it only together with the pieces. The
///   planner keeps the pieces' definitions in one partition.
/// Attached is every variable expression some global of the input carries.
static void pruneDebugGlobals(
    Module &M,
    const SmallPtrSetImpl<const DIGlobalVariableExpression *> &Attached) {
  if (Attached.empty())
    return;
  SmallPtrSet<const DIGlobalVariableExpression *, 32> Here;
  collectDebugGlobals(M, Here);
  SmallPtrSet<const DIGlobalVariable *, 32> Dropped;
  for (const DIGlobalVariableExpression *GVE : Attached)
    if (!Here.count(GVE))
      Dropped.insert(GVE->getVariable());
  for (DICompileUnit *CU : M.debug_compile_units()) {
    SmallVector<Metadata *, 16> Kept;
    bool Changed = false;
    for (DIGlobalVariableExpression *GVE : CU->getGlobalVariables()) {
      if (GVE && Dropped.count(GVE->getVariable())) {
        Changed = true;
        continue;
      }
      Kept.push_back(GVE);
    }
    if (Changed)
      CU->replaceGlobalVariables(MDTuple::get(M.getContext(), Kept));
  }
}

Expected<std::unique_ptr<Module>>
parcg::loadPartition(MemoryBufferRef Bitcode, LLVMContext &Ctx,
                     const PartitionPlan &Plan, unsigned Index,
                     const PartitionLoadOptions &Opts) {
  Expected<std::unique_ptr<Module>> MOrErr = getLazyBitcodeModule(
      Bitcode, Ctx, /*ShouldLazyLoadMetadata=*/false, /*IsImporting=*/false,
      Opts.Callbacks);
  if (!MOrErr)
    return MOrErr.takeError();
  Module &M = **MOrErr;

  // Decide before reading any body: what this partition defines, and what
  // becomes a declaration (and maybe goes away).
  SmallVector<GlobalValue *, 0> Foreign, Dropped;
  DenseMap<const GlobalValue *, unsigned> DeclOrdinal;
  unsigned Count = 0;
  bool Mismatch = false;
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, GlobalValue &GV) {
    Count = Ordinal + 1;
    if (Ordinal >= Plan.Symbols.size() ||
        nameInBitcode(Plan.Symbols[Ordinal]) != GV.getName()) {
      Mismatch = true;
      return;
    }
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    // Promotions are renames in plan order, as on the main thread, so every
    // promoted name is free when its turn comes.
    if (S.PromotedFrom) {
      promote(GV, S.Name);
      Mismatch |= GV.getName() != S.Name;
    }
    if (!S.IsDefinition || S.Partition == Index ||
        (S.Replicated && llvm::binary_search(S.CopiesIn, Index)))
      return;
    if (S.IsAnchorArray)
      Dropped.push_back(&GV); // Appending arrays have no declaration form.
    else
      Foreign.push_back(&GV);
    DeclOrdinal[&GV] = Ordinal;
  });
  if (Mismatch || Count != Plan.Symbols.size())
    return createStringError("internal error: the bitcode read by the worker "
                             "does not match the plan");
  if (Index != Plan.AnchorPartition)
    M.setModuleInlineAsm("");

  // Before any body is read, the cut is made: foreign initializers and
  // bodies go, so that materializing reads only this partition's bodies,
  // and the module is valid again before the reader verifies it (it does
  // when the module carries debug info: UpgradeDebugInfo).
  // Initializers first: they may hold blockaddresses of the bodies dropped
  // next. Nothing the reader still refers to by pointer is erased here:
  // what it holds are value handles, which follow replaceAllUsesWith.
  for (GlobalValue *GV : Foreign)
    if (auto *Var = dyn_cast<GlobalVariable>(GV))
      Var->setInitializer(nullptr);
  for (GlobalValue *GV : Dropped) {
    cast<GlobalVariable>(GV)->setInitializer(nullptr);
    GV->setLinkage(GlobalValue::ExternalLinkage);
  }
  SmallVector<GlobalValue *, 0> Decls;
  // (GlobalIFunc is a GlobalObject too, hence the explicit kinds.)
  for (GlobalValue *GV : Foreign) {
    if (isa<Function, GlobalVariable>(GV)) {
      makeDeclaration(*GV); // Marks functions no longer materializable.
      Decls.push_back(GV);
    }
  }
  // Aliases and ifuncs last: their replacements are new globals.
  for (GlobalValue *GV : Foreign)
    if (isa<GlobalAlias, GlobalIFunc>(GV))
      makeDeclaration(*GV);
  if (Error E = M.materializeAll())
    return std::move(E);
  // An array that code here still uses stays, as the external declaration
  // it now is: erasing it would leave those uses dangling. (Only arrays
  // other than LLVM's own can have uses, and llc rejects those, so the
  // anchor partition reports it; the case is in fuzz/regressions.)
  for (GlobalValue *GV : Dropped) {
    GV->removeDeadConstantUsers();
    if (GV->use_empty())
      GV->eraseFromParent();
  }

  filterUsedArray(M, "llvm.used");
  filterUsedArray(M, "llvm.compiler.used");

  // The variables' debug info, before unused declarations go with theirs.
  SmallPtrSet<const DIGlobalVariableExpression *, 32> Attached;
  if (!M.debug_compile_units().empty())
    collectDebugGlobals(M, Attached);

  // A foreign definition nobody here uses is noise. A foreign local that is
  // still used means the plan missed a reference: it would link as an
  // undefined symbol, so fail here, naming it.
  for (GlobalValue *GV : Decls) {
    GV->removeDeadConstantUsers();
    if (GV->use_empty()) {
      GV->eraseFromParent();
      continue;
    }
    const PlanSymbol &S = Plan.Symbols[DeclOrdinal.lookup(GV)];
    if (S.IsLocal && !S.PromotedFrom)
      return createStringError(
          "internal error: local '%s' of partition %u is used here but was "
          "not promoted",
          S.Name.c_str(), S.Partition);
  }
  pruneDebugGlobals(M, Attached);
  return std::move(*MOrErr);
}
