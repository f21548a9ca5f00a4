//===- Distributor.h - Partition jobs run by an external distributor -*- C++ -*-===//
//
// With --distributor=EXE the workers do not compile: each partition's
// bitcode, as a worker has it before its passes, goes to a file, the jobs go
// into one JSON file in the shape of LLVM's DTLTO (llvm/docs/DTLTO.rst), and
// EXE runs them wherever it runs things (processes here, a cluster) with the
// remote compiler, parcg itself in its single-module mode: `parcg <codegen
// flags> -O<n> --partitions=1 -passes=<partition pipeline> part.bc -o
// part.o`. The objects come back through the same single writer, so the
// bytes are an in-process run's (distributor/identical-to-threads.test).
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_DRIVER_DISTRIBUTOR_H
#define PARCG_DRIVER_DISTRIBUTOR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include <mutex>
#include <string>
#include <vector>

namespace parcg {

struct DistributorOptions;

/// One partition's job: its bitcode in, its object out.
struct DistributedJob {
  unsigned Partition = 0;
  std::string Bitcode;
  std::string Object;
};

/// A directory for one run's job files, next to Near (the output, so that
/// it is on whatever filesystem the output is, which a cluster shares);
/// removed with its files by the destructor. LLVM's signal handlers remove
/// the files on SIGINT (they know no directories).
class JobDirectory {
public:
  static llvm::Expected<JobDirectory> create(llvm::StringRef Near);
  JobDirectory(JobDirectory &&Other);
  ~JobDirectory();
  const std::string &path() const { return Path; }
  /// The path of Name in the directory, removed with it (thread-safe).
  std::string file(llvm::StringRef Name);

private:
  JobDirectory() = default;
  std::string Path;
  std::mutex FilesMutex;
  std::vector<std::string> Files;
};

/// The remote compiler's command line up to its per-job arguments:
/// Compiler, the tool's codegen flags, -O, one partition, the pipeline.
std::vector<std::string> remoteCommonArgs(const DistributorOptions &D,
                                          unsigned OptLevel,
                                          llvm::StringRef PartitionPasses);

/// The job file, in DTLTO's JSON shape: common.linker_output,
/// common.args (the remote compiler at [0]), common.inputs, and per job
/// args, inputs (the bitcode at [0]) and outputs (the object at [0]).
std::string jobFileText(llvm::StringRef LinkerOutput,
                        llvm::ArrayRef<std::string> CommonArgs,
                        llvm::ArrayRef<DistributedJob> Jobs);

/// Runs `EXE [args...] JOBFILE` and waits for it. An error says how it
/// failed: not found, exit status, signal.
llvm::Error runDistributor(const DistributorOptions &D,
                           llvm::StringRef JobFile);

/// The object a job left, checked to be an object file (with Asm: the
/// assembly, checked to be text); an error names the file and what is
/// wrong with it.
llvm::Expected<llvm::SmallVector<char, 0>>
readJobOutput(const DistributedJob &Job, bool Asm);

} // namespace parcg

#endif
