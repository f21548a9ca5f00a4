//===- SplitObjects.cpp - The split's objects against llc and ld -r -------===//
//
// parcg-fuzz-objects MODULE...: the differential check of utils/fuzz-split.sh,
// in one process so that a run can afford thousands of modules. For each
// module, llc's object (parcg with one partition, which is llc's bytes), then
// for each partition count: the partition objects (--output-dir, through
// parcg::run as the driver makes them) and the one object the single writer
// makes of them; at one count per module, by turns, the driver's own -o
// too, which must give the same bytes, and --split-modules=false, whose
// partition objects must be the split modules' bytes. It fails when
// - parcg refuses the module at any count (every partition is verified);
// - the partition objects, linked with `ld.lld -r` (no symbol defined twice),
//   do not define exactly the non-local symbols llc's object defines
//   (promoted locals aside);
// - the one object is not what `ld.lld -r` makes of the partition objects
//   (ObjectCompare.h), or the writer refuses what ld.lld -r accepted.
// Prints one line per failure and a summary; exits 1 on the first module
// that fails, leaving its files in the work directory it names.
//
// Usage: parcg-fuzz-objects [--counts=2,3,8,16] [--ld=ld.lld] [--work=DIR]
//                           [-O2 and other parcg codegen flags] MODULE...
//
//===----------------------------------------------------------------------===//

#include "ObjectCompare.h"
#include "parcg/CodeGenFlags.h"
#include "parcg/Driver.h"
#include "parcg/ObjectWriter.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

static codegen::RegisterCodeGenFlags CGF;

static cl::list<std::string> Inputs(cl::Positional, cl::desc("<modules>"));
static cl::list<unsigned> Counts("counts", cl::CommaSeparated,
                                 cl::desc("partition counts (default 2,3,8,16)"));
static cl::opt<std::string> LD("ld", cl::init("ld.lld"),
                               cl::desc("the relocatable linker"));
static cl::opt<std::string> Work("work", cl::desc("work directory"));
static cl::opt<char> OptLevel("O", cl::Prefix, cl::init('2'));

static Expected<std::unique_ptr<MemoryBuffer>> readFile(const Twine &Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> B = MemoryBuffer::getFile(Path);
  if (!B)
    return createStringError(B.getError(), Path + ": " + B.getError().message());
  return std::move(*B);
}

static parcg::Options baseOptions(StringRef Input) {
  parcg::Options O;
  O.InputFilename = Input.str();
  O.Threads = 1;
  O.CodeGen = parcg::codeGenOptionsFromFlags(
      *CodeGenOpt::parseLevel(OptLevel), /*AsmVerbose=*/false);
  O.CodeGen.FileType = CodeGenFileType::ObjectFile;
  return O;
}

/// Checks one module; returns the failures (empty: passed) and counts the
/// splits made.
static Expected<std::vector<std::string>>
checkModule(StringRef Input, StringRef Dir, StringRef LDPath, unsigned &Splits,
            unsigned DriverTurn) {
  std::vector<std::string> Fail;
  SmallString<128> Whole(Dir);
  sys::path::append(Whole, "whole.o");
  parcg::Options W = baseOptions(Input);
  W.Partition.NumPartitions = 1;
  W.OutputFilename = Whole.str().str();
  if (Error E = parcg::run(W)) {
    // llc refuses it too: not a module for this check.
    consumeError(std::move(E));
    return Fail;
  }
  auto WholeBuf = readFile(Whole);
  if (!WholeBuf)
    return WholeBuf.takeError();

  for (unsigned N : Counts) {
    std::string At = "partitions " + utostr(N) + ": ";
    SmallString<128> PartsDir(Dir), One(Dir), Ref(Dir);
    sys::path::append(PartsDir, "parts" + utostr(N));
    sys::path::append(One, "one" + utostr(N) + ".o");
    sys::path::append(Ref, "ref" + utostr(N) + ".o");
    sys::fs::remove_directories(PartsDir);
    parcg::Options P = baseOptions(Input);
    P.Partition.NumPartitions = N;
    P.OutputDir = PartsDir.str().str();
    std::vector<std::string> Written;
    if (Error E = parcg::run(P, Written)) {
      Fail.push_back(At + "--output-dir: " + toString(std::move(E)));
      return Fail;
    }
    // The one object: the single writer fed the partition objects in
    // order, as the driver feeds it. One count per module (by turns) also
    // goes through the driver's -o, whose bytes must be the writer's.
    std::vector<std::unique_ptr<MemoryBuffer>> PartBufs;
    std::vector<MemoryBufferRef> PartRefs;
    parcg::ObjectWriter OW;
    for (const std::string &Obj : Written) {
      auto B = readFile(Obj);
      if (!B)
        return B.takeError();
      PartRefs.push_back((*B)->getMemBufferRef());
      PartBufs.push_back(std::move(*B));
      if (Error E = OW.add(PartRefs.back())) {
        Fail.push_back(At + "the single writer refuses what --output-dir "
                            "wrote: " +
                       toString(std::move(E)));
        return Fail;
      }
    }
    SmallVector<char, 0> Merged;
    if (PartRefs.size() == 1) {
      // One partition: -o writes its object as it is.
      StringRef Only = PartRefs[0].getBuffer();
      Merged.assign(Only.begin(), Only.end());
    } else if (Error E = OW.finish(Merged)) {
      Fail.push_back(At + "the single writer fails: " + toString(std::move(E)));
      return Fail;
    }
    if (Counts[DriverTurn % Counts.size()] == N) {
      parcg::Options O = baseOptions(Input);
      O.Partition.NumPartitions = N;
      O.OutputFilename = One.str().str();
      if (Error E = parcg::run(O)) {
        Fail.push_back(At + "-o refused what --output-dir wrote: " +
                       toString(std::move(E)));
        return Fail;
      }
      auto Driver = readFile(One);
      if (!Driver)
        return Driver.takeError();
      if ((*Driver)->getBuffer() != StringRef(Merged.data(), Merged.size())) {
        Fail.push_back(At + "-o wrote other bytes than the single writer "
                            "makes of the --output-dir objects");
        return Fail;
      }
      // Workers that read the whole module lazily (--split-modules=false,
      // also the route of modules whose metadata names globals) make the
      // same partition objects as the split modules.
      SmallString<128> SharedDir(Dir);
      sys::path::append(SharedDir, "shared" + utostr(N));
      sys::fs::remove_directories(SharedDir);
      parcg::Options S = baseOptions(Input);
      S.Partition.NumPartitions = N;
      S.OutputDir = SharedDir.str().str();
      S.SplitModules = false;
      std::vector<std::string> SharedWritten;
      if (Error E = parcg::run(S, SharedWritten)) {
        Fail.push_back(At + "--split-modules=false: " + toString(std::move(E)));
        return Fail;
      }
      for (unsigned I = 0; I < SharedWritten.size(); ++I) {
        auto B = readFile(SharedWritten[I]);
        if (!B)
          return B.takeError();
        if (I >= PartRefs.size() ||
            (*B)->getBuffer() != PartRefs[I].getBuffer()) {
          Fail.push_back(At + "partition " + utostr(I) +
                         ": --split-modules=false wrote other bytes");
          return Fail;
        }
      }
    }
    ++Splits;
    // ld.lld -r of the partition objects.
    SmallString<128> LinkLog(Dir);
    sys::path::append(LinkLog, "ld.log");
    auto RefBuf = parcg::fuzz::linkRelocatable(LDPath, Written, Ref, LinkLog);
    if (!RefBuf) {
      Fail.push_back(At + "the partitions: " + toString(RefBuf.takeError()));
      return Fail;
    }
    auto Diffs = parcg::fuzz::compareWithRelocatableLink(
        MemoryBufferRef(StringRef(Merged.data(), Merged.size()), One),
        (*RefBuf)->getMemBufferRef(), PartRefs);
    if (!Diffs)
      return Diffs.takeError();
    for (const std::string &D : *Diffs)
      Fail.push_back(At + "-o against ld -r: " + D);
    auto Syms = parcg::fuzz::compareDefinedSymbols(
        (*WholeBuf)->getMemBufferRef(), (*RefBuf)->getMemBufferRef());
    if (!Syms)
      return Syms.takeError();
    for (const std::string &D : *Syms)
      Fail.push_back(At + "symbols against llc: " + D);
    if (!Fail.empty())
      return Fail;
  }
  return Fail;
}

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  InitializeAllTargets();
  InitializeAllTargetMCs();
  InitializeAllAsmPrinters();
  InitializeAllAsmParsers();
  cl::ParseCommandLineOptions(argc, argv, "parcg split-objects checker\n");
  if (Counts.empty())
    for (unsigned N : {2u, 3u, 8u, 16u})
      Counts.push_back(N);
  ErrorOr<std::string> LDPath = sys::findProgramByName(LD);
  if (!LDPath) {
    errs() << "parcg-fuzz-objects: " << LD << " not found\n";
    return 2;
  }
  SmallString<128> Dir(Work);
  if (Dir.empty()) {
    if (std::error_code EC =
            sys::fs::createUniqueDirectory("parcg-fuzz-objects", Dir)) {
      errs() << "parcg-fuzz-objects: " << EC.message() << "\n";
      return 2;
    }
  } else {
    sys::fs::create_directories(Dir);
  }
  unsigned Modules = 0, Splits = 0;
  for (const std::string &In : Inputs) {
    Expected<std::vector<std::string>> F = checkModule(In, Dir, *LDPath, Splits, Modules);
    if (!F) {
      errs() << "parcg-fuzz-objects: " << In << ": "
             << toString(F.takeError()) << "\n";
      return 2;
    }
    ++Modules;
    if (!F->empty()) {
      for (const std::string &L : *F)
        outs() << "FAIL " << In << ": " << L << "\n";
      outs() << "files in " << Dir << "\n";
      return 1;
    }
  }
  outs() << "fuzz-objects: " << Modules << " modules, " << Splits
         << " splits, no failure\n";
  if (Work.empty())
    sys::fs::remove_directories(Dir);
  return 0;
}
