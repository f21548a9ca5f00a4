//===- TestModules.h - IR the partitioner and splitter tests share -------===//
//
// Small modules written as IR text, the plan options the tests use, and
// loading every partition of a plan as a worker does (each must verify).
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_UNITTESTS_TESTMODULES_H
#define PARCG_UNITTESTS_TESTMODULES_H

#include "parcg/Partitioner.h"
#include "parcg/Splitter.h"
#include "llvm/AsmParser/Parser.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace {

using namespace llvm;
using namespace parcg;

inline std::unique_ptr<Module> parse(LLVMContext &Ctx, StringRef IR) {
  SMDiagnostic Err;
  std::unique_ptr<Module> M = parseAssemblyString(IR, Err, Ctx);
  if (!M)
    Err.print("PartitionerTest", errs());
  return M;
}

/// A module of N independent-ish functions of varied size: function I has
/// (I * 7) % 23 + 1 additions and calls function I + 1.
inline std::string chainModule(unsigned N, StringRef Extra = "") {
  std::string IR;
  raw_string_ostream OS(IR);
  OS << Extra;
  for (unsigned I = 0; I < N; ++I) {
    OS << "define i32 @f" << I << "(i32 %x) {\n";
    unsigned Adds = (I * 7) % 23 + 1;
    OS << "  %v0 = add i32 %x, 1\n";
    for (unsigned A = 1; A < Adds; ++A)
      OS << "  %v" << A << " = add i32 %v" << A - 1 << ", " << A << "\n";
    if (I + 1 < N) {
      OS << "  %r = call i32 @f" << I + 1 << "(i32 %v" << Adds - 1 << ")\n";
      OS << "  ret i32 %r\n";
    } else {
      OS << "  ret i32 %v" << Adds - 1 << "\n";
    }
    OS << "}\n";
  }
  return IR;
}

/// The symbol named Name before promotion.
inline const PlanSymbol &symbol(const PartitionPlan &Plan, StringRef Name) {
  for (const PlanSymbol &S : Plan.Symbols)
    if ((S.PromotedFrom ? *S.PromotedFrom : S.Name) == Name)
      return S;
  ADD_FAILURE() << "no symbol " << Name.str();
  return Plan.Symbols.front();
}

inline unsigned partitionOf(const PartitionPlan &Plan, StringRef Name) {
  return symbol(Plan, Name).Partition;
}

/// Writes M as bitcode and loads each of Plan's partitions from it, as a
/// worker does; each must load and verify. When M can be split in place,
/// the split's partition modules (splitModule on a copy of M, through
/// bitcode, loadSplitPartition) must verify and print exactly as those,
/// less the declarations nothing uses. Fn(I,
/// Partition) sees each.
inline void forEachPartitionModule(const Module &M, const PartitionPlan &Plan,
                            function_ref<void(unsigned, Module &)> Fn) {
  SmallVector<char, 0> BC;
  raw_svector_ostream OS(BC);
  WriteBitcodeToFile(M, OS);
  MemoryBufferRef Ref(StringRef(BC.data(), BC.size()), "t");
  std::vector<SmallVector<char, 0>> SplitBC;
  {
    LLVMContext SCtx;
    auto Copy = parseBitcodeFile(Ref, SCtx);
    ASSERT_TRUE(bool(Copy)) << toString(Copy.takeError());
    if (canSplitInPlace(**Copy)) {
      auto Parts = splitModule(**Copy, Plan);
      ASSERT_TRUE(bool(Parts)) << toString(Parts.takeError());
      for (auto &Part : *Parts) {
        SplitBC.emplace_back();
        BitcodeWriter W(SplitBC.back());
        W.writeModule(*Part);
        W.writeStrtab();
      }
      for (auto &Part : *Parts)
        Part->dropAllReferences();
    }
  }
  for (unsigned I = 0; I < Plan.numPartitions(); ++I) {
    LLVMContext PCtx;
    auto PM = loadPartition(Ref, PCtx, Plan, I);
    ASSERT_TRUE(bool(PM)) << toString(PM.takeError());
    std::string Errs;
    raw_string_ostream EOS(Errs);
    EXPECT_FALSE(verifyModule(**PM, &EOS)) << Errs;
    if (!SplitBC.empty()) {
      LLVMContext SCtx;
      auto SM = loadSplitPartition(
          MemoryBufferRef(StringRef(SplitBC[I].data(), SplitBC[I].size()),
                          "t"),
          SCtx);
      ASSERT_TRUE(bool(SM)) << toString(SM.takeError());
      EXPECT_FALSE(verifyModule(**SM, &EOS)) << Errs;
      // The lazy route keeps the input's declarations nothing here uses
      // (they emit nothing); the split declares only what is used.
      LLVMContext LCtx;
      auto LM = loadPartition(Ref, LCtx, Plan, I);
      ASSERT_TRUE(bool(LM)) << toString(LM.takeError());
      SmallVector<GlobalValue *, 8> Unused;
      for (GlobalValue &GV : (*LM)->global_values())
        if (GV.isDeclaration() && GV.use_empty())
          Unused.push_back(&GV);
      for (GlobalValue *GV : Unused)
        GV->eraseFromParent();
      std::string Lazy, Split;
      raw_string_ostream LOS(Lazy), SOS(Split);
      (*LM)->print(LOS, nullptr);
      (*SM)->print(SOS, nullptr);
      EXPECT_EQ(Lazy, Split) << "partition " << I;
    }
    Fn(I, **PM);
  }
}

inline PartitionOptions parts(unsigned N,
                       PartitionStrategy S = PartitionStrategy::Balanced) {
  PartitionOptions O;
  O.NumPartitions = N;
  O.Strategy = S;
  return O;
}

/// One function of Adds additions, calling Callee when given.
inline std::string function(StringRef Name, unsigned Adds, StringRef Callee = "",
                     StringRef Extra = "") {
  std::string IR;
  raw_string_ostream OS(IR);
  OS << "define i32 @" << Name << "(i32 %x) {\n  %v0 = add i32 %x, 1\n";
  for (unsigned A = 1; A < Adds; ++A)
    OS << "  %v" << A << " = add i32 %v" << A - 1 << ", " << A << "\n";
  OS << Extra;
  if (!Callee.empty()) {
    OS << "  %r = call i32 @" << Callee << "(i32 %v" << Adds - 1 << ")\n";
    OS << "  ret i32 %r\n}\n";
  } else {
    OS << "  ret i32 %v" << Adds - 1 << "\n}\n";
  }
  return IR;
}

} // namespace

#endif
