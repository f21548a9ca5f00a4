//===- Distributor.cpp - Partition jobs run by an external distributor ----===//

#include "Distributor.h"
#include "Phases.h"
#include "parcg/Driver.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace parcg;

Expected<JobDirectory> JobDirectory::create(StringRef Near) {
  SmallString<128> Prefix(Near);
  sys::fs::make_absolute(Prefix);
  Prefix += ".parcg-jobs";
  SmallString<128> Dir;
  if (std::error_code EC = sys::fs::createUniqueDirectory(Prefix, Dir))
    return fileError(Prefix, "cannot create the job directory: " +
                                 EC.message());
  JobDirectory J;
  J.Path = Dir.str().str();
  return J;
}

JobDirectory::JobDirectory(JobDirectory &&Other)
    : Path(std::move(Other.Path)), Files(std::move(Other.Files)) {
  Other.Path.clear();
  Other.Files.clear();
}

JobDirectory::~JobDirectory() {
  if (Path.empty())
    return;
  for (const std::string &F : Files) {
    sys::fs::remove(F);
    sys::DontRemoveFileOnSignal(F);
  }
  sys::fs::remove_directories(Path, /*IgnoreErrors=*/true);
}

std::string JobDirectory::file(StringRef Name) {
  SmallString<128> P(Path);
  sys::path::append(P, Name);
  std::lock_guard<std::mutex> Lock(FilesMutex);
  Files.push_back(P.str().str());
  sys::RemoveFileOnSignal(Files.back());
  return Files.back();
}

std::vector<std::string> parcg::remoteCommonArgs(const DistributorOptions &D,
                                                 unsigned OptLevel,
                                                 StringRef PartitionPasses) {
  std::vector<std::string> Args{D.RemoteCompiler};
  Args.insert(Args.end(), D.CodeGenArgs.begin(), D.CodeGenArgs.end());
  Args.push_back("-O" + utostr(OptLevel));
  Args.push_back("--partitions=1");
  if (!PartitionPasses.empty())
    Args.push_back(("-passes=" + PartitionPasses).str());
  return Args;
}

std::string parcg::jobFileText(StringRef LinkerOutput,
                               ArrayRef<std::string> CommonArgs,
                               ArrayRef<DistributedJob> Jobs) {
  std::string Text;
  raw_string_ostream OS(Text);
  json::OStream J(OS, 2);
  auto Strings = [&](ArrayRef<std::string> L) {
    J.array([&] {
      for (const std::string &S : L)
        J.value(S);
    });
  };
  J.object([&] {
    J.attributeObject("common", [&] {
      J.attribute("linker_output", LinkerOutput);
      J.attributeBegin("args");
      Strings(CommonArgs);
      J.attributeEnd();
      J.attributeBegin("inputs");
      Strings({});
      J.attributeEnd();
    });
    J.attributeArray("jobs", [&] {
      for (const DistributedJob &Job : Jobs)
        J.object([&] {
          J.attributeBegin("args");
          Strings({Job.Bitcode, "-o", Job.Object});
          J.attributeEnd();
          J.attributeBegin("inputs");
          Strings({Job.Bitcode});
          J.attributeEnd();
          J.attributeBegin("outputs");
          Strings({Job.Object});
          J.attributeEnd();
        });
    });
  });
  OS << "\n";
  return Text;
}

Error parcg::runDistributor(const DistributorOptions &D, StringRef JobFile) {
  std::string Exe = D.Exe;
  if (!StringRef(Exe).contains('/')) {
    ErrorOr<std::string> Found = sys::findProgramByName(Exe);
    if (!Found)
      return fileError(D.Exe, "distributor not found: " +
                                  Found.getError().message());
    Exe = *Found;
  }
  SmallVector<StringRef, 8> Argv{D.Exe};
  for (const std::string &A : D.Args)
    Argv.push_back(A);
  Argv.push_back(JobFile);
  std::string Msg;
  bool ExecFailed = false;
  int RC = sys::ExecuteAndWait(Exe, Argv, /*Env=*/std::nullopt,
                               /*Redirects=*/{}, /*SecondsToWait=*/0,
                               /*MemoryLimit=*/0, &Msg, &ExecFailed);
  if (ExecFailed)
    return fileError(D.Exe, "cannot run the distributor: " + Msg);
  if (RC == -2)
    return fileError(D.Exe, "the distributor crashed: " + Msg);
  if (RC != 0)
    return fileError(D.Exe, "the distributor failed (exit status " +
                                Twine(RC) + ")");
  return Error::success();
}

Expected<SmallVector<char, 0>> parcg::readJobOutput(const DistributedJob &Job,
                                                   bool Asm) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(Job.Object, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!Buf)
    return fileError(Job.Object, "the job left no object: " +
                                     Buf.getError().message());
  StringRef Bytes = (*Buf)->getBuffer();
  if (Asm) {
    if (Bytes.empty() || Bytes.contains('\0'))
      return fileError(Job.Object, "the job's output is not assembly text");
  } else {
    Expected<std::unique_ptr<object::ObjectFile>> Obj =
        object::ObjectFile::createObjectFile((*Buf)->getMemBufferRef());
    if (!Obj)
      return fileError(Job.Object, "the job's output is not a valid object: " +
                                       toString(Obj.takeError()));
  }
  return SmallVector<char, 0>(Bytes.begin(), Bytes.end());
}
