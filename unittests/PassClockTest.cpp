//===- PassClockTest.cpp - Unit tests for the partition passes' clock -----===//
//
// What --write-cost-profile measures of the partition passes: each
// function's time in the function passes run on it goes to that function
// and no other, and a CGSCC pass's time is shared by its SCC's functions.
//
//===----------------------------------------------------------------------===//

#include "CodeGen.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/AsmParser/Parser.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace parcg;

namespace {

/// Spends Micros of the thread's CPU time on each function named "slow*".
struct SpinPass : PassInfoMixin<SpinPass> {
  uint64_t Micros;
  explicit SpinPass(uint64_t Micros) : Micros(Micros) {}
  PreservedAnalyses run(Function &F, FunctionAnalysisManager &) {
    if (F.getName().starts_with("slow")) {
      uint64_t Until = threadCPUMicros() + Micros;
      while (threadCPUMicros() < Until) {
      }
    }
    return PreservedAnalyses::all();
  }
};

struct SpinSCCPass : PassInfoMixin<SpinSCCPass> {
  uint64_t Micros;
  explicit SpinSCCPass(uint64_t Micros) : Micros(Micros) {}
  PreservedAnalyses run(LazyCallGraph::SCC &C, CGSCCAnalysisManager &,
                        LazyCallGraph &, CGSCCUpdateResult &) {
    if (C.begin()->getFunction().getName().starts_with("rec")) {
      uint64_t Until = threadCPUMicros() + Micros;
      while (threadCPUMicros() < Until) {
      }
    }
    return PreservedAnalyses::all();
  }
};

const char *IR = R"(
target triple = "x86_64-unknown-linux-gnu"
define i32 @slow(i32 %x) {
  %y = add i32 %x, 1
  ret i32 %y
}
define i32 @fast(i32 %x) {
  %y = mul i32 %x, 3
  ret i32 %y
}
define i32 @reca(i32 %x) {
  %y = call i32 @recb(i32 %x)
  ret i32 %y
}
define i32 @recb(i32 %x) {
  %y = call i32 @reca(i32 %x)
  ret i32 %y
}
)";

StringMap<uint64_t> measure(const char *Pipeline, bool Spin, bool SpinSCC) {
  InitializeNativeTarget();
  LLVMContext Ctx;
  SMDiagnostic Err;
  std::unique_ptr<Module> M = parseAssemblyString(IR, Err, Ctx);
  EXPECT_TRUE(M);
  CodeGenOptions CG;
  CG.MakeTargetOptions = [](const Triple &) { return TargetOptions(); };
  Expected<ResolvedTarget> RT = resolveTarget(CG, M->getTargetTriple().str());
  EXPECT_TRUE(bool(RT)) << toString(RT.takeError());
  std::vector<std::pair<std::string, uint64_t>> Micros;
  PassRunOptions Run;
  Run.FunctionMicros = &Micros;
  Run.AddPasses = [&](ModulePassManager &MPM) {
    if (Spin) {
      FunctionPassManager FPM;
      FPM.addPass(SpinPass(20000));
      MPM.addPass(createModuleToFunctionPassAdaptor(std::move(FPM)));
    }
    if (SpinSCC)
      MPM.addPass(createModuleToPostOrderCGSCCPassAdaptor(SpinSCCPass(20000)));
  };
  EXPECT_FALSE(bool(runPasses(*M, *RT, CG, Pipeline, Run)));
  StringMap<uint64_t> Sum;
  for (const auto &[Name, Time] : Micros)
    Sum[Name] += Time;
  return Sum;
}

TEST(PassClock, FunctionPassTimeGoesToItsFunction) {
  StringMap<uint64_t> T = measure("function(instcombine,simplifycfg)",
                                  /*Spin=*/true, /*SpinSCC=*/false);
  // Every function the function passes ran on is listed.
  for (const char *F : {"slow", "fast", "reca", "recb"})
    EXPECT_TRUE(T.count(F)) << F;
  EXPECT_GE(T["slow"], 20000u);
  EXPECT_LT(T["fast"], 10000u);
}

TEST(PassClock, SCCPassTimeIsSharedByItsFunctions) {
  StringMap<uint64_t> T = measure("", /*Spin=*/false, /*SpinSCC=*/true);
  EXPECT_GE(T["reca"] + T["recb"], 20000u);
  EXPECT_GE(T["reca"], 10000u);
  EXPECT_GE(T["recb"], 10000u);
  EXPECT_LT(T["slow"], 10000u);
}

TEST(PassClock, ModulePassesAreNobodys) {
  StringMap<uint64_t> T = measure("globaldce", false, false);
  EXPECT_TRUE(T.empty());
}

} // namespace
