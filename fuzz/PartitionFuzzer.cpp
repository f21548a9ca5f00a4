//===- PartitionFuzzer.cpp - libFuzzer target: partitioner and splitter ---===//
//
// Takes IR (bitcode or text), plans it with every partition strategy at a
// few partition counts and loads every partition as the driver's workers do:
// bitcode written once, each partition read lazily in its own LLVMContext.
// Inputs that do not parse or verify are rejected; for the rest, a broken
// promise of the split aborts, with a message, so libFuzzer keeps the input:
// every partition verifies, every definition of the input is defined in
// exactly one partition (by name, promotions mapped back), each definition
// keeps its body, linkage and block addresses, every declaration a partition
// uses names something that links, must-stay-together groups share a
// partition, and the plan is the same when made twice. For the default
// strategy, where the x86-64 target takes the module, the partitions also
// go through codegen and the single writer, whose object must be what
// `ld.lld -r` makes of the partition objects (ObjectCompare.h). See
// fuzz/README.md.
//
//===----------------------------------------------------------------------===//

#include "ObjectCompare.h"
#include "parcg/ObjectWriter.h"
#include "parcg/Partitioner.h"
#include "parcg/Splitter.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>

using namespace llvm;
using namespace parcg;

[[noreturn]] static void fail(const Twine &Msg) {
  errs() << "parcg-fuzz: invariant violated: " << Msg << "\n";
  errs().flush();
  abort();
}

/// PARCG_FUZZ_VERBOSE=1 prints each plan: for triage of a crash input, and
/// to find the promoted name a seed wants to clash with.
static bool verbose() {
  static bool V = getenv("PARCG_FUZZ_VERBOSE") != nullptr;
  return V;
}

namespace {
/// Warnings (ignored debug info of another version, and the like) would
/// flood the output. An error while loading a partition is a finding; one
/// while reading the input or LLVM's own round trip rejects the input.
struct FuzzDiagnostics : DiagnosticHandler {
  bool InPartition;
  bool SawError = false;
  explicit FuzzDiagnostics(bool InPartition) : InPartition(InPartition) {}
  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    if (DI.getSeverity() != DS_Error)
      return true;
    SawError = true;
    if (!InPartition)
      return true;
    std::string Msg;
    raw_string_ostream OS(Msg);
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    fail("while loading a partition: " + Msg);
  }
};

/// Ctx with a FuzzDiagnostics of its own; returns it.
FuzzDiagnostics &installDiagnostics(LLVMContext &Ctx, bool InPartition) {
  auto Handler = std::make_unique<FuzzDiagnostics>(InPartition);
  FuzzDiagnostics &Ref = *Handler;
  Ctx.setDiagnosticHandler(std::move(Handler));
  return Ref;
}
} // namespace

static bool isUsedArray(const GlobalValue &GV) {
  return GV.getName() == "llvm.used" || GV.getName() == "llvm.compiler.used";
}

/// The name a symbol has in the input, before promotion.
static StringRef inputName(const PlanSymbol &S) {
  return S.PromotedFrom ? StringRef(*S.PromotedFrom) : StringRef(S.Name);
}

static SymbolKind kindOf(const GlobalValue &GV) {
  if (isa<GlobalVariable>(GV))
    return SymbolKind::Variable;
  if (isa<Function>(GV))
    return SymbolKind::Function;
  if (isa<GlobalAlias>(GV))
    return SymbolKind::Alias;
  return SymbolKind::IFunc;
}

/// Calls Fn on every global value and block address that C names, directly
/// or through constant expressions (not through other globals' contents).
template <typename FnT>
static void walkConstant(const Constant *C,
                         SmallPtrSetImpl<const Constant *> &Seen, FnT &Fn) {
  if (!Seen.insert(C).second)
    return;
  if (isa<GlobalValue>(C) || isa<BlockAddress>(C)) {
    Fn(C);
    return;
  }
  for (const Use &Op : C->operands())
    walkConstant(cast<Constant>(Op.get()), Seen, Fn);
}

/// Calls Fn on what GV's contents name: instruction operands (and constants
/// wrapped in metadata operands), personality, prefix and prologue data, an
/// initializer, an aliasee or a resolver.
template <typename FnT>
static void walkContents(const GlobalValue &GV, FnT Fn) {
  SmallPtrSet<const Constant *, 32> Seen;
  auto Visit = [&](const Value *V) {
    if (const auto *MAV = dyn_cast<MetadataAsValue>(V))
      if (const auto *VAM = dyn_cast<ValueAsMetadata>(MAV->getMetadata()))
        V = VAM->getValue();
    if (const auto *C = dyn_cast<Constant>(V))
      walkConstant(C, Seen, Fn);
  };
  if (const auto *F = dyn_cast<Function>(&GV)) {
    if (F->hasPersonalityFn())
      Visit(F->getPersonalityFn());
    if (F->hasPrefixData())
      Visit(F->getPrefixData());
    if (F->hasPrologueData())
      Visit(F->getPrologueData());
    for (const BasicBlock &BB : *F)
      for (const Instruction &I : BB)
        for (const Use &Op : I.operands())
          Visit(Op.get());
  } else if (const auto *Var = dyn_cast<GlobalVariable>(&GV)) {
    if (Var->hasInitializer())
      Visit(Var->getInitializer());
  } else if (const auto *GA = dyn_cast<GlobalAlias>(&GV)) {
    Visit(GA->getAliasee());
  } else {
    Visit(cast<GlobalIFunc>(GV).getResolver());
  }
}

/// What a definition must still have in its partition.
struct Shape {
  unsigned Instructions = 0;
  unsigned BlockAddresses = 0;
  bool HasInitializer = false;
};

static Shape shapeOf(const GlobalValue &GV) {
  Shape S;
  if (const auto *F = dyn_cast<Function>(&GV))
    S.Instructions = F->getInstructionCount();
  if (const auto *Var = dyn_cast<GlobalVariable>(&GV))
    S.HasInitializer = Var->hasInitializer();
  walkContents(
      GV, [&](const Constant *C) { S.BlockAddresses += isa<BlockAddress>(C); });
  return S;
}

static std::string describe(const PlanSymbol &S, unsigned Ordinal) {
  std::string Name = S.Name.empty()
                         ? "<unnamed #" + std::to_string(Ordinal) + ">"
                         : "'" + S.Name + "'";
  if (S.PromotedFrom)
    Name += " (promoted from '" + *S.PromotedFrom + "')";
  return Name;
}

static void printPlan(const PartitionPlan &Plan) {
  errs() << "plan: " << Plan.numPartitions() << " partitions, anchor "
         << Plan.AnchorPartition << "\n";
  for (unsigned I = 0, E = Plan.Symbols.size(); I != E; ++I) {
    const PlanSymbol &S = Plan.Symbols[I];
    errs() << "  #" << I << " " << describe(S, I);
    if (S.IsDefinition)
      errs() << " -> " << S.Partition;
    else
      errs() << " (declaration)";
    errs() << "\n";
  }
}

/// The plan against the module it was made from: one symbol per global in
/// plan order, every definition in a partition, the groups that must stay
/// together in one partition, promotion exactly of the locals used across.
static void checkPlan(const Module &M, const PartitionPlan &Plan,
                      unsigned Asked) {
  unsigned N = Plan.numPartitions();
  if (N < 1 || N > Asked)
    fail("asked for " + Twine(Asked) + " partitions, planned " + Twine(N));
  if (Plan.AnchorPartition >= N)
    fail("anchor partition " + Twine(Plan.AnchorPartition) + " of " + Twine(N));
  unsigned Count = 0;
  forEachGlobalInPlanOrder(
      M, [&](unsigned Ordinal, const GlobalValue &) { Count = Ordinal + 1; });
  if (Count != Plan.Symbols.size())
    fail("the plan lists " + Twine(Plan.Symbols.size()) +
         " symbols, the module has " + Twine(Count));

  StringMap<unsigned> FinalNames;
  DenseMap<const Comdat *, unsigned> ComdatPartition;
  std::vector<uint64_t> Cost(N, 0);
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    std::string What = describe(S, Ordinal);
    if (inputName(S) != GV.getName() || S.Kind != kindOf(GV))
      fail("plan symbol " + What + " is not the module's global '" +
           GV.getName() + "'");
    if (S.IsDefinition != (!GV.isDeclaration() && !isUsedArray(GV)))
      fail("plan symbol " + What + " is wrongly marked as a definition or not");
    if (S.IsLocal != GV.hasLocalLinkage())
      fail("plan symbol " + What + " is wrongly marked as local or not");
    // An unnamed definition that is not local is named in any split
    // (assignPromotedNames), whether referenced across or not.
    bool NamedUnnamed = N > 1 && S.IsDefinition && !GV.hasName() &&
                        !GV.hasLocalLinkage();
    if (S.PromotedFrom.has_value() != (S.ReferencedAcross || NamedUnnamed))
      fail(What + ": promoted is not the same as referenced across");
    if (S.PromotedFrom && !S.IsLocal && !NamedUnnamed)
      fail(What + ": a non-local was promoted");
    // A promoted name may be one a symbol had before its own promotion
    // (renames happen one by one in plan order); the final names must be
    // unique.
    if (!S.Name.empty() && !FinalNames.try_emplace(S.Name, Ordinal).second)
      fail("two symbols are named '" + S.Name + "' after promotion");
    if (!S.IsDefinition) {
      if (S.Partition != ~0u)
        fail("declaration " + What + " has a partition");
      return;
    }
    if (S.Partition >= N)
      fail(What + " is in partition " + Twine(S.Partition) + " of " + Twine(N));
    // A replicated constant costs its size in every partition with a copy.
    if (S.Replicated) {
      for (unsigned P : S.CopiesIn)
        if (P < N)
          Cost[P] += S.Cost;
      if (!llvm::is_contained(S.CopiesIn, S.Partition))
        fail(What + " is replicated, but not in its own partition");
    } else {
      Cost[S.Partition] += S.Cost;
    }
    if (S.IsAnchorArray && S.Partition != Plan.AnchorPartition)
      fail(What + " is an appending array outside the anchor partition");
    if (const auto *GO = dyn_cast<GlobalObject>(&GV))
      if (const Comdat *C = GO->getComdat()) {
        auto [It, New] = ComdatPartition.try_emplace(C, S.Partition);
        if (It->second != S.Partition)
          fail("comdat '" + C->getName() + "' is split: " + What +
               " is in partition " + Twine(S.Partition) +
               ", another member in " + Twine(It->second));
      }
  });
  for (unsigned P = 0; P < N; ++P)
    if (Cost[P] != Plan.Partitions[P].Cost)
      fail("partition " + Twine(P) + " costs " +
           Twine(Plan.Partitions[P].Cost) + " but its symbols sum to " +
           Twine(Cost[P]));

  // Aliases and ifuncs go with what they name; a block address goes with
  // its function. (An unnamed definition has no ordinal lookup by name, so
  // map pointers to ordinals first.)
  DenseMap<const GlobalValue *, unsigned> OrdinalOf;
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    OrdinalOf[&GV] = Ordinal;
  });
  auto PartitionOf = [&](const GlobalValue *GV) {
    return Plan.Symbols[OrdinalOf.lookup(GV)].Partition;
  };
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    if (!S.IsDefinition)
      return;
    bool Indirect = isa<GlobalAlias, GlobalIFunc>(GV);
    walkContents(GV, [&](const Constant *C) {
      if (const auto *BA = dyn_cast<BlockAddress>(C)) {
        if (PartitionOf(BA->getFunction()) != S.Partition)
          fail(describe(S, Ordinal) + " uses a block address of '" +
               BA->getFunction()->getName() + "' in another partition");
        return;
      }
      const auto *Target = cast<GlobalValue>(C);
      if (Indirect && !Target->isDeclaration() && !isUsedArray(*Target) &&
          PartitionOf(Target) != S.Partition)
        fail(describe(S, Ordinal) + " is apart from '" + Target->getName() +
             "', which its aliasee or resolver names");
    });
  });
}

static bool samePlan(const PartitionPlan &A, const PartitionPlan &B) {
  if (A.Symbols.size() != B.Symbols.size() ||
      A.numPartitions() != B.numPartitions() ||
      A.AnchorPartition != B.AnchorPartition || A.TotalCost != B.TotalCost)
    return false;
  for (size_t I = 0; I < A.Symbols.size(); ++I)
    if (A.Symbols[I].Name != B.Symbols[I].Name ||
        A.Symbols[I].Partition != B.Symbols[I].Partition ||
        A.Symbols[I].PromotedFrom != B.Symbols[I].PromotedFrom)
      return false;
  return true;
}

namespace {
/// The input, indexed for the partition checks.
struct Input {
  const Module &M;
  const PartitionPlan &Plan;
  StringMap<unsigned> ByFinalName;
  std::vector<const GlobalValue *> Globals;
  std::vector<Shape> Shapes;
  unsigned UnnamedDeclarations = 0;
};
} // namespace

/// One partition module, verified, against the plan. Marks what it defines in
/// DefinedIn (an ordinal's partition, ~0u while nowhere).
static void checkPartition(const Input &In, const Module &P, unsigned Index,
                           std::vector<unsigned> &DefinedIn,
                           unsigned &UnnamedDefinitions,
                           unsigned &PartitionsWithUnnamedExternals) {
  const PartitionPlan &Plan = In.Plan;
  std::string Where = "partition " + std::to_string(Index) + " of " +
                      std::to_string(Plan.numPartitions());
  bool IsAnchor = Index == Plan.AnchorPartition;
  if (P.getModuleInlineAsm() != (IsAnchor ? In.M.getModuleInlineAsm() : ""))
    fail(Where + ": module asm " +
         (IsAnchor ? "differs from the input's" : "outside the anchor"));

  unsigned UnnamedHere = 0, UnnamedUsedDecls = 0;
  bool UnnamedExternal = false;
  for (const GlobalValue &GV : P.global_values()) {
    if (isUsedArray(GV))
      continue;
    if (const auto *F = dyn_cast<Function>(&GV); F && F->isIntrinsic())
      continue;
    if (!GV.hasName()) {
      // No name ties an unnamed symbol to its definition in another module:
      // codegen names it __unnamed_<n> per module.
      if (GV.isDeclaration()) {
        UnnamedUsedDecls += !GV.use_empty();
      } else {
        ++UnnamedHere;
        UnnamedExternal |= !GV.hasLocalLinkage();
      }
      continue;
    }
    auto It = In.ByFinalName.find(GV.getName());
    if (It == In.ByFinalName.end())
      fail(Where + " has '" + GV.getName() + "', which is not in the plan");
    unsigned Ordinal = It->second;
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    const GlobalValue &Orig = *In.Globals[Ordinal];
    std::string What = describe(S, Ordinal);
    if (GV.isDeclaration()) {
      if (GV.use_empty())
        continue;
      if (S.IsDefinition && S.IsLocal && !S.PromotedFrom)
        fail(Where + " uses " + What + ", a local of partition " +
             Twine(S.Partition) + " that was not promoted");
      if (GV.getThreadLocalMode() != Orig.getThreadLocalMode())
        fail(Where + " declares " + What + " with another thread-local mode");
      auto Vis =
          S.PromotedFrom && S.IsLocal ? GlobalValue::HiddenVisibility
                                     : Orig.getVisibility();
      if (GV.getVisibility() != Vis)
        fail(Where + " declares " + What + " with another visibility");
      continue;
    }
    bool Copy = S.Replicated && llvm::is_contained(S.CopiesIn, Index);
    if (!S.IsDefinition || (S.Partition != Index && !Copy))
      fail(Where + " defines " + What + ", planned " +
           (S.IsDefinition ? "for partition " + std::to_string(S.Partition)
                           : std::string("as a declaration")));
    // (A replicated constant is a local in each partition that has a copy.)
    if (DefinedIn[Ordinal] != ~0u && !S.Replicated)
      fail(What + " is defined twice");
    DefinedIn[Ordinal] = Index;
    if (kindOf(GV) != S.Kind)
      fail(Where + ": " + What + " changed kind");
    if (S.PromotedFrom && S.IsLocal) {
      if (GV.hasLocalLinkage() || !GV.hasHiddenVisibility())
        fail(Where + ": promoted " + What + " is not a hidden global");
    } else if (GV.getLinkage() != Orig.getLinkage() ||
               GV.getVisibility() != Orig.getVisibility()) {
      fail(Where + ": " + What + " changed linkage or visibility");
    }
    Shape Want = In.Shapes[Ordinal], Have = shapeOf(GV);
    if (Have.Instructions != Want.Instructions ||
        Have.HasInitializer != Want.HasInitializer)
      fail(Where + ": " + What + " lost part of its body or initializer");
    if (Have.BlockAddresses != Want.BlockAddresses)
      fail(Where + ": " + What + " has " + Twine(Have.BlockAddresses) +
           " block addresses, the input " + Twine(Want.BlockAddresses));
  }
  if (UnnamedUsedDecls > In.UnnamedDeclarations)
    fail(Where + " uses an unnamed definition of another partition: no name "
                 "links the two");
  UnnamedDefinitions += UnnamedHere;
  PartitionsWithUnnamedExternals += UnnamedExternal;
}

/// Whether LLVM itself reads Bitcode back as a valid module. Some inputs
/// the text parser accepts do not survive the bitcode writer (a string
/// attribute with a NUL byte in it): that is LLVM's, not the splitter's.
static bool roundTrips(MemoryBufferRef Bitcode) {
  LLVMContext Ctx;
  FuzzDiagnostics &Diags = installDiagnostics(Ctx, /*InPartition=*/false);
  Expected<std::unique_ptr<Module>> M = parseBitcodeFile(Bitcode, Ctx);
  if (!M) {
    consumeError(M.takeError());
    return false;
  }
  return !Diags.SawError && !verifyModule(**M);
}

/// The x86-64 target machine the single-object check generates code with
/// (PIC, as the driver's tests use), or null without the target.
static TargetMachine *targetMachine() {
  static std::unique_ptr<TargetMachine> TM = [] {
    Triple TT("x86_64-unknown-linux-gnu");
    std::string Err;
    const Target *T = TargetRegistry::lookupTarget(TT, Err);
    return std::unique_ptr<TargetMachine>(
        T ? T->createTargetMachine(TT, "", "", TargetOptions(), Reloc::PIC_)
          : nullptr);
  }();
  return TM.get();
}

/// Whether the single-object check runs on M: codegen needs the target's
/// triple and data layout (a fuzzed one may not be what the target makes).
static bool wantsObjects(const Module &M) {
  TargetMachine *TM = targetMachine();
  return TM && M.getTargetTriple().getArch() == Triple::x86_64 &&
         M.getTargetTriple().isOSBinFormatELF() &&
         M.getDataLayout() == TM->createDataLayout();
}

/// Partition P's object, generated in its own context; nothing when LLVM's
/// codegen gives up on it with a fatal error ("cannot select", a comdat
/// kind ELF has not): llc refuses such input too.
static std::optional<SmallVector<char, 0>> objectOf(Module &P) {
  SmallVector<char, 0> Out;
  bool Done = false;
  // An error codegen reports (an appending array it does not know) is
  // LLVM's refusal too, not a finding.
  FuzzDiagnostics &Diags = installDiagnostics(P.getContext(), false);
  // LLVM's fatal errors end in abort() or exit(1): recovery, on only
  // around LLVM's codegen (a crash of ours elsewhere stays a crash), turns
  // both into a return from RunSafely.
  CrashRecoveryContext::Enable();
  CrashRecoveryContext CRC;
  ScopedFatalErrorHandler Handler([](void *, const char *, bool) {
    if (CrashRecoveryContext *C = CrashRecoveryContext::GetCurrent())
      C->HandleExit(1);
  });
  bool Safe = CRC.RunSafely([&] {
    raw_svector_ostream OS(Out);
    legacy::PassManager PM;
    if (targetMachine()->addPassesToEmitFile(PM, OS, nullptr,
                                             CodeGenFileType::ObjectFile))
      fail("the target cannot emit an object");
    PM.run(P);
    Done = true;
  });
  CrashRecoveryContext::Disable();
  if (!Safe || !Done || Diags.SawError)
    return std::nullopt;
  return Out;
}

/// The single-object path: the writer must take every partition's object
/// and make what `ld.lld -r` makes of them (fuzz/ObjectCompare.h). A
/// refusal of objects that ld.lld -r links is a failure; objects ld.lld -r
/// refuses (two definitions of a symbol) are a split bug too.
static void checkSingleObject(ArrayRef<SmallVector<char, 0>> Objects,
                              const std::string &Where) {
  static std::string LD = [] {
    const char *Env = getenv("PARCG_FUZZ_LD");
    if (Env)
      return std::string(Env);
    ErrorOr<std::string> P = sys::findProgramByName(
        "ld.lld", {"/usr/lib/llvm-22/bin"});
    return P ? *P : std::string();
  }();
  if (LD.empty())
    return;
  ObjectWriter W;
  std::vector<MemoryBufferRef> Parts;
  for (unsigned I = 0; I < Objects.size(); ++I) {
    Parts.push_back(MemoryBufferRef(
        StringRef(Objects[I].data(), Objects[I].size()), "partition object"));
    if (Error E = W.add(Parts.back()))
      fail(Where + ": the single writer refuses partition " + Twine(I) +
           "'s object: " + toString(std::move(E)));
  }
  SmallVector<char, 0> One;
  if (Error E = W.finish(One))
    fail(Where + ": the single writer fails: " + toString(std::move(E)));

  SmallString<128> Dir;
  if (sys::fs::createUniqueDirectory("parcg-fuzz", Dir))
    return;
  std::vector<std::string> Paths;
  for (unsigned I = 0; I < Objects.size(); ++I) {
    SmallString<128> P(Dir);
    sys::path::append(P, "p" + std::to_string(I) + ".o");
    std::error_code EC;
    raw_fd_ostream OS(P, EC);
    OS << StringRef(Objects[I].data(), Objects[I].size());
    Paths.push_back(P.str().str());
  }
  SmallString<128> Ref(Dir), Log(Dir);
  sys::path::append(Ref, "ref.o");
  sys::path::append(Log, "ld.log");
  Expected<std::unique_ptr<MemoryBuffer>> RefBuf =
      parcg::fuzz::linkRelocatable(LD, Paths, Ref, Log);
  sys::fs::remove_directories(Dir);
  if (!RefBuf)
    fail(Where + ": ld.lld -r refuses the partition objects: " +
         toString(RefBuf.takeError()));
  Expected<std::vector<std::string>> Diffs =
      parcg::fuzz::compareWithRelocatableLink(
          MemoryBufferRef(StringRef(One.data(), One.size()), "one object"),
          (*RefBuf)->getMemBufferRef(), Parts);
  if (!Diffs)
    fail(Where + ": " + toString(Diffs.takeError()));
  if (!Diffs->empty())
    fail(Where + ": the one object is not ld.lld -r's: " + Diffs->front());
}

/// Plans M with Opts, loads each partition from Bitcode and checks.
/// Returns false when the input turns out to be one LLVM cannot round-trip.
static bool splitAndCheck(const Module &M, const PartitionOptions &Opts,
                          MemoryBufferRef Bitcode,
                          const PartitionLoadOptions &Load,
                          bool Objects = false) {
  PartitionPlan Plan = planPartitions(M, Opts);
  assignPromotedNames(M, Plan);
  if (verbose())
    printPlan(Plan);
  checkPlan(M, Plan, *Opts.NumPartitions);
  PartitionPlan Again = planPartitions(M, Opts);
  assignPromotedNames(M, Again);
  if (!samePlan(Plan, Again))
    fail("two plans of the same module differ");
  if (Plan.numPartitions() == 1)
    return true; // The driver compiles the module itself.

  Input In{M, Plan, {}, {}, {}, 0};
  forEachGlobalInPlanOrder(M, [&](unsigned Ordinal, const GlobalValue &GV) {
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    if (!S.Name.empty())
      In.ByFinalName[S.Name] = Ordinal;
    In.Globals.push_back(&GV);
    In.Shapes.push_back(S.IsDefinition ? shapeOf(GV) : Shape());
    In.UnnamedDeclarations += !GV.hasName() && GV.isDeclaration();
  });

  std::vector<unsigned> DefinedIn(Plan.Symbols.size(), ~0u);
  unsigned UnnamedDefinitions = 0, PartitionsWithUnnamedExternals = 0;
  std::vector<SmallVector<char, 0>> PartObjects;
  for (unsigned I = 0; I < Plan.numPartitions(); ++I) {
    LLVMContext Ctx;
    installDiagnostics(Ctx, /*InPartition=*/true);
    Expected<std::unique_ptr<Module>> P =
        loadPartition(Bitcode, Ctx, Plan, I, Load);
    std::string Where = "partition " + std::to_string(I) + " of " +
                        std::to_string(Plan.numPartitions());
    if (!P) {
      std::string Msg = toString(P.takeError());
      if (!roundTrips(Bitcode))
        return false;
      fail(Where + " does not load: " + Msg);
    }
    std::string Errors;
    raw_string_ostream OS(Errors);
    bool BrokenDebugInfo = false;
    if (verifyModule(**P, &OS, &BrokenDebugInfo) || BrokenDebugInfo) {
      if (!roundTrips(Bitcode))
        return false;
      fail(Where + " does not verify: " + Errors);
    }
    checkPartition(In, **P, I, DefinedIn, UnnamedDefinitions,
                   PartitionsWithUnnamedExternals);
    if (Objects) {
      std::optional<SmallVector<char, 0>> Obj = objectOf(**P);
      if (Obj)
        PartObjects.push_back(std::move(*Obj));
      else
        Objects = false; // LLVM's codegen refuses the input.
    }
  }
  if (Objects) {
    checkSingleObject(PartObjects, std::to_string(Plan.numPartitions()) +
                                       " partitions");
    if (verbose())
      errs() << "single object of " << PartObjects.size()
             << " partitions: as ld.lld -r makes it\n";
  }

  unsigned UnnamedPlanned = 0;
  for (unsigned Ordinal = 0; Ordinal < Plan.Symbols.size(); ++Ordinal) {
    const PlanSymbol &S = Plan.Symbols[Ordinal];
    if (!S.IsDefinition)
      continue;
    if (S.Name.empty()) {
      UnnamedPlanned += S.Replicated ? S.CopiesIn.size() : 1;
      continue;
    }
    if (DefinedIn[Ordinal] == ~0u)
      fail(describe(S, Ordinal) + " is defined in no partition (planned for " +
           Twine(S.Partition) + ")");
  }
  if (UnnamedDefinitions != UnnamedPlanned)
    fail("the partitions define " + Twine(UnnamedDefinitions) +
         " unnamed globals, the input " + Twine(UnnamedPlanned));
  if (PartitionsWithUnnamedExternals > 1)
    fail("unnamed non-local definitions in " +
         Twine(PartitionsWithUnnamedExternals) +
         " partitions: each object would define its own __unnamed_1");
  return true;
}

/// Whether text IR has an inline asm constraint string with '@' or '^' in
/// it. LLVM 22's constraint parser (InlineAsm::ConstraintInfo::Parse) reads
/// "@<digit>" and "^" codes past the end of the string when the input gets
/// them wrong: a crash in the IR parser, before any of ParCG runs (an
/// example in fuzz/regressions). Such inputs are rejected.
static bool hasRiskyAsmConstraints(StringRef Text) {
  for (size_t At = Text.find("asm"); At != StringRef::npos;
       At = Text.find("asm", At + 3)) {
    if (Text.substr(0, At).rtrim().ends_with("module"))
      continue; // Module asm has no constraints.
    // asm [sideeffect] [inteldialect] ... "template", "constraints"
    size_t Open = Text.find('"', At);
    size_t Close = Open == StringRef::npos ? Open : Text.find('"', Open + 1);
    if (Close == StringRef::npos)
      return false;
    StringRef Rest = Text.substr(Close + 1).ltrim();
    if (!Rest.consume_front(","))
      continue;
    Rest = Rest.ltrim();
    if (!Rest.consume_front("\""))
      continue;
    if (Rest.take_until([](char C) { return C == '"'; }).find_first_of("@^") !=
        StringRef::npos)
      return true;
  }
  return false;
}

/// Whether some DIGlobalVariableExpression of M has a variable that is not
/// a DIGlobalVariable. LLVM 22's verifier casts it unchecked and reads past
/// the node it has: a crash in the verifier of the input, before any of
/// ParCG runs (an example in fuzz/regressions).
static bool hasMistypedGlobalVariableExpression(const Module &M) {
  SmallVector<const MDNode *, 64> Work;
  SmallPtrSet<const MDNode *, 32> Seen;
  auto Add = [&](const Metadata *MD) {
    if (const auto *N = dyn_cast_or_null<MDNode>(MD))
      if (Seen.insert(N).second)
        Work.push_back(N);
  };
  SmallVector<std::pair<unsigned, MDNode *>, 4> MDs;
  for (const NamedMDNode &NMD : M.named_metadata())
    for (const MDNode *N : NMD.operands())
      Add(N);
  for (const GlobalObject &GO : M.global_objects()) {
    GO.getAllMetadata(MDs);
    for (auto &[Kind, N] : MDs)
      Add(N);
  }
  for (const Function &F : M)
    for (const BasicBlock &BB : F)
      for (const Instruction &I : BB) {
        I.getAllMetadata(MDs);
        for (auto &[Kind, N] : MDs)
          Add(N);
        for (const Use &Op : I.operands())
          if (const auto *MAV = dyn_cast<MetadataAsValue>(Op.get()))
            Add(MAV->getMetadata());
        for (const DbgRecord &DR : I.getDbgRecordRange()) {
          Add(DR.getDebugLoc().getAsMDNode());
          if (const auto *DVR = dyn_cast<DbgVariableRecord>(&DR)) {
            Add(DVR->getRawVariable());
            Add(DVR->getRawExpression());
            Add(DVR->getRawAssignID());
          } else {
            Add(cast<DbgLabelRecord>(DR).getRawLabel());
          }
        }
      }
  while (!Work.empty()) {
    const MDNode *N = Work.pop_back_val();
    if (const auto *GVE = dyn_cast<DIGlobalVariableExpression>(N))
      if (!isa_and_nonnull<DIGlobalVariable>(GVE->getRawVariable()))
        return true;
    for (const MDOperand &Op : N->operands())
      Add(Op.get());
  }
  return false;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  // Both readers verify a module with debug info as they finish it
  // (UpgradeDebugInfo) and call report_fatal_error when it is broken, which
  // would end the run on the first broken mutation. Inputs and partitions
  // are verified here instead, debug info included.
  const char *Args[] = {"parcg-fuzz", "-disable-auto-upgrade-debug-info"};
  cl::ParseCommandLineOptions(2, Args);
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  LLVMInitializeX86AsmParser();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  LLVMContext Ctx;
  FuzzDiagnostics &Diags = installDiagnostics(Ctx, /*InPartition=*/false);
  // Copied: the text parser reads up to a terminating NUL.
  std::unique_ptr<MemoryBuffer> Buf = MemoryBuffer::getMemBufferCopy(
      StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz-input");
  // (Buf, not Data: isBitcode reads a byte past a one-byte input, and Buf
  // has a NUL there.)
  const auto *Start =
      reinterpret_cast<const unsigned char *>(Buf->getBufferStart());
  bool IsBitcode = isBitcode(Start, Start + Size);
  if (!IsBitcode && hasRiskyAsmConstraints(Buf->getBuffer()))
    return 0;
  SMDiagnostic Diag;
  std::unique_ptr<Module> M = parseIR(Buf->getMemBufferRef(), Diag, Ctx);
  if (!M || Diags.SawError || hasMistypedGlobalVariableExpression(*M))
    return 0;
  bool BrokenDebugInfo = false;
  if (verifyModule(*M, nullptr, &BrokenDebugInfo) || BrokenDebugInfo)
    return 0;
  // Planning needs no target; the triple only makes the module what the
  // driver would see.
  if (M->getTargetTriple().empty())
    M->setTargetTriple(Triple("x86_64-unknown-linux-gnu"));
  // As the driver: a module without a data layout gets the target's.
  if (M->getDataLayoutStr().empty() &&
      M->getTargetTriple().getArch() == Triple::x86_64 && targetMachine())
    M->setDataLayout(targetMachine()->createDataLayout());

  // As the driver: workers read the input itself when it is bitcode that
  // lists the plan's symbols, otherwise bitcode written once.
  PartitionLoadOptions Load;
  std::string DL = M->getDataLayoutStr();
  Load.Callbacks.DataLayout = [DL](StringRef, StringRef) {
    return std::optional<std::string>(DL);
  };
  SmallVector<char, 0> Serialized;
  raw_svector_ostream BOS(Serialized);
  WriteBitcodeToFile(*M, BOS, /*ShouldPreserveUseListOrder=*/false);
  MemoryBufferRef Written(StringRef(Serialized.data(), Serialized.size()),
                          "fuzz-input.bc");
  MemoryBufferRef Original = Buf->getMemBufferRef();

  // Every strategy at 2 and 3 partitions, and at one count from the input's
  // size, up to 32: with small inputs, nearly every group in a partition of
  // its own.
  for (PartitionStrategy Strategy :
       {PartitionStrategy::Balanced, PartitionStrategy::Stable,
        PartitionStrategy::RoundRobin})
    for (unsigned NumParts : {2u, 3u, unsigned(4 + Size % 29)}) {
      PartitionOptions Opts;
      Opts.Strategy = Strategy;
      Opts.NumPartitions = NumParts;
      MemoryBufferRef Source = Written;
      if (IsBitcode) {
        PartitionPlan Plan = planPartitions(*M, Opts);
        assignPromotedNames(*M, Plan);
        if (inputMatchesPlan(Original, Plan, Load.Callbacks))
          Source = Original;
      }
      if (verbose())
        errs() << "strategy " << unsigned(Strategy) << ", " << NumParts
               << " partitions asked, read from the "
               << (Source == Original ? "input" : "bitcode written") << "\n";
      // The single-object path (codegen, the writer, ld.lld -r) for the
      // default strategy, where the target can take the module.
      bool Objects =
          Strategy == PartitionStrategy::Balanced && wantsObjects(*M);
      if (!splitAndCheck(*M, Opts, Source, Load, Objects))
        return 0;
    }
  return 0;
}
