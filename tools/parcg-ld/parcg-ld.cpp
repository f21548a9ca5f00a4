//===- parcg-ld.cpp - Linker wrapper that links through ParCG's plugin ----===//
//
// clang puts `-plugin .../LLVMgold.so` on every link line that carries
// -flto, and the first plugin to claim a bitcode file wins, so a build
// system's LTO link (CMake IPO, autotools with CFLAGS=-flto, meson's b_lto)
// never reaches ParCG's plugin by -Wl,-plugin alone. This wrapper is the
// linker clang runs instead (`-fuse-ld=parcg`, which finds `ld.parcg` on
// PATH, or `--ld-path=`): it runs the real ld.bfd, ld.gold or mold with the
// same arguments, LLVMgold's -plugin replaced by parcg-plugin.so (added when
// the line has no LTO plugin), and LLVMgold's -plugin-opt= values kept, as
// the plugin gives them LLVMgold's meanings.
//
// Which linker: by this program's name (ld.parcg, parcg-ld and ld.parcg-bfd:
// ld.bfd; ld.parcg-gold: ld.gold; ld.parcg-mold: mold), or by
// --parcg-linker=bfd|gold|mold|PATH. The plugin: <dir>/../lib/parcg-plugin.so
// beside this program, or --parcg-plugin=PATH. --parcg-verbose (or
// PARCG_LD_VERBOSE=1 in the environment) prints the command run. The
// --parcg-* options are the wrapper's and never reach the linker; clang
// passes them with -Wl,.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

using namespace llvm;

static const char *Tool = "parcg-ld";

namespace {
/// What the wrapper was asked to do: the linker, the plugin, the linker's
/// arguments after the rewrite.
struct Invocation {
  std::string Linker; // bfd, gold, mold, or a path
  std::string Plugin; // parcg-plugin.so
  bool Verbose = false;
  std::vector<std::string> Args; // without argv[0]
};
} // namespace

static Error fail(const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), Msg);
}

/// The linker a name of this program stands for.
static std::string linkerForName(StringRef Argv0) {
  StringRef Name = sys::path::filename(Argv0);
  if (Name.ends_with("-gold"))
    return "gold";
  if (Name.ends_with("-mold"))
    return "mold";
  return "bfd";
}

/// LLVM's gold plugin under any of the names distributions give it.
static bool isLLVMGold(StringRef Path) {
  StringRef Name = sys::path::filename(Path);
  return Name.starts_with("LLVMgold");
}

static bool isParCGPlugin(StringRef Path) {
  return sys::path::filename(Path).starts_with("parcg-plugin");
}

/// -plugin-opt= values of LLVMgold's that clang writes and that mean
/// nothing to ParCG's plugin: dropped rather than refused.
static bool dropPluginOpt(StringRef Opt) {
  // clang's -flto=thin adds it. In LLVMgold it changes nothing for the
  // inputs (each module's own kind decides, as in ParCG's plugin).
  return Opt == "thinlto";
}

/// Rewrites the linker's arguments: LLVMgold's -plugin becomes ours, the
/// wrapper's own --parcg-* options are taken out.
static Expected<Invocation> parse(StringRef Argv0,
                                  ArrayRef<const char *> Argv) {
  Invocation Inv;
  Inv.Linker = linkerForName(Argv0);
  if (const char *V = std::getenv("PARCG_LD_VERBOSE"))
    Inv.Verbose = StringRef(V) != "" && StringRef(V) != "0";
  SmallString<256> Self(
      sys::fs::getMainExecutable(Argv0.data(), (void *)&fail));
  SmallString<256> Plugin =
      sys::path::parent_path(sys::path::parent_path(Self));
  sys::path::append(Plugin, "lib", "parcg-plugin.so");
  Inv.Plugin = std::string(Plugin);

  // The wrapper's own options first, wherever they are on the line.
  std::vector<StringRef> Rest;
  bool PluginGiven = false;
  for (StringRef A : Argv) {
    if (A.consume_front("--parcg-linker="))
      Inv.Linker = A.str();
    else if (A.consume_front("--parcg-plugin="))
      Inv.Plugin = A.str(), PluginGiven = true;
    else if (A == "--parcg-verbose")
      Inv.Verbose = true;
    else if (A.starts_with("--parcg-"))
      return fail("unknown option " + A +
                  " (parcg-ld's own: --parcg-linker=, --parcg-plugin=, "
                  "--parcg-verbose)");
    else
      Rest.push_back(A);
  }

  bool HavePlugin = false;
  for (size_t I = 0; I < Rest.size(); ++I) {
    StringRef A = Rest[I];
    // -plugin PATH, --plugin PATH, -plugin=PATH, --plugin=PATH.
    std::optional<StringRef> Path;
    bool Separate = A == "-plugin" || A == "--plugin";
    if (Separate) {
      if (I + 1 == Rest.size())
        return fail(A + " needs a path");
      Path = Rest[++I];
    } else if (A.starts_with("-plugin=") || A.starts_with("--plugin=")) {
      Path = A.substr(A.find('=') + 1);
    }
    if (Path) {
      if (isLLVMGold(*Path) || isParCGPlugin(*Path)) {
        // One ParCG plugin, where the first LTO plugin was: one named by
        // hand stays (unless --parcg-plugin= says otherwise).
        if (!HavePlugin) {
          if (isParCGPlugin(*Path) && !PluginGiven)
            Inv.Plugin = Path->str();
          Inv.Args.insert(Inv.Args.end(), {"-plugin", Inv.Plugin});
        }
        HavePlugin = true;
      } else if (Separate) {
        Inv.Args.insert(Inv.Args.end(), {A.str(), Path->str()});
      } else {
        Inv.Args.push_back(A.str());
      }
      continue;
    }
    // -plugin-opt=X, --plugin-opt=X, -plugin-opt X, --plugin-opt X.
    std::optional<StringRef> Opt;
    if (A == "-plugin-opt" || A == "--plugin-opt") {
      if (I + 1 == Rest.size())
        return fail(A + " needs a value");
      Opt = Rest[++I];
    } else if (A.starts_with("-plugin-opt=") ||
               A.starts_with("--plugin-opt=")) {
      Opt = A.substr(A.find('=') + 1);
    }
    if (Opt) {
      if (!dropPluginOpt(*Opt))
        Inv.Args.push_back(("-plugin-opt=" + *Opt).str());
      continue;
    }
    Inv.Args.push_back(A.str());
  }
  // A line without an LTO plugin gets ours first, so that bitcode is
  // claimed by it: a link without -flto on its line works the same.
  if (!HavePlugin)
    Inv.Args.insert(Inv.Args.begin(), {"-plugin", Inv.Plugin});
  if (!sys::fs::exists(Inv.Plugin))
    return fail("cannot find the ParCG plugin " + Inv.Plugin +
                " (install parcg-plugin.so there, or --parcg-plugin=PATH)");
  return std::move(Inv);
}

/// The real linker's executable.
static Expected<std::string> findLinker(StringRef Linker) {
  StringRef Program = StringSwitch<StringRef>(Linker)
                          .Case("bfd", "ld.bfd")
                          .Case("gold", "ld.gold")
                          .Case("mold", "mold")
                          .Default(Linker);
  if (Program.contains('/')) {
    if (!sys::fs::can_execute(Program))
      return fail("cannot run linker " + Program);
    return Program.str();
  }
  if (Program == "lld" || Program == "ld.lld")
    return fail("ld.lld has no plugin interface: link with "
                "--parcg-linker=bfd, gold or mold, or see parcg --lto's "
                "--resolution-file for lld's own resolutions");
  ErrorOr<std::string> P = sys::findProgramByName(Program);
  if (!P)
    return fail("cannot find " + Program +
                " on PATH (--parcg-linker=" + Linker + ")");
  return *P;
}

static Expected<int> run(int Argc, char **Argv) {
  BumpPtrAllocator Alloc;
  StringSaver Saver(Alloc);
  SmallVector<const char *, 256> Args(Argv + 1, Argv + Argc);
  // @file arguments (GNU syntax, as clang writes them for long lines) are
  // read, so that a plugin named inside one is replaced too.
  cl::ExpansionContext Expand(Alloc, cl::TokenizeGNUCommandLine);
  if (Error E = Expand.expandResponseFiles(Args))
    return std::move(E);
  Expected<Invocation> Inv = parse(Argv[0], Args);
  if (!Inv)
    return Inv.takeError();
  Expected<std::string> Linker = findLinker(Inv->Linker);
  if (!Linker)
    return Linker.takeError();

  // The rewritten line goes to the linker in a response file of its own
  // when it is long (the expanded @files may exceed what exec takes).
  std::vector<StringRef> Cmd{*Linker};
  size_t Length = 0;
  for (const std::string &A : Inv->Args)
    Length += A.size() + 1;
  SmallString<128> Rsp;
  std::optional<FileRemover> RemoveRsp;
  if (Length > 64 * 1024) {
    if (std::error_code EC =
            sys::fs::createTemporaryFile("parcg-ld", "rsp", Rsp))
      return fail("cannot create a response file: " + EC.message());
    RemoveRsp.emplace(Rsp);
    std::error_code EC;
    raw_fd_ostream F(Rsp, EC);
    if (EC)
      return fail(Rsp + ": " + EC.message());
    for (const std::string &A : Inv->Args) {
      F << '"';
      for (char C : A) {
        if (C == '"' || C == '\\')
          F << '\\';
        F << C;
      }
      F << "\"\n";
    }
    F.close();
    if (F.has_error())
      return fail(Rsp + ": " + F.error().message());
    Cmd.push_back(Saver.save("@" + Rsp.str()));
  } else {
    for (const std::string &A : Inv->Args)
      Cmd.push_back(A);
  }
  if (Inv->Verbose) {
    errs() << Tool << ":";
    for (StringRef A : Cmd)
      errs() << " " << A;
    errs() << "\n";
  }
  std::string ErrMsg;
  int RC = sys::ExecuteAndWait(*Linker, Cmd, /*Env=*/std::nullopt, {}, 0, 0,
                               &ErrMsg);
  if (RC < 0)
    return fail(*Linker + ": " + (ErrMsg.empty() ? "crashed" : ErrMsg));
  return RC;
}

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  Expected<int> RC = run(Argc, Argv);
  if (!RC) {
    WithColor::error(errs(), Tool) << toString(RC.takeError()) << "\n";
    return 1;
  }
  return *RC;
}
