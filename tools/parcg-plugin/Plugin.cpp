//===- Plugin.cpp - ParCG as a GNU linker plugin --------------------------===//
//
// parcg-plugin.so does LLVMgold.so's job (full LTO inside ld.bfd, ld.gold
// and mold through the GNU linker plugin API) with ParCG's back half: the
// claimed bitcode files and the linker's resolutions go to the whole-program
// mode (IPO once), whose partitions are optimized and compiled on worker
// threads; the objects go back to the linker with add_input_file.
//
// The plugin API is C callbacks without a user pointer, so the state of one
// link lives in this file's statics (the one place the project allows
// globals): the linker's entry points, the options, the claimed files.
//
// Temporary files are private to the link: one directory made by mkdtemp
// (0700) under $TMPDIR, removed by the cleanup hook on every path,
// failure included, unless save-temps asks to keep the files next to the
// output.
//
//===----------------------------------------------------------------------===//

#include "parcg/Driver.h"
#include "parcg/PartitionCache.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/Support/Caching.h"
#include "llvm/CodeGen/CommandFlags.h"
#include "llvm/IR/GlobalValue.h"
#include "llvm/LTO/LTO.h"
#include "llvm/Remarks/HotnessThresholdParser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Threading.h"
#include <cstdarg>
#include <dlfcn.h>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <plugin-api.h>
#include <string>
#include <unistd.h>
#include <vector>

using namespace llvm;
using namespace parcg;

// LLVM's codegen flags, at their defaults, so the target options are llc's
// (no tool parses them: nothing here reads the command line).
static codegen::RegisterCodeGenFlags CodeGenFlags;

namespace {

struct ClaimedFile {
  std::string Name;
  void *Handle = nullptr;
  std::unique_ptr<MemoryBuffer> Bytes;
  std::unique_ptr<lto::InputFile> Input;
  /// ThinLTO bitcode (it has a summary index): LLVM's ThinLTO backend
  /// compiles it, not ParCG's partitions.
  bool Thin = false;
  std::vector<std::string> Strings; // Storage for Syms' names.
  std::vector<ld_plugin_symbol> Syms;
};

/// -plugin-opt=... values, LLVMgold's names where the meaning is the same.
struct PluginOptions {
  /// Every -plugin-opt= as given, in order (for the cache's key).
  std::vector<std::string> Raw;
  unsigned OptLevel = 2;
  std::string CPU, Triple;
  unsigned Jobs = 0;
  /// jobs=jobserver: the slots of make's jobserver (Options::Jobserver).
  bool Jobserver = false;
  std::optional<unsigned> Partitions;
  bool SaveTemps = false;
  std::string ObjPath;
  bool EmitAsm = false;
  bool EmitLLVM = false;
  std::string TimeTrace;
  bool DisableVerify = false;
  std::string PlanFile;
  std::string PartitionBase;
  std::vector<std::string> CostProfiles;
  std::string CostProfileOut;
  bool ReportTimes = false;
  PartitionStrategy Strategy = PartitionOptions().Strategy;
  unsigned TimeTraceGranularity = 500;
  bool DisableOutput = false;
  bool WholeProgramVisibility = false;
  std::string SampleProfile, CSIRProfile;
  bool DebugPassManager = false;
  bool MergeFunctions = false;
  /// thin-as-full: ThinLTO bitcode merged and partitioned by ParCG with
  /// the full-LTO bitcode, not compiled by LLVM's ThinLTO backend.
  bool ThinAsFull = false;
  WholeProgramOptions::RemarksOptions Remarks;
  std::string DwoDir;
  std::string CacheDir, CachePolicy;
  /// distributor=, distributor-arg= (repeatable), remote-compiler=.
  std::string Distributor, RemoteCompiler;
  std::vector<std::string> DistributorArgs;
  /// -plugin-opt=-<flag>: LLVM's own options, as LLVMgold forwards them.
  std::vector<std::string> LLVMArgs;
};

} // namespace

static ld_plugin_message Message;
static ld_plugin_add_symbols AddSymbols;
static ld_plugin_get_symbols GetSymbols;
static unsigned GetSymbolsVersion = 0;
static ld_plugin_add_input_file AddInputFile;
static ld_plugin_output_file_type OutputType = LDPO_EXEC;
static std::string OutputName = "a.out";
static PluginOptions PluginOpts;
static std::vector<ClaimedFile> Claimed;
static std::string TempDir;

/// The parcg installed with this plugin (<prefix>/bin/parcg beside
/// <prefix>/lib/parcg-plugin.so, as the build tree has them too), else the
/// one on PATH.
static std::string defaultRemoteCompiler() {
  Dl_info Info;
  if (dladdr(reinterpret_cast<void *>(&defaultRemoteCompiler), &Info) &&
      Info.dli_fname) {
    SmallString<256> P(Info.dli_fname);
    sys::fs::make_absolute(P);
    sys::path::remove_filename(P);
    sys::path::append(P, "..", "bin", "parcg");
    if (sys::fs::can_execute(P))
      return std::string(P);
  }
  ErrorOr<std::string> Found = sys::findProgramByName("parcg");
  return Found ? *Found : std::string("parcg");
}

/// Reports through the linker's diagnostics channel (never an abort).
static void report(ld_plugin_level Level, const Twine &Msg) {
  std::string S = "parcg-plugin: " + Msg.str();
  if (Message)
    Message(Level, "%s", S.c_str());
  else
    fprintf(stderr, "%s\n", S.c_str());
}

static Error parseOption(StringRef Opt) {
  auto Number = [&](StringRef V, unsigned &Out) -> Error {
    if (V.getAsInteger(10, Out))
      return createStringError("-plugin-opt=%s: expected a number",
                               Opt.str().c_str());
    return Error::success();
  };
  StringRef V;
  if (Opt.size() == 2 && Opt[0] == 'O' && Opt[1] >= '0' && Opt[1] <= '3') {
    PluginOpts.OptLevel = Opt[1] - '0';
  } else if (Opt.consume_front("mcpu=")) {
    PluginOpts.CPU = Opt.str();
  } else if (Opt.consume_front("mtriple=")) {
    PluginOpts.Triple = Opt.str();
  } else if (Opt == "jobs=jobserver") {
    PluginOpts.Jobserver = true;
  } else if (Opt.starts_with("jobs=")) {
    PluginOpts.Jobserver = false;
    return Number(Opt.drop_front(5), PluginOpts.Jobs);
  } else if (Opt.starts_with("lto-partitions=")) {
    V = Opt.drop_front(15);
    if (V == "auto") {
      PluginOpts.Partitions.reset();
      return Error::success();
    }
    unsigned N;
    if (Error E = Number(V, N))
      return E;
    if (N == 0)
      return createStringError("-plugin-opt=%s: expected a positive number "
                               "or 'auto'",
                               Opt.str().c_str());
    PluginOpts.Partitions = N;
  } else if (Opt == "save-temps") {
    PluginOpts.SaveTemps = true;
  } else if (Opt.consume_front("obj-path=")) {
    PluginOpts.ObjPath = Opt.str();
  } else if (Opt == "emit-asm") {
    PluginOpts.EmitAsm = true;
  } else if (Opt == "emit-llvm") {
    PluginOpts.EmitLLVM = true;
  } else if (Opt.consume_front("time-trace=")) {
    PluginOpts.TimeTrace = Opt.str();
  } else if (Opt == "disable-verify") {
    PluginOpts.DisableVerify = true;
  } else if (Opt.consume_front("partition-plan=")) {
    PluginOpts.PlanFile = Opt.str();
  } else if (Opt.consume_front("partition-base=")) {
    PluginOpts.PartitionBase = Opt.str();
  } else if (Opt.consume_front("cost-profile=")) {
    PluginOpts.CostProfiles.push_back(Opt.str());
  } else if (Opt.consume_front("write-cost-profile=")) {
    PluginOpts.CostProfileOut = Opt.str();
  } else if (Opt == "report-times") {
    PluginOpts.ReportTimes = true;
  } else if (Opt.consume_front("partition-strategy=")) {
    if (Opt == "balanced")
      PluginOpts.Strategy = PartitionStrategy::Balanced;
    else if (Opt == "stable")
      PluginOpts.Strategy = PartitionStrategy::Stable;
    else if (Opt == "roundrobin")
      PluginOpts.Strategy = PartitionStrategy::RoundRobin;
    else
      return createStringError("-plugin-opt=partition-strategy=%s: expected "
                               "balanced, stable or roundrobin",
                               Opt.str().c_str());
  } else if (Opt.starts_with("time-trace-granularity=")) {
    return Number(Opt.drop_front(23), PluginOpts.TimeTraceGranularity);
  } else if (Opt == "disable-output") {
    PluginOpts.DisableOutput = true;
  } else if (Opt == "whole-program-visibility") {
    PluginOpts.WholeProgramVisibility = true;
  } else if (Opt.consume_front("sample-profile=")) {
    PluginOpts.SampleProfile = Opt.str();
  } else if (Opt.consume_front("cs-profile-path=")) {
    PluginOpts.CSIRProfile = Opt.str();
  } else if (Opt == "debug-pass-manager") {
    PluginOpts.DebugPassManager = true;
  } else if (Opt == "asm-verbose") {
    // Older LLVMgold's: emit-asm output is always commented now.
  } else if (Opt == "new-pass-manager") {
    // LLVMgold accepts it and does nothing: the new pass manager is the
    // only one.
  } else if (Opt == "merge-functions") {
    PluginOpts.MergeFunctions = true;
  } else if (Opt == "thin-as-full") {
    PluginOpts.ThinAsFull = true;
  } else if (Opt.consume_front("opt-remarks-filename=")) {
    PluginOpts.Remarks.Filename = Opt.str();
  } else if (Opt.consume_front("opt-remarks-passes=")) {
    PluginOpts.Remarks.Passes = Opt.str();
  } else if (Opt.consume_front("opt-remarks-format=")) {
    // Each partition's remarks are a stream of their own: YAML streams
    // join into one file, bitstream ones do not.
    if (Opt != "yaml")
      return createStringError("-plugin-opt=opt-remarks-format=%s: ParCG "
                               "writes YAML remarks only (one file from "
                               "many partitions); use "
                               "opt-remarks-format=yaml",
                               Opt.str().c_str());
    PluginOpts.Remarks.Format = Opt.str();
  } else if (Opt == "opt-remarks-with-hotness") {
    PluginOpts.Remarks.WithHotness = true;
  } else if (Opt.consume_front("opt-remarks-hotness-threshold=")) {
    Expected<std::optional<uint64_t>> T =
        remarks::parseHotnessThresholdOption(Opt);
    if (!T)
      return createStringError("-plugin-opt=opt-remarks-hotness-threshold=%s"
                               ": %s",
                               Opt.str().c_str(),
                               toString(T.takeError()).c_str());
    PluginOpts.Remarks.HotnessThreshold = *T;
  } else if (Opt.consume_front("dwo_dir=")) {
    PluginOpts.DwoDir = Opt.str();
  } else if (Opt.consume_front("distributor=")) {
    PluginOpts.Distributor = Opt.str();
  } else if (Opt.consume_front("distributor-arg=")) {
    PluginOpts.DistributorArgs.push_back(Opt.str());
  } else if (Opt.consume_front("remote-compiler=")) {
    PluginOpts.RemoteCompiler = Opt.str();
  } else if (Opt.consume_front("cache-dir=")) {
    PluginOpts.CacheDir = Opt.str();
  } else if (Opt.consume_front("cache-policy=")) {
    PluginOpts.CachePolicy = Opt.str();
    if (Error E = checkCachePolicy(PluginOpts.CachePolicy))
      return createStringError("-plugin-opt=cache-policy=%s: %s",
                               Opt.str().c_str(),
                               toString(std::move(E)).c_str());
  } else if (Opt == "thinlto" || Opt == "cs-profile-generate" ||
             Opt.starts_with("thinlto-") || Opt.starts_with("stats-file=") ||
             Opt.starts_with("extra-library-path=")) {
    return createStringError(
        "-plugin-opt=%s is an LLVMgold option ParCG does not support "
        "(docs/Plugin.md lists what it offers); link with LLVMgold.so for it",
        Opt.str().c_str());
  } else if (Opt.starts_with("-")) {
    // LLVM's own flags (-pass-remarks=, -x86-relax-relocations=...), as
    // LLVMgold forwards them; a flag LLVM does not know is an error there.
    PluginOpts.LLVMArgs.push_back(Opt.str());
  } else {
    // LLVMgold hands other unknown names to LLVM's option parser too; a
    // misspelt option that silently does nothing is worse, so we refuse it.
    return createStringError("unknown option -plugin-opt=%s (LLVM's own "
                             "flags are spelt -plugin-opt=-<flag>)",
                             Opt.str().c_str());
  }
  return Error::success();
}

/// Reads Size bytes at Offset of the input (relative to its start, which
/// for an archive member is not the file's). Returns why it failed, or
/// null.
static const char *readAt(const ld_plugin_input_file &File, uint64_t Offset,
                          uint64_t Size, void *To) {
  if (Offset > uint64_t(File.filesize) ||
      Size > uint64_t(File.filesize) - Offset)
    return "beyond the end of the input";
  char *P = static_cast<char *>(To);
  off_t At = File.offset + Offset;
  while (Size > 0) {
    ssize_t N = pread(File.fd, P, Size, At);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return N == 0 ? "unexpected end of file" : strerror(errno);
    P += N;
    Size -= N;
    At += N;
  }
  return nullptr;
}

/// The bytes of a file the linker offers: the whole file, or an archive
/// member at its offset.
static Expected<std::unique_ptr<MemoryBuffer>>
readInput(const ld_plugin_input_file &File) {
  std::unique_ptr<WritableMemoryBuffer> Buf =
      WritableMemoryBuffer::getNewUninitMemBuffer(File.filesize, File.name);
  if (!Buf)
    return createStringError("%s: out of memory", File.name);
  if (const char *Why = readAt(File, 0, File.filesize, Buf->getBufferStart()))
    return createStringError("%s: cannot read: %s", File.name, Why);
  return std::move(Buf);
}

namespace {
/// Where a fat LTO object keeps its bitcode.
struct SectionRange {
  uint64_t Offset = 0, Size = 0;
};
} // namespace

/// The .llvm.lto section of an ELF relocatable object: a fat LTO object
/// (clang -ffat-lto-objects) carries native code and, there, the bitcode a
/// LTO link uses instead. Only the headers and the section names are read:
/// most inputs are plain objects. Anything malformed is "no section": the
/// linker reads the file itself and reports what is wrong with it.
static std::optional<SectionRange>
findFatLTOSection(const ld_plugin_input_file &File) {
  unsigned char Ident[64];
  if (readAt(File, 0, sizeof(Ident), Ident) ||
      memcmp(Ident, "\x7f" "ELF", 4) != 0)
    return std::nullopt;
  bool Is64 = Ident[4] == 2;
  bool Big = Ident[5] == 2;
  if ((Ident[4] != 1 && !Is64) || (Ident[5] != 1 && !Big))
    return std::nullopt;
  auto Get = [Big](const unsigned char *P, unsigned Bytes) {
    uint64_t V = 0;
    for (unsigned I = 0; I < Bytes; ++I)
      V |= uint64_t(P[Big ? Bytes - 1 - I : I]) << (8 * I);
    return V;
  };
  if (Get(Ident + 16, 2) != 1) // ET_REL
    return std::nullopt;
  uint64_t ShOff = Is64 ? Get(Ident + 0x28, 8) : Get(Ident + 0x20, 4);
  uint64_t ShEntSize = Get(Ident + (Is64 ? 0x3a : 0x2e), 2);
  uint64_t ShNum = Get(Ident + (Is64 ? 0x3c : 0x30), 2);
  uint64_t ShStrNdx = Get(Ident + (Is64 ? 0x3e : 0x32), 2);
  unsigned Need = Is64 ? 0x40 : 0x28;
  if (ShOff == 0 || ShEntSize < Need)
    return std::nullopt;
  // Section header 0 holds the counts that do not fit in the ELF header.
  std::vector<unsigned char> Sh0(ShEntSize);
  if (readAt(File, ShOff, ShEntSize, Sh0.data()))
    return std::nullopt;
  if (ShNum == 0)
    ShNum = Is64 ? Get(&Sh0[0x20], 8) : Get(&Sh0[0x14], 4);
  if (ShStrNdx == 0xffff) // SHN_XINDEX
    ShStrNdx = Get(&Sh0[Is64 ? 0x28 : 0x18], 4);
  if (ShNum == 0 || ShStrNdx >= ShNum ||
      ShNum > uint64_t(File.filesize) / ShEntSize)
    return std::nullopt;
  std::vector<unsigned char> Headers(ShNum * ShEntSize);
  if (readAt(File, ShOff, Headers.size(), Headers.data()))
    return std::nullopt;
  auto Range = [&](uint64_t I) {
    const unsigned char *H = &Headers[I * ShEntSize];
    return SectionRange{Is64 ? Get(H + 0x18, 8) : Get(H + 0x10, 4),
                        Is64 ? Get(H + 0x20, 8) : Get(H + 0x14, 4)};
  };
  SectionRange Names = Range(ShStrNdx);
  std::vector<char> Strings(Names.Size);
  if (readAt(File, Names.Offset, Names.Size, Strings.data()))
    return std::nullopt;
  static const char Wanted[] = ".llvm.lto";
  for (uint64_t I = 1; I < ShNum; ++I) {
    uint64_t Name = Get(&Headers[I * ShEntSize], 4);
    if (Name < Strings.size() &&
        Strings.size() - Name >= sizeof(Wanted) &&
        memcmp(&Strings[Name], Wanted, sizeof(Wanted)) == 0)
      return Range(I);
  }
  return std::nullopt;
}

static ld_plugin_status claimFile(const ld_plugin_input_file *File,
                                  int *IsClaimed) {
  *IsClaimed = 0;
  // Errors here are fatal, as LLVMgold makes them: ld.gold goes on after a
  // failed claim and reads the bitcode file as a linker script. Nothing of
  // the link's is held yet, so ending it here leaves nothing behind.
  // Look at the magic first: most inputs are not bitcode.
  char Magic[4];
  if (readAt(*File, 0, sizeof(Magic), Magic))
    return LDPS_OK;
  std::string Name = File->name;
  if (File->offset != 0)
    Name += "@" + utostr(File->offset); // An archive member.
  Expected<std::unique_ptr<MemoryBuffer>> Bytes =
      std::unique_ptr<MemoryBuffer>();
  if (isBitcode(reinterpret_cast<const unsigned char *>(Magic),
                reinterpret_cast<const unsigned char *>(Magic) + 4)) {
    Bytes = readInput(*File);
  } else if (std::optional<SectionRange> Fat = findFatLTOSection(*File)) {
    // A fat LTO object: its bitcode takes part in LTO, and its native code
    // is not used (as LLVMgold and lld take it). Bad bitcode there is an
    // error, not a reason to fall back to the native code.
    std::unique_ptr<WritableMemoryBuffer> Buf =
        WritableMemoryBuffer::getNewUninitMemBuffer(Fat->Size, Name);
    if (!Buf || readAt(*File, Fat->Offset, Fat->Size, Buf->getBufferStart())) {
      report(LDPL_FATAL, Name + ": cannot read its .llvm.lto section");
      return LDPS_ERR;
    }
    const unsigned char *Start =
        reinterpret_cast<const unsigned char *>(Buf->getBufferStart());
    if (!isBitcode(Start, Start + Buf->getBufferSize())) {
      report(LDPL_FATAL, Name + ": its .llvm.lto section is not bitcode");
      return LDPS_ERR;
    }
    Name += " (.llvm.lto)";
    Bytes = std::move(Buf);
  } else {
    return LDPS_OK;
  }
  if (!Bytes) {
    report(LDPL_FATAL, toString(Bytes.takeError()));
    return LDPS_ERR;
  }
  Expected<std::unique_ptr<lto::InputFile>> Input =
      lto::InputFile::create((*Bytes)->getMemBufferRef());
  if (!Input) {
    report(LDPL_FATAL, Name + ": " + toString(Input.takeError()));
    return LDPS_ERR;
  }
  *IsClaimed = 1;

  Expected<BitcodeLTOInfo> Info =
      (*Input)->getSingleBitcodeModule().getLTOInfo();
  if (!Info) {
    report(LDPL_FATAL, Name + ": " + toString(Info.takeError()));
    return LDPS_ERR;
  }
  ClaimedFile C;
  C.Name = Name;
  C.Thin = Info->IsThinLTO && !PluginOpts.ThinAsFull;
  C.Handle = File->handle;
  C.Bytes = std::move(*Bytes);
  C.Input = std::move(*Input);
  // Strings first, so the pointers into them stay put.
  for (const lto::InputFile::Symbol &Sym : C.Input->symbols()) {
    C.Strings.push_back(Sym.getName().str());
    int Comdat = Sym.getComdatIndex();
    C.Strings.push_back(
        Comdat < 0 ? std::string()
                   : C.Input->getComdatTable()[Comdat].first.str());
  }
  unsigned I = 0;
  for (const lto::InputFile::Symbol &Sym : C.Input->symbols()) {
    ld_plugin_symbol S;
    memset(&S, 0, sizeof(S));
    S.name = const_cast<char *>(C.Strings[2 * I].c_str());
    const std::string &Comdat = C.Strings[2 * I + 1];
    S.comdat_key = Comdat.empty() ? nullptr : const_cast<char *>(Comdat.c_str());
    ++I;
    if (Sym.isUndefined())
      S.def = Sym.isWeak() ? LDPK_WEAKUNDEF : LDPK_UNDEF;
    else if (Sym.isCommon())
      S.def = LDPK_COMMON;
    else
      S.def = Sym.isWeak() ? LDPK_WEAKDEF : LDPK_DEF;
    switch (Sym.getVisibility()) {
    case GlobalValue::HiddenVisibility:
      S.visibility = LDPV_HIDDEN;
      break;
    case GlobalValue::ProtectedVisibility:
      S.visibility = LDPV_PROTECTED;
      break;
    default:
      S.visibility = LDPV_DEFAULT;
      break;
    }
    S.size = Sym.isCommon() ? Sym.getCommonSize() : 0;
    S.resolution = LDPR_UNKNOWN;
    C.Syms.push_back(S);
  }
  if (!C.Syms.empty() &&
      AddSymbols(C.Handle, C.Syms.size(), C.Syms.data()) != LDPS_OK) {
    report(LDPL_FATAL, Name + ": the linker did not take its symbols");
    return LDPS_ERR;
  }
  Claimed.push_back(std::move(C));
  return LDPS_OK;
}

/// The linker's resolution of one symbol, as LLVMgold translates it.
/// NonDefaultVisibility: some bitcode file of the link gives the name
/// hidden or protected visibility, which the linker then gives the symbol
/// (the most constraining visibility wins).
static LinkerResolution translate(const lto::InputFile::Symbol &Sym,
                                  ld_plugin_symbol_resolution R,
                                  bool NonDefaultVisibility) {
  LinkerResolution L;
  bool Defined = !Sym.isUndefined();
  switch (R) {
  case LDPR_RESOLVED_DYN:
    L.ExportDynamic = true;
    break;
  case LDPR_PREVAILING_DEF_IRONLY:
    L.Prevailing = Defined;
    break;
  case LDPR_PREVAILING_DEF:
    L.Prevailing = Defined;
    L.VisibleToRegularObj = true;
    break;
  case LDPR_PREVAILING_DEF_IRONLY_EXP:
    L.Prevailing = Defined;
    // Kept in the dynamic symbol table unless nothing can tell it is gone.
    L.VisibleToRegularObj = !Sym.canBeOmittedFromSymbolTable();
    break;
  default:
    break;
  }
  bool Executable = OutputType == LDPO_EXEC || OutputType == LDPO_PIE;
  if (R != LDPR_RESOLVED_DYN && R != LDPR_UNDEF &&
      (Executable || NonDefaultVisibility))
    L.FinalDefinitionInLinkageUnit = true;
  // A relocatable output is linked again: every definition stays visible.
  if (OutputType == LDPO_REL && Defined)
    L.VisibleToRegularObj = true;
  return L;
}

static Error makeTempDir() {
  const char *Base = getenv("TMPDIR");
  std::string Pattern =
      std::string(Base && *Base ? Base : "/tmp") + "/parcg-plugin-XXXXXX";
  std::vector<char> Buf(Pattern.begin(), Pattern.end());
  Buf.push_back('\0');
  if (!mkdtemp(Buf.data())) // 0700: private to this link.
    return createStringError("cannot create a temporary directory from %s: %s",
                             Pattern.c_str(), strerror(errno));
  TempDir = Buf.data();
  return Error::success();
}

static void removeTempDir() {
  if (TempDir.empty())
    return;
  if (std::error_code EC = sys::fs::remove_directories(TempDir))
    report(LDPL_WARNING, TempDir + ": " + EC.message());
  TempDir.clear();
}

/// ThinLTO bitcode through LLVM's own ThinLTO backend, with the link's
/// options: the objects (or with emit-asm, emit-llvm the outputs) in task
/// order, tasks numbered from FirstTask.
static Error runThinLTO(const Options &Opts, ArrayRef<ClaimedFile *> Thin,
                        const StringSet<> &InRegular,
                        const StringSet<> &NonDefault, unsigned FirstTask,
                        std::vector<std::string> &Written) {
  const WholeProgramOptions &W = Opts.LTO;
  const CodeGenOptions &CG = Opts.CodeGen;
  lto::Config Conf;
  configureLTO(Opts, Thin.front()->Input->getTargetTriple(), Conf);
  Conf.CGFileType = CG.FileType;
  Conf.DisableVerify = CG.DisableVerify;
  Conf.PTO.LoopVectorization = Conf.PTO.SLPVectorization = W.OptLevel > 1;
  Conf.PTO.MergeFunctions = W.MergeFunctions;
  Conf.DwoDir = CG.DwoDir;
  // LLVM's LTO names a thin task's remarks <file>.thin.<task>.yaml.
  std::string Errors;
  // Thin tasks run on the backend's threads.
  std::mutex Lock;
  Conf.DiagHandler = [&](const DiagnosticInfo &DI) {
    std::string Msg;
    raw_string_ostream OS(Msg);
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    std::lock_guard<std::mutex> Guard(Lock);
    if (DI.getSeverity() == DS_Error)
      Errors += (Errors.empty() ? "" : "\n") + Msg;
    else
      report(DI.getSeverity() == DS_Warning ? LDPL_WARNING : LDPL_INFO, Msg);
  };
  if (W.DisableOutput)
    Conf.PreOptModuleHook = [](unsigned, const Module &) { return false; };
  // The output file of a task: LLVMgold's names (<output><task>) for
  // emit-asm and emit-llvm, obj-path's for obj-path=, the private
  // directory's otherwise.
  auto PathFor = [&](unsigned Task) -> std::string {
    if (PluginOpts.EmitAsm || PluginOpts.EmitLLVM)
      return OutputName + utostr(Task);
    if (!PluginOpts.ObjPath.empty())
      return PluginOpts.ObjPath + utostr(Task);
    return TempDir + "/thin." + utostr(Task) + ".o";
  };
  std::string EmitError;
  if (PluginOpts.EmitLLVM)
    Conf.PostInternalizeModuleHook = [&](unsigned Task, const Module &M) {
      std::error_code EC;
      raw_fd_ostream OS(PathFor(Task), EC);
      if (!EC)
        WriteBitcodeToFile(M, OS);
      std::lock_guard<std::mutex> Guard(Lock);
      if (EC)
        EmitError = PathFor(Task) + ": " + EC.message();
      return false;
    };
  if (PluginOpts.SaveTemps)
    if (Error E = Conf.addSaveTemps(OutputName + ".",
                                    /*UseInputModulePath=*/true))
      return E;
  if (TempDir.empty() && !PluginOpts.EmitAsm && !PluginOpts.EmitLLVM &&
      PluginOpts.ObjPath.empty())
    if (Error E = makeTempDir())
      return E;

  lto::LTO Lto(std::move(Conf),
               lto::createInProcessThinBackend(
                   PluginOpts.Jobserver && jobserverInEnvironment()
                       ? jobserver_concurrency()
                       : heavyweight_hardware_concurrency(PluginOpts.Jobs)),
               /*ParallelCodeGenParallelismLevel=*/FirstTask);
  for (ClaimedFile *C : Thin) {
    std::vector<lto::SymbolResolution> Res;
    unsigned I = 0;
    for (const lto::InputFile::Symbol &Sym : C->Input->symbols()) {
      LinkerResolution L = translate(
          Sym,
          static_cast<ld_plugin_symbol_resolution>(C->Syms[I++].resolution),
          NonDefault.contains(Sym.getName()));
      lto::SymbolResolution R;
      R.Prevailing = L.Prevailing;
      R.FinalDefinitionInLinkageUnit = L.FinalDefinitionInLinkageUnit;
      R.VisibleToRegularObj =
          L.VisibleToRegularObj || InRegular.contains(Sym.getName()) ||
          (L.Prevailing && isCIdentifierSection(Sym.getSectionName()));
      R.ExportDynamic = L.ExportDynamic;
      R.LinkerRedefined = L.LinkerRedefined;
      Res.push_back(R);
    }
    if (Error E = Lto.add(std::move(C->Input), Res))
      return createStringError("%s: %s", C->Name.c_str(),
                               toString(std::move(E)).c_str());
  }
  std::vector<std::string> Paths(Lto.getMaxTasks());
  auto Record = [&](unsigned Task, std::string Path) {
    std::lock_guard<std::mutex> Guard(Lock);
    if (Task < Paths.size())
      Paths[Task] = std::move(Path);
  };
  AddStreamFn AddStream = [&](unsigned Task, const Twine &)
      -> Expected<std::unique_ptr<CachedFileStream>> {
    std::string Path = PathFor(Task);
    int FD;
    if (std::error_code EC = sys::fs::openFileForWrite(Path, FD))
      return createStringError("%s: %s", Path.c_str(), EC.message().c_str());
    Record(Task, Path);
    return std::make_unique<CachedFileStream>(
        std::make_unique<raw_fd_ostream>(FD, /*shouldClose=*/true), Path);
  };
  // cache-dir=: LLVMgold's ThinLTO cache, LLVM's own.
  FileCache Cache;
  if (!PluginOpts.CacheDir.empty()) {
    auto AddBuffer = [&](unsigned Task, const Twine &,
                         std::unique_ptr<MemoryBuffer> MB) {
      std::string Path = PathFor(Task);
      std::error_code EC;
      raw_fd_ostream OS(Path, EC);
      if (!EC)
        OS << MB->getBuffer();
      std::lock_guard<std::mutex> Guard(Lock);
      if (EC)
        EmitError = Path + ": " + EC.message();
      else if (Task < Paths.size())
        Paths[Task] = Path;
    };
    Expected<FileCache> C =
        localCache("ThinLTO", "Thin", PluginOpts.CacheDir, AddBuffer);
    if (!C)
      return createStringError("cache-dir=%s: %s",
                               PluginOpts.CacheDir.c_str(),
                               toString(C.takeError()).c_str());
    Cache = std::move(*C);
  }
  if (Error E = Lto.run(AddStream, Cache))
    return E;
  if (!Errors.empty())
    return createStringError(inconvertibleErrorCode(), Errors);
  if (!EmitError.empty())
    return createStringError(inconvertibleErrorCode(), EmitError);
  for (std::string &P : Paths)
    if (!P.empty())
      Written.push_back(std::move(P));
  return Error::success();
}

static Error runWholeProgram() {
  Options Opts;
  Opts.WholeProgram = true;
  WholeProgramOptions &W = Opts.LTO;
  std::vector<ClaimedFile *> Linked;
  for (ClaimedFile &C : Claimed) {
    ld_plugin_status S = GetSymbols(C.Handle, C.Syms.size(), C.Syms.data());
    if (S == LDPS_NO_SYMS)
      continue; // Claimed, then left out of the link.
    if (S != LDPS_OK)
      return createStringError("%s: the linker gave no resolutions",
                               C.Name.c_str());
    // A linker without V3 says "left out" by preempting every symbol
    // (ld.gold through V2); merged anyway, such a file would still bring
    // its commons' alignment, its constructors and its module asm.
    if (GetSymbolsVersion < 3 && !C.Syms.empty() &&
        llvm::all_of(C.Syms, [](const ld_plugin_symbol &S) {
          return S.resolution == LDPR_PREEMPTED_REG;
        }))
      continue;
    Linked.push_back(&C);
  }
  // The visibility the linker gives each name, from every bitcode file in
  // the link (a protected declaration in one makes another's definition
  // final in the linkage unit, as LLVMgold takes it).
  StringSet<> NonDefault;
  for (ClaimedFile *C : Linked)
    for (const lto::InputFile::Symbol &Sym : C->Input->symbols())
      if (Sym.getVisibility() != GlobalValue::DefaultVisibility)
        NonDefault.insert(Sym.getName());
  // Full-LTO bitcode goes to ParCG, ThinLTO bitcode to LLVM's ThinLTO
  // backend, and each half sees the other as a linker sees native code: a
  // name the other half mentions stays visible (LLVM's LTO does not inline
  // across the two kinds either).
  std::vector<ClaimedFile *> Thin;
  StringSet<> InRegular, InThin;
  for (ClaimedFile *C : Linked)
    for (const lto::InputFile::Symbol &Sym : C->Input->symbols())
      (C->Thin ? InThin : InRegular).insert(Sym.getName());
  for (ClaimedFile *C : Linked) {
    if (C->Thin) {
      Thin.push_back(C);
      continue;
    }
    W.Inputs.push_back(C->Name);
    W.InputBuffers.push_back(C->Bytes->getMemBufferRef());
    std::vector<LinkerResolution> Res;
    unsigned I = 0;
    for (const lto::InputFile::Symbol &Sym : C->Input->symbols()) {
      Res.push_back(translate(
          Sym,
          static_cast<ld_plugin_symbol_resolution>(C->Syms[I++].resolution),
          NonDefault.contains(Sym.getName())));
      if (InThin.contains(Sym.getName()))
        Res.back().VisibleToRegularObj = true;
    }
    W.LinkerResolutions.push_back(std::move(Res));
  }
  W.OptLevel = PluginOpts.OptLevel;
  W.SaveTemps = PluginOpts.SaveTemps;
  W.DisableOutput = PluginOpts.DisableOutput;
  W.WholeProgramVisibility = PluginOpts.WholeProgramVisibility;
  W.SampleProfile = PluginOpts.SampleProfile;
  W.CSIRProfile = PluginOpts.CSIRProfile;
  W.DebugPassManager = PluginOpts.DebugPassManager;
  W.MergeFunctions = PluginOpts.MergeFunctions;
  W.ThinAsFull = PluginOpts.ThinAsFull;
  W.Remarks = PluginOpts.Remarks;
  Opts.TimeTraceGranularity = PluginOpts.TimeTraceGranularity;

  CodeGenOptions &CG = Opts.CodeGen;
  CG.TargetTriple = PluginOpts.Triple;
  CG.CPU = PluginOpts.CPU;
  CG.OptLevel = PluginOpts.OptLevel == 0   ? CodeGenOptLevel::None
                : PluginOpts.OptLevel == 1 ? CodeGenOptLevel::Less
                : PluginOpts.OptLevel == 3 ? CodeGenOptLevel::Aggressive
                                           : CodeGenOptLevel::Default;
  CG.FileType = PluginOpts.EmitAsm ? CodeGenFileType::AssemblyFile
                                   : CodeGenFileType::ObjectFile;
  CG.DisableVerify = PluginOpts.DisableVerify;
  CG.DwoDir = PluginOpts.DwoDir;
  // As LLVMgold: position-dependent code only for a position-dependent
  // executable.
  CG.RelocModel = OutputType == LDPO_EXEC ? Reloc::Static : Reloc::PIC_;
  CG.MakeTargetOptions = [](const llvm::Triple &TT) {
    TargetOptions O = codegen::InitTargetOptionsFromCodeGenFlags(TT);
    // A section per function and variable, as lld's LTO always makes them,
    // so --gc-sections and --icf work on LTO code.
    O.FunctionSections = true;
    O.DataSections = true;
    // emit-asm writes commented assembly, as LLVMgold's does.
    O.MCOptions.AsmVerbose = PluginOpts.EmitAsm;
    return O;
  };
  // -plugin-opt=-mattr=: the target features, as LLVMgold takes them.
  CG.Features = codegen::getFeaturesStr();
  std::string CPU = CG.CPU, Features = CG.Features;
  CG.SetFunctionAttributes = [CPU, Features](Module &M) {
    codegen::setFunctionAttributes(CPU, Features, M);
  };
  // distributor=: the partitions as jobs for a distributor, compiled by a
  // parcg given the flags that make its codegen this link's.
  if (!PluginOpts.Distributor.empty()) {
    DistributorOptions &D = Opts.Distribute;
    D.Exe = PluginOpts.Distributor;
    D.Args = PluginOpts.DistributorArgs;
    D.RemoteCompiler = PluginOpts.RemoteCompiler.empty()
                           ? defaultRemoteCompiler()
                           : PluginOpts.RemoteCompiler;
    D.CodeGenArgs = {"-function-sections", "-data-sections",
                     OutputType == LDPO_EXEC ? "-relocation-model=static"
                                             : "-relocation-model=pic"};
    bool HasCPU = llvm::any_of(PluginOpts.LLVMArgs, [](StringRef A) {
      return A.starts_with("-mcpu=") || A.starts_with("--mcpu=");
    });
    if (!CG.CPU.empty() && !HasCPU)
      D.CodeGenArgs.push_back("-mcpu=" + CG.CPU);
    D.CodeGenArgs.push_back(PluginOpts.EmitAsm ? "-filetype=asm"
                                               : "-filetype=obj");
    D.CodeGenArgs.insert(D.CodeGenArgs.end(), PluginOpts.LLVMArgs.begin(),
                         PluginOpts.LLVMArgs.end());
    D.JobsNear = OutputName;
  } else if (!PluginOpts.DistributorArgs.empty() ||
             !PluginOpts.RemoteCompiler.empty()) {
    return createStringError("-plugin-opt=distributor-arg= and "
                             "remote-compiler= need distributor=");
  }

  // LLVM's fatal errors cannot return into LLVM: clean up and let the
  // linker end the link with the message (LLVMgold does the same).
  Opts.FatalError = [](const std::string &Msg) {
    removeTempDir();
    report(LDPL_FATAL, Msg);
  };
  Opts.Threads = PluginOpts.Jobs;
  Opts.Jobserver = PluginOpts.Jobserver;
  Opts.Partition.NumPartitions = PluginOpts.Partitions;
  Opts.PlanFile = PluginOpts.PlanFile;
  Opts.Partition.Strategy = PluginOpts.Strategy;
  if (!PluginOpts.PartitionBase.empty()) {
    if (PluginOpts.Strategy != PartitionStrategy::Stable)
      return createStringError("-plugin-opt=partition-base= needs "
                               "-plugin-opt=partition-strategy=stable");
    Expected<std::vector<std::string>> Names =
        readPlanBoundariesFile(PluginOpts.PartitionBase);
    if (!Names)
      return Names.takeError();
    Opts.Partition.BaseBoundaries = std::move(*Names);
  }
  Expected<StringMap<uint64_t>> Measured =
      readCostProfiles(PluginOpts.CostProfiles);
  if (!Measured)
    return Measured.takeError();
  Opts.Partition.MeasuredMicros = std::move(*Measured);
  Opts.CostProfileOutFile = PluginOpts.CostProfileOut;
  Opts.ReportTimes = PluginOpts.ReportTimes;
  // cache-dir=: the partitions' objects, keyed by their bitcode, codegen's
  // settings and every option of this link that could change an object
  // (all but those saying where things go or what is reported).
  Opts.CacheDir = PluginOpts.CacheDir;
  Opts.CachePolicy = PluginOpts.CachePolicy;
  for (StringRef O : PluginOpts.Raw)
    if (!O.starts_with("jobs=") && !O.starts_with("cache-dir=") &&
        !O.starts_with("cache-policy=") && !O.starts_with("time-trace") &&
        O != "report-times" && !O.starts_with("obj-path=") &&
        !O.starts_with("partition-plan=") &&
        !O.starts_with("write-cost-profile=") &&
        !O.starts_with("distributor") && !O.starts_with("remote-compiler="))
      Opts.CacheConfig += O.str() + '\0';
  if (!PluginOpts.TimeTrace.empty()) {
    Opts.TimeTrace = true;
    Opts.TimeTraceFile = PluginOpts.TimeTrace;
  }

  // Where the objects go: obj-path= names one object (the partitions merged
  // by the single writer) that is kept; save-temps keeps everything in
  // <output>.parcg/; otherwise the private directory. emit-asm and
  // emit-llvm write the link's output file themselves (one assembly file;
  // the post-IPO module) and end the link there, as LLVMgold does.
  bool OutputOnly =
      PluginOpts.EmitAsm || PluginOpts.EmitLLVM || PluginOpts.DisableOutput;
  // emit-asm with lto-partitions=N (N > 1) writes a file per partition,
  // named as LLVMgold names its codegen tasks' (<output>, <output>1, ...);
  // with auto partitions, as with LLVMgold's default of one, one file.
  bool AsmPerPartition = PluginOpts.EmitAsm && !PluginOpts.EmitLLVM &&
                         PluginOpts.Partitions && *PluginOpts.Partitions > 1;
  if (PluginOpts.EmitLLVM) {
    W.PostIPOBitcodeFile = OutputName;
  } else if (PluginOpts.EmitAsm && !AsmPerPartition) {
    Opts.OutputFilename = OutputName;
  } else if (PluginOpts.EmitAsm) {
    if (Error E = makeTempDir())
      return E;
    Opts.OutputDir = TempDir;
  } else if (!PluginOpts.ObjPath.empty()) {
    Opts.OutputFilename = PluginOpts.ObjPath;
  } else if (PluginOpts.SaveTemps) {
    Opts.OutputDir = OutputName + ".parcg";
  } else {
    if (Error E = makeTempDir())
      return E;
    Opts.OutputDir = TempDir;
  }
  std::vector<std::string> Written;
  if (!W.Inputs.empty())
    if (Error E = run(Opts, Written))
      return E;
  if (!Thin.empty()) {
    // Thin tasks are numbered after the partitions, as LLVMgold numbers
    // them after its lto-partitions.
    unsigned FirstTask = std::max<size_t>(1, Written.size());
    std::vector<std::string> ThinWritten;
    if (Error E = runThinLTO(Opts, Thin, InRegular, NonDefault, FirstTask,
                             ThinWritten))
      return E;
    if (!PluginOpts.EmitAsm && !PluginOpts.EmitLLVM)
      Written.insert(Written.end(), ThinWritten.begin(), ThinWritten.end());
  }
  if (AsmPerPartition)
    for (unsigned I = 0; I < Written.size(); ++I) {
      std::string To = OutputName + (I ? utostr(I) : std::string());
      if (std::error_code EC = sys::fs::copy_file(Written[I], To))
        return createStringError("%s: %s", To.c_str(), EC.message().c_str());
    }
  if (OutputOnly) {
    removeTempDir();
    // disable-output writes nothing: not even the output ld.bfd has
    // already created (as LLVMgold).
    if (PluginOpts.DisableOutput)
      sys::fs::remove(OutputName);
    exit(0);
  }
  for (const std::string &Path : Written)
    if (AddInputFile(Path.c_str()) != LDPS_OK)
      return createStringError("%s: the linker did not take the object",
                               Path.c_str());
  return Error::success();
}

static ld_plugin_status allSymbolsRead() {
  if (Claimed.empty())
    return LDPS_OK;
  if (Error E = runWholeProgram()) {
    // Before reporting: the message ends the link (mold exits inside
    // message() on any error) without calling the cleanup hook. Fatal, as
    // LLVMgold reports it: ld.gold would otherwise go on to complain about
    // every symbol the plugin did not define.
    removeTempDir();
    report(LDPL_FATAL, toString(std::move(E)));
    return LDPS_ERR;
  }
  // The inputs' bytes are no longer needed; the linker still holds the
  // symbol arrays it was given.
  for (ClaimedFile &C : Claimed) {
    C.Input.reset();
    C.Bytes.reset();
  }
  return LDPS_OK;
}

static ld_plugin_status cleanup() {
  removeTempDir();
  if (!PluginOpts.CacheDir.empty())
    pruneCacheDirectory(PluginOpts.CacheDir, PluginOpts.CachePolicy);
  Claimed.clear();
  return LDPS_OK;
}

extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT ld_plugin_status
onload(ld_plugin_tv *TV) {
  ld_plugin_register_claim_file RegisterClaimFile = nullptr;
  ld_plugin_register_all_symbols_read RegisterAllSymbolsRead = nullptr;
  ld_plugin_register_cleanup RegisterCleanup = nullptr;
  std::vector<std::string> RawOptions;
  for (; TV->tv_tag != LDPT_NULL; ++TV) {
    switch (TV->tv_tag) {
    case LDPT_LINKER_OUTPUT:
      OutputType = static_cast<ld_plugin_output_file_type>(TV->tv_u.tv_val);
      break;
    case LDPT_OUTPUT_NAME:
      OutputName = TV->tv_u.tv_string;
      break;
    case LDPT_OPTION:
      RawOptions.push_back(TV->tv_u.tv_string);
      break;
    case LDPT_REGISTER_CLAIM_FILE_HOOK:
      RegisterClaimFile = TV->tv_u.tv_register_claim_file;
      break;
    case LDPT_REGISTER_ALL_SYMBOLS_READ_HOOK:
      RegisterAllSymbolsRead = TV->tv_u.tv_register_all_symbols_read;
      break;
    case LDPT_REGISTER_CLEANUP_HOOK:
      RegisterCleanup = TV->tv_u.tv_register_cleanup;
      break;
    case LDPT_ADD_SYMBOLS:
      AddSymbols = TV->tv_u.tv_add_symbols;
      break;
    case LDPT_GET_SYMBOLS_V3:
      // V3 answers LDPS_NO_SYMS for a file the linker claimed but did not
      // take into the link (a --start-lib member nothing needed), where V2
      // answers LDPS_OK with every symbol LDPR_PREEMPTED_REG.
      GetSymbols = TV->tv_u.tv_get_symbols;
      GetSymbolsVersion = 3;
      break;
    case LDPT_GET_SYMBOLS_V2:
      // V2 adds LDPR_PREVAILING_DEF_IRONLY_EXP to V1.
      if (GetSymbolsVersion < 2) {
        GetSymbols = TV->tv_u.tv_get_symbols;
        GetSymbolsVersion = 2;
      }
      break;
    case LDPT_GET_SYMBOLS:
      if (!GetSymbols) {
        GetSymbols = TV->tv_u.tv_get_symbols;
        GetSymbolsVersion = 1;
      }
      break;
    case LDPT_ADD_INPUT_FILE:
      AddInputFile = TV->tv_u.tv_add_input_file;
      break;
    case LDPT_MESSAGE:
      Message = TV->tv_u.tv_message;
      break;
    default:
      break;
    }
  }
  if (!RegisterClaimFile || !RegisterAllSymbolsRead || !RegisterCleanup ||
      !AddSymbols || !GetSymbols || !AddInputFile) {
    report(LDPL_FATAL, "the linker lacks a plugin interface this plugin "
                       "needs (claim file, all symbols read, cleanup, add "
                       "symbols, get symbols, add input file)");
    return LDPS_ERR;
  }
  // Option errors are fatal: ld.gold (2.40) goes on after a load-time
  // LDPS_ERR, reads every bitcode file as a linker script and can crash
  // on one; a fatal message stops every linker there, cleanly.
  PluginOpts.Raw = RawOptions;
  for (const std::string &O : RawOptions)
    if (Error E = parseOption(O)) {
      report(LDPL_FATAL, toString(std::move(E)));
      return LDPS_ERR;
    }
  if (!PluginOpts.LLVMArgs.empty()) {
    std::vector<const char *> Argv = {"parcg-plugin"};
    for (const std::string &A : PluginOpts.LLVMArgs)
      Argv.push_back(A.c_str());
    std::string Errors;
    raw_string_ostream OS(Errors);
    if (!cl::ParseCommandLineOptions(Argv.size(), Argv.data(), "", &OS)) {
      report(LDPL_FATAL, "in -plugin-opt=-<flag>: " +
                             StringRef(Errors).trim().str());
      return LDPS_ERR;
    }
  }
  InitializeAllTargetInfos();
  InitializeAllTargets();
  InitializeAllTargetMCs();
  InitializeAllAsmPrinters();
  InitializeAllAsmParsers();
  if (RegisterClaimFile(claimFile) != LDPS_OK ||
      RegisterAllSymbolsRead(allSymbolsRead) != LDPS_OK ||
      RegisterCleanup(cleanup) != LDPS_OK) {
    report(LDPL_ERROR, "the linker refused a hook");
    return LDPS_ERR;
  }
  return LDPS_OK;
}
