//===- Driver.cpp - The parcg driver ---------------------------------------===//
//
// run() is the table of contents of a parcg run: load the module (or merge
// and optimize bitcode files whole-program, WholeProgram.cpp), plan the
// partitions, compile them on worker threads, emit. Outputs are temporary files from the
// moment the run knows their names until everything succeeded; then they are
// renamed into place together. A failed run leaves no output behind.
//
//===----------------------------------------------------------------------===//

#include "parcg/Driver.h"
#include "CodeGen.h"
#include "Distributor.h"
#include "Phases.h"
#include "parcg/CostModel.h"
#include "parcg/ObjectWriter.h"
#include "parcg/PartitionCache.h"
#include "parcg/Splitter.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/AsmParser/Parser.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LLVMRemarkStreamer.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/TimeProfiler.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <unistd.h>

using namespace llvm;
using namespace parcg;

Error parcg::fileError(const Twine &File, const Twine &Reason) {
  return createStringError(inconvertibleErrorCode(),
                           (File.str() == "-" ? Twine("<stdin>") : File) +
                               ": " + Reason);
}

static StringRef fileTypeExtension(CodeGenFileType FT) {
  return FT == CodeGenFileType::AssemblyFile ? ".s" : ".o";
}

/// The verifier's first complaint about M, after What; success if M is valid.
static Error verify(const Module &M, StringRef What) {
  std::string Errors;
  raw_string_ostream OS(Errors);
  if (!verifyModule(M, &OS))
    return Error::success();
  return createStringError(inconvertibleErrorCode(),
                           What + ": " + StringRef(Errors).split('\n').first);
}

//===----------------------------------------------------------------------===//
// Outputs
//===----------------------------------------------------------------------===//

namespace {
/// The files a run writes. Each is a temporary file next to its final path
/// until commit(); the destructor removes whatever was not committed (and
/// LLVM's signal handlers remove them on SIGINT).
class OutputFiles {
public:
  ~OutputFiles() { discard(); }

  /// Reserves Path, failing now if it cannot be written.
  Error add(StringRef Path) {
    Entry E;
    E.Path = Path.str();
    if (Path != "-") {
      Expected<sys::fs::TempFile> T =
          sys::fs::TempFile::create(Path + ".parcg-tmp-%%%%%%");
      if (!T)
        return fileError(Path, errorToErrorCode(T.takeError()).message());
      E.Temp.emplace(std::move(*T));
    }
    Entries.push_back(std::move(E));
    return Error::success();
  }

  Error write(unsigned I, StringRef Bytes) {
    Entry &E = Entries[I];
    if (!E.Temp) {
      outs() << Bytes;
      outs().flush();
      return Error::success();
    }
    raw_fd_ostream OS(E.Temp->FD, /*shouldClose=*/false);
    OS << Bytes;
    OS.flush();
    if (OS.has_error())
      return fileError(E.Path, OS.error().message());
    return Error::success();
  }

  Error commit() {
    for (Entry &E : Entries)
      if (E.Temp)
        if (Error Err = E.Temp->keep(E.Path))
          return fileError(E.Path, toString(std::move(Err)));
    Entries.clear();
    return Error::success();
  }

  void discard() {
    for (Entry &E : Entries)
      if (E.Temp)
        consumeError(E.Temp->discard());
    Entries.clear();
  }

private:
  struct Entry {
    std::string Path;
    std::optional<sys::fs::TempFile> Temp;
  };
  std::vector<Entry> Entries;
};
} // namespace

//===----------------------------------------------------------------------===//
// Phases
//===----------------------------------------------------------------------===//

/// Parses the input as llc does: the target is looked up from -mtriple or
/// the module's triple while parsing, and the module gets its data layout.
static Expected<std::unique_ptr<Module>>
loadModule(const Options &Opts, MemoryBufferRef Input, LLVMContext &Ctx,
           ResolvedTarget &RT) {
  const std::string &File = Opts.InputFilename;

  Error TargetErr = Error::success();
  auto SetDataLayout = [&](StringRef DLTriple,
                           StringRef) -> std::optional<std::string> {
    Expected<ResolvedTarget> R = resolveTarget(Opts.CodeGen, DLTriple);
    if (!R) {
      TargetErr = R.takeError();
      return std::nullopt;
    }
    RT = std::move(*R);
    return targetDataLayout(RT, Opts.CodeGen);
  };
  SMDiagnostic Diag;
  std::unique_ptr<Module> M =
      parseIR(Input, Diag, Ctx, ParserCallbacks(SetDataLayout));
  if (TargetErr)
    return fileError(File, toString(std::move(TargetErr)));
  consumeError(std::move(TargetErr));
  if (!M) {
    std::string Msg = Diag.getMessage().str();
    if (Diag.getLineNo() > 0)
      return createStringError(inconvertibleErrorCode(),
                               Twine(File) + ":" + Twine(Diag.getLineNo()) +
                                   ":" + Twine(Diag.getColumnNo() + 1) + ": " +
                                   Msg);
    return fileError(File, Msg);
  }
  if (!RT.TheTarget)
    return fileError(File, "no target was resolved for the module");
  if (!Opts.CodeGen.TargetTriple.empty())
    M->setTargetTriple(RT.TT);

  if (!Opts.CodeGen.DisableVerify)
    if (Error E = verify(*M, "input module cannot be verified"))
      return fileError(File, toString(std::move(E)));
  return M;
}

/// The stem that names outputs derived from the input, as llc derives its
/// default output name.
static std::string inputStem(StringRef Input) {
  if (Input == "-")
    return "out";
  StringRef Name = Input;
  if (Name.ends_with(".bc") || Name.ends_with(".ll"))
    Name = Name.drop_back(3);
  return Name.str();
}

/// Output paths, one per partition, checked against the options. Without
/// --output-dir every partition has the one output's name: the partitions
/// are written into it together (ObjectWriter, AsmWriter).
static Expected<std::vector<std::string>>
outputPaths(const Options &Opts, StringRef Stem, unsigned NumParts,
            std::string &ResponseFile) {
  std::vector<std::string> Paths;
  StringRef Ext = fileTypeExtension(Opts.CodeGen.FileType);
  std::string Single = Opts.OutputFilename.empty() ? Stem.str() + Ext.str()
                                                   : Opts.OutputFilename;
  if (Opts.OutputDir.empty()) {
    Paths.assign(NumParts, Single);
    return Paths;
  }
  if (std::error_code EC = sys::fs::create_directories(Opts.OutputDir))
    return fileError(Opts.OutputDir, EC.message());
  std::string Base = sys::path::filename(Stem).str();
  unsigned Width = utostr(NumParts - 1).size();
  for (unsigned I = 0; I < NumParts; ++I) {
    SmallString<128> P(Opts.OutputDir);
    std::string Index = utostr(I);
    sys::path::append(P, Base + "." + std::string(Width - Index.size(), '0') +
                             Index + Ext.str());
    Paths.push_back(P.str().str());
  }
  SmallString<128> Rsp(Opts.OutputDir);
  sys::path::append(Rsp, Base + ".rsp");
  ResponseFile = Rsp.str().str();
  return Paths;
}

/// --partition-plan and --partition-graph, reserved in that order.
static Error reservePlanFiles(const Options &Opts, OutputFiles &Outputs) {
  for (const std::string *F : {&Opts.PlanFile, &Opts.GraphFile})
    if (!F->empty())
      if (Error E = Outputs.add(*F))
        return E;
  return Error::success();
}

/// Writes them into their slots, from Slot on.
static Error writePlanFiles(const Options &Opts, const PartitionPlan &Plan,
                            OutputFiles &Outputs, unsigned &Slot) {
  for (const std::string *F : {&Opts.PlanFile, &Opts.GraphFile}) {
    if (F->empty())
      continue;
    std::string Text;
    raw_string_ostream OS(Text);
    if (F == &Opts.PlanFile)
      printPlanJSON(Plan, OS);
    else
      printPlanGraph(Plan, OS);
    if (Error E = Outputs.write(Slot++, Text))
      return E;
  }
  return Error::success();
}

static std::string responseFileText(ArrayRef<std::string> Paths) {
  std::string Text;
  for (const std::string &P : Paths) {
    bool Quote = P.find_first_of(" \t\"'\\") != std::string::npos;
    if (!Quote) {
      Text += P;
    } else {
      Text += '"';
      for (char C : P) {
        if (C == '"' || C == '\\')
          Text += '\\';
        Text += C;
      }
      Text += '"';
    }
    Text += '\n';
  }
  return Text;
}

/// The threads of a pool of workers: -j, or with -j jobserver and a
/// jobserver in the environment, a thread per core, each holding one of
/// make's slots while it runs a task.
static ThreadPoolStrategy workerThreads(const Options &Opts) {
  return Opts.Jobserver && jobserverInEnvironment()
             ? jobserver_concurrency()
             : hardware_concurrency(Opts.Threads);
}

Error parcg::splitForWorkers(const Options &Opts, PlannedModule &PM,
                             Module &M) {
  Expected<std::vector<std::unique_ptr<Module>>> Parts = [&] {
    TimeTraceScope Scope("SplitModule");
    return splitModule(M, PM.Plan);
  }();
  if (!Parts)
    return Parts.takeError();
  // Writing only reads the modules and the context they share, so the
  // partitions are written side by side; destroying them changes shared
  // use lists, so that waits for the last write.
  unsigned N = Parts->size();
  PM.PartitionBitcode.assign(N, {});
  {
    DefaultThreadPool Pool(workerThreads(Opts));
    for (unsigned I = 0; I < N; ++I)
      Pool.async([&, I] {
        if (Opts.TimeTrace)
          timeTraceProfilerInitialize(Opts.TimeTraceGranularity, "parcg");
        {
          TimeTraceScope Scope("WritePartition",
                               [&] { return "partition " + utostr(I); });
          BitcodeWriter Writer(PM.PartitionBitcode[I]);
          Writer.writeModule(*(*Parts)[I]);
          Writer.writeStrtab();
        }
        if (Opts.TimeTrace)
          timeTraceProfilerFinishThread();
      });
    Pool.wait();
  }
  TimeTraceScope Scope("FreePartitions");
  for (std::unique_ptr<Module> &Part : *Parts)
    Part->dropAllReferences();
  Parts->clear();
  return Error::success();
}

/// Single-module front end: parse as llc does, plan, and decide what the
/// workers read: the input file itself when it is bitcode whose lazy read
/// lists the plan's symbols, else one serialization of the module.
static Error loadSingleModule(const Options &Opts, PlannedModule &PM) {
  const std::string &Input = Opts.InputFilename;
  if (!Opts.Passes.empty())
    if (Error E = checkPipeline(Opts.Passes))
      return createStringError(inconvertibleErrorCode(),
                               "-passes=" + Opts.Passes + ": " +
                                   toString(std::move(E)));
  ErrorOr<std::unique_ptr<MemoryBuffer>> InputBuf =
      MemoryBuffer::getFileOrSTDIN(Input, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
  if (!InputBuf)
    return fileError(Input, InputBuf.getError().message());
  PM.InputBuffer = std::move(*InputBuf);
  MemoryBufferRef InputRef = PM.InputBuffer->getMemBufferRef();
  {
    TimeTraceScope Scope("Load", Input);
    Expected<std::unique_ptr<Module>> MOrErr =
        loadModule(Opts, InputRef, PM.Ctx, PM.RT);
    if (!MOrErr)
      return MOrErr.takeError();
    PM.Whole = std::move(*MOrErr);
  }
  PM.OutputStem = inputStem(Input);
  PM.PartitionPasses = Opts.Passes;
  if (!Opts.CostFeaturesFile.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(Opts.CostFeaturesFile, EC);
    if (EC)
      return fileError(Opts.CostFeaturesFile, EC.message());
    printCostFeatures(*PM.Whole, OS);
    return Error::success(); // Nothing else is done (run() stops).
  }

  // The plan depends on the module and the partition options only.
  {
    TimeTraceScope Scope("Plan");
    PM.Plan = planPartitions(*PM.Whole, Opts.Partition);
    assignPromotedNames(*PM.Whole, PM.Plan);
  }
  if (PM.Plan.numPartitions() == 1 || Opts.PlanOnly)
    return Error::success();

  std::string DL = PM.Whole->getDataLayoutStr();
  PM.Load.Callbacks.DataLayout = [DL](StringRef, StringRef) {
    return std::optional<std::string>(DL);
  };
  if (Opts.SplitModules && canSplitInPlace(*PM.Whole)) {
    if (Error E = splitForWorkers(Opts, PM, *PM.Whole))
      return E;
    PM.Whole.reset();
    return Error::success();
  }
  bool ReadInput;
  {
    TimeTraceScope Scope("CheckInput");
    ReadInput =
        isBitcode(
            reinterpret_cast<const unsigned char *>(InputRef.getBufferStart()),
            reinterpret_cast<const unsigned char *>(InputRef.getBufferEnd())) &&
        inputMatchesPlan(InputRef, PM.Plan, PM.Load.Callbacks);
  }
  PM.Source = InputRef;
  if (!ReadInput) {
    TimeTraceScope Scope("Serialize");
    raw_svector_ostream OS(PM.Serialized);
    WriteBitcodeToFile(*PM.Whole, OS, /*ShouldPreserveUseListOrder=*/false);
    PM.Source = MemoryBufferRef(
        StringRef(PM.Serialized.data(), PM.Serialized.size()), Input);
  }
  PM.Whole.reset();
  return Error::success();
}

namespace {
struct PartitionResult {
  CodeGenResult CG;
  std::string Error;
  /// With opt-remarks-filename: the partition's remarks (YAML), appended
  /// to the file in partition order.
  std::string Remarks;
  /// With --cache-dir: whether the object came from the cache.
  bool CacheHit = false;
  /// With --distributor: whether a job compiled it (Seconds then time
  /// only its preparation).
  bool Distributed = false;
  double Seconds = 0;
  /// CPU time of the thread that compiled it: what the partition costs,
  /// without the time other processes took the core.
  double CPUSeconds = 0;
};

/// Wall and thread CPU time since construction.
class Stopwatch {
public:
  Stopwatch()
      : Wall(std::chrono::steady_clock::now()), CPU(threadCPUMicros()) {}
  void stop(PartitionResult &R) const {
    R.Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                              Wall)
                    .count();
    R.CPUSeconds = (threadCPUMicros() - CPU) * 1e-6;
  }

private:
  std::chrono::steady_clock::time_point Wall;
  uint64_t CPU;
};
} // namespace

/// --write-cost-profile: "<microseconds>\t<name>" per function definition
/// in module order, by the name it has in the input (before promotion), as
/// readCostProfileFile reads it. Names with a newline cannot be written and
/// are left out (they keep the model's cost).
static std::string costProfileText(const PartitionPlan &Plan,
                                   ArrayRef<PartitionResult> Results) {
  StringMap<uint64_t> Micros;
  for (const PartitionResult &R : Results)
    for (const auto &[Name, Time] : R.CG.FunctionMicros)
      Micros[Name] += Time;
  std::string Text = "# parcg cost profile: microseconds of partition passes "
                     "and codegen (thread CPU time) per function, for "
                     "--cost-profile\n";
  for (const PlanSymbol &S : Plan.Symbols) {
    if (S.Kind != SymbolKind::Function || !S.IsDefinition)
      continue;
    auto It = Micros.find(S.Name);
    const std::string &Name = S.PromotedFrom ? *S.PromotedFrom : S.Name;
    if (It == Micros.end() || Name.find('\n') != std::string::npos)
      continue;
    Text += utostr(It->second) + "\t" + Name + "\n";
  }
  return Text;
}

/// With PreserveUseListOrder, a reader gets M's use-lists back (what a
/// distributed job needs to compile the very module a worker would).
static Error writeModule(const Module &M, const Twine &Path,
                         bool PreserveUseListOrder = false) {
  std::error_code EC;
  raw_fd_ostream OS(Path.str(), EC);
  if (EC)
    return fileError(Path, EC.message());
  WriteBitcodeToFile(M, OS, PreserveUseListOrder);
  OS.close();
  if (OS.has_error())
    return fileError(Path, OS.error().message());
  return Error::success();
}

/// Writes the site's partition bitcode to its reproducer path; the error
/// says where it went (or why it could not).
static Error writeReproducer(const WorkSite &Site) {
  std::error_code EC = sys::fs::create_directories(
      sys::path::parent_path(Site.ReproducerPath));
  if (!EC) {
    raw_fd_ostream OS(Site.ReproducerPath, EC);
    if (!EC) {
      OS.write(Site.Bitcode->data(), Site.Bitcode->size());
      OS.close();
      EC = OS.error();
    }
  }
  if (EC)
    return createStringError(inconvertibleErrorCode(),
                             "could not write the reproducer " +
                                 Site.ReproducerPath + ": " + EC.message());
  return createStringError(inconvertibleErrorCode(),
                           "the partition's bitcode, as it went into codegen, "
                           "is in " +
                               Site.ReproducerPath);
}

/// Where partition I's split DWARF goes ("": not split).
static std::string dwoPath(const Options &Opts, unsigned I) {
  if (Opts.CodeGen.DwoDir.empty())
    return "";
  SmallString<128> P(Opts.CodeGen.DwoDir);
  sys::path::append(P, utostr(I) + ".dwo");
  return P.str().str();
}

std::string parcg::versionString() {
  return "ParCG " PARCG_VERSION " (revision " PARCG_REVISION "), LLVM " LLVM_VERSION_STRING;
}

/// The cache's configuration text: everything besides the partition's
/// bitcode that a worker's object depends on. The tool adds what only its
/// command line knows (Options::CacheConfig).
static std::string cacheConfig(const Options &Opts, const PlannedModule &PM) {
  const CodeGenOptions &CG = Opts.CodeGen;
  const TargetOptions &TO = PM.RT.Options;
  std::string C;
  raw_string_ostream OS(C);
  OS << "parcg " PARCG_VERSION " " PARCG_REVISION "\nllvm " LLVM_VERSION_STRING
        "\ntriple "
     << PM.RT.TT.str() << "\noverride-triple " << CG.TargetTriple << "\narch "
     << CG.Arch << "\ncpu " << CG.CPU << "\nfeatures " << CG.Features
     << "\nreloc " << (CG.RelocModel ? int(*CG.RelocModel) : -1) << "\ncode-model "
     << (CG.CodeModel ? int(*CG.CodeModel) : -1) << "\nlarge-data "
     << (CG.LargeDataThreshold ? int64_t(*CG.LargeDataThreshold) : -1)
     << "\nfloat-abi-calls " << int(CG.FloatABIForCalls) << "\nopt "
     << int(CG.OptLevel) << "\nfiletype " << int(CG.FileType)
     << "\npartition-passes " << PM.PartitionPasses << "\ntarget-options";
  // The target options clients set in code rather than through flags (the
  // plugin's sections, for one); the flags themselves are in CacheConfig.
#define PARCG_KEY(F) OS << ' ' << unsigned(TO.F)
  PARCG_KEY(NoInfsFPMath); PARCG_KEY(NoNaNsFPMath); PARCG_KEY(NoTrappingFPMath);
  PARCG_KEY(NoSignedZerosFPMath); PARCG_KEY(NoZerosInBSS);
  PARCG_KEY(GuaranteedTailCallOpt); PARCG_KEY(EnableFastISel);
  PARCG_KEY(EnableGlobalISel); PARCG_KEY(UseInitArray);
  PARCG_KEY(FunctionSections); PARCG_KEY(DataSections);
  PARCG_KEY(UniqueSectionNames); PARCG_KEY(UniqueBasicBlockSectionNames);
  PARCG_KEY(TrapUnreachable); PARCG_KEY(NoTrapAfterNoreturn);
  PARCG_KEY(EmulatedTLS); PARCG_KEY(EnableTLSDESC); PARCG_KEY(EnableIPRA);
  PARCG_KEY(EmitStackSizeSection); PARCG_KEY(EnableMachineOutliner);
  PARCG_KEY(EnableMachineFunctionSplitter); PARCG_KEY(EmitAddrsig);
  PARCG_KEY(BBAddrMap); PARCG_KEY(EmitCallSiteInfo);
  PARCG_KEY(EnableDebugEntryValues); PARCG_KEY(ForceDwarfFrameSection);
  PARCG_KEY(DebugStrictDwarf); PARCG_KEY(FloatABIType);
  PARCG_KEY(AllowFPOpFusion); PARCG_KEY(ThreadModel); PARCG_KEY(EABIVersion);
  PARCG_KEY(DebuggerTuning); PARCG_KEY(ExceptionModel);
  PARCG_KEY(BBSections); PARCG_KEY(MCOptions.X86RelaxRelocations);
  PARCG_KEY(MCOptions.AsmVerbose); PARCG_KEY(MCOptions.PreserveAsmComments);
  PARCG_KEY(MCOptions.CompressDebugSections); PARCG_KEY(MCOptions.MCRelaxAll);
  PARCG_KEY(MCOptions.MCNoExecStack);
#undef PARCG_KEY
  OS << "\ntool " << Opts.CacheConfig << "\n";
  return C;
}

/// Whether a run can use the cache: its outputs are all in the entries.
static bool cacheApplies(const Options &Opts) {
  return !Opts.CacheDir.empty() && !Opts.LTO.SaveTemps &&
         Opts.LTO.Remarks.Filename.empty() && !Opts.LTO.DebugPassManager &&
         Opts.CostProfileOutFile.empty() &&
         Opts.CodeGen.FileType != CodeGenFileType::Null;
}

/// A hit: partition I's object, .dwo and warnings, into Result.
static bool takeFromCache(const PartitionCache &Cache, const CacheKey &Key,
                          unsigned I, CodeGenResult &Result) {
  std::optional<CacheEntry> Hit = [&] {
    TimeTraceScope Scope("CacheLookup", [&] { return "partition " + utostr(I); });
    return Cache.lookup(Key);
  }();
  if (!Hit)
    return false;
  TimeTraceScope Scope("CacheHit", [&] { return "partition " + utostr(I); });
  Result.Output = std::move(Hit->Object);
  Result.Dwo = std::move(Hit->Dwo);
  Result.Diagnostics = std::move(Hit->Diagnostics);
  return true;
}

static void storeInCache(PartitionCache &Cache, const CacheKey &Key,
                         unsigned I, const CodeGenResult &Result) {
  TimeTraceScope Scope("CacheStore", [&] { return "partition " + utostr(I); });
  Cache.store(Key, CacheEntry{Result.Output, Result.Dwo, Result.Diagnostics});
}

/// The cache key of partition I's module as it goes into its passes.
static CacheKey partitionKey(const Module &M, const Options &Opts,
                             const PlannedModule &PM, StringRef Config,
                             unsigned I, StringRef OutputName) {
  TimeTraceScope Scope("CacheKey", [&] { return "partition " + utostr(I); });
  std::string Extra = Config.str();
  Extra += "dwo " + dwoPath(Opts, I) + "\n";
  // Only COFF objects record their own name (CodeView's S_OBJNAME).
  if (!PM.RT.TT.isOSBinFormatELF())
    Extra += "object " + OutputName.str() + "\n";
  return partitionCacheKey(M, Extra);
}

/// Partition I as a worker has it before its passes: read from the plan's
/// bitcode, then -mtriple, -mcpu, -mattr and the function-attribute flags,
/// as llc applies them to the module it parsed. What the cache keys and
/// what a distributed job compiles.
static Expected<std::unique_ptr<Module>>
loadWorkerModule(const Options &Opts, const PlannedModule &PM, unsigned I,
                 LLVMContext &Ctx) {
  Expected<std::unique_ptr<Module>> MOrErr = [&] {
    TimeTraceScope Scope("LoadPartition");
    if (!PM.PartitionBitcode.empty())
      return loadSplitPartition(
          MemoryBufferRef(StringRef(PM.PartitionBitcode[I].data(),
                                    PM.PartitionBitcode[I].size()),
                          PM.Source.getBufferIdentifier()),
          Ctx, PM.Load);
    return loadPartition(PM.Source, Ctx, PM.Plan, I, PM.Load);
  }();
  if (!MOrErr)
    return MOrErr.takeError();
  if (!Opts.CodeGen.TargetTriple.empty())
    (*MOrErr)->setTargetTriple(PM.RT.TT);
  Opts.CodeGen.SetFunctionAttributes(**MOrErr);
  return MOrErr;
}

/// One partition, on a worker: read it, apply what llc applies after
/// parsing, verify, run the partition pipeline, generate code.
static Error compilePartition(const Options &Opts, const PlannedModule &PM,
                              unsigned I, StringRef OutputName,
                              CodeGenResult &Result, std::string &Remarks,
                              PartitionCache *Cache, StringRef CacheConfigText,
                              bool &CacheHit) {
  // The remarks stream outlives the context, which finalizes it.
  raw_string_ostream RemarksOS(Remarks);
  LLVMContext Ctx;
  const WholeProgramOptions::RemarksOptions &RO = Opts.LTO.Remarks;
  if (Opts.WholeProgram && !RO.Filename.empty())
    if (Error E = setupLLVMOptimizationRemarks(
            Ctx, RemarksOS, RO.Passes, RO.Format.empty() ? "yaml" : RO.Format,
            RO.WithHotness, RO.HotnessThreshold))
      return E;
  scope_exit FinishRemarks([&] { finalizeLLVMOptimizationRemarks(Ctx); });
  Expected<std::unique_ptr<Module>> MOrErr = loadWorkerModule(Opts, PM, I, Ctx);
  if (!MOrErr)
    return MOrErr.takeError();
  Module &M = **MOrErr;
  // A hit is the object this module compiles to, and its warnings.
  std::optional<CacheKey> Key;
  if (Cache) {
    Key = partitionKey(M, Opts, PM, CacheConfigText, I, OutputName);
    if ((CacheHit = takeFromCache(*Cache, *Key, I, Result)))
      return Error::success();
  }
  if (!Opts.CodeGen.DisableVerify)
    if (Error E = verify(M, "partition module cannot be verified"))
      return E;
  std::string Temp = PM.SaveTempsPrefix.empty()
                         ? std::string()
                         : PM.SaveTempsPrefix + ".part" + utostr(I);
  if (!PM.PartitionPasses.empty()) {
    if (!Temp.empty())
      if (Error E = writeModule(M, Temp + ".preopt.bc"))
        return E;
    TimeTraceScope Scope("PartitionPasses");
    PassRunOptions Run;
    Run.DebugPassManager = PM.DebugPassManager;
    if (!Opts.CostProfileOutFile.empty())
      Run.FunctionMicros = &Result.FunctionMicros;
    if (Error E = runPasses(M, PM.RT, Opts.CodeGen, PM.PartitionPasses, Run))
      return E;
    if (!Opts.CodeGen.DisableVerify)
      if (Error E = verify(M, "partition module broken by its passes"))
        return E;
  }
  if (!Temp.empty())
    if (Error E = writeModule(M, Temp + ".precodegen.bc"))
      return E;
  // With --reproducer-dir, the module as it goes into codegen, kept in
  // memory so that a failure (an error, or a fatal error that ends the
  // process) can leave it behind.
  WorkSite &Site = currentWorkSite();
  SmallVector<char, 0> Reproducer;
  if (!Opts.ReproducerDir.empty()) {
    raw_svector_ostream OS(Reproducer);
    WriteBitcodeToFile(M, OS);
    SmallString<128> P(Opts.ReproducerDir);
    sys::path::append(P, sys::path::filename(PM.OutputStem) + ".part" +
                             utostr(I) + ".bc");
    Site.ReproducerPath = P.str().str();
    Site.Bitcode = &Reproducer;
  }
  Error E = generateCode(M, PM.RT, Opts.CodeGen, OutputName, Result,
                         /*Verified=*/!Opts.CodeGen.DisableVerify,
                         /*TimeFunctions=*/!Opts.CostProfileOutFile.empty(),
                         dwoPath(Opts, I));
  if (E && Site.Bitcode)
    return joinErrors(std::move(E), writeReproducer(Site));
  if (!E && Cache)
    storeInCache(*Cache, *Key, I, Result);
  return E;
}

/// The partitions by estimated cost, largest first (ties in partition
/// order): the order the pool starts them in, and the order of a
/// distributor's jobs.
static std::vector<unsigned> largestFirst(const PartitionPlan &Plan) {
  std::vector<unsigned> Order(Plan.numPartitions());
  for (unsigned I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::stable_sort(Order, [&](unsigned A, unsigned B) {
    return Plan.Partitions[A].Cost > Plan.Partitions[B].Cost;
  });
  return Order;
}

/// Runs Work on every partition on the thread pool, largest first, into
/// slots indexed by partition, and hands each slot to Take on this thread in
/// partition order as soon as it and every slot before it are done (a slot
/// that finishes early waits for its predecessors). Nothing observable
/// depends on which worker finishes first
/// (output-identical-across-threads.ll). After a failure, in a partition or
/// in Take, partitions not yet started are skipped and Take is not called
/// again.
static std::vector<PartitionResult>
forEachPartition(const Options &Opts, const PlannedModule &PM,
                 function_ref<Error(unsigned, PartitionResult &)> Work,
                 function_ref<Error(unsigned, PartitionResult &)> Take,
                 std::string &TakeError) {
  const PartitionPlan &Plan = PM.Plan;
  unsigned N = Plan.numPartitions();
  std::vector<PartitionResult> Results(N);
  std::vector<unsigned> Order = largestFirst(Plan);

  std::atomic<bool> Failed{false};
  // Which slots are done, for the writer on this thread. (Not the pool's
  // futures: waiting on one runs its task here if no worker has started
  // it.)
  std::mutex DoneMutex;
  std::condition_variable DoneChanged;
  std::vector<char> Done(N, 0);
  // With the jobserver, a thread per core, each waiting for a slot (the
  // process's implicit one, or a token it reads from make's pipe and writes
  // back after the partition) before it takes a partition.
  DefaultThreadPool Pool(workerThreads(Opts));
  for (unsigned I : Order) {
    Pool.async([&, I] {
      scope_exit MarkDone([&] {
        {
          std::lock_guard<std::mutex> Lock(DoneMutex);
          Done[I] = 1;
        }
        DoneChanged.notify_all();
      });
      if (Failed)
        return;
      if (Opts.TimeTrace)
        timeTraceProfilerInitialize(Opts.TimeTraceGranularity, "parcg");
      scope_exit FinishTrace([&] {
        if (Opts.TimeTrace)
          timeTraceProfilerFinishThread();
      });
      Stopwatch Clock;
      PartitionResult &R = Results[I];
      WorkSite &Site = currentWorkSite();
      Site = WorkSite();
      Site.Partition = I;
      scope_exit ClearSite([&] { Site = WorkSite(); });
      {
        TimeTraceScope Scope("Partition", [&] {
          return "partition " + utostr(I) + ", cost " +
                 utostr(Plan.Partitions[I].Cost);
        });
        if (Error E = Work(I, R)) {
          R.Error = toString(std::move(E));
          Failed = true;
        }
      }
      Clock.stop(R);
    });
  }
  for (unsigned I = 0; I < N && !Failed; ++I) {
    {
      std::unique_lock<std::mutex> Lock(DoneMutex);
      DoneChanged.wait(Lock, [&] { return Done[I] != 0; });
    }
    if (Failed)
      break;
    if (Error E = Take(I, Results[I])) {
      TakeError = toString(std::move(E));
      Failed = true;
    }
  }
  Pool.wait();
  return Results;
}

/// Compiles every partition on this process's threads.
static std::vector<PartitionResult>
compilePartitions(const Options &Opts, const PlannedModule &PM,
                  ArrayRef<std::string> Paths, PartitionCache *Cache,
                  StringRef CacheConfigText,
                  function_ref<Error(unsigned, PartitionResult &)> Take,
                  std::string &TakeError) {
  return forEachPartition(
      Opts, PM,
      [&](unsigned I, PartitionResult &R) {
        return compilePartition(Opts, PM, I, Paths[I], R.CG, R.Remarks, Cache,
                                CacheConfigText, R.CacheHit);
      },
      Take, TakeError);
}

/// With --distributor: each partition's module as compilePartition has it
/// before its passes goes to a file in a job directory (on the threads, with
/// the cache's hits taken there), the misses become the distributor's jobs,
/// and their objects, checked, go to the cache and to Take in partition
/// order. Per-partition failures are in the results; the distributor's own
/// is the returned error.
static Error distributePartitions(
    const Options &Opts, const PlannedModule &PM, ArrayRef<std::string> Paths,
    PartitionCache *Cache, StringRef CacheConfigText,
    function_ref<Error(unsigned, PartitionResult &)> Take,
    std::vector<PartitionResult> &Results, std::string &TakeError) {
  const DistributorOptions &D = Opts.Distribute;
  std::string Near = D.JobsNear.empty() ? Paths[0] : D.JobsNear;
  Expected<JobDirectory> Dir = JobDirectory::create(Near);
  if (!Dir)
    return Dir.takeError();
  unsigned N = PM.Plan.numPartitions();
  std::string Base = sys::path::filename(PM.OutputStem).str();
  std::vector<DistributedJob> Jobs(N);
  std::vector<std::optional<CacheKey>> Keys(N);
  for (unsigned I = 0; I < N; ++I) {
    Jobs[I].Partition = I;
    Jobs[I].Bitcode = Dir->file(Base + ".part" + utostr(I) + ".bc");
    Jobs[I].Object = Dir->file(Base + ".part" + utostr(I) +
                               fileTypeExtension(Opts.CodeGen.FileType).str());
  }
  std::string Unused;
  Results = forEachPartition(
      Opts, PM,
      [&](unsigned I, PartitionResult &R) -> Error {
        LLVMContext Ctx;
        Expected<std::unique_ptr<Module>> M =
            loadWorkerModule(Opts, PM, I, Ctx);
        if (!M)
          return M.takeError();
        if (Cache) {
          Keys[I] = partitionKey(**M, Opts, PM, CacheConfigText, I, Paths[I]);
          if ((R.CacheHit = takeFromCache(*Cache, *Keys[I], I, R.CG)))
            return Error::success();
        }
        TimeTraceScope Scope("WriteJob", [&] { return "partition " + utostr(I); });
        return writeModule(**M, Jobs[I].Bitcode, /*PreserveUseListOrder=*/true);
      },
      [](unsigned, PartitionResult &) { return Error::success(); }, Unused);
  if (llvm::any_of(Results, [](const PartitionResult &R) {
        return !R.Error.empty();
      }))
    return Error::success();

  std::vector<DistributedJob> Misses;
  // Largest first, as the pool takes them: a distributor that starts the
  // jobs in file order (most do, with fewer slots than jobs) then runs a
  // longest-first schedule rather than one in partition order.
  for (unsigned I : largestFirst(PM.Plan))
    if (!Results[I].CacheHit)
      Misses.push_back(Jobs[I]);
  if (!Misses.empty()) {
    std::string JobFile = Dir->file(Base + ".jobs.json");
    {
      std::error_code EC;
      raw_fd_ostream OS(JobFile, EC);
      if (EC)
        return fileError(JobFile, EC.message());
      OS << jobFileText(Opts.OutputFilename.empty() ? Near
                                                    : Opts.OutputFilename,
                        remoteCommonArgs(D, unsigned(Opts.CodeGen.OptLevel),
                                         PM.PartitionPasses),
                        Misses);
      OS.close();
      if (OS.has_error())
        return fileError(JobFile, OS.error().message());
    }
    TimeTraceScope Scope("Distributor", [&] {
      return utostr(Misses.size()) + " jobs";
    });
    if (Error E = runDistributor(D, JobFile)) {
      // Say which partitions it left without an object.
      std::string Missing;
      for (const DistributedJob &J : Misses)
        if (!sys::fs::exists(J.Object))
          Missing += (Missing.empty() ? "" : ", ") + utostr(J.Partition);
      if (Missing.empty())
        return E;
      return createStringError(inconvertibleErrorCode(),
                               toString(std::move(E)) +
                                   "; no object for partitions " + Missing);
    }
  }
  for (unsigned I = 0; I < N; ++I) {
    PartitionResult &R = Results[I];
    R.Distributed = !R.CacheHit;
    if (R.Distributed) {
      Expected<SmallVector<char, 0>> Obj = readJobOutput(
          Jobs[I], Opts.CodeGen.FileType == CodeGenFileType::AssemblyFile);
      if (!Obj) {
        R.Error = toString(Obj.takeError());
        return Error::success();
      }
      R.CG.Output = std::move(*Obj);
      if (Cache)
        storeInCache(*Cache, *Keys[I], I, R.CG);
    }
    if (Error E = Take(I, R)) {
      TakeError = toString(std::move(E));
      return Error::success();
    }
  }
  return Error::success();
}

//===----------------------------------------------------------------------===//
// run
//===----------------------------------------------------------------------===//

/// --distributor's jobs give objects or assembly only: what else a run
/// would write (split DWARF, remarks, temporaries, profiles) is refused up
/// front rather than silently missing.
static Error checkDistributable(const Options &Opts) {
  if (Opts.Distribute.Exe.empty())
    return Error::success();
  const char *What =
      Opts.CodeGen.FileType == CodeGenFileType::Null
          ? "-filetype=null's nothing"
      : !Opts.CodeGen.DwoDir.empty()        ? "split DWARF (dwo_dir)"
      : Opts.LTO.SaveTemps                  ? "--save-temps"
      : !Opts.LTO.Remarks.Filename.empty()  ? "optimization remarks"
      : Opts.LTO.DebugPassManager           ? "debug-pass-manager"
      : !Opts.CostProfileOutFile.empty()    ? "--write-cost-profile"
      : !Opts.ReproducerDir.empty()         ? "--reproducer-dir"
                                            : nullptr;
  if (What)
    return fileError(Opts.Distribute.Exe,
                     Twine("a distributed link cannot produce ") + What);
  if (Opts.Distribute.RemoteCompiler.empty())
    return fileError(Opts.Distribute.Exe, "no remote compiler to run the jobs");
  return Error::success();
}

bool parcg::jobserverInEnvironment() {
  const char *Flags = getenv("MAKEFLAGS");
  return Flags && StringRef(Flags).contains("--jobserver-auth=");
}

Error parcg::run(const Options &Opts) {
  std::vector<std::string> Written;
  return run(Opts, Written);
}

namespace {
struct FatalErrorContext {
  const Options &Opts;
  std::string Input;
};
} // namespace

/// LLVM's fatal errors ("cannot select", a broken invariant in a pass) end
/// the process; this makes them say where they happened, leaves the
/// partition's reproducer, and removes the temporary outputs.
static void fatalErrorInRun(void *Data, const char *Reason, bool) {
  auto &Ctx = *static_cast<FatalErrorContext *>(Data);
  WorkSite &Site = currentWorkSite();
  std::string Msg =
      toString(fileError(Ctx.Input, describeWorkSite(Site) + Reason));
  if (Site.Bitcode)
    Msg += "; " + toString(writeReproducer(Site));
  if (Ctx.Opts.FatalError)
    Ctx.Opts.FatalError(Msg);
  else
    WithColor::error(errs(), "parcg") << Msg << "\n";
  errs().flush();
  // Other workers are still running: no static destructors, no atexit.
  sys::RunInterruptHandlers();
  _exit(1);
}

Error parcg::run(const Options &Opts, std::vector<std::string> &Written) {
  FatalErrorContext FatalCtx{Opts, Opts.WholeProgram
                                       ? Opts.LTO.Inputs.front()
                                       : Opts.InputFilename};
  ScopedFatalErrorHandler FatalHandler(fatalErrorInRun, &FatalCtx);
  if (Opts.TimeTrace)
    timeTraceProfilerInitialize(Opts.TimeTraceGranularity, "parcg");
  scope_exit CleanupTrace([&] {
    if (Opts.TimeTrace)
      timeTraceProfilerCleanup();
  });
  const std::string Input =
      Opts.WholeProgram ? Opts.LTO.Inputs.front() : Opts.InputFilename;

  if (Error E = checkDistributable(Opts))
    return E;

  // Front end: one module as llc reads it, or bitcode files merged and
  // optimized whole-program. Either way: a plan and the bitcode to split.
  PlannedModule PM;
  if (Error E = Opts.WholeProgram ? mergeWholeProgram(Opts, PM)
                                  : loadSingleModule(Opts, PM))
    return E;
  if (!Opts.WholeProgram && !Opts.CostFeaturesFile.empty())
    return Error::success();
  // disable-output (linker plugin): nothing past the merge.
  if (Opts.WholeProgram && Opts.LTO.DisableOutput)
    return Error::success();
  // emit-llvm (linker plugin): the post-IPO module was the output.
  if (Opts.WholeProgram && !Opts.LTO.PostIPOBitcodeFile.empty()) {
    Written.push_back(Opts.LTO.PostIPOBitcodeFile);
    return Error::success();
  }
  const PartitionPlan &Plan = PM.Plan;
  unsigned N = Plan.numPartitions();
  if (Opts.PrintPartitions)
    printPlanTable(Plan, Opts.OutputFilename == "-" ? errs() : outs());

  if (Opts.PlanOnly) {
    OutputFiles PlanOutputs;
    unsigned Slot = 0;
    if (Error E = reservePlanFiles(Opts, PlanOutputs))
      return E;
    if (Error E = writePlanFiles(Opts, Plan, PlanOutputs, Slot))
      return E;
    if (Error E = PlanOutputs.commit())
      return E;
    if (Opts.TimeTrace)
      if (Error E = timeTraceProfilerWrite(Opts.TimeTraceFile, PM.OutputStem))
        return fileError(Opts.TimeTraceFile.empty()
                             ? PM.OutputStem + ".time-trace"
                             : Opts.TimeTraceFile,
                         toString(std::move(E)));
    return Error::success();
  }

  // Reserve every output now, so a bad path fails before the long part.
  // Without --output-dir the partitions go into one file through one writer.
  std::string ResponseFile;
  Expected<std::vector<std::string>> Paths =
      outputPaths(Opts, PM.OutputStem, N, ResponseFile);
  if (!Paths)
    return Paths.takeError();
  OutputFiles Outputs;
  bool WriteObjects = Opts.CodeGen.FileType != CodeGenFileType::Null;
  bool OneFile = Opts.OutputDir.empty();
  if (WriteObjects)
    for (unsigned I = 0, E = OneFile ? 1 : N; I < E; ++I)
      if (Error Err = Outputs.add((*Paths)[I]))
        return Err;
  if (!ResponseFile.empty())
    if (Error E = Outputs.add(ResponseFile))
      return E;
  if (Error E = reservePlanFiles(Opts, Outputs))
    return E;
  if (!Opts.CostProfileOutFile.empty())
    if (Error E = Outputs.add(Opts.CostProfileOutFile))
      return E;
  if (!Opts.CodeGen.DwoDir.empty()) {
    if (std::error_code EC = sys::fs::create_directories(Opts.CodeGen.DwoDir))
      return fileError(Opts.CodeGen.DwoDir, EC.message());
    for (unsigned I = 0; I < N; ++I)
      if (Error E = Outputs.add(dwoPath(Opts, I)))
        return E;
  }

  // Compile. A single module planned as one partition is compiled as it is,
  // on this thread, exactly as llc would; otherwise each worker reads only
  // its own partition from the bitcode, and the writer takes the results
  // in partition order while later ones are still being compiled.
  std::vector<PartitionResult> Results;
  bool Merge = OneFile && WriteObjects && N > 1;
  bool Asm = Opts.CodeGen.FileType == CodeGenFileType::AssemblyFile;
  ObjectWriter ObjWriter;
  AsmWriter AsmText;
  double WriterSeconds = 0;
  std::string WriterError;
  auto Take = [&](unsigned I, PartitionResult &R) -> Error {
    if (!Merge || !R.Error.empty())
      return Error::success();
    TimeTraceScope Scope("Write", [&] { return "partition " + utostr(I); });
    auto Start = std::chrono::steady_clock::now();
    StringRef Bytes(R.CG.Output.data(), R.CG.Output.size());
    Error E = Asm ? AsmText.add(I, Bytes, "partition " + utostr(I))
                  : ObjWriter.add(MemoryBufferRef(
                        Bytes, "partition " + utostr(I) + " object"));
    // Taken in: the writer keeps what it needs.
    R.CG.Output = SmallVector<char, 0>();
    WriterSeconds += std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - Start)
                         .count();
    return E;
  };
  // With --cache-dir, a partition whose key is in the directory is not
  // compiled; the bytes are the same either way (cache-warm-identical).
  std::optional<PartitionCache> Cache;
  std::string CacheConfigText;
  if (cacheApplies(Opts)) {
    Cache.emplace(Opts.CacheDir);
    CacheConfigText = cacheConfig(Opts, PM);
  }
  PartitionCache *UseCache = Cache && Cache->enabled() ? &*Cache : nullptr;
  if (PM.Whole) {
    // llc applies -mcpu, -mattr and the function-attribute flags to every
    // function after parsing.
    Opts.CodeGen.SetFunctionAttributes(*PM.Whole);
    Results.resize(1);
    currentWorkSite().Partition = 0;
    scope_exit ClearSite([] { currentWorkSite() = WorkSite(); });
    Stopwatch Clock;
    TimeTraceScope Scope("Partition", "partition 0");
    PartitionResult &R = Results[0];
    std::optional<CacheKey> Key;
    if (UseCache) {
      Key = partitionKey(*PM.Whole, Opts, PM, CacheConfigText, 0, (*Paths)[0]);
      R.CacheHit = takeFromCache(*UseCache, *Key, 0, R.CG);
    }
    if (!R.CacheHit) {
      // -passes=, as a worker runs a partition's pipeline.
      Error E = Error::success();
      if (!PM.PartitionPasses.empty()) {
        TimeTraceScope Scope("PartitionPasses");
        E = runPasses(*PM.Whole, PM.RT, Opts.CodeGen, PM.PartitionPasses);
        if (!E && !Opts.CodeGen.DisableVerify)
          E = verify(*PM.Whole, "module broken by its passes");
      }
      if (!E)
        E = generateCode(*PM.Whole, PM.RT, Opts.CodeGen, (*Paths)[0], R.CG,
                         /*Verified=*/false, !Opts.CostProfileOutFile.empty());
      if (E)
        R.Error = toString(std::move(E));
      else if (UseCache)
        storeInCache(*UseCache, *Key, 0, R.CG);
    }
    Clock.stop(R);
  } else if (!Opts.Distribute.Exe.empty()) {
    if (Error E = distributePartitions(Opts, PM, *Paths, UseCache,
                                       CacheConfigText, Take, Results,
                                       WriterError))
      return fileError(Input, toString(std::move(E)));
  } else {
    Results = compilePartitions(Opts, PM, *Paths, UseCache, CacheConfigText,
                                Take, WriterError);
  }
  // One warning for a directory that could not take entries; the run
  // itself goes on without them.
  if (Cache)
    if (std::string W = Cache->warning(); !W.empty())
      WithColor::warning(errs(), "parcg")
          << Opts.CacheDir << ": cannot use the cache directory: " << W
          << "; compiling without it\n";

  // Report in partition order, whatever order the workers finished in.
  std::string FirstError;
  for (unsigned I = 0; I < N; ++I) {
    const PartitionResult &R = Results[I];
    for (StringRef Line : split(StringRef(R.CG.Diagnostics).rtrim('\n'), '\n')) {
      if (Line.empty())
        continue;
      raw_ostream &OS = Line.consume_front("remark: ")
                            ? WithColor::remark(errs(), "parcg")
                        : Line.consume_front("note: ")
                            ? WithColor::note(errs(), "parcg")
                            : WithColor::warning(errs(), "parcg");
      Line.consume_front("warning: ");
      OS << Input << ": partition " << I << ": " << Line << "\n";
    }
    if (!R.Error.empty() && FirstError.empty())
      FirstError = "partition " + utostr(I) + ": " + R.Error;
  }
  if (!FirstError.empty())
    return fileError(Input, FirstError);
  if (!WriterError.empty())
    return fileError(Input, WriterError);

  // Emit: write every file, then rename them all into place.
  unsigned Slot = 0;
  if (Merge) {
    TimeTraceScope Scope("Write", "finish");
    auto Start = std::chrono::steady_clock::now();
    SmallVector<char, 0> Merged;
    if (!Asm)
      if (Error E = ObjWriter.finish(Merged))
        return fileError(Input, toString(std::move(E)));
    Error E = Outputs.write(Slot++, Asm ? StringRef(AsmText.text())
                                        : StringRef(Merged.data(),
                                                    Merged.size()));
    WriterSeconds += std::chrono::duration<double>(
                         std::chrono::steady_clock::now() - Start)
                         .count();
    if (E)
      return E;
  } else if (WriteObjects) {
    for (unsigned I = 0; I < N; ++I)
      if (Error E = Outputs.write(Slot++, StringRef(Results[I].CG.Output.data(),
                                                    Results[I].CG.Output.size())))
        return E;
  }
  if (!ResponseFile.empty())
    if (Error E = Outputs.write(Slot++, responseFileText(*Paths)))
      return E;
  if (Error E = writePlanFiles(Opts, Plan, Outputs, Slot))
    return E;
  if (!Opts.CostProfileOutFile.empty())
    if (Error E = Outputs.write(Slot++, costProfileText(Plan, Results)))
      return E;
  if (!Opts.CodeGen.DwoDir.empty())
    for (unsigned I = 0; I < N; ++I)
      if (Error E = Outputs.write(Slot++, StringRef(Results[I].CG.Dwo.data(),
                                                    Results[I].CG.Dwo.size())))
        return E;
  if (Error E = Outputs.commit())
    return E;
  // The partitions' remarks follow the IPO pipeline's, which LTO wrote.
  if (Opts.WholeProgram && !Opts.LTO.Remarks.Filename.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(Opts.LTO.Remarks.Filename, EC, sys::fs::OF_Append);
    for (unsigned I = 0; I < N && !EC; ++I)
      OS << Results[I].Remarks;
    OS.close();
    if (EC || OS.has_error())
      return fileError(Opts.LTO.Remarks.Filename,
                       (EC ? EC : OS.error()).message());
  }
  if (WriteObjects)
    Written.assign(Paths->begin(), OneFile ? Paths->begin() + 1 : Paths->end());

  if (Opts.ReportTimes) {
    double Max = 0, Sum = 0, CPUMax = 0, CPUSum = 0;
    for (unsigned I = 0; I < N; ++I) {
      const PartitionResult &R = Results[I];
      errs() << format("parcg: partition %u: %.3f s, cpu %.3f s", I,
                       R.Seconds, R.CPUSeconds)
             << (!UseCache ? "" : R.CacheHit ? ", cache hit" : ", cache miss")
             << (R.Distributed ? ", distributed" : "") << "\n";
      Max = std::max(Max, R.Seconds);
      Sum += R.Seconds;
      CPUMax = std::max(CPUMax, R.CPUSeconds);
      CPUSum += R.CPUSeconds;
    }
    errs() << format("parcg: partitions %u, codegen max %.3f s, mean %.3f s, "
                     "max/mean %.3f; cpu max/mean %.3f\n",
                     N, Max, Sum / N, Sum > 0 ? Max * N / Sum : 1.0,
                     CPUSum > 0 ? CPUMax * N / CPUSum : 1.0);
    if (Merge)
      errs() << format("parcg: writer %.3f s\n", WriterSeconds);
    if (UseCache)
      errs() << "parcg: cache: " << llvm::count_if(Results, [](const PartitionResult &R) {
                  return R.CacheHit;
                }) << " of " << N << " partitions reused\n";
  }
  // As lld prunes its ThinLTO cache: after the link, by the policy.
  if (UseCache) {
    TimeTraceScope Scope("CachePrune");
    pruneCacheDirectory(UseCache->directory(), Opts.CachePolicy);
  }

  if (Opts.TimeTrace) {
    std::string Fallback = Opts.OutputDir.empty()
                               ? (*Paths)[0]
                               : Opts.OutputDir + "/" +
                                     sys::path::filename(PM.OutputStem).str();
    if (Error E = timeTraceProfilerWrite(Opts.TimeTraceFile, Fallback))
      return fileError(Opts.TimeTraceFile.empty() ? Fallback + ".time-trace"
                                                  : Opts.TimeTraceFile,
                       toString(std::move(E)));
  }
  return Error::success();
}
