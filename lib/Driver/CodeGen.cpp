//===- CodeGen.cpp - Target setup and code generation of one module -------===//
//
// Mirrors llc's compileModule: the same TargetMachine settings, the same
// legacy pass pipeline (TargetLibraryInfo, then addPassesToEmitFile), the same
// per-module overrides. Each call builds its own TargetMachine, because a
// TargetMachine caches subtargets and is not safe to share across threads.
// Diagnostics are collected instead of printed so the driver can print them
// in partition order.
//
//===----------------------------------------------------------------------===//

#include "CodeGen.h"
#include "llvm/Analysis/AliasAnalysis.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/CodeGen/MachineModuleInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Pass.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetLoweringObjectFile.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"
#include <ctime>

using namespace llvm;
using namespace parcg;

Expected<ResolvedTarget> parcg::resolveTarget(const CodeGenOptions &CG,
                                              StringRef ModuleTriple) {
  ResolvedTarget RT;
  std::string TripleStr = CG.TargetTriple.empty()
                              ? ModuleTriple.str()
                              : Triple::normalize(CG.TargetTriple);
  RT.TT = Triple(TripleStr);
  if (RT.TT.getTriple().empty())
    RT.TT.setTriple(sys::getDefaultTargetTriple());
  std::string Err;
  RT.TheTarget = TargetRegistry::lookupTarget(CG.Arch, RT.TT, Err);
  if (!RT.TheTarget)
    return createStringError(inconvertibleErrorCode(), Err);
  RT.Options = CG.MakeTargetOptions(RT.TT);

  // llc only warns about an unknown CPU and then generates generic code;
  // a build that asked for a CPU should not silently get another.
  if (!CG.CPU.empty() && CG.CPU != "generic") {
    // Asked of a generic subtarget: one made for the unknown CPU would warn
    // about it (twice, as CPU and as tuning CPU) before this error.
    std::unique_ptr<MCSubtargetInfo> STI(
        RT.TheTarget->createMCSubtargetInfo(RT.TT, "", ""));
    if (!STI || !STI->isCPUStringValid(CG.CPU))
      return createStringError(
          inconvertibleErrorCode(),
          "'" + CG.CPU + "' is not a recognized processor for target " +
              RT.TT.str());
  }
  return RT;
}

static std::unique_ptr<TargetMachine>
createTargetMachine(const ResolvedTarget &RT, const CodeGenOptions &CG) {
  return std::unique_ptr<TargetMachine>(RT.TheTarget->createTargetMachine(
      RT.TT, CG.CPU, CG.Features, RT.Options, CG.RelocModel, CG.CodeModel,
      CG.OptLevel));
}

std::string parcg::targetDataLayout(const ResolvedTarget &RT,
                                    const CodeGenOptions &CG) {
  return createTargetMachine(RT, CG)->createDataLayout().getStringRepresentation();
}

WorkSite &parcg::currentWorkSite() {
  thread_local WorkSite Site;
  return Site;
}

std::string parcg::describeWorkSite(const WorkSite &S) {
  std::string D;
  if (S.Partition >= 0)
    D += "partition " + utostr(S.Partition) + ": ";
  if (S.Function)
    D += "function '" + S.Function->getName().str() + "': ";
  return D;
}

namespace {
/// Keeps what codegen reports instead of printing it (or exiting, as the
/// default handler does on an error).
struct CollectingHandler : DiagnosticHandler {
  std::string Errors, Others;
  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    DiagnosticSeverity Sev = DI.getSeverity();
    std::string Msg;
    raw_string_ostream OS(Msg);
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    std::string &To = Sev == DS_Error ? Errors : Others;
    if (Sev == DS_Warning)
      To += "warning: ";
    else if (Sev != DS_Error)
      To += Sev == DS_Remark ? "remark: " : "note: ";
    // The assembler's complaints about inline asm name no function.
    if (const Function *F = currentWorkSite().Function)
      To += "function '" + F->getName().str() + "': ";
    To += Msg;
    To += '\n';
    return true;
  }
};
} // namespace

/// The context's collector, installed on first use.
static CollectingHandler &collector(LLVMContext &Ctx) {
  // The handler is only ever installed here, on a context this thread owns.
  if (auto *H = dynamic_cast<const CollectingHandler *>(Ctx.getDiagHandlerPtr()))
    return *const_cast<CollectingHandler *>(H);
  auto Handler = std::make_unique<CollectingHandler>();
  CollectingHandler &Ref = *Handler;
  // Remarks reach it only when -pass-remarks= and its kin select them.
  Ctx.setDiagnosticHandler(std::move(Handler), /*RespectFilters=*/true);
  return Ref;
}

namespace {
/// For PassRunOptions::FunctionMicros: times the outermost function pass
/// (in the pipelines parcg runs, a function adaptor's whole pass manager)
/// and each CGSCC pass, from the instrumentation callbacks that bracket
/// every pass run.
class PassClock {
  std::vector<std::pair<std::string, uint64_t>> &Micros;
  /// Function and CGSCC passes now running, nested; the clock runs while
  /// it is not 0 (module passes never nest inside either).
  unsigned Depth = 0;
  uint64_t Start = 0;
  std::vector<std::string> Names;

public:
  explicit PassClock(std::vector<std::pair<std::string, uint64_t>> &Micros)
      : Micros(Micros) {}

  void registerCallbacks(PassInstrumentationCallbacks &PIC) {
    PIC.registerBeforeNonSkippedPassCallback(
        [this](StringRef, Any IR) { before(IR); });
    PIC.registerAfterPassCallback(
        [this](StringRef, Any IR, const PreservedAnalyses &) { after(IR); });
    PIC.registerAfterPassInvalidatedCallback(
        [this](StringRef, const PreservedAnalyses &) { leave(); });
  }

private:
  static bool timed(const Any &IR) {
    return any_cast<const Function *>(&IR) ||
           any_cast<const LazyCallGraph::SCC *>(&IR);
  }

  void before(Any IR) {
    if (!timed(IR))
      return;
    if (Depth++ != 0)
      return;
    Names.clear();
    if (const auto *F = any_cast<const Function *>(&IR))
      Names.push_back((*F)->getName().str());
    else if (const auto *C = any_cast<const LazyCallGraph::SCC *>(&IR))
      for (const LazyCallGraph::Node &N : **C)
        Names.push_back(N.getFunction().getName().str());
    Start = threadCPUMicros();
  }

  void after(Any IR) {
    if (timed(IR))
      leave();
  }

  /// A timed pass ended. (A pass whose IR unit is gone reports no unit:
  /// only CGSCC passes, an SCC split or merged, and module passes, which
  /// run outside any timed one, do.)
  void leave() {
    if (Depth && --Depth == 0)
      stop();
  }

  /// The time since the outermost pass began, shared by the functions it
  /// ran on (the remainder to the first, so nothing is lost).
  void stop() {
    if (Names.empty())
      return;
    uint64_t Spent = threadCPUMicros() - Start;
    uint64_t Each = Spent / Names.size();
    for (size_t I = 0; I < Names.size(); ++I)
      Micros.emplace_back(std::move(Names[I]),
                          Each + (I == 0 ? Spent % Names.size() : 0));
    Names.clear();
  }
};
} // namespace

Error parcg::runPasses(Module &M, const ResolvedTarget &RT,
                       const CodeGenOptions &CG, StringRef Pipeline,
                       const PassRunOptions &Run) {
  // The same TargetMachine settings as codegen: TTI must describe the
  // target code will be generated for.
  std::unique_ptr<TargetMachine> TM = createTargetMachine(RT, CG);
  if (Run.PGO)
    TM->setPGOOption(Run.PGO);
  LoopAnalysisManager LAM;
  FunctionAnalysisManager FAM;
  CGSCCAnalysisManager CGAM;
  ModuleAnalysisManager MAM;
  PassInstrumentationCallbacks PIC;
  StandardInstrumentations SI(M.getContext(), Run.DebugPassManager);
  SI.registerCallbacks(PIC, &MAM);
  std::optional<PassClock> Clock;
  if (Run.FunctionMicros) {
    Clock.emplace(*Run.FunctionMicros);
    Clock->registerCallbacks(PIC);
  }
  PassBuilder PB(TM.get(), PipelineTuningOptions(), Run.PGO, &PIC);
  FAM.registerPass([&] { return PB.buildDefaultAAPipeline(); });
  TargetLibraryInfoImpl TLII(M.getTargetTriple());
  FAM.registerPass([&] { return TargetLibraryAnalysis(TLII); });
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  ModulePassManager MPM;
  if (Run.AddPasses)
    Run.AddPasses(MPM);
  if (!Pipeline.empty())
    if (Error E = PB.parsePassPipeline(MPM, Pipeline))
      return E;
  CollectingHandler &Diags = collector(M.getContext());
  MPM.run(M, MAM);
  if (!Diags.Errors.empty())
    return createStringError(inconvertibleErrorCode(),
                             StringRef(Diags.Errors).rtrim('\n'));
  return Error::success();
}

Error parcg::checkPipeline(StringRef Pipeline) {
  PassBuilder PB;
  ModulePassManager MPM;
  return PB.parsePassPipeline(MPM, Pipeline);
}


uint64_t parcg::threadCPUMicros() {
#ifdef CLOCK_THREAD_CPUTIME_ID
  timespec TS;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &TS) == 0)
    return uint64_t(TS.tv_sec) * 1000000 + uint64_t(TS.tv_nsec) / 1000;
#endif
  return 0;
}

namespace {
/// Records the function the codegen pipeline is working on in the thread's
/// WorkSite. Preserves everything and changes nothing, so the output is
/// llc's (single-partition-matches-llc.ll).
struct FunctionRecorder : FunctionPass {
  static char ID;
  FunctionRecorder() : FunctionPass(ID) {}
  StringRef getPassName() const override { return "parcg function recorder"; }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
  }
  bool doInitialization(Module &) override {
    currentWorkSite().Function = nullptr;
    return false;
  }
  bool runOnFunction(Function &F) override {
    currentWorkSite().Function = &F;
    return false;
  }
  // Finalization runs in reverse order: the recorder added last clears the
  // function before the printer emits module-level data.
  bool doFinalization(Module &) override {
    currentWorkSite().Function = nullptr;
    return false;
  }
};
char FunctionRecorder::ID = 0;

/// For --write-cost-profile: added after the last codegen pass, so it runs
/// as each function's codegen ends; since codegen runs every function pass
/// on one function before the next, the time since the previous function
/// ended (or since the pipeline began, for the first) is this function's.
/// Preserves everything and changes nothing.
struct FunctionClock : FunctionPass {
  static char ID;
  std::vector<std::pair<std::string, uint64_t>> &Micros;
  uint64_t Last = 0;
  explicit FunctionClock(std::vector<std::pair<std::string, uint64_t>> &Micros)
      : FunctionPass(ID), Micros(Micros) {}
  StringRef getPassName() const override { return "parcg function clock"; }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
  }
  bool doInitialization(Module &) override {
    Last = threadCPUMicros();
    return false;
  }
  bool runOnFunction(Function &F) override {
    uint64_t Now = threadCPUMicros();
    Micros.emplace_back(F.getName().str(), Now - Last);
    Last = Now;
    return false;
  }
};
char FunctionClock::ID = 0;

/// The codegen pass manager with a recorder in front of every function
/// pass: codegen runs all function passes on one function before the next,
/// and module passes (the outliner) split that run into several.
struct RecordingPassManager : legacy::PassManager {
  void add(Pass *P) override {
    if (P->getPassKind() == PT_Function)
      legacy::PassManager::add(new FunctionRecorder());
    legacy::PassManager::add(P);
  }
};
} // namespace

Error parcg::generateCode(Module &M, const ResolvedTarget &RT,
                          const CodeGenOptions &CG, StringRef OutputName,
                          CodeGenResult &Result, bool Verified,
                          bool TimeFunctions, StringRef SplitDwarfFile) {
  std::unique_ptr<TargetMachine> TM = createTargetMachine(RT, CG);
  if (!TM)
    return createStringError("could not create a target machine for %s",
                             RT.TT.str().c_str());
  // The per-module overrides llc applies.
  std::optional<CodeModel::Model> IRCodeModel = M.getCodeModel();
  if (!CG.CodeModel && IRCodeModel)
    TM->setCodeModel(*IRCodeModel);
  if (CG.LargeDataThreshold)
    TM->setLargeDataThreshold(*CG.LargeDataThreshold);
  if (CG.FloatABIForCalls != FloatABI::Default)
    TM->Options.FloatABIType = CG.FloatABIForCalls;
  TM->Options.ObjectFilenameForDebug = OutputName.str();
  TM->Options.VerifyArgABICompliance = 0;

  CollectingHandler *Diags = &collector(M.getContext());

  TargetLibraryInfoImpl TLII(M.getTargetTriple());
  RecordingPassManager PM;
  PM.add(new TargetLibraryInfoWrapperPass(TLII));
  auto *MMIWP = new MachineModuleInfoWrapperPass(TM.get());
  raw_svector_ostream OS(Result.Output);
  raw_svector_ostream DwoOS(Result.Dwo);
  if (!SplitDwarfFile.empty())
    TM->Options.MCOptions.SplitDwarfFile = SplitDwarfFile.str();
  if (TM->addPassesToEmitFile(PM, OS, SplitDwarfFile.empty() ? nullptr : &DwoOS,
                              CG.FileType,
                              CG.DisableVerify || Verified, MMIWP))
    return createStringError("target does not support generation of this "
                             "file type");
  PM.add(new FunctionRecorder());
  if (TimeFunctions)
    PM.add(new FunctionClock(Result.FunctionMicros));
  const_cast<TargetLoweringObjectFile *>(TM->getObjFileLowering())
      ->Initialize(MMIWP->getMMI().getContext(), *TM);
  PM.run(M);
  currentWorkSite().Function = nullptr;

  Result.Diagnostics = std::move(Diags->Others);
  if (!Diags->Errors.empty()) {
    StringRef Errors = StringRef(Diags->Errors).rtrim('\n');
    return createStringError(inconvertibleErrorCode(), Errors);
  }
  return Error::success();
}
