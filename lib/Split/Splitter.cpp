//===- Splitter.cpp - From one module to partition modules ----------------===//
//
// LLVM's SplitModule clones the whole module once per partition on the main
// thread and exports every local. Here only the locals that really cross a
// boundary are promoted, and nothing is cloned: the main thread moves each
// partition's definitions into a module of its own (splitModule, below), or,
// where metadata prevents that, writes the module once and each worker
// lazily reads it, turning the definitions of other partitions into
// declarations before their bodies are ever read (loadPartition).
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
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

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

/// Walks M's globals in plan order, checking each against the plan (its
/// name before promotion) and promoting as planned, then calls Fn(Ordinal,
/// GV) on the promoted global. Promotions are renames in plan order, as the
/// names were chosen, so every promoted name is free when its turn comes.
/// False if M does not match the plan (Fn is not called past a mismatch).
static bool promoteAsPlanned(Module &M, const PartitionPlan &Plan,
                             function_ref<void(unsigned, GlobalValue &)> Fn) {
  unsigned Count = 0;
  bool Mismatch = false;
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, GlobalValue &GV) {
    Count = Ordinal + 1;
    if (Mismatch || Ordinal >= Plan.Symbols.size() ||
        nameInBitcode(Plan.Symbols[Ordinal]) != GV.getName()) {
      Mismatch = true;
      return;
    }
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    if (S.PromotedFrom) {
      promote(GV, S.Name);
      Mismatch |= GV.getName() != S.Name;
    }
    Fn(Ordinal, GV);
  });
  return !Mismatch && Count == Plan.Symbols.size();
}

/// A function or variable declaration in M standing for GV (an alias or
/// ifunc, which have no declaration form), under Name.
static GlobalValue *declarationFor(const GlobalValue &GV, Module &M,
                                   const Twine &Name) {
  GlobalValue *Decl;
  if (auto *FTy = dyn_cast<FunctionType>(GV.getValueType()))
    Decl = Function::Create(FTy, GlobalValue::ExternalLinkage,
                            GV.getAddressSpace(), Name, &M);
  else
    Decl = new GlobalVariable(M, GV.getValueType(), /*isConstant=*/false,
                              GlobalValue::ExternalLinkage, nullptr, Name,
                              nullptr, GlobalValue::NotThreadLocal,
                              GV.getAddressSpace());
  Decl->setVisibility(GV.getVisibility());
  Decl->setDSOLocal(GV.isDSOLocal());
  Decl->setThreadLocalMode(GV.getThreadLocalMode());
  Decl->setUnnamedAddr(GV.getUnnamedAddr());
  return Decl;
}

/// Turns GV, defined in another partition, into a declaration, and returns
/// it. Aliases and ifuncs cannot be declarations: they are replaced by a
/// function or variable declaration of the same name, which is returned.
static GlobalValue *makeDeclaration(GlobalValue &GV) {
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
    GlobalValue *Decl = declarationFor(GV, *GV.getParent(), "");
    Decl->takeName(&GV);
    GV.replaceAllUsesWith(Decl);
    GV.eraseFromParent();
    return Decl;
  }
  return &GV;
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
  bool Match = promoteAsPlanned(M, Plan, [&](unsigned Ordinal,
                                             GlobalValue &GV) {
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    if (!S.IsDefinition || S.Partition == Index ||
        (S.Replicated && llvm::binary_search(S.CopiesIn, Index)))
      return;
    if (S.IsAnchorArray)
      Dropped.push_back(&GV); // Appending arrays have no declaration form.
    else
      Foreign.push_back(&GV);
    DeclOrdinal[&GV] = Ordinal;
  });
  if (!Match)
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
    if (isa<GlobalAlias, GlobalIFunc>(GV)) {
      unsigned Ord = DeclOrdinal.lookup(GV);
      GlobalValue *Decl = makeDeclaration(*GV);
      DeclOrdinal[Decl] = Ord;
      Decls.push_back(Decl);
    }
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
  // So is a declaration of the input nobody here uses, unless module asm
  // (only the anchor partition's) may name it: its visibility or weakness
  // applies to the asm's references. (splitModule declares the same.)
  if (M.getModuleInlineAsm().empty()) {
    SmallVector<GlobalValue *, 16> Unused;
    for (GlobalValue &GV : M.global_values())
      if (GV.isDeclaration()) {
        GV.removeDeadConstantUsers();
        if (GV.use_empty())
          Unused.push_back(&GV);
      }
    for (GlobalValue *GV : Unused)
      GV->eraseFromParent();
  }
  pruneDebugGlobals(M, Attached);
  return std::move(*MOrErr);
}

//===----------------------------------------------------------------------===//
// Partition modules cut out on the main thread
//===----------------------------------------------------------------------===//
//
// A worker that reads the whole module's bitcode lazily still reads every
// declaration, constant and metadata node of the module: the cost of a
// partition grows with the module, and the split's with partitions x module
// size. Here the main thread moves each partition's definitions into a module
// of its own in the same context (a move, not a copy), declares in it only
// the globals its code names, and writes each such module to bitcode on the
// pool; a worker reads only its own.

/// Named metadata of a split partition: every variable expression some
/// global of the whole module carries (loadSplitPartition reads and drops it).
static const char DebugGlobalsName[] = "parcg.debug.globals";

/// Whether C names a global value (through constant expressions,
/// aggregates, block addresses...). Memoized: constants are shared.
static bool mentionsGlobal(const Constant *C,
                           DenseMap<const Constant *, bool> &Memo) {
  if (isa<GlobalValue>(C))
    return true;
  if (isa<ConstantData>(C))
    return false;
  auto [It, New] = Memo.try_emplace(C, false);
  if (!New)
    return It->second;
  bool Found = false;
  for (const Use &Op : C->operands())
    if (mentionsGlobal(cast<Constant>(Op.get()), Memo)) {
      Found = true;
      break;
    }
  Memo[C] = Found;
  return Found;
}

namespace {
/// Walks the metadata a module can reach, looking for a node that names a
/// global (a ConstantAsMetadata operand: !callees, !associated, a template
/// value parameter in debug info...). Nodes are shared by every module of a
/// context, so such a node could name a global only some partitions have.
class MetadataScan {
public:
  explicit MetadataScan(DenseMap<const Constant *, bool> &Memo) : Memo(Memo) {}

  /// True if MD reaches a node naming a global.
  bool reachesGlobal(const Metadata *MD) {
    if (!MD || Found)
      return Found;
    Stack.push_back(MD);
    while (!Stack.empty() && !Found) {
      const Metadata *Cur = Stack.pop_back_val();
      if (!Seen.insert(Cur).second)
        continue;
      if (auto *CAM = dyn_cast<ConstantAsMetadata>(Cur)) {
        Found = mentionsGlobal(CAM->getValue(), Memo);
      } else if (auto *N = dyn_cast<MDNode>(Cur)) {
        for (const MDOperand &Op : N->operands())
          if (Op && !isa<MDString>(Op.get()))
            Stack.push_back(Op.get());
      } else if (auto *AL = dyn_cast<DIArgList>(Cur)) {
        for (const ValueAsMetadata *VAM : AL->getArgs())
          Stack.push_back(VAM);
      }
    }
    Stack.clear();
    return Found;
  }

  /// False if attachment N names a global in a way the split cannot
  /// remap: shallow tuples (!callees, !associated: a uniqued tuple naming
  /// globals in its own operands) are remapped per partition
  /// (remapAttachment); a global deeper down is not.
  bool attachmentOK(const MDNode *N) {
    auto *T = dyn_cast<MDTuple>(N);
    if (!T || !T->isUniqued())
      return !reachesGlobal(N);
    for (const MDOperand &Op : T->operands())
      if (Op && !isa<MDString, ConstantAsMetadata>(Op.get()) &&
          reachesGlobal(Op.get()))
        return false;
    return true;
  }

private:
  DenseMap<const Constant *, bool> &Memo;
  SmallPtrSet<const Metadata *, 32> Seen;
  SmallVector<const Metadata *, 32> Stack;
  bool Found = false;
};
} // namespace

bool parcg::canSplitInPlace(const Module &M) {
  DenseMap<const Constant *, bool> Memo;
  MetadataScan Scan(Memo);
  SmallVector<std::pair<unsigned, MDNode *>, 8> MDs;
  for (const NamedMDNode &NMD : M.named_metadata())
    for (const MDNode *N : NMD.operands())
      if (Scan.reachesGlobal(N))
        return false;
  for (const GlobalObject &GO : M.global_objects()) {
    MDs.clear();
    GO.getAllMetadata(MDs);
    for (auto &KV : MDs)
      if (!Scan.attachmentOK(KV.second))
        return false;
    auto *F = dyn_cast<Function>(&GO);
    if (!F)
      continue;
    for (const Instruction &I : instructions(*F)) {
      MDs.clear();
      I.getAllMetadata(MDs);
      for (auto &KV : MDs)
        if (!Scan.attachmentOK(KV.second))
          return false;
      // Metadata arguments of calls; a debug record's values are remapped
      // with the code (splitModule), its variable and expression are not.
      for (const Use &Op : I.operands())
        if (auto *MAV = dyn_cast<MetadataAsValue>(Op.get()))
          if (Scan.reachesGlobal(MAV->getMetadata()))
            return false;
      for (const DbgRecord &DR : I.getDbgRecordRange()) {
        if (Scan.reachesGlobal(DR.getDebugLoc().getAsMDNode()))
          return false;
        if (auto *DVR = dyn_cast<DbgVariableRecord>(&DR)) {
          if (Scan.reachesGlobal(DVR->getRawVariable()) ||
              Scan.reachesGlobal(DVR->getRawExpression()))
            return false;
          if (DVR->isDbgAssign() &&
              (Scan.reachesGlobal(DVR->getRawAddressExpression()) ||
               Scan.reachesGlobal(DVR->getRawAssignID())))
            return false;
        } else if (Scan.reachesGlobal(
                       cast<DbgLabelRecord>(DR).getRawLabel())) {
          return false;
        }
      }
    }
  }
  return true;
}

namespace {
/// What partition Index's code names and it does not define: a declaration
/// in its module (as makeDeclaration would leave it), or the partition's
/// own copy of a replicated constant. Made when the value mapper first
/// meets the global.
class PartitionMaterializer final : public ValueMaterializer {
public:
  PartitionMaterializer(Module &Part, unsigned Index,
                        const PartitionPlan &Plan,
                        const DenseMap<const GlobalValue *, unsigned> &Ordinal)
      : Part(Part), Index(Index), Plan(Plan), Ordinal(Ordinal) {}

  Value *materialize(Value *V) override {
    auto *GV = dyn_cast<GlobalValue>(V);
    if (!GV || GV->getParent() == &Part)
      return nullptr; // Identity: this partition's own.
    auto It = Ordinal.find(GV);
    if (It == Ordinal.end()) {
      if (Missed.empty())
        Missed = "internal error: global '" + GV->getName().str() +
                 "' is not in the plan";
      return declare(*GV, !GV->isDeclaration());
    }
    const PlanSymbol &S = Plan.Symbols[It->second];
    if (S.Replicated && llvm::binary_search(S.CopiesIn, Index)) {
      GlobalVariable *Copy = copyReplicated(cast<GlobalVariable>(*GV));
      Made[Copy] = It->second;
      return Copy;
    }
    GlobalValue *D = declare(*GV, S.IsDefinition);
    Made[D] = It->second;
    Decls.push_back(D);
    return D;
  }

  /// Declarations made for globals defined elsewhere or not at all.
  SmallVector<GlobalValue *, 0> Decls;
  /// The ordinal of what each declaration or copy stands for.
  DenseMap<const GlobalValue *, unsigned> Made;
  /// Set when the plan does not know a global code here names.
  std::string Missed;

private:
  GlobalVariable *copyReplicated(GlobalVariable &Var) {
    auto *Copy = new GlobalVariable(
        Part, Var.getValueType(), Var.isConstant(), Var.getLinkage(),
        Var.getInitializer(), Var.getName(), nullptr,
        Var.getThreadLocalMode(), Var.getAddressSpace());
    Copy->copyAttributesFrom(&Var);
    Copy->copyMetadata(&Var, 0);
    return Copy;
  }

  GlobalValue *declare(GlobalValue &GV, bool Defined) {
    // A declaration of the input stays as it is; a definition of another
    // partition loses body, initializer, comdat and metadata (a variable
    // keeps its debug info, see makeDeclaration) and links externally.
    if (auto *F = dyn_cast<Function>(&GV)) {
      Function *D = Function::Create(
          F->getFunctionType(),
          Defined ? GlobalValue::ExternalLinkage : F->getLinkage(),
          F->getAddressSpace(), F->getName(), &Part);
      D->copyAttributesFrom(F);
      D->setPersonalityFn(nullptr);
      D->setPrefixData(nullptr);
      D->setPrologueData(nullptr);
      D->setComdat(nullptr);
      if (!Defined)
        D->copyMetadata(F, 0);
      return D;
    }
    if (auto *Var = dyn_cast<GlobalVariable>(&GV)) {
      auto *D = new GlobalVariable(
          Part, Var->getValueType(), Var->isConstant(),
          Defined ? GlobalValue::ExternalLinkage : Var->getLinkage(), nullptr,
          Var->getName(), nullptr, Var->getThreadLocalMode(),
          Var->getAddressSpace(), Var->isExternallyInitialized());
      D->copyAttributesFrom(Var);
      D->setComdat(nullptr);
      if (Defined) {
        SmallVector<DIGlobalVariableExpression *, 1> DebugInfo;
        Var->getDebugInfo(DebugInfo);
        for (DIGlobalVariableExpression *GVE : DebugInfo)
          D->addDebugInfo(GVE);
      } else {
        D->copyMetadata(Var, 0);
      }
      return D;
    }
    // An alias or ifunc of another partition.
    return declarationFor(GV, Part, GV.getName());
  }

  Module &Part;
  unsigned Index;
  const PartitionPlan &Plan;
  const DenseMap<const GlobalValue *, unsigned> &Ordinal;
};
} // namespace

/// Points the code, initializers and aliasees of Part at what Part has:
/// its own globals stay, the others become what Mat makes for them, as do
/// the globals of AlsoDeclare first.
static void remapPartition(Module &Part, PartitionMaterializer &Mat,
                           DenseMap<const Constant *, bool> &Memo,
                           ArrayRef<GlobalValue *> AlsoDeclare) {
  ValueToValueMapTy VMap;
  const RemapFlags Flags = RF_IgnoreMissingLocals | RF_NoModuleLevelChanges;
  for (GlobalValue *GV : AlsoDeclare)
    MapValue(GV, VMap, Flags, nullptr, &Mat);
  auto Map = [&](Constant *C) -> Constant * {
    if (!mentionsGlobal(C, Memo))
      return C;
    return cast<Constant>(MapValue(C, VMap, Flags, nullptr, &Mat));
  };
  // A shallow tuple naming globals (canSplitInPlace's attachmentOK), with
  // this partition's globals in its operands.
  DenseMap<MDNode *, MDNode *> Tuples;
  auto MapTuple = [&](MDNode *N) -> MDNode * {
    auto *T = dyn_cast<MDTuple>(N);
    if (!T || !T->isUniqued())
      return N;
    auto [It, New] = Tuples.try_emplace(N, N);
    if (!New)
      return It->second;
    SmallVector<Metadata *, 8> Ops;
    bool Changed = false;
    for (const MDOperand &Op : T->operands()) {
      Metadata *MD = Op.get();
      if (auto *CAM = dyn_cast_or_null<ConstantAsMetadata>(MD))
        if (Constant *C = Map(CAM->getValue()); C != CAM->getValue()) {
          MD = ConstantAsMetadata::get(C);
          Changed = true;
        }
      Ops.push_back(MD);
    }
    MDNode *Result = Changed ? MDTuple::get(N->getContext(), Ops) : N;
    Tuples[N] = Result;
    return Result;
  };
  SmallVector<std::pair<unsigned, MDNode *>, 4> MDs;
  auto MapAttachments = [&](auto &Holder) {
    MDs.clear();
    if constexpr (std::is_same_v<std::decay_t<decltype(Holder)>, Instruction>)
      Holder.getAllMetadataOtherThanDebugLoc(MDs);
    else
      Holder.getAllMetadata(MDs);
    for (auto &[Kind, N] : MDs)
      if (MDNode *New = MapTuple(N); New != N)
        Holder.setMetadata(Kind, New);
  };
  // Declarations made while remapping are appended to the lists walked
  // here and have nothing to remap: the functions, aliases and ifuncs to
  // walk are taken first (the variables' walk meets the new ones, and
  // leaves them as they are).
  SmallVector<Function *, 0> Funcs;
  for (Function &F : Part.functions())
    if (!F.isDeclaration())
      Funcs.push_back(&F);
  SmallVector<GlobalAlias *, 0> Aliases;
  for (GlobalAlias &GA : Part.aliases())
    Aliases.push_back(&GA);
  SmallVector<GlobalIFunc *, 0> IFuncs;
  for (GlobalIFunc &GI : Part.ifuncs())
    IFuncs.push_back(&GI);

  for (GlobalVariable &Var : Part.globals()) {
    if (Var.hasInitializer())
      Var.setInitializer(Map(Var.getInitializer()));
    if (Var.hasMetadata())
      MapAttachments(Var);
  }
  for (GlobalAlias *GA : Aliases)
    GA->setAliasee(Map(GA->getAliasee()));
  for (GlobalIFunc *GI : IFuncs)
    GI->setResolver(Map(GI->getResolver()));
  for (Function *F : Funcs) {
    for (Use &Op : F->operands())
      if (Op)
        Op.set(Map(cast<Constant>(Op.get())));
    if (F->hasMetadata())
      MapAttachments(*F);
    for (Instruction &I : instructions(*F)) {
      if (I.hasMetadataOtherThanDebugLoc())
        MapAttachments(I);
      for (Use &Op : I.operands())
        if (auto *C = dyn_cast<Constant>(Op.get()))
          if (Constant *New = Map(C); New != C)
            Op.set(New);
      for (DbgVariableRecord &DVR : filterDbgVars(I.getDbgRecordRange())) {
        SmallVector<Value *, 2> Ops(DVR.location_ops());
        for (Value *V : Ops)
          if (auto *C = dyn_cast_or_null<Constant>(V))
            if (Constant *New = Map(C); New != C)
              DVR.replaceVariableLocationOp(C, New);
        if (DVR.isDbgAssign())
          if (auto *C = dyn_cast_or_null<Constant>(DVR.getAddress()))
            if (Constant *New = Map(C); New != C)
              DVR.setAddress(New);
      }
    }
  }
}

Expected<std::vector<std::unique_ptr<Module>>>
parcg::splitModule(Module &M, const PartitionPlan &Plan) {
  unsigned N = Plan.numPartitions();
  LLVMContext &Ctx = M.getContext();

  // Ordinals, and the promotions, renamed in plan order as the plan's names
  // were chosen.
  DenseMap<const GlobalValue *, unsigned> Ordinal;
  if (!promoteAsPlanned(M, Plan, [&](unsigned Ord, GlobalValue &GV) {
        Ordinal[&GV] = Ord;
      }))
    return createStringError(
        "internal error: the module to split does not match the plan");

  // The variables' debug info as the whole module carries it: a worker
  // prunes its compile units' lists against it (pruneDebugGlobals), so it
  // travels with each partition as one shared node.
  MDTuple *Attached = nullptr;
  if (!M.debug_compile_units().empty()) {
    SmallVector<Metadata *, 0> GVEs;
    SmallPtrSet<const DIGlobalVariableExpression *, 32> Seen;
    SmallVector<DIGlobalVariableExpression *, 1> Tmp;
    for (const GlobalVariable &GV : M.globals()) {
      Tmp.clear();
      GV.getDebugInfo(Tmp);
      for (DIGlobalVariableExpression *GVE : Tmp)
        if (Seen.insert(GVE).second)
          GVEs.push_back(GVE);
    }
    if (!GVEs.empty())
      Attached = MDTuple::get(Ctx, GVEs);
  }

  std::vector<std::unique_ptr<Module>> Parts(N);
  for (unsigned I = 0; I < N; ++I) {
    auto Part = std::make_unique<Module>(M.getModuleIdentifier(), Ctx);
    Part->setSourceFileName(M.getSourceFileName());
    Part->setDataLayout(M.getDataLayout());
    Part->setTargetTriple(M.getTargetTriple());
    if (I == Plan.AnchorPartition)
      Part->setModuleInlineAsm(M.getModuleInlineAsm());
    for (NamedMDNode &NMD : M.named_metadata()) {
      NamedMDNode *Copy = Part->getOrInsertNamedMetadata(NMD.getName());
      for (MDNode *Op : NMD.operands())
        Copy->addOperand(Op);
    }
    if (Attached)
      Part->getOrInsertNamedMetadata(DebugGlobalsName)->addOperand(Attached);
    Parts[I] = std::move(Part);
  }

  // llvm.used and llvm.compiler.used belong to no partition: each gets a
  // copy listing what it defines (and what is no global), as filterUsedArray
  // leaves the lazy route's, so that no partition declares the rest only to
  // drop it.
  for (StringRef Name : {"llvm.used", "llvm.compiler.used"}) {
    GlobalVariable *Used = M.getGlobalVariable(Name, /*AllowInternal=*/true);
    if (!Used || !Used->hasInitializer())
      continue;
    auto *Init = cast<ConstantArray>(Used->getInitializer());
    std::vector<SmallVector<Constant *, 4>> Kept(N);
    for (const Use &U : Init->operands()) {
      auto *C = cast<Constant>(U.get());
      auto *GV = dyn_cast<GlobalValue>(C->stripPointerCasts());
      auto It = GV ? Ordinal.find(GV) : Ordinal.end();
      if (!GV || It == Ordinal.end()) {
        for (auto &K : Kept)
          K.push_back(C);
        continue;
      }
      const PlanSymbol &S = Plan.Symbols[It->second];
      if (S.IsDefinition)
        for (unsigned P : S.Replicated ? ArrayRef<unsigned>(S.CopiesIn)
                                       : ArrayRef<unsigned>(S.Partition))
          Kept[S.IsAnchorArray ? Plan.AnchorPartition : P].push_back(C);
    }
    for (unsigned I = 0; I < N; ++I) {
      if (Kept[I].empty())
        continue;
      auto *ATy = ArrayType::get(Init->getType()->getElementType(),
                                 Kept[I].size());
      auto *Copy = new GlobalVariable(*Parts[I], ATy, false,
                                      Used->getLinkage(),
                                      ConstantArray::get(ATy, Kept[I]), Name);
      Copy->setSection(Used->getSection());
      Ordinal[Copy] = Ordinal.lookup(Used);
    }
    // Its list names what moves: it must not outlive those globals.
    Ordinal.erase(Used);
    Used->eraseFromParent();
  }

  // Definitions move to their partition (in module order, so that each
  // partition lists its globals as the module did); declarations stay.
  auto OwnerOf = [&](const GlobalValue &GV) -> Module * {
    const PlanSymbol &S = Plan.Symbols[Ordinal.lookup(&GV)];
    if (!S.IsDefinition)
      return nullptr;
    return Parts[S.IsAnchorArray ? Plan.AnchorPartition : S.Partition].get();
  };
  auto MoveComdat = [](GlobalObject &GO, Module &To) {
    if (const Comdat *C = GO.getComdat()) {
      Comdat *New = To.getOrInsertComdat(C->getName());
      New->setSelectionKind(C->getSelectionKind());
      GO.setComdat(New);
    }
  };
  for (GlobalVariable &Var : make_early_inc_range(M.globals()))
    if (Module *To = OwnerOf(Var)) {
      Var.removeFromParent();
      To->insertGlobalVariable(&Var);
      MoveComdat(Var, *To);
    }
  for (Function &F : make_early_inc_range(M.functions()))
    if (Module *To = OwnerOf(F)) {
      F.removeFromParent();
      To->getFunctionList().push_back(&F);
      MoveComdat(F, *To);
    }
  for (GlobalAlias &GA : make_early_inc_range(M.aliases()))
    if (Module *To = OwnerOf(GA)) {
      GA.removeFromParent();
      To->insertAlias(&GA);
    }
  for (GlobalIFunc &GI : make_early_inc_range(M.ifuncs()))
    if (Module *To = OwnerOf(GI)) {
      GI.removeFromParent();
      To->insertIFunc(&GI);
    }

  // All remapping first: the memo of constants holds addresses, and
  // cleaning up below destroys dead constants.
  DenseMap<const Constant *, bool> Memo;
  std::vector<SmallVector<GlobalValue *, 0>> Decls(N);
  std::string Error;
  bool AsmNamesDecls = !M.getModuleInlineAsm().empty();
  for (unsigned I = 0; I < N && Error.empty(); ++I) {
    PartitionMaterializer Mat(*Parts[I], I, Plan, Ordinal);
    SmallVector<GlobalValue *, 0> InputDecls;
    if (AsmNamesDecls && I == Plan.AnchorPartition)
      for (GlobalValue &GV : M.global_values())
        if (GV.isDeclaration())
          InputDecls.push_back(&GV);
    remapPartition(*Parts[I], Mat, Memo, InputDecls);
    Error = std::move(Mat.Missed);
    Decls[I] = std::move(Mat.Decls);
    for (auto &[GV, Ord] : Mat.Made)
      Ordinal[GV] = Ord;
  }
  for (unsigned I = 0; I < N && Error.empty(); ++I) {
    // What only metadata named is noise here (the used arrays list only
    // what the partition defines). A local of another partition still
    // used means the plan missed a reference: it would link as an
    // undefined symbol.
    bool KeepInputDecls = AsmNamesDecls && I == Plan.AnchorPartition;
    for (GlobalValue *D : Decls[I]) {
      D->removeDeadConstantUsers();
      if (KeepInputDecls && !Plan.Symbols[Ordinal.lookup(D)].IsDefinition)
        continue; // Module asm may name it (see loadPartition).
      if (D->use_empty()) {
        D->eraseFromParent();
        continue;
      }
      const PlanSymbol &S = Plan.Symbols[Ordinal.lookup(D)];
      if (S.IsDefinition && S.IsLocal && !S.PromotedFrom && Error.empty())
        Error = "internal error: local '" + S.Name + "' of partition " +
                utostr(S.Partition) + " is used here but was not promoted";
    }
  }
  // Each list in plan order, as a worker that read the whole module and
  // dropped what it does not use would have it: declarations where the
  // module had them, not where code first named them (the order of
  // declarations shows in the output, in directives such as .hidden).
  auto InPlanOrder = [&](auto Range, auto MoveToEnd) {
    using T = std::remove_reference_t<decltype(*Range.begin())>;
    SmallVector<std::pair<unsigned, T *>, 0> Order;
    for (T &GV : Range)
      Order.push_back({Ordinal.lookup(&GV), &GV});
    if (llvm::is_sorted(Order, llvm::less_first()))
      return;
    llvm::stable_sort(Order, llvm::less_first());
    for (auto &[Ord, GV] : Order)
      MoveToEnd(GV);
  };
  for (unsigned I = 0; I < N && Error.empty(); ++I) {
    Module &Part = *Parts[I];
    InPlanOrder(Part.globals(), [&](GlobalVariable *Var) {
      Part.removeGlobalVariable(Var);
      Part.insertGlobalVariable(Var);
    });
    InPlanOrder(Part.functions(), [&](Function *F) {
      Part.getFunctionList().splice(Part.end(), Part.getFunctionList(),
                                    F->getIterator());
    });
  }
  if (!Error.empty()) {
    // Code may still name globals of other partitions: no module may go
    // before the references into it do.
    for (std::unique_ptr<Module> &Part : Parts)
      Part->dropAllReferences();
    return createStringError(Error);
  }
  return std::move(Parts);
}

Expected<std::unique_ptr<Module>>
parcg::loadSplitPartition(MemoryBufferRef Bitcode, LLVMContext &Ctx,
                          const PartitionLoadOptions &Opts) {
  Expected<std::unique_ptr<Module>> MOrErr =
      parseBitcodeFile(Bitcode, Ctx, Opts.Callbacks);
  if (!MOrErr)
    return MOrErr.takeError();
  Module &M = **MOrErr;
  if (NamedMDNode *NMD = M.getNamedMetadata(DebugGlobalsName)) {
    SmallPtrSet<const DIGlobalVariableExpression *, 32> Attached;
    for (MDNode *Op : NMD->operands())
      for (const MDOperand &GVE : Op->operands())
        if (auto *E = dyn_cast_or_null<DIGlobalVariableExpression>(GVE.get()))
          Attached.insert(E);
    M.eraseNamedMetadata(NMD);
    pruneDebugGlobals(M, Attached);
  }
  return MOrErr;
}
