//===- parcg.cpp - The parcg command-line tool ----------------------------===//
//
// A drop-in for llc that splits the module and generates code for the
// partitions on worker threads. LLVM's standard codegen flags are registered
// exactly as llc registers them, so -mcpu, -relocation-model, -filetype and
// the rest mean what they mean to llc. This file is the only place that reads
// cl::opts: it copies them into parcg::Options and calls parcg::run.
//
//===----------------------------------------------------------------------===//

#include "parcg/CodeGenFlags.h"
#include "parcg/CostModel.h"
#include "parcg/Driver.h"
#include "parcg/PartitionCache.h"
#include "parcg/Partitioner.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/IR/Module.h"
#include "llvm/InitializePasses.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/PassRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include <csignal>
#include <functional>
#include "llvm/Support/Signals.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace llvm;

static codegen::RegisterCodeGenFlags CGF;

static cl::OptionCategory ParCGCategory("ParCG options");

static cl::list<std::string> InputFilenames(cl::Positional,
                                           cl::desc("<input .bc or .ll>..."),
                                           cl::cat(ParCGCategory));

// Whole-program mode.
static cl::opt<bool> WholeProgram(
    "lto",
    cl::desc("Whole-program mode: merge the bitcode inputs, resolve symbols, "
             "run --ipo-passes once, then --partition-passes and codegen per "
             "partition in parallel"),
    cl::cat(ParCGCategory));
static cl::list<std::string> Resolutions(
    "r", cl::desc("With --lto: a symbol resolution, as llvm-lto2: "
                  "file,symbol,flags (p: prevailing, l: final definition in "
                  "the linkage unit, x: visible to regular objects, r: linker "
                  "redefined, d: export dynamic)"),
    cl::value_desc("file,symbol,flags"), cl::cat(ParCGCategory));
static cl::opt<std::string> ResolutionFile(
    "resolution-file",
    cl::desc("With --lto: resolutions as lld --save-temps writes them "
             "(<prog>.resolution.txt): a line naming each input, in "
             "command-line order, then its -r=file,symbol,flags lines (their "
             "file part is replaced by the matching input)"),
    cl::value_desc("FILE"), cl::cat(ParCGCategory));
static cl::list<std::string>
    ExportSymbols("export-symbol",
                  cl::desc("With --lto: keep NAME visible (main always is); "
                           "everything else is internalized"),
                  cl::value_desc("NAME"), cl::cat(ParCGCategory));
static cl::opt<bool> ExportDynamic(
    "export-dynamic",
    cl::desc("With --lto: keep every symbol of default visibility visible, "
             "as a link with -E/--export-dynamic must (programs whose "
             "plugins or dlopen'ed libraries call back into them)"),
    cl::cat(ParCGCategory));
static cl::opt<bool> ThinAsFull(
    "thin-as-full",
    cl::desc("With --lto: take ThinLTO bitcode (-flto=thin) as full-LTO "
             "bitcode, merged and partitioned with the rest"),
    cl::cat(ParCGCategory));
static cl::opt<std::string> ExportList(
    "exported-symbols-list",
    cl::desc("With --lto: keep the symbols named in FILE (one per line)"),
    cl::value_desc("FILE"), cl::cat(ParCGCategory));
static cl::opt<unsigned>
    LTOOptLevel("lto-O",
                cl::desc("With --lto: optimization level of the default "
                         "pipelines, 0-3 (default 2)"),
                cl::Prefix, cl::init(2), cl::cat(ParCGCategory));
static cl::opt<std::string> IPOPasses(
    "ipo-passes",
    cl::desc("With --lto: the serial whole-program pipeline, as opt "
             "-passes= (default: LLVM's full-LTO pipeline up to and including "
             "the inliner and interprocedural analyses)"),
    cl::value_desc("pipeline"), cl::cat(ParCGCategory));
static cl::opt<std::string> PartitionPasses(
    "partition-passes",
    cl::desc("With --lto: the pipeline run on each partition before codegen, "
             "as opt -passes= ('none' for nothing; default: the rest of "
             "LLVM's full-LTO pipeline)"),
    cl::value_desc("pipeline"), cl::cat(ParCGCategory));
static cl::opt<bool> SaveTemps(
    "save-temps",
    cl::desc("With --lto: keep the merged, internalized and post-IPO modules "
             "and each partition before and after its passes"),
    cl::cat(ParCGCategory));
static cl::opt<bool> PrintPipelines(
    "print-lto-pipelines",
    cl::desc("Print the default --ipo-passes and --partition-passes and exit"),
    cl::cat(ParCGCategory));

static cl::opt<std::string> OutputFilename("o", cl::desc("Output filename"),
                                           cl::value_desc("filename"),
                                           cl::cat(ParCGCategory));

static cl::opt<std::string> OutputDir(
    "output-dir",
    cl::desc("Write one object per partition into DIR, named "
             "<input>.<index>.o, and DIR/<input>.rsp listing them in order"),
    cl::value_desc("DIR"), cl::cat(ParCGCategory));

// LLVM's shared library already registers a --threads option of its own, so
// --threads=N is rewritten to -j=N before parsing (see main), and --jobs is
// the registered long form.
static cl::opt<std::string>
    Threads("j",
            cl::desc("Worker threads (default: all cores), or 'jobserver': "
                     "the slots of GNU make's jobserver in MAKEFLAGS (all "
                     "cores without one); never changes the output"),
            cl::value_desc("N|jobserver"), cl::init("0"), cl::Prefix,
            cl::cat(ParCGCategory));
static cl::alias ThreadsLong("jobs", cl::desc("Alias for -j"),
                             cl::aliasopt(Threads), cl::cat(ParCGCategory));

static cl::opt<std::string> Partitions(
    "partitions",
    cl::desc("Number of partitions, or 'auto' (default): derived from the "
             "module's estimated cost, never from -j or the host"),
    cl::value_desc("N|auto"), cl::init("auto"), cl::cat(ParCGCategory));

static cl::opt<uint64_t> MinPartitionCost(
    "min-partition-cost",
    cl::desc("With --partitions=auto, the least estimated cost per partition"),
    cl::init(parcg::PartitionOptions().MinPartitionCost), cl::Hidden,
    cl::cat(ParCGCategory));

static cl::opt<bool>
    PrintPartitions("print-partitions",
                    cl::desc("Print the partition table (on stdout)"),
                    cl::cat(ParCGCategory));

static cl::opt<parcg::PartitionStrategy> Strategy(
    "partition-strategy", cl::desc("How partitions are planned"),
    cl::values(
        clEnumValN(parcg::PartitionStrategy::Balanced, "balanced",
                   "multilevel k-way partitioning of the call graph, "
                   "balanced by cost (default)"),
        clEnumValN(parcg::PartitionStrategy::Stable, "stable",
                   "module-order runs cut at name-anchored boundaries (with "
                   "--partition-base, an earlier plan's): for rebuilds that "
                   "reuse partitions"),
        clEnumValN(parcg::PartitionStrategy::RoundRobin, "roundrobin",
                   "groups dealt in module order (a baseline)")),
    cl::init(parcg::PartitionOptions().Strategy), cl::cat(ParCGCategory));

static cl::opt<std::string> PartitionBase(
    "partition-base",
    cl::desc("With --partition-strategy=stable: keep the partition "
             "boundaries of an earlier plan (a --partition-plan file) where "
             "they still fit, so an edit changes only the partitions it "
             "touches"),
    cl::value_desc("FILE.json"), cl::cat(ParCGCategory));

static cl::opt<bool>
    PlanOnly("plan-only",
             cl::desc("Plan the partitions and stop: print or write the plan "
                      "(--print-partitions, --partition-plan, "
                      "--partition-graph), compile nothing"),
             cl::cat(ParCGCategory));

static cl::opt<bool> SplitModules(
    "split-modules", cl::init(true), cl::Hidden,
    cl::desc("Cut the module into one module per partition on the main "
             "thread, so that each worker reads only its own (default); "
             "with =false every worker reads the whole module lazily"),
    cl::cat(ParCGCategory));

static cl::opt<std::string>
    GraphFile("partition-graph",
              cl::desc("Write the partitions as a graphviz graph to FILE"),
              cl::value_desc("FILE.dot"), cl::cat(ParCGCategory));

static cl::opt<std::string>
    PlanFile("partition-plan",
             cl::desc("Write the partition plan as JSON to FILE"),
             cl::value_desc("FILE.json"), cl::cat(ParCGCategory));

static cl::opt<bool> ReportTimes(
    "report-times",
    cl::desc("Print measured codegen seconds per partition on stderr"),
    cl::cat(ParCGCategory));

static cl::opt<std::string> CostFeaturesFile(
    "print-cost-features",
    cl::desc("Write the cost model's features of every function to FILE "
             "(tab-separated; for bench/calibrate-cost)"),
    cl::value_desc("FILE"), cl::Hidden, cl::cat(ParCGCategory));

static cl::opt<std::string> CostWeightsFile(
    "cost-weights",
    cl::desc("Estimate costs with the weights in FILE (\"uint64_t Name = N;\" "
             "lines, as bench/calibrate-cost prints them) instead of the "
             "built-in fit"),
    cl::value_desc("FILE"), cl::Hidden, cl::cat(ParCGCategory));

static cl::list<std::string> CostProfiles(
    "cost-profile",
    cl::desc("Balance by the measured times of an earlier build "
             "(a --write-cost-profile file) for the functions it lists; "
             "repeatable, the median time of each function counts"),
    cl::value_desc("FILE"), cl::cat(ParCGCategory));

static cl::opt<std::string> CostProfileOut(
    "write-cost-profile",
    cl::desc("Write each function's measured microseconds to FILE (codegen, "
             "and with --lto the partition passes too), for --cost-profile"),
    cl::value_desc("FILE"), cl::cat(ParCGCategory));

static cl::opt<std::string> Passes(
    "passes",
    cl::desc("Without --lto: an opt -passes= pipeline run on each partition "
             "before codegen (parcg then replaces opt ... | llc on a "
             "post-IPO module)"),
    cl::value_desc("pipeline"), cl::cat(ParCGCategory));

static cl::opt<std::string> Distributor(
    "distributor",
    cl::desc("Compile the partitions as jobs that EXE runs (invoked as EXE "
             "[--distributor-arg...] JOBS.json, the JSON of LLVM's DTLTO), "
             "not on threads; utils/distributors/ has a local and a Slurm one"),
    cl::value_desc("EXE"), cl::cat(ParCGCategory));
static cl::list<std::string>
    DistributorArgs("distributor-arg",
                    cl::desc("An argument for the distributor (repeatable)"),
                    cl::value_desc("ARG"), cl::cat(ParCGCategory));
static cl::opt<std::string> RemoteCompiler(
    "remote-compiler",
    cl::desc("With --distributor: the parcg the jobs run (default: this one)"),
    cl::value_desc("PATH"), cl::cat(ParCGCategory));

static cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Keep compiled partitions in DIR and reuse those whose input "
             "is unchanged (a directory several links may share)"),
    cl::value_desc("DIR"), cl::cat(ParCGCategory));

static cl::opt<std::string> CachePolicy(
    "cache-policy",
    cl::desc("When to prune --cache-dir, in lld's syntax (for example "
             "prune_after=24h:cache_size=10%)"),
    cl::value_desc("POLICY"), cl::cat(ParCGCategory));

static cl::opt<std::string> ReproducerDir(
    "reproducer-dir",
    cl::desc("When a partition fails in codegen, write its bitcode, as it "
             "went into codegen, to DIR/<input>.part<N>.bc"),
    cl::value_desc("DIR"), cl::cat(ParCGCategory));

static cl::opt<std::string> TimeTrace(
    "time-trace",
    cl::desc("Write a Chrome trace (one track per worker) to FILE, or next "
             "to the output"),
    cl::value_desc("FILE"), cl::ValueOptional, cl::cat(ParCGCategory));
static cl::opt<std::string>
    TimeTraceFile("time-trace-file",
                  cl::desc("Time trace destination, as llc's flag"),
                  cl::value_desc("FILE"), cl::Hidden, cl::cat(ParCGCategory));
static cl::opt<unsigned> TimeTraceGranularity(
    "time-trace-granularity",
    cl::desc("Minimum time granularity (in microseconds) traced"),
    cl::init(500), cl::Hidden, cl::cat(ParCGCategory));

// llc's own flags (not part of LLVM's registered codegen flags).
static cl::opt<char>
    OptLevel("O",
             cl::desc("Optimization level. [-O0, -O1, -O2, or -O3] "
                      "(default = '-O2')"),
             cl::Prefix, cl::init('2'), cl::cat(ParCGCategory));
static cl::opt<std::string> TargetTriple("mtriple",
                                         cl::desc("Override target triple"),
                                         cl::cat(ParCGCategory));
static cl::opt<bool> NoVerify("disable-verify", cl::Hidden,
                              cl::desc("Do not verify input module"));
static cl::opt<bool> AsmVerbose("asm-verbose",
                                cl::desc("Add comments to directives."),
                                cl::init(true));

/// The non-empty lines of File, trimmed.
static Error readLines(StringRef File, std::vector<std::string> &Lines) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(File);
  if (!Buf)
    return createStringError(Buf.getError(),
                             File + ": " + Buf.getError().message());
  SmallVector<StringRef, 0> Parts;
  (*Buf)->getBuffer().split(Parts, '\n');
  for (StringRef L : Parts)
    if (!L.trim().empty())
      Lines.push_back(L.trim().str());
  return Error::success();
}

/// The command line as a cache key sees it: every argument but the inputs
/// (their contents are in the key) and those that cannot change an object
/// (where outputs go, how many threads, what is reported). Conservative:
/// anything not known to be harmless is kept, so LLVM's own flags
/// (-x86-asm-syntax=intel, ...) key the entries they change.
static std::string cacheConfig(ArrayRef<const char *> Args,
                               ArrayRef<std::string> Inputs) {
  static const StringRef WithValue[] = {
      "o", "output-dir", "j", "jobs", "threads", "cache-dir", "cache-policy",
      "time-trace-file", "time-trace-granularity", "reproducer-dir",
      "partition-plan", "partition-graph", "write-cost-profile",
      "print-cost-features", "distributor", "distributor-arg",
      "remote-compiler"};
  static const StringRef Flags[] = {"report-times", "print-partitions",
                                    "time-trace"};
  std::string Out;
  for (size_t I = 1; I < Args.size(); ++I) {
    StringRef A = Args[I];
    StringRef Name = A;
    if (!Name.consume_front("-")) {
      if (!llvm::is_contained(Inputs, A))
        Out += A.str() + '\0';
      continue;
    }
    Name.consume_front("-");
    auto [Key, Value] = Name.split('=');
    bool HasValue = Key.size() != Name.size();
    if (llvm::is_contained(Flags, Key))
      continue;
    // -j4, the prefix form.
    if (Key.size() > 1 && Key[0] == 'j' &&
        llvm::all_of(Key.drop_front(), isDigit))
      continue;
    if (llvm::is_contained(WithValue, Key)) {
      if (!HasValue)
        ++I; // The value is the next argument.
      continue;
    }
    Out += A.str() + '\0';
  }
  return Out;
}

/// The arguments that give a remote parcg this run's codegen settings: the
/// command line's LLVM flags (-mcpu, -relocation-model, -function-sections,
/// -x86-asm-syntax=..., every flag not parcg's own), which is all that
/// codeGenOptionsFromFlags reads; the triple and the function attributes
/// are already in each job's bitcode.
static std::vector<std::string> codeGenArgs(ArrayRef<const char *> Args) {
  auto Registered = cl::getRegisteredOptions();
  auto IsParCG = [&](cl::Option *O) {
    return llvm::is_contained(O->Categories, &ParCGCategory);
  };
  std::vector<std::string> Out;
  bool TakeValue = false;
  for (size_t I = 1; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (TakeValue) {
      Out.push_back(A.str());
      TakeValue = false;
      continue;
    }
    StringRef Name = A;
    if (!Name.consume_front("-") || Name.empty())
      continue; // An input ("-": stdin), or the value of a parcg option.
    Name.consume_front("-");
    auto [Key, Value] = Name.split('=');
    bool HasValue = Key.size() != Name.size();
    auto It = Registered.find(Key);
    cl::Option *O = It == Registered.end() ? nullptr : It->second;
    // Prefix forms of parcg's own: -O2, -j4, -lto-O3.
    if (!O && (Key.starts_with("O") || Key.starts_with("j") ||
               Key.starts_with("lto-O")))
      continue;
    bool Separate = O && !HasValue &&
                    O->getValueExpectedFlag() == cl::ValueRequired;
    if (O && IsParCG(O)) {
      if (Separate)
        ++I;
      continue;
    }
    Out.push_back(A.str());
    TakeValue = Separate;
  }
  return Out;
}

static int fail(const Twine &Msg) {
  WithColor::error(errs(), "parcg") << Msg << "\n";
  return 1;
}

/// LLVM installs its signal handlers (which remove temporary outputs, then
/// re-raise) over any disposition, but a signal ignored when the process
/// started must stay ignored (nohup, background jobs of a non-interactive
/// shell): the run then goes on to the end instead of losing its temporary
/// files and failing (interrupted-run-leaves-no-output.test). Call before
/// InitLLVM; call the result after it.
static std::function<void()> keepIgnoredSignalsIgnored() {
  std::vector<int> Ignored;
  for (int Sig : {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR2}) {
    struct sigaction SA;
    if (sigaction(Sig, nullptr, &SA) == 0 && SA.sa_handler == SIG_IGN)
      Ignored.push_back(Sig);
  }
  return [Ignored] {
    // LLVM registers its handlers once (InitLLVM already did); this makes
    // sure, and they are not registered again later.
    sys::SetInterruptFunction(nullptr);
    for (int Sig : Ignored)
      signal(Sig, SIG_IGN);
  };
}

int main(int argc, char **argv) {
  std::function<void()> RestoreIgnoredSignals = keepIgnoredSignalsIgnored();
  InitLLVM X(argc, argv);
  RestoreIgnoredSignals();
  InitializeAllTargets();
  InitializeAllTargetMCs();
  InitializeAllAsmPrinters();
  InitializeAllAsmParsers();
  PassRegistry &Registry = *PassRegistry::getPassRegistry();
  initializeCore(Registry);
  initializeCodeGen(Registry);
  initializeTarget(Registry);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << parcg::versionString() << "\n";
    sys::printDefaultTargetAndDetectedCPU(OS);
  });

  // --threads=N and --threads N mean -j N (see Threads above).
  std::vector<std::string> Storage;
  std::vector<const char *> Args;
  for (int I = 0; I < argc; ++I) {
    StringRef A = argv[I];
    if (A.consume_front("--threads") || A.consume_front("-threads")) {
      if (A.consume_front("=")) {
        Storage.push_back(("-j=" + A).str());
        Args.push_back(nullptr);
        continue;
      }
      if (A.empty()) {
        Args.push_back("-j");
        continue;
      }
    }
    Args.push_back(argv[I]);
  }
  for (size_t I = 0, S = 0; I < Args.size(); ++I)
    if (!Args[I])
      Args[I] = Storage[S++].c_str();
  cl::ParseCommandLineOptions(Args.size(), Args.data(),
                              "parcg: parallel code generation for one LLVM "
                              "module\n");

  if (PrintPipelines) {
    auto [IPO, Tail] = parcg::defaultPipelines(LTOOptLevel);
    outs() << "ipo-passes: " << IPO << "\npartition-passes: " << Tail << "\n";
    return 0;
  }

  parcg::Options Opts;
  Opts.WholeProgram = WholeProgram;
  if (WholeProgram) {
    if (InputFilenames.empty())
      return fail("--lto: no input files");
    if (LTOOptLevel > 3)
      return fail("--lto-O: expected 0, 1, 2 or 3");
    parcg::WholeProgramOptions &W = Opts.LTO;
    W.Inputs.assign(InputFilenames.begin(), InputFilenames.end());
    W.Resolutions.assign(Resolutions.begin(), Resolutions.end());
    W.ExportSymbols.assign(ExportSymbols.begin(), ExportSymbols.end());
    if (!ResolutionFile.empty()) {
      // A linker's own view of the symbols: replay it input by input.
      std::vector<std::string> Lines;
      if (Error E = readLines(ResolutionFile, Lines))
        return fail(toString(std::move(E)));
      int Input = -1;
      for (StringRef L : Lines) {
        if (!L.consume_front("-r=")) {
          if (++Input >= int(W.Inputs.size()))
            return fail(ResolutionFile + ": names more inputs than the " +
                        Twine(W.Inputs.size()) + " given");
          continue;
        }
        if (Input < 0)
          return fail(ResolutionFile + ": a resolution before any input line");
        W.Resolutions.push_back(W.Inputs[Input] + "," +
                                L.split(',').second.str());
      }
      W.LenientResolutions = true;
      if (Input + 1 != int(W.Inputs.size()))
        return fail(ResolutionFile + ": names " + Twine(Input + 1) +
                    " inputs, " + Twine(W.Inputs.size()) + " given");
    }
    if (!ExportList.empty()) {
      std::vector<std::string> Lines;
      if (Error E = readLines(ExportList, Lines))
        return fail(toString(std::move(E)));
      W.ExportSymbols.insert(W.ExportSymbols.end(), Lines.begin(), Lines.end());
    }
    if (!Resolutions.empty() && !W.ExportSymbols.empty())
      return fail("-r and --export-symbol/--exported-symbols-list are "
                  "alternatives: give one or the other");
    if ((!Resolutions.empty() || !ResolutionFile.empty()) && ExportDynamic)
      return fail("--export-dynamic applies to the resolution parcg makes "
                  "itself; with -r or --resolution-file the resolutions say "
                  "what is visible");
    W.ExportDynamic = ExportDynamic;
    W.ThinAsFull = ThinAsFull;
    W.OptLevel = LTOOptLevel;
    W.IPOPasses = IPOPasses;
    W.PartitionPasses = PartitionPasses;
    W.SaveTemps = SaveTemps;
  } else {
    if (InputFilenames.size() > 1)
      return fail("more than one input: merging several modules needs --lto");
    if (Resolutions.size() || ExportSymbols.size() || !ExportList.empty() ||
        !IPOPasses.empty() || !PartitionPasses.empty() || SaveTemps ||
        ExportDynamic)
      return fail("-r, --export-symbol, --exported-symbols-list, "
                  "--export-dynamic, --ipo-passes, --partition-passes and "
                  "--save-temps need --lto");
    Opts.InputFilename = InputFilenames.empty() ? "-" : InputFilenames[0];
    Opts.Passes = Passes;
  }
  if (WholeProgram && !Passes.empty())
    return fail("-passes= is for one module; with --lto the pipeline after "
                "the IPO passes is --partition-passes");
  if (!Distributor.empty()) {
    parcg::DistributorOptions &D = Opts.Distribute;
    D.Exe = Distributor;
    D.Args.assign(DistributorArgs.begin(), DistributorArgs.end());
    D.RemoteCompiler = RemoteCompiler.empty()
                           ? sys::fs::getMainExecutable(
                                 argv[0], reinterpret_cast<void *>(&fail))
                           : std::string(RemoteCompiler);
    D.CodeGenArgs = codeGenArgs(Args);
    D.JobsNear = OutputFilename.empty() ? std::string(OutputDir) : OutputFilename;
  } else if (!DistributorArgs.empty() || !RemoteCompiler.empty()) {
    return fail("--distributor-arg and --remote-compiler need --distributor");
  }
  Opts.OutputFilename = OutputFilename;
  Opts.OutputDir = OutputDir;
  if (Threads == "jobserver") {
    Opts.Jobserver = true;
  } else if (StringRef(Threads).getAsInteger(10, Opts.Threads)) {
    return fail("-j: expected a number of threads or 'jobserver', got '" +
                Threads + "'");
  }
  if (Partitions != "auto") {
    unsigned N;
    if (StringRef(Partitions).getAsInteger(10, N) || N == 0)
      return fail("--partitions: expected a positive number or 'auto', got '" +
                  Partitions + "'");
    Opts.Partition.NumPartitions = N;
  }
  Opts.Partition.MinPartitionCost = MinPartitionCost;
  Opts.PrintPartitions = PrintPartitions;
  Opts.PlanFile = PlanFile;
  Opts.GraphFile = GraphFile;
  Opts.PlanOnly = PlanOnly;
  Opts.SplitModules = SplitModules;
  Opts.Partition.Strategy = Strategy;
  if (!CostWeightsFile.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
        MemoryBuffer::getFile(CostWeightsFile);
    if (!Buf)
      return fail(CostWeightsFile + ": " + Buf.getError().message());
    if (Error E = parcg::setCostWeights((*Buf)->getBuffer()))
      return fail(CostWeightsFile + ": " + toString(std::move(E)));
  }
  Expected<StringMap<uint64_t>> Measured =
      parcg::readCostProfiles(CostProfiles);
  if (!Measured)
    return fail(toString(Measured.takeError()));
  Opts.Partition.MeasuredMicros = std::move(*Measured);
  if (!CostProfileOut.empty() && PlanOnly)
    return fail("--write-cost-profile measures code generation, which "
                "--plan-only skips");
  Opts.CostProfileOutFile = CostProfileOut;
  if (!PartitionBase.empty()) {
    if (Strategy != parcg::PartitionStrategy::Stable)
      return fail("--partition-base needs --partition-strategy=stable");
    Expected<std::vector<std::string>> Names =
        parcg::readPlanBoundariesFile(PartitionBase);
    if (!Names)
      return fail(toString(Names.takeError()));
    Opts.Partition.BaseBoundaries = std::move(*Names);
  }
  Opts.ReportTimes = ReportTimes;
  if (!CachePolicy.empty()) {
    if (CacheDir.empty())
      return fail("--cache-policy needs --cache-dir");
    if (Error E = parcg::checkCachePolicy(CachePolicy))
      return fail("--cache-policy=" + CachePolicy + ": " +
                  toString(std::move(E)));
  }
  Opts.CacheDir = CacheDir;
  Opts.CachePolicy = CachePolicy;
  Opts.CacheConfig = cacheConfig(
      Args, std::vector<std::string>(InputFilenames.begin(), InputFilenames.end()));
  Opts.ReproducerDir = ReproducerDir;
  Opts.CostFeaturesFile = CostFeaturesFile;
  Opts.TimeTrace = TimeTrace.getNumOccurrences() > 0 ||
                   TimeTraceFile.getNumOccurrences() > 0;
  Opts.TimeTraceFile = TimeTrace.empty() ? TimeTraceFile : TimeTrace;
  Opts.TimeTraceGranularity = TimeTraceGranularity;

  std::optional<CodeGenOptLevel> Level = CodeGenOpt::parseLevel(OptLevel);
  if (!Level)
    return fail("invalid optimization level -O" + Twine(OptLevel));
  Opts.CodeGen = parcg::codeGenOptionsFromFlags(*Level, AsmVerbose);
  Opts.CodeGen.TargetTriple = TargetTriple;
  Opts.CodeGen.DisableVerify = NoVerify;

  if (Error E = parcg::run(Opts)) {
    handleAllErrors(std::move(E), [](const ErrorInfoBase &EI) {
      WithColor::error(errs(), "parcg") << EI.message() << "\n";
    });
    return 1;
  }
  return 0;
}
