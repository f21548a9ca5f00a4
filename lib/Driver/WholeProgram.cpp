//===- WholeProgram.cpp - Merge, resolve, optimize whole-program ----------===//
//
// The whole-program front end (--lto). LLVM's LTO API does what lld and
// LLVMgold use it for: it reads the bitcode files, links them with the
// symbol resolutions a linker would give, internalizes, and runs a pass
// pipeline on the merged module. Its pipeline is our --ipo-passes, the
// interprocedural head of LLVM's full-LTO pipeline; its post-optimization
// hook takes the module before LTO would generate code, plans it and
// serializes it once. The function-level tail of the pipeline
// (--partition-passes) then runs per partition, on the workers, before
// codegen (Driver.cpp, compilePartition).
//
// Resolutions come from -r=file,symbol,flags as in llvm-lto2 (what LLVM's
// own LTO tests spell), or are made as a linker making an executable would:
// the first strong definition of a name prevails (a weak or common one only
// when there is no strong one), two strong definitions are an error, and
// only main and the --export-symbol names stay visible.
//
//===----------------------------------------------------------------------===//

#include "Phases.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/LTO/LTO.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/SmallVectorMemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/TimeProfiler.h"
#include "llvm/Support/WithColor.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/Transforms/IPO/SampleProfile.h"
#include "llvm/Transforms/Instrumentation/PGOInstrumentation.h"
#include <thread>

using namespace llvm;
using namespace parcg;

// LLVM 22's buildLTODefaultPipeline(O2), as `opt -passes='lto<O2>'
// -print-pipeline-passes` prints it, cut in two. The IPO head ends after the
// inliner and the module passes that follow it and need the whole module
// (globaldce, argpromotion, the OpenMP and coroutine passes,
// lowertypetests, a no-op without CFI type tests). Everything after it runs
// per partition: the post-inline function simplification (instcombine,
// constraint elimination, jump threading, SROA, tail calls) and the
// function-attrs run behind it, which in lto<O2> come before
// openmp-opt-cgscc and lowertypetests (both leave code without OpenMP or
// type tests alone), then GVN, the loop and vectorization passes, and module
// passes that only look at what a partition defines. The simplification is
// 0.7 s of SQLite's 3.5 serial seconds; function-attrs on a partition infers
// from the partition's bodies, with the attributes the head inferred on
// every declaration. Left out of lto<O2>'s head: called-value-propagation.
// It only attaches !callees metadata to indirect calls, which nothing after
// it reads (GlobalISel's call lowering does, for AMDGPU); the objects of
// SQLite, RE2 and LevelDB are the same bytes without it, and it took 0.26 s
// of SQLite's 2.47 s of IPO passes. Also left out, each measured by the
// instructions the bench programs execute (bench/ipo-head: SQLite, RE2 and
// LevelDB within 0.01% of lto<O2>'s head with all four gone) against the
// front it costs: the pre-inline instcombine and aggressive-instcombine
// (0.2-0.5 s; aggressive-instcombine runs in the partitions instead, behind
// their first instcombine), mem2reg and constmerge after the first
// globalopt, and the globalopt after the inliner (globaldce follows it).
// Kept although they cost time: IPSCCP (without it RE2 executes 0.37% more
// instructions, .text +0.8%) and the pre-inline function-attrs, argpromotion
// and SROA walk (RE2 -0.16%, LevelDB +0.31%: it changes what is inlined).
static const char IPOHead[] =
    "memprof-remove-attributes,cross-dso-cfi,openmp-opt,"
    "globaldce<vfe-linkage-unit-visibility>,inferattrs,"
    "function<eager-inv>(callsite-splitting),pgo-icall-prom,"
    "cgscc(function-attrs,argpromotion,function(sroa<modify-cfg>)),ipsccp,"
    "rpo-function-attrs,globalsplit,"
    "wholeprogramdevirt,norecurse-lto-inference,coro-early,globalopt,"
    "deadargelim,expand-variadics,"
    "cgscc(inline<only-mandatory>,inline),openmp-opt,"
    "globaldce<vfe-linkage-unit-visibility>,"
    "cgscc(argpromotion,coro-split,coro-annotation-elide),"
    "cgscc(openmp-opt-cgscc),lowertypetests,lowertypetests";

static std::string partitionTail(unsigned OptLevel) {
  std::string Unroll = OptLevel >= 3 ? "loop-unroll<O3>" : "loop-unroll<O2>";
  return "function<eager-inv>(instcombine<max-iterations=1;no-verify-fixpoint>,"
         "aggressive-instcombine,constraint-elimination,jump-threading,sroa<modify-cfg>,tailcallelim),"
         "cgscc(function-attrs),"
         "require<globals-aa>,function(invalidate<aa>),"
         "function<eager-inv>(loop-mssa(licm<allowspeculation>),gvn<>,"
         "memcpyopt,dse,move-auto-init,mldst-motion<no-split-footer-bb>,"
         "loop(indvars,loop-deletion,loop-unroll-full),loop-distribute,"
         "loop-vectorize<no-interleave-forced-only;no-vectorize-forced-only;>,"
         "drop-unnecessary-assumes,infer-alignment," +
         Unroll +
         ",transform-warning,sroa<preserve-cfg>,"
         "instcombine<max-iterations=1;no-verify-fixpoint>,"
         "simplifycfg<bonus-inst-threshold=1;forward-switch-cond;"
         "switch-range-to-icmp;switch-to-arithmetic;switch-to-lookup;"
         "no-keep-loops;hoist-common-insts;"
         "no-hoist-loads-stores-with-cond-faulting;sink-common-insts;"
         "speculate-blocks;simplify-cond-branch;no-speculate-unpredictables>,"
         "sccp,instcombine<max-iterations=1;no-verify-fixpoint>,bdce,"
         "slp-vectorizer,vector-combine,infer-alignment,"
         "instcombine<max-iterations=1;no-verify-fixpoint>,"
         "loop-mssa(licm<allowspeculation>),alignment-from-assumptions,"
         "jump-threading),"
         "function(loop-sink,div-rem-pairs,"
         "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;"
         "switch-range-to-icmp;switch-to-arithmetic;no-switch-to-lookup;"
         "keep-loops;hoist-common-insts;"
         "no-hoist-loads-stores-with-cond-faulting;no-sink-common-insts;"
         "speculate-blocks;simplify-cond-branch;speculate-unpredictables>),"
         "elim-avail-extern,globaldce<vfe-linkage-unit-visibility>,"
         "rel-lookup-table-converter,cg-profile,coro-cleanup,alloc-token,"
         "function(annotation-remarks)";
}

// LLVM 22's lto<O1>: the interprocedural cleanups only, no inliner and no
// function simplification (LLVMgold and lld at O1 keep what O2 inlines), so
// the partitions run no passes before codegen.
static const char LTOO1[] =
    "memprof-remove-attributes,cross-dso-cfi,openmp-opt,"
    "globaldce<vfe-linkage-unit-visibility>,inferattrs,rpo-function-attrs,"
    "globalsplit,wholeprogramdevirt,norecurse-lto-inference,lowertypetests,"
    "lowertypetests,coro-cond(coro-early,cgscc(coro-split),coro-cleanup,"
    "globaldce),alloc-token,function(annotation-remarks)";

std::pair<std::string, std::string> parcg::defaultPipelines(unsigned Level) {
  if (Level == 0)
    // As LTO at -O0: nothing but what correctness needs.
    return {"always-inline,globaldce", ""};
  if (Level == 1)
    return {LTOO1, ""};
  return {IPOHead, partitionTail(Level)};
}

namespace {
/// A symbol resolution as llvm-lto2 spells it: -r=file,symbol,flags.
struct CommandLineResolution {
  std::string File, Symbol;
  lto::SymbolResolution Res;
  bool Used = false;
};
} // namespace

static Expected<std::vector<CommandLineResolution>>
parseResolutions(ArrayRef<std::string> Specs) {
  std::vector<CommandLineResolution> Out;
  for (const std::string &Spec : Specs) {
    // The symbol may contain commas; the file may not, the flags may not.
    StringRef S = Spec;
    auto [File, Rest] = S.split(',');
    size_t LastComma = Rest.rfind(',');
    if (File.empty() || LastComma == StringRef::npos)
      return createStringError("-r=%s: expected -r=file,symbol,flags",
                               Spec.c_str());
    CommandLineResolution R;
    R.File = File.str();
    R.Symbol = Rest.substr(0, LastComma).str();
    for (char C : Rest.substr(LastComma + 1)) {
      switch (C) {
      case 'p':
        R.Res.Prevailing = true;
        break;
      case 'l':
        R.Res.FinalDefinitionInLinkageUnit = true;
        break;
      case 'x':
        R.Res.VisibleToRegularObj = true;
        break;
      case 'r':
        R.Res.LinkerRedefined = true;
        break;
      case 'd':
        R.Res.ExportDynamic = true;
        break;
      default:
        return createStringError(
            "-r=%s: unknown resolution flag '%c' (expected p, l, x, r, d)",
            Spec.c_str(), C);
      }
    }
    Out.push_back(std::move(R));
  }
  return Out;
}

namespace {
/// What the linker-like resolver knows about each name.
struct NameState {
  // The prevailing definition so far: input index and symbol index.
  int File = -1;
  unsigned Symbol = 0;
  bool Strong = false;
};
} // namespace

bool parcg::isCIdentifierSection(StringRef S) {
  return !S.empty() && (isAlpha(S[0]) || S[0] == '_') &&
         llvm::all_of(S.drop_front(),
                      [](char C) { return C == '_' || isAlnum(C); });
}

/// Whether the linker can reach Sym through __start_SEC/__stop_SEC: it is
/// in a section named like a C identifier, for which ELF linkers define
/// those symbols. Internalized, the definition would go (nothing in the
/// program names it) and the link would fail on __stop_SEC; LLVMgold and
/// lld keep it visible, and so does ParCG.
static bool reachedByStartStop(const lto::InputFile::Symbol &Sym) {
  return isCIdentifierSection(Sym.getSectionName());
}

/// Resolutions a linker making an executable would give.
static Error resolveLikeALinker(
    ArrayRef<std::unique_ptr<lto::InputFile>> Files,
    ArrayRef<std::string> Names, const StringSet<> &Exported,
    bool ExportDynamic, std::vector<std::vector<lto::SymbolResolution>> &Res) {
  StringMap<NameState> State;
  for (unsigned F = 0; F < Files.size(); ++F) {
    unsigned I = 0;
    for (const lto::InputFile::Symbol &Sym : Files[F]->symbols()) {
      unsigned Index = I++;
      if (Sym.isUndefined())
        continue;
      NameState &St = State[Sym.getName()];
      bool Strong = !Sym.isWeak() && !Sym.isCommon();
      if (St.File < 0 || (Strong && !St.Strong)) {
        St = {int(F), Index, Strong};
        continue;
      }
      if (Strong && St.Strong)
        return createStringError("duplicate symbol '%s': defined in %s and %s",
                                 Sym.getName().str().c_str(),
                                 Names[St.File].c_str(), Names[F].c_str());
    }
  }
  for (unsigned F = 0; F < Files.size(); ++F) {
    unsigned I = 0;
    for (const lto::InputFile::Symbol &Sym : Files[F]->symbols()) {
      unsigned Index = I++;
      lto::SymbolResolution R;
      auto It = State.find(Sym.getName());
      bool Prevails = !Sym.isUndefined() && It != State.end() &&
                      It->second.File == int(F) &&
                      It->second.Symbol == Index;
      R.Prevailing = Prevails;
      R.FinalDefinitionInLinkageUnit = Prevails;
      // -E keeps what a dynamic symbol table would list: defined symbols
      // of default visibility.
      bool Dynamic = ExportDynamic && Prevails &&
                     Sym.getVisibility() == GlobalValue::DefaultVisibility;
      R.VisibleToRegularObj = Sym.getName() == "main" ||
                              Exported.contains(Sym.getName()) || Dynamic ||
                              (Prevails && reachedByStartStop(Sym));
      R.ExportDynamic = Dynamic;
      Res[F].push_back(R);
    }
  }
  return Error::success();
}

void parcg::configureLTO(const Options &Opts, StringRef ModuleTriple,
                         lto::Config &Conf) {
  const WholeProgramOptions &W = Opts.LTO;
  const CodeGenOptions &CG = Opts.CodeGen;
  Conf.CPU = CG.CPU;
  SubtargetFeatures Features(CG.Features);
  Conf.MAttrs = Features.getFeatures();
  Conf.RelocModel = CG.RelocModel;
  Conf.CodeModel = CG.CodeModel;
  Conf.CGOptLevel = CG.OptLevel;
  Conf.OptLevel = W.OptLevel;
  // A module without a triple is for the host (or -mtriple), as llc and
  // LLVMgold take it.
  Conf.DefaultTriple = sys::getDefaultTargetTriple();
  Triple TT(ModuleTriple);
  if (TT.str().empty())
    TT = Triple(Conf.DefaultTriple);
  if (!CG.TargetTriple.empty()) {
    TT = Triple(Triple::normalize(CG.TargetTriple));
    Conf.OverrideTriple = TT.str();
  }
  Conf.Options = CG.MakeTargetOptions(TT);
  Conf.HasWholeProgramVisibility = W.WholeProgramVisibility;
  Conf.DebugPassManager = W.DebugPassManager;
  Conf.RemarksFilename = W.Remarks.Filename;
  Conf.RemarksPasses = W.Remarks.Passes;
  Conf.RemarksFormat = W.Remarks.Format;
  Conf.RemarksWithHotness = W.Remarks.WithHotness;
  Conf.RemarksHotnessThreshold = W.Remarks.HotnessThreshold;
  Conf.SampleProfile = W.SampleProfile;
  Conf.CSIRProfile = W.CSIRProfile;
}

/// --thin-as-full: ThinLTO bitcode written again without its summary, so
/// that LTO takes it as full-LTO bitcode. The linker's resolutions are given
/// per symbol in symbol-table order, so the new symbol table must list the
/// same names in the same order (checked).
static Expected<std::pair<std::unique_ptr<MemoryBuffer>,
                          std::unique_ptr<lto::InputFile>>>
withoutSummary(StringRef Name, lto::InputFile &Thin, StringRef Identifier) {
  LLVMContext Ctx;
  Expected<std::unique_ptr<Module>> M =
      Thin.getSingleBitcodeModule().parseModule(Ctx);
  if (!M)
    return fileError(Name, toString(M.takeError()));
  // ThinLTO units carry EnableSplitLTOUnit (0 unless -fsplit-lto-unit),
  // full-LTO units 1, and the IR linker refuses a mix; it only says how a
  // ThinLTO unit was split, which a full-LTO merge does not use.
  if (NamedMDNode *Flags = (*M)->getModuleFlagsMetadata()) {
    SmallVector<MDNode *, 8> Keep;
    for (MDNode *Flag : Flags->operands())
      if (!(Flag->getNumOperands() == 3 &&
            isa<MDString>(Flag->getOperand(1)) &&
            cast<MDString>(Flag->getOperand(1))->getString() ==
                "EnableSplitLTOUnit"))
        Keep.push_back(Flag);
    Flags->clearOperands();
    for (MDNode *Flag : Keep)
      Flags->addOperand(Flag);
  }
  SmallVector<char, 0> Bytes;
  raw_svector_ostream OS(Bytes);
  WriteBitcodeToFile(**M, OS);
  auto Buf = std::make_unique<SmallVectorMemoryBuffer>(
      std::move(Bytes), Identifier, /*RequiresNullTerminator=*/false);
  Expected<std::unique_ptr<lto::InputFile>> Full =
      lto::InputFile::create(Buf->getMemBufferRef());
  if (!Full)
    return fileError(Name, toString(Full.takeError()));
  ArrayRef<lto::InputFile::Symbol> A = Thin.symbols(), B = (*Full)->symbols();
  bool Same = A.size() == B.size();
  for (size_t I = 0; Same && I < A.size(); ++I)
    Same = A[I].getName() == B[I].getName();
  if (!Same)
    return fileError(Name, "--thin-as-full: the module's symbol table "
                           "changed when its summary was dropped");
  return std::make_pair(std::unique_ptr<MemoryBuffer>(std::move(Buf)),
                        std::move(*Full));
}

Error parcg::mergeWholeProgram(const Options &Opts, PlannedModule &PM) {
  const WholeProgramOptions &W = Opts.LTO;
  const CodeGenOptions &CG = Opts.CodeGen;
  auto [DefaultIPO, DefaultTail] = defaultPipelines(W.OptLevel);
  std::string IPOPasses = W.IPOPasses.empty() ? DefaultIPO : W.IPOPasses;
  PM.PartitionPasses =
      W.PartitionPasses.empty() ? DefaultTail : W.PartitionPasses;
  if (W.PartitionPasses == "none")
    PM.PartitionPasses.clear();
  // merge-functions: where LLVM's full-LTO pipeline runs it, after the
  // late global DCE; in a partition it merges that partition's functions.
  if (W.MergeFunctions && W.PartitionPasses.empty() && W.OptLevel >= 2) {
    static const char LateDCE[] =
        "elim-avail-extern,globaldce<vfe-linkage-unit-visibility>,";
    size_t At = PM.PartitionPasses.find(LateDCE);
    if (At != std::string::npos)
      PM.PartitionPasses.insert(At + strlen(LateDCE), "mergefunc,");
  }
  PM.DebugPassManager = W.DebugPassManager;
  // Check both pipelines before any work.
  if (Error E = checkPipeline(IPOPasses))
    return fileError("--ipo-passes", toString(std::move(E)));
  if (!PM.PartitionPasses.empty())
    if (Error E = checkPipeline(PM.PartitionPasses))
      return fileError("--partition-passes", toString(std::move(E)));

  // Read the inputs.
  std::vector<std::unique_ptr<MemoryBuffer>> Buffers;
  std::vector<std::unique_ptr<lto::InputFile>> Files;
  {
    TimeTraceScope Scope("ReadInputs");
    for (unsigned I = 0; I < W.Inputs.size(); ++I) {
      const std::string &Name = W.Inputs[I];
      ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
          W.InputBuffers.empty()
              ? MemoryBuffer::getFile(Name, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false)
              : MemoryBuffer::getMemBuffer(W.InputBuffers[I],
                                           /*RequiresNullTerminator=*/false);
      if (!Buf)
        return fileError(Name, Buf.getError().message());
      Expected<std::unique_ptr<lto::InputFile>> F =
          lto::InputFile::create((*Buf)->getMemBufferRef());
      if (!F)
        return fileError(Name, toString(F.takeError()));
      Expected<BitcodeLTOInfo> Info =
          (*F)->getSingleBitcodeModule().getLTOInfo();
      if (!Info)
        return fileError(Name, toString(Info.takeError()));
      if (Info->IsThinLTO) {
        if (!W.ThinAsFull)
          return fileError(Name, "ThinLTO bitcode is not supported; compile "
                                 "with -flto=full, or link it as full LTO "
                                 "with --thin-as-full");
        auto Full = withoutSummary(Name, **F, (*Buf)->getBufferIdentifier());
        if (!Full)
          return Full.takeError();
        Buf = std::move(Full->first);
        F = std::move(Full->second);
      }
      Buffers.push_back(std::move(*Buf));
      Files.push_back(std::move(*F));
    }
  }

  // Resolve symbols.
  std::vector<std::vector<lto::SymbolResolution>> Res(Files.size());
  if (!W.LinkerResolutions.empty()) {
    for (unsigned F = 0; F < Files.size(); ++F) {
      const std::vector<LinkerResolution> &L = W.LinkerResolutions[F];
      if (L.size() != Files[F]->symbols().size())
        return fileError(W.Inputs[F], "the linker resolved " +
                                          Twine(L.size()) + " symbols of " +
                                          Twine(Files[F]->symbols().size()));
      ArrayRef<lto::InputFile::Symbol> Syms = Files[F]->symbols();
      for (unsigned I = 0; I < L.size(); ++I) {
        const LinkerResolution &R = L[I];
        lto::SymbolResolution S;
        S.Prevailing = R.Prevailing;
        S.FinalDefinitionInLinkageUnit = R.FinalDefinitionInLinkageUnit;
        // The linker's view of the object does not know the section, and
        // the plugin interface has no way to say it.
        S.VisibleToRegularObj = R.VisibleToRegularObj ||
                                (R.Prevailing && reachedByStartStop(Syms[I]));
        S.ExportDynamic = R.ExportDynamic;
        S.LinkerRedefined = R.LinkerRedefined;
        Res[F].push_back(S);
      }
    }
  } else if (!W.Resolutions.empty()) {
    Expected<std::vector<CommandLineResolution>> Specs =
        parseResolutions(W.Resolutions);
    if (!Specs)
      return Specs.takeError();
    // Resolutions of one (file, symbol), in command-line order: a symbol
    // listed twice in a file takes them in turn, as llvm-lto2 does.
    StringMap<SmallVector<unsigned, 1>> ByKey;
    for (unsigned I = 0; I < Specs->size(); ++I)
      ByKey[(*Specs)[I].File + '\0' + (*Specs)[I].Symbol].push_back(I);
    StringMap<unsigned> Next;
    // For symbols a linker's file leaves out: the linker-like choice, unless
    // the file made another copy prevail.
    std::vector<std::vector<lto::SymbolResolution>> Fallback(Files.size());
    StringSet<> PrevailsInFile;
    if (W.LenientResolutions) {
      if (Error E = resolveLikeALinker(Files, W.Inputs, StringSet<>(), false, Fallback))
        return fileError(W.Inputs.front(), toString(std::move(E)));
      for (const CommandLineResolution &R : *Specs)
        if (R.Res.Prevailing)
          PrevailsInFile.insert(R.Symbol);
    }
    for (unsigned F = 0; F < Files.size(); ++F) {
      unsigned SymIndex = 0;
      for (const lto::InputFile::Symbol &Sym : Files[F]->symbols()) {
        unsigned Index = SymIndex++;
        std::string Key = W.Inputs[F] + '\0' + Sym.getName().str();
        auto It = ByKey.find(Key);
        unsigned &N = Next[Key];
        if (It == ByKey.end() || N >= It->second.size()) {
          // A linker's file may leave out symbols (seen with lld 22 on
          // C++ comdat members and constructors): resolve them as a
          // linker would, without making a second copy prevail.
          if (W.LenientResolutions) {
            lto::SymbolResolution R = Fallback[F][Index];
            R.VisibleToRegularObj = false;
            if (PrevailsInFile.contains(Sym.getName()))
              R.Prevailing = R.FinalDefinitionInLinkageUnit = false;
            Res[F].push_back(R);
            continue;
          }
          return fileError(W.Inputs[F], "missing symbol resolution for '" +
                                            Sym.getName() + "' (-r=" +
                                            W.Inputs[F] + "," +
                                            Sym.getName() + ",...)");
        }
        CommandLineResolution &Match = (*Specs)[It->second[N++]];
        Match.Used = true;
        Res[F].push_back(Match.Res);
      }
    }
    for (const CommandLineResolution &R : *Specs)
      if (!R.Used)
        return fileError(R.File, "resolution for '" + R.Symbol +
                                     "' names no symbol of this input");
  } else {
    StringSet<> Exported;
    for (const std::string &S : W.ExportSymbols)
      Exported.insert(S);
    if (Error E = resolveLikeALinker(Files, W.Inputs, Exported,
                                      W.ExportDynamic, Res))
      return fileError(W.Inputs.front(), toString(std::move(E)));
  }

  // Configure LTO as a linker would, with our IPO pipeline and a hook that
  // takes the module instead of letting LTO generate code.
  lto::Config Conf;
  configureLTO(Opts, Files.front()->getTargetTriple(), Conf);
  // LTO verifies before and after its pipeline. The input is verified here,
  // first in the pipeline; the module it leaves is verified partition by
  // partition on the workers, so the second whole-module verify (0.14 s of
  // SQLite's serial part) is not run.
  Conf.OptPipeline = CG.DisableVerify ? IPOPasses : "verify," + IPOPasses;
  Conf.DisableVerify = true;
  // The IPO pipeline is ours, as text: LTO's PassBuilder sees the profile
  // (Conf.SampleProfile, CSIRProfile) but adds none of the passes that read
  // it. The sample loader runs first, on the merged module, as in
  // buildLTODefaultPipeline; the context-sensitive profile after the
  // inliner, on the module the IPO passes leave (below).
  auto ProfilePasses = [&](Module &M, bool Sample) -> Error {
    Expected<ResolvedTarget> RT = resolveTarget(CG, M.getTargetTriple().str());
    if (!RT)
      return RT.takeError();
    PassRunOptions Run;
    Run.DebugPassManager = W.DebugPassManager;
    if (Sample) {
      Run.PGO = PGOOptions(W.SampleProfile, "", "", "", PGOOptions::SampleUse,
                           PGOOptions::NoCSAction,
                           PGOOptions::ColdFuncOpt::Default, true);
      Run.AddPasses = [&](ModulePassManager &MPM) {
        MPM.addPass(SampleProfileLoaderPass(
            W.SampleProfile, "", ThinOrFullLTOPhase::FullLTOPostLink));
      };
    } else {
      Run.PGO = PGOOptions(W.CSIRProfile, "", "", "", PGOOptions::IRUse,
                           PGOOptions::CSIRUse);
      Run.AddPasses = [&](ModulePassManager &MPM) {
        MPM.addPass(PGOInstrumentationUse(W.CSIRProfile, "", /*IsCS=*/true));
      };
    }
    return runPasses(M, *RT, CG, "", Run);
  };
  std::string ProfileError;
  if (W.DisableOutput) {
    // disable-output: resolve and merge, then stop, as LLVMgold does.
    Conf.PreOptModuleHook = [](unsigned, const Module &) { return false; };
  } else if (!W.SampleProfile.empty()) {
    // The hook's module is the merged one, LTO's to change.
    Conf.PreOptModuleHook = [&](unsigned, const Module &M) {
      TimeTraceScope Scope("SampleProfile");
      if (Error E = ProfilePasses(const_cast<Module &>(M), /*Sample=*/true)) {
        ProfileError = toString(fileError(W.SampleProfile, toString(std::move(E))));
        return false;
      }
      return true;
    };
  }
  std::string LTOErrors;
  // Errors end the run; warnings and the remarks -pass-remarks= selects
  // (LTO's handler filters them) are printed as the IPO passes go.
  Conf.DiagHandler = [&](const DiagnosticInfo &DI) {
    std::string Msg;
    raw_string_ostream OS(Msg);
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    switch (DI.getSeverity()) {
    case DS_Error:
      LTOErrors += Msg + "\n";
      return;
    case DS_Warning:
      WithColor::warning(errs(), "parcg") << W.Inputs.front() << ": " << Msg << "\n";
      return;
    case DS_Remark:
      WithColor::remark(errs(), "parcg") << W.Inputs.front() << ": " << Msg << "\n";
      return;
    case DS_Note:
      WithColor::note(errs(), "parcg") << W.Inputs.front() << ": " << Msg << "\n";
      return;
    }
  };
  PM.OutputStem = Opts.OutputFilename.empty()
                      ? std::string("lto")
                      : sys::path::stem(Opts.OutputFilename).str();
  std::string TempPrefix =
      (Opts.OutputDir.empty() ? (Opts.OutputFilename.empty()
                                     ? std::string("lto")
                                     : Opts.OutputFilename)
                              : Opts.OutputDir + "/" + PM.OutputStem);
  Error HookErr = Error::success();
  bool Planned = false;
  Conf.PostOptModuleHook = [&](unsigned Task, const Module &CM) {
    Module &M = const_cast<Module &>(CM); // LTO's, and done with.
    if (!W.CSIRProfile.empty()) {
      TimeTraceScope Scope("CSProfile");
      if (Error E = ProfilePasses(M, /*Sample=*/false)) {
        HookErr = fileError(W.CSIRProfile, toString(std::move(E)));
        return false;
      }
    }
    TimeTraceScope Scope("Plan");
    Expected<ResolvedTarget> RT = resolveTarget(CG, M.getTargetTriple().str());
    if (!RT) {
      HookErr = RT.takeError();
      return false;
    }
    PM.RT = std::move(*RT);
    PartitionOptions PO = Opts.Partition;
    // With partition passes each partition also optimizes (0.6x its codegen
    // time on the bench inputs): auto makes partitions of half the
    // estimated codegen, about 0.1 s of a worker's time each, so that a
    // program of a few seconds' work keeps 64 workers busy. On SQLite, RE2
    // and LevelDB, 64 partitions (32 on LevelDB) took the workers the CPU
    // of 16 within this host's noise, and the programs executed the same
    // instructions (RE2: +0.016%), bench/partition-count.
    // The stable strategy's square-root count divides by a quarter, which
    // doubles it likewise.
    if (!PM.PartitionPasses.empty())
      PO.MinPartitionCost /= PO.Strategy == PartitionStrategy::Stable ? 4 : 2;
    // Planning, checking that the module can be split, and writing the
    // whole module's bitcode only read the module, so the last two run on
    // a second thread while the plan is made. The whole module is written
    // when the workers read it (the module cannot be split) or when it is
    // asked for.
    bool WantWhole = !W.PostIPOBitcodeFile.empty() || W.SaveTemps;
    bool Split = false;
    std::thread Writer([&] {
      if (Opts.TimeTrace)
        timeTraceProfilerInitialize(Opts.TimeTraceGranularity, "parcg");
      {
        TimeTraceScope Check("CheckSplit");
        Split = Opts.SplitModules && canSplitInPlace(M);
      }
      if (!Split || WantWhole) {
        TimeTraceScope Serialize("Serialize");
        raw_svector_ostream OS(PM.Serialized);
        WriteBitcodeToFile(M, OS);
      }
      if (Opts.TimeTrace)
        timeTraceProfilerFinishThread();
    });
    PM.Plan = planPartitions(M, PO);
    assignPromotedNames(M, PM.Plan);
    Writer.join();
    if (!W.PostIPOBitcodeFile.empty()) {
      std::error_code EC;
      raw_fd_ostream OS(W.PostIPOBitcodeFile, EC);
      if (EC) {
        HookErr = fileError(W.PostIPOBitcodeFile, EC.message());
        return false;
      }
      OS << StringRef(PM.Serialized.data(), PM.Serialized.size());
    }
    // LTO's own save-temps hook writes its post-optimization module only
    // when the hook it wraps (this one) lets LTO go on: write it here.
    if (W.SaveTemps) {
      std::error_code EC;
      raw_fd_ostream OS(TempPrefix + ".postipo.bc", EC);
      if (EC) {
        HookErr = fileError(TempPrefix + ".postipo.bc", EC.message());
        return false;
      }
      OS << StringRef(PM.Serialized.data(), PM.Serialized.size());
    }
    std::string DL = M.getDataLayoutStr();
    PM.Load.Callbacks.DataLayout = [DL](StringRef, StringRef) {
      return std::optional<std::string>(DL);
    };
    // Inside the hook: the partitions live in LTO's context.
    if (Split)
      if (Error E = splitForWorkers(Opts, PM, M)) {
        HookErr = std::move(E);
        return false;
      }
    Planned = true;
    return false; // Stop LTO here: the partitions are ours.
  };
  if (W.SaveTemps) {
    if (!Opts.OutputDir.empty())
      if (std::error_code EC = sys::fs::create_directories(Opts.OutputDir))
        return fileError(Opts.OutputDir, EC.message());
    PM.SaveTempsPrefix = TempPrefix;
    if (Error E = Conf.addSaveTemps(TempPrefix + ".", /*UseInputModulePath=*/false))
      return fileError(TempPrefix, toString(std::move(E)));
  }

  lto::LTO Lto(std::move(Conf), lto::ThinBackend(),
               /*ParallelCodeGenParallelismLevel=*/1);
  {
    TimeTraceScope Scope("Merge");
    for (unsigned F = 0; F < Files.size(); ++F)
      if (Error E = Lto.add(std::move(Files[F]), Res[F]))
        return fileError(W.Inputs[F], toString(std::move(E)));
  }
  {
    TimeTraceScope Scope("IPO");
    auto NoOutput = [](unsigned, const Twine &)
        -> Expected<std::unique_ptr<CachedFileStream>> {
      return createStringError("parcg: LTO tried to write an object");
    };
    if (Error E = Lto.run(NoOutput))
      return fileError(W.Inputs.front(), toString(std::move(E)));
  }
  if (HookErr)
    return fileError(W.Inputs.front(), toString(std::move(HookErr)));
  consumeError(std::move(HookErr));
  if (!ProfileError.empty())
    return createStringError(inconvertibleErrorCode(), ProfileError);
  if (W.DisableOutput)
    return Error::success();
  if (!LTOErrors.empty())
    return fileError(W.Inputs.front(), StringRef(LTOErrors).rtrim('\n'));
  if (!Planned)
    return fileError(W.Inputs.front(), "nothing to compile after linking");
  PM.Source = MemoryBufferRef(
      StringRef(PM.Serialized.data(), PM.Serialized.size()), "lto");
  return Error::success();
}
