//===- parcg/Driver.h - The parcg driver -----------------------*- C++ -*-===//
//
// Options of a parcg run, named after their flags, and the run itself. The
// tool fills Options from the command line (and LLVM's standard codegen
// flags, read through llvm::codegen); nothing below reads a cl::opt.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_DRIVER_H
#define PARCG_DRIVER_H

#include "parcg/CodeGenOptions.h"
#include "parcg/Partitioner.h"
#include "llvm/Support/CodeGen.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Target/TargetOptions.h"
#include <functional>
#include <optional>
#include <utility>
#include <string>
#include <vector>

namespace llvm {
class Module;
class Triple;
namespace lto {
struct Config;
} // namespace lto
} // namespace llvm

namespace parcg {

/// A linker's resolution of one symbol of a bitcode input (what the linker
/// plugin gets from the linker), as LLVM's LTO API takes it.
struct LinkerResolution {
  bool Prevailing = false;
  bool FinalDefinitionInLinkageUnit = false;
  bool VisibleToRegularObj = false;
  bool ExportDynamic = false;
  bool LinkerRedefined = false;
};

/// Whole-program mode (--lto): merge bitcode files, resolve symbols, run the
/// IPO pipeline once, then the partition pipeline and codegen per partition.
struct WholeProgramOptions {
  /// The bitcode files, in command-line order (resolution order).
  std::vector<std::string> Inputs;
  /// When not empty: the inputs' bytes, one per Inputs entry, which then
  /// only names them (the linker plugin: archive members, files the linker
  /// opened).
  std::vector<llvm::MemoryBufferRef> InputBuffers;
  /// When not empty: a linker's resolutions, per input, one per symbol in
  /// the order lto::InputFile::symbols() lists them. Resolutions is unused.
  std::vector<std::vector<LinkerResolution>> LinkerResolutions;
  /// For -r=file,symbol,flags (llvm-lto2's syntax). When given, every symbol
  /// of every input needs one.
  std::vector<std::string> Resolutions;
  /// The resolutions came from a linker's file (--resolution-file): a symbol
  /// it does not list gets no flags instead of being an error.
  bool LenientResolutions = false;
  /// For --export-symbol and --exported-symbols-list: symbols kept visible;
  /// everything else is internalized. main is always kept.
  std::vector<std::string> ExportSymbols;
  /// For --export-dynamic: with no resolutions given, every defined symbol
  /// of default visibility stays visible too (a link with -E).
  bool ExportDynamic = false;
  /// For --lto-O0..3: the optimization level of both pipelines' defaults.
  unsigned OptLevel = 2;
  /// For --ipo-passes and --partition-passes; empty: the defaults for
  /// OptLevel (see defaultPipelines).
  std::string IPOPasses;
  std::string PartitionPasses;
  /// For --save-temps: merged, internalized and post-IPO modules, and each
  /// partition before and after its passes, next to the outputs.
  bool SaveTemps = false;
  /// When set: write the post-IPO module there and stop (no partitions;
  /// the linker plugin's emit-llvm).
  std::string PostIPOBitcodeFile;
  /// Run both pipelines and stop before codegen (the plugin's
  /// disable-output).
  bool DisableOutput = false;
  /// For whole-program-visibility: LTO may assume the vtables of classes
  /// with public LTO visibility are not seen outside the program
  /// (whole-program devirtualization of C++ built with
  /// -fwhole-program-vtables).
  bool WholeProgramVisibility = false;
  /// For sample-profile=FILE: a sample profile applied to the merged
  /// module before the IPO passes, as LLVM's full-LTO pipeline loads it.
  std::string SampleProfile;
  /// For cs-profile-path=FILE: a context-sensitive IR profile applied
  /// after the inliner, as LLVM's full-LTO pipeline uses it.
  std::string CSIRProfile;
  /// For debug-pass-manager: print the passes as they run, in the IPO
  /// pipeline and in each partition's.
  bool DebugPassManager = false;
  /// For merge-functions: run LLVM's function merging in the partition
  /// pipeline (identical functions of one partition; across partitions the
  /// linker's --icf does the same).
  bool MergeFunctions = false;
  /// For --thin-as-full (plugin: thin-as-full): ThinLTO bitcode (a module
  /// with a summary, as -flto=thin and CMake's IPO with clang write) is
  /// merged and partitioned as full-LTO bitcode instead of being refused.
  bool ThinAsFull = false;
  /// For opt-remarks-*: optimization remarks written to one file, those of
  /// the IPO pipeline first, then each partition's in partition order
  /// (YAML, as LLVMgold writes them by default).
  struct RemarksOptions {
    std::string Filename, Passes, Format;
    bool WithHotness = false;
    std::optional<uint64_t> HotnessThreshold = 0;
  } Remarks;
};

/// The default --ipo-passes and --partition-passes for an optimization
/// level: LLVM's full-LTO pipeline (PassBuilder::buildLTODefaultPipeline)
/// cut after its interprocedural part.
std::pair<std::string, std::string> defaultPipelines(unsigned OptLevel);

/// Whether an ELF linker defines __start_S and __stop_S for a section named
/// S (S is a C identifier): a definition there may be reached through them
/// alone, so LTO keeps it visible.
bool isCIdentifierSection(llvm::StringRef S);

/// For --distributor=EXE (the plugin's distributor=): partitions compiled by
/// jobs that EXE runs, not on this process's threads (lib/Driver/
/// Distributor.h). Empty Exe: in-process.
struct DistributorOptions {
  std::string Exe;
  /// For --distributor-arg (repeatable): EXE's arguments before the job
  /// file's path.
  std::vector<std::string> Args;
  /// For --remote-compiler: what runs a job, given at common.args[0]; the
  /// tools default to the parcg beside them.
  std::string RemoteCompiler;
  /// The flags that give the remote compiler this run's codegen settings
  /// (target CPU and features, relocation model, LLVM's codegen flags); the
  /// tool knows them, run() adds -O, --partitions=1 and -passes=.
  std::vector<std::string> CodeGenArgs;
  /// The output the jobs are for (common.linker_output); their files go in
  /// a directory next to it, which a cluster's nodes must see.
  std::string JobsNear;
};

struct Options {
  /// For --lto; the inputs are then WholeProgram.Inputs.
  bool WholeProgram = false;
  WholeProgramOptions LTO;
  /// The positional input, .bc or .ll; "-" for stdin.
  std::string InputFilename = "-";
  /// For -passes= (single-module mode): an `opt -passes=` pipeline run on
  /// each partition before codegen, as --partition-passes is in --lto, so
  /// that parcg replaces `opt -passes=... | llc` on a post-IPO module.
  std::string Passes;
  DistributorOptions Distribute;
  /// For -o: one output, whatever the partition count (partition objects
  /// merged by the single writer).
  std::string OutputFilename;
  /// For --output-dir: one object per partition plus a response file.
  std::string OutputDir;
  /// For -j / --threads; 0: all cores.
  unsigned Threads = 0;
  /// For -j jobserver (the plugin's jobs=jobserver): workers take their
  /// slots from GNU make's jobserver named in MAKEFLAGS (--jobserver-auth=,
  /// a fifo or a pair of descriptors), as GCC's -flto=jobserver does, so
  /// that a link under make -jN shares its N slots with the other steps.
  /// Without a jobserver in the environment: all cores. Never changes the
  /// output.
  bool Jobserver = false;
  /// For --partitions.
  PartitionOptions Partition;
  /// For --print-partitions.
  bool PrintPartitions = false;
  /// For --partition-plan=FILE.json.
  std::string PlanFile;
  /// For --plan-only: plan (and print or write the plan), compile nothing.
  bool PlanOnly = false;
  /// For --split-modules (hidden, on by default): the main thread cuts the
  /// module into one module per partition and writes each to bitcode, so
  /// that a worker reads only its partition; off (or when metadata names a
  /// global, canSplitInPlace), every worker reads the whole module's
  /// bitcode lazily and keeps its part (loadPartition).
  bool SplitModules = true;
  /// For --partition-graph=FILE.dot.
  std::string GraphFile;
  /// For --print-cost-features=FILE (hidden): the cost model's features of
  /// every function, for bench/calibrate-cost.
  std::string CostFeaturesFile;
  /// For --write-cost-profile=FILE: every function's measured codegen
  /// microseconds, for a later run's --cost-profile (Partition.MeasuredMicros).
  std::string CostProfileOutFile;
  /// For --report-times: measured seconds per partition, on stderr.
  bool ReportTimes = false;
  /// For --time-trace[=FILE]; empty with TimeTrace set: next to the output.
  bool TimeTrace = false;
  std::string TimeTraceFile;
  unsigned TimeTraceGranularity = 500;
  /// For --cache-dir: compiled partitions kept between runs, looked up by
  /// a key of everything their objects depend on (PartitionCache.h). Not
  /// used with --save-temps, remarks, --write-cost-profile or
  /// debug-pass-manager, whose outputs a hit would not give.
  std::string CacheDir;
  /// For --cache-policy: when to prune CacheDir, in lld's syntax
  /// ("prune_after=1h:cache_size=10%"); empty: LLVM's default policy.
  std::string CachePolicy;
  /// What else on the tool's command line could change an object (LLVM's
  /// own flags, which reach codegen through cl::opts): part of every cache
  /// key. The options of Options are keyed by run() itself.
  std::string CacheConfig;
  /// For --reproducer-dir: where a partition that fails in codegen leaves
  /// its bitcode, as it went into codegen (replayable with llc or parcg).
  std::string ReproducerDir;
  /// Called with "<file>: partition N: function 'f': <reason>" when LLVM
  /// raises a fatal error during the run (it cannot return into LLVM); the
  /// process then exits with status 1, temporary outputs removed. Unset:
  /// printed as "parcg: error: ..." on stderr.
  std::function<void(const std::string &)> FatalError;
  CodeGenOptions CodeGen;
};

/// Whether MAKEFLAGS names a jobserver (--jobserver-auth=): without one,
/// -j jobserver means all cores, silently.
bool jobserverInEnvironment();

/// "ParCG <version> (revision <commit>), LLVM <version>": what --version
/// prints first.
std::string versionString();

/// Runs parcg. Errors are returned already prefixed with the file they are
/// about ("<file>: <reason>").
llvm::Error run(const Options &Opts);

/// The same, and the paths written, in partition order (the objects, or
/// the one output; not the response file or the plan).
llvm::Error run(const Options &Opts, std::vector<std::string> &Written);

/// The LTO settings a whole-program run and a ThinLTO backend share: the
/// target (ModuleTriple, the host's without one, or -mtriple), codegen's
/// options, the optimization level, and the whole-program options that are
/// LTO's own (visibility, profiles, remarks, debug-pass-manager).
void configureLTO(const Options &Opts, llvm::StringRef ModuleTriple,
                  llvm::lto::Config &Conf);

} // namespace parcg

#endif
