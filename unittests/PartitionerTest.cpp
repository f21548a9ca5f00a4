//===- PartitionerTest.cpp - Unit tests for the partitioner ---------------===//
//
// The partitioner's promises: groups that must stay together do, partitions
// are balanced within a bound, and the plan is a function of the module (the
// same when run twice, the same when unrelated declarations are added).
//
//===----------------------------------------------------------------------===//

#include "TestModules.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <set>

using namespace llvm;
using namespace parcg;

namespace {

std::string planJSON(const PartitionPlan &Plan) {
  std::string S;
  raw_string_ostream OS(S);
  printPlanJSON(Plan, OS);
  return S;
}

/// Partition contents by name (before promotion), per partition index.
std::vector<std::set<std::string>> contents(const PartitionPlan &Plan) {
  std::vector<std::set<std::string>> C(Plan.numPartitions());
  for (const PlanSymbol &S : Plan.Symbols)
    if (S.IsDefinition && S.Partition < C.size())
      C[S.Partition].insert(S.PromotedFrom ? *S.PromotedFrom : S.Name);
  return C;
}

/// Call sites between partitions.
unsigned cutCalls(const PartitionPlan &Plan) {
  unsigned Cut = 0;
  for (const PlanPartition &P : Plan.Partitions)
    Cut += P.CutCallEdges;
  return Cut;
}

/// How many partitions differ between two plans (by index), counting the
/// one that defines Touched as changed.
unsigned changedPartitions(const PartitionPlan &A, const PartitionPlan &B,
                           StringRef Touched) {
  auto CA = contents(A), CB = contents(B);
  unsigned Changed = 0;
  for (size_t I = 0; I < std::max(CA.size(), CB.size()); ++I)
    Changed += I >= CA.size() || I >= CB.size() || CA[I] != CB[I] ||
               CB[I].count(Touched.str());
  return Changed;
}

TEST(Partitioner, BalanceWithinBound) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(400));
  ASSERT_TRUE(M);
  for (unsigned N : {2u, 4u, 8u, 16u}) {
    PartitionPlan Plan = planPartitions(*M, parts(N));
    ASSERT_EQ(Plan.numPartitions(), N);
    uint64_t Max = 0, Sum = 0;
    for (const PlanPartition &P : Plan.Partitions) {
      Max = std::max(Max, P.Cost);
      Sum += P.Cost;
    }
    EXPECT_EQ(Sum, Plan.TotalCost);
    // Clusters are capped at 1/8 of a partition's share, and placement is
    // longest-first onto the least loaded partition: max <= mean * 9/8.
    EXPECT_LE(Max * N * 8, Plan.TotalCost * 9) << "N=" << N;
  }
}

TEST(Partitioner, EveryDefinitionInExactlyOnePartition) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(50, "@g = global i32 1\ndeclare void @ext()\n"));
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(4));
  for (const PlanSymbol &S : Plan.Symbols) {
    if (S.IsDefinition)
      EXPECT_LT(S.Partition, 4u) << S.Name;
    else
      EXPECT_EQ(S.Partition, ~0u) << S.Name;
  }
}

TEST(Partitioner, GroupsKeptWhole) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(64, R"(
$grp = comdat any
@cv = linkonce_odr global i32 0, comdat($grp)
define linkonce_odr i32 @cf() comdat($grp) { ret i32 1 }
@al = alias i32 (i32), ptr @f40
@ifn = ifunc i32 (), ptr @resolver
define internal ptr @resolver() { ret ptr @cf }
@tbl = internal global [1 x ptr] [ptr blockaddress(@jumpy, %target)]
define internal i32 @jumpy(i32 %x) {
entry:
  indirectbr ptr blockaddress(@jumpy, %target), [label %target]
target:
  ret i32 %x
}
define i32 @usesba() {
  %p = load ptr, ptr @tbl
  ret i32 0
}
)"));
  ASSERT_TRUE(M);
  for (unsigned N : {2u, 8u, 32u}) {
    PartitionPlan Plan = planPartitions(*M, parts(N));
    EXPECT_EQ(partitionOf(Plan, "cv"), partitionOf(Plan, "cf"));
    EXPECT_EQ(partitionOf(Plan, "al"), partitionOf(Plan, "f40"));
    EXPECT_EQ(partitionOf(Plan, "ifn"), partitionOf(Plan, "resolver"));
    EXPECT_EQ(partitionOf(Plan, "tbl"), partitionOf(Plan, "jumpy"));
  }
}

TEST(Partitioner, PiecesOfOneVariableStayTogether) {
  // GlobalOpt's SRA makes a global per field, each with a fragment of the
  // variable's debug info; one DIE describes them all, so they go to one
  // partition (whichever functions use them), with every strategy.
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(16, R"(
@hooks.0 = internal global i64 0, !dbg !10
@hooks.1 = internal global i64 0, !dbg !11
define i64 @get0() { %v = load i64, ptr @hooks.0
  ret i64 %v }
define i64 @get1() { %v = load i64, ptr @hooks.1
  ret i64 %v }
!llvm.dbg.cu = !{!1}
!llvm.module.flags = !{!5}
!1 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, emissionKind: FullDebug, globals: !3)
!2 = !DIFile(filename: "p.c", directory: ".")
!3 = !{!10, !11}
!4 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !2, size: 128, elements: !7)
!7 = !{}
!9 = distinct !DIGlobalVariable(name: "hooks", scope: !1, file: !2, line: 1, type: !6, isLocal: true, isDefinition: true)
!10 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression(DW_OP_LLVM_fragment, 0, 64))
!11 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression(DW_OP_LLVM_fragment, 64, 64))
)"));
  ASSERT_TRUE(M);
  for (PartitionStrategy Strategy :
       {PartitionStrategy::Balanced, PartitionStrategy::Stable,
        PartitionStrategy::RoundRobin})
    for (unsigned N : {2u, 8u}) {
      PartitionOptions Opts = parts(N);
      Opts.Strategy = Strategy;
      PartitionPlan Plan = planPartitions(*M, Opts);
      EXPECT_EQ(partitionOf(Plan, "hooks.0"), partitionOf(Plan, "hooks.1"));
    }
}

TEST(Partitioner, AppendingArraysLiveInTheAnchorPartition) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(64, R"(
module asm ".globl asm_sym"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @f30, ptr null }]
)"));
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(8));
  EXPECT_EQ(partitionOf(Plan, "llvm.global_ctors"), Plan.AnchorPartition);
}

TEST(Partitioner, SamePlanWhenRunTwice) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(300));
  ASSERT_TRUE(M);
  EXPECT_EQ(planJSON(planPartitions(*M, parts(8))),
            planJSON(planPartitions(*M, parts(8))));
  LLVMContext Ctx2;
  auto M2 = parse(Ctx2, chainModule(300));
  EXPECT_EQ(planJSON(planPartitions(*M, parts(8))),
            planJSON(planPartitions(*M2, parts(8))));
}

TEST(Partitioner, SamePlacementWhenUnrelatedDeclarationsAdded) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(300));
  auto MDecl = parse(Ctx, chainModule(300, "declare void @unrelated1()\n"
                                           "declare i32 @unrelated2(i32)\n"
                                           "@unrelated3 = external global i8\n"));
  ASSERT_TRUE(M && MDecl);
  for (unsigned N : {3u, 8u}) {
    PartitionPlan A = planPartitions(*M, parts(N));
    PartitionPlan B = planPartitions(*MDecl, parts(N));
    for (const PlanSymbol &S : A.Symbols)
      EXPECT_EQ(S.Partition, partitionOf(B, S.Name)) << S.Name;
  }
}

TEST(Partitioner, CallersAndCalleesMostlyTogether) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(400));
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(4));
  // A chain of 399 calls: a hash split would cut about 3/4 of them.
  EXPECT_LT(cutCalls(Plan), 399u / 4);
}

TEST(Partitioner, DenseCallClustersLandInOnePartitionEach) {
  // Eight "files" of 24 functions, each function calling the next four of
  // its file, and one call from each file to the next file's first
  // function. Every file weighs the same, so at 8 partitions the cut the
  // multilevel partitioner finds is the 8 calls between files (a hash split
  // would cut 7/8 of all 696 calls).
  std::string IR;
  const unsigned Files = 8, PerFile = 24;
  for (unsigned F = 0; F < Files; ++F)
    for (unsigned I = 0; I < PerFile; ++I) {
      std::string Name = "f" + std::to_string(F) + "_" + std::to_string(I);
      IR += "define i32 @" + Name + "(i32 %x) {\n  %v0 = add i32 %x, 1\n";
      unsigned Last = 0;
      for (unsigned D = 1; D <= 4 && I + D < PerFile; ++D, ++Last)
        IR += "  %v" + std::to_string(D) + " = call i32 @f" +
              std::to_string(F) + "_" + std::to_string(I + D) + "(i32 %v" +
              std::to_string(D - 1) + ")\n";
      if (I == PerFile - 1) {
        IR += "  %v1 = call i32 @f" + std::to_string((F + 1) % Files) +
              "_0(i32 %v0)\n";
        Last = 1;
      }
      IR += "  ret i32 %v" + std::to_string(Last) + "\n}\n";
    }
  LLVMContext Ctx;
  auto M = parse(Ctx, IR);
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(Files));
  EXPECT_EQ(cutCalls(Plan), Files);
  for (unsigned F = 0; F < Files; ++F)
    for (unsigned I = 1; I < PerFile; ++I)
      EXPECT_EQ(partitionOf(Plan, "f" + std::to_string(F) + "_" +
                                      std::to_string(I)),
                partitionOf(Plan, "f" + std::to_string(F) + "_0"));
}

TEST(Partitioner, EveryStrategyPlacesEveryDefinitionOnce) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(300, "@g = internal global i32 1\n"
                                       "@t = internal constant ptr @g\n"));
  ASSERT_TRUE(M);
  for (PartitionStrategy S :
       {PartitionStrategy::Balanced, PartitionStrategy::Stable,
        PartitionStrategy::RoundRobin}) {
    PartitionPlan Plan = planPartitions(*M, parts(5, S));
    EXPECT_EQ(Plan.numPartitions(), 5u);
    std::vector<unsigned> Seen(Plan.numPartitions(), 0);
    for (const PlanSymbol &S : Plan.Symbols) {
      if (!S.IsDefinition)
        continue;
      ASSERT_LT(S.Partition, Plan.numPartitions()) << S.Name;
      ++Seen[S.Partition];
    }
    for (unsigned N : Seen)
      EXPECT_GT(N, 0u); // No partition is empty.
  }
}

/// Four clusters of Per functions, each function calling the next of its
/// cluster, of equal cost; cluster 0's functions are named by Name(I) (a
/// template's instantiations, or C functions), the others f<c>_<i>.
std::string clusterModule(unsigned Per,
                          function_ref<std::string(unsigned)> Name) {
  std::string IR;
  for (unsigned C = 0; C < 4; ++C)
    for (unsigned I = 0; I < Per; ++I) {
      auto NameOf = [&](unsigned J) {
        return C ? "f" + std::to_string(C) + "_" + std::to_string(J)
                 : Name(J);
      };
      IR += function(NameOf(I), 40, I + 1 < Per ? NameOf(I + 1) : "");
    }
  return IR;
}

/// The most of the functions Name(0) .. Name(N - 1) that one partition of
/// Plan holds.
unsigned mostInOnePartition(const PartitionPlan &Plan, unsigned N,
                            function_ref<std::string(unsigned)> Name) {
  std::vector<unsigned> Members(Plan.numPartitions(), 0);
  for (unsigned I = 0; I < N; ++I)
    ++Members[partitionOf(Plan, Name(I))];
  return *std::max_element(Members.begin(), Members.end());
}

TEST(Partitioner, TemplateFamiliesSpreadOverPartitions) {
  // Cluster 0 is eight instantiations of one template, int work<I>(int):
  // one family, whose members the cost model gets wrong together. Locality
  // alone would put them in one partition; spread, no partition holds more
  // than 3/2 of its even part (3 of the 8), and the loads stay balanced.
  auto Work = [](unsigned I) {
    return "_Z4workILi" + std::to_string(I) + "EEii";
  };
  LLVMContext Ctx;
  auto M = parse(Ctx, clusterModule(8, Work));
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(4));
  EXPECT_LE(mostInOnePartition(Plan, 8, Work), 3u);
  uint64_t Max = 0;
  for (const PlanPartition &P : Plan.Partitions)
    Max = std::max(Max, P.Cost);
  EXPECT_LE(Max * 4 * 8, Plan.TotalCost * 9);
  // The same plan twice.
  EXPECT_EQ(planJSON(Plan), planJSON(planPartitions(*M, parts(4))));

  // Eight templates instantiated on one class type, int t<I><ns::interval>(int):
  // no template has four instantiations, but the argument is one family.
  auto OnInterval = [](unsigned I) {
    return "_Z2t" + std::to_string(I) + "IN2ns8intervalEEii";
  };
  LLVMContext CtxA;
  auto MA = parse(CtxA, clusterModule(8, OnInterval));
  ASSERT_TRUE(MA);
  PartitionPlan PlanA = planPartitions(*MA, parts(4));
  EXPECT_LE(mostInOnePartition(PlanA, 8, OnInterval), 3u);

  // The same module with C names: no family, and the cluster stays whole.
  LLVMContext Ctx2;
  auto MC = parse(Ctx2, clusterModule(8, [](unsigned I) {
                    return "work" + std::to_string(I);
                  }));
  ASSERT_TRUE(MC);
  PartitionPlan PlanC = planPartitions(*MC, parts(4));
  for (unsigned I = 1; I < 8; ++I)
    EXPECT_EQ(partitionOf(PlanC, "work" + std::to_string(I)),
              partitionOf(PlanC, "work0"));
}

TEST(Partitioner, BigFunctionGetsAPartitionOfItsOwn) {
  // One function costs more than a partition's share: it is alone in its
  // partition, and the rest are balanced over the others.
  std::string IR = function("huge", 3000);
  for (unsigned I = 0; I < 60; ++I)
    IR += function("small" + std::to_string(I), 30);
  LLVMContext Ctx;
  auto M = parse(Ctx, IR);
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(4));
  unsigned P = partitionOf(Plan, "huge");
  EXPECT_EQ(Plan.Partitions[P].NumFunctions, 1u);
}

TEST(Partitioner, MeasuredCostsReplaceTheModelsForListedFunctions) {
  // A profile lists a, b and c; d is not listed. The listed ones take the
  // measured shares, scaled so that together they cost what the model
  // said; d keeps the model's cost.
  std::string IR = function("a", 10) + function("b", 40) +
                   function("c", 70) + function("d", 100);
  LLVMContext Ctx;
  auto M = parse(Ctx, IR);
  ASSERT_TRUE(M);
  PartitionPlan Model = planPartitions(*M, parts(2));
  uint64_t ListedModel = symbol(Model, "a").Cost + symbol(Model, "b").Cost +
                         symbol(Model, "c").Cost;
  PartitionOptions Opts = parts(2);
  Opts.MeasuredMicros["a"] = 500;
  Opts.MeasuredMicros["b"] = 100;
  Opts.MeasuredMicros["c"] = 400;
  Opts.MeasuredMicros["not_in_module"] = 1000000;
  PartitionPlan Measured = planPartitions(*M, Opts);
  EXPECT_EQ(symbol(Measured, "d").Cost, symbol(Model, "d").Cost);
  uint64_t A = symbol(Measured, "a").Cost, B = symbol(Measured, "b").Cost,
           C = symbol(Measured, "c").Cost;
  // Rounding aside: shares 5:1:4, total the model's.
  EXPECT_NEAR(double(A + B + C), double(ListedModel), 2.0);
  EXPECT_NEAR(double(A), ListedModel * 0.5, 1.0);
  EXPECT_NEAR(double(B), ListedModel * 0.1, 1.0);
  EXPECT_NEAR(double(C), ListedModel * 0.4, 1.0);
  // The model made a the cheapest; measured, it is the costliest.
  EXPECT_LT(symbol(Model, "a").Cost, symbol(Model, "c").Cost);
  EXPECT_GT(A, C);
}

TEST(Partitioner, CostProfileKeepsEachFunctionsMedianTime) {
  // Comments and blank lines are skipped, CRLF line ends are accepted, a
  // name may hold spaces and tabs (it is everything after the first tab),
  // and a function listed more than once, in one file or several, takes
  // its median time: of an even count the mean of the middle two.
  SmallString<128> Path;
  ASSERT_FALSE(sys::fs::createTemporaryFile("profile", "txt", Path));
  FileRemover Remove(Path);
  {
    std::error_code EC;
    raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << "# parcg cost profile\r\n\n900\tf\r\n300\tf\n50\tname with\ttab\n";
  }
  CostSamples Samples;
  ASSERT_FALSE(errorToBool(readCostProfileFile(Path, Samples)));
  StringMap<uint64_t> Micros = medianCostProfile(Samples);
  EXPECT_EQ(Micros.size(), 2u);
  EXPECT_EQ(Micros.lookup("f"), 600u);
  EXPECT_EQ(Micros.lookup("name with\ttab"), 50u);
  // A third sample of f, in a later file: the middle one of three, neither
  // the least (100) nor the mean.
  Samples["f"].push_back(100);
  EXPECT_EQ(medianCostProfile(Samples).lookup("f"), 300u);
  // The order the samples came in does not matter.
  CostSamples Reversed;
  Reversed["f"] = {100, 300, 900};
  EXPECT_EQ(medianCostProfile(Reversed).lookup("f"), 300u);
  // Large times do not overflow the mean of the middle two.
  CostSamples Big;
  Big["g"] = {UINT64_MAX, UINT64_MAX - 2};
  EXPECT_EQ(medianCostProfile(Big).lookup("g"), UINT64_MAX - 1);
  // A negative time is no time: an error naming file and line.
  {
    std::error_code EC;
    raw_fd_ostream OS(Path, EC);
    OS << "10\tok\n-5\tbad\n";
  }
  Error E = readCostProfileFile(Path, Samples);
  ASSERT_TRUE(bool(E));
  EXPECT_NE(toString(std::move(E)).find(Path.str().str() + ":2:"),
            std::string::npos);
}

TEST(Partitioner, OversizedClusterIsSplit) {
  // One call chain through every function: clustering along its edges alone
  // would make one cluster of everything. Clusters stop at a fraction of a
  // share, so the chain is cut and the partitions stay balanced.
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(800));
  ASSERT_TRUE(M);
  for (unsigned N : {4u, 8u}) {
    PartitionPlan Plan = planPartitions(*M, parts(N));
    uint64_t Max = 0;
    for (const PlanPartition &P : Plan.Partitions)
      Max = std::max(Max, P.Cost);
    EXPECT_LE(double(Max) * N / Plan.TotalCost, 1.10) << N;
  }
}

TEST(Partitioner, TiesBrokenByModuleOrder) {
  // Identical functions: every cost and edge ties. Placement follows module
  // order and partitions are numbered by their first member: f0 is in 0.
  std::string IR;
  for (unsigned I = 0; I < 16; ++I)
    IR += function("same" + std::to_string(I), 20);
  LLVMContext Ctx;
  auto M = parse(Ctx, IR);
  ASSERT_TRUE(M);
  for (PartitionStrategy S :
       {PartitionStrategy::Balanced, PartitionStrategy::Stable,
        PartitionStrategy::RoundRobin}) {
    PartitionPlan Plan = planPartitions(*M, parts(4, S));
    EXPECT_EQ(partitionOf(Plan, "same0"), 0u);
    for (const PlanPartition &P : Plan.Partitions)
      EXPECT_EQ(P.NumFunctions, 4u);
    // Partition I's first member comes before partition I+1's.
    std::vector<unsigned> First(Plan.numPartitions(), ~0u);
    for (unsigned I = 0; I < 16; ++I) {
      unsigned P = partitionOf(Plan, "same" + std::to_string(I));
      First[P] = std::min(First[P], I);
    }
    EXPECT_TRUE(std::is_sorted(First.begin(), First.end()));
  }
}

TEST(Partitioner, StableStrategyHoldsStillUnderOneFunctionEdits) {
  // 600 functions in 30 "files" of callers and callees; then one body made
  // 20% bigger, one function added, one small function removed. With the
  // stable strategy a body edit changes only the partition that has the
  // function; adding or removing one can also move a boundary whose
  // candidates it shifts (bench/edit-experiment measures how often on
  // SQLite), so at most 2 more. The balanced strategy moves many here.
  auto Build = [](int Edit) {
    std::string IR;
    for (unsigned F = 0; F < 30; ++F)
      for (unsigned I = 0; I < 20; ++I) {
        std::string Name = "f" + std::to_string(F) + "_" + std::to_string(I);
        if (Edit == 2 && Name == "f7_19")
          continue; // Removed (a leaf: nothing calls f7_19 but f7_18).
        unsigned Adds = Name == "f7_19" ? 4 : (F * 13 + I * 7) % 40 + 5;
        if (Edit == 0 && Name == "f12_3")
          Adds += Adds / 5;
        std::string Callee = I + 1 < 20 ? "f" + std::to_string(F) + "_" +
                                              std::to_string(I + 1)
                                        : "";
        if (Edit == 2 && Name == "f7_18")
          Callee = "";
        IR += function(Name, Adds, Callee);
        if (Edit == 1 && Name == "f20_5")
          IR += function("added", 25);
      }
    return IR;
  };
  LLVMContext Ctx;
  auto Base = parse(Ctx, Build(-1));
  ASSERT_TRUE(Base);
  PartitionPlan Before = planPartitions(*Base, parts(16, PartitionStrategy::Stable));
  const char *Touched[] = {"f12_3", "added", "f7_18"};
  for (int Edit = 0; Edit < 3; ++Edit) {
    auto M = parse(Ctx, Build(Edit));
    ASSERT_TRUE(M);
    PartitionPlan After = planPartitions(*M, parts(16, PartitionStrategy::Stable));
    unsigned Changed = changedPartitions(Before, After, Touched[Edit]);
    if (Edit == 0)
      EXPECT_EQ(Changed, 1u);
    else
      EXPECT_LE(Changed, 3u) << "edit " << Edit;
    // With the unedited plan as base (read back from its JSON, as
    // --partition-base does), only the edited function's partition and,
    // for a removal, its caller's change.
    PartitionOptions WithBase = parts(16, PartitionStrategy::Stable);
    Expected<std::vector<std::string>> Names =
        readPlanBoundaries(planJSON(Before));
    ASSERT_TRUE(bool(Names)) << toString(Names.takeError());
    EXPECT_EQ(Names->size(), Before.numPartitions() - 1);
    WithBase.BaseBoundaries = std::move(*Names);
    PartitionPlan Kept = planPartitions(*M, WithBase);
    EXPECT_LE(changedPartitions(Before, Kept, Touched[Edit]), Edit == 2 ? 2u : 1u)
        << "edit " << Edit;
  }
}

TEST(Partitioner, StableStrategyPutsACallbackWithItsOnlyUser) {
  // 40 functions in module order; @cb (internal, near the end) has its
  // address taken by @f2 alone: the stable strategy puts it in f2's
  // partition, so that removing f2 changes only that partition. @shared_cb
  // is taken by two functions and @ext_cb is not local: they stay in place.
  std::string IR = "declare void @take(ptr)\n";
  for (unsigned I = 0; I < 40; ++I) {
    std::string Extra;
    if (I == 2)
      Extra = "  call void @take(ptr @cb)\n  call void @take(ptr @shared_cb)\n"
              "  call void @take(ptr @ext_cb)\n";
    if (I == 20)
      Extra = "  call void @take(ptr @shared_cb)\n";
    IR += function("f" + std::to_string(I), 30, "", Extra);
    if (I == 36)
      IR += "define internal void @cb() {\n  ret void\n}\n"
            "define internal void @shared_cb() {\n  ret void\n}\n"
            "define void @ext_cb() {\n  ret void\n}\n";
  }
  LLVMContext Ctx;
  auto M = parse(Ctx, IR);
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(4, PartitionStrategy::Stable));
  ASSERT_EQ(Plan.numPartitions(), 4u);
  EXPECT_EQ(partitionOf(Plan, "cb"), partitionOf(Plan, "f2"));
  EXPECT_NE(partitionOf(Plan, "shared_cb"), partitionOf(Plan, "f2"));
  EXPECT_EQ(partitionOf(Plan, "shared_cb"), partitionOf(Plan, "f36"));
  EXPECT_EQ(partitionOf(Plan, "ext_cb"), partitionOf(Plan, "f36"));
}

TEST(Partitioner, PlanEdgesListEveryUse) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(10));
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(2));
  // f0 -> f1 -> ... -> f9: nine calls, one call site each.
  unsigned Calls = 0;
  for (const PlanEdge &E : Plan.Edges)
    Calls += E.IsCall * E.Count;
  EXPECT_EQ(Calls, 9u);
}

TEST(Partitioner, AutoKeepsSmallModulesWhole) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(20));
  ASSERT_TRUE(M);
  EXPECT_EQ(planPartitions(*M, PartitionOptions()).numPartitions(), 1u);
}

// auto's count is the total cost over the least cost of a partition (a
// partition's fixed overhead does not grow with the module), capped.
TEST(Partitioner, AutoCountIsLinearInCost) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(40));
  ASSERT_TRUE(M);
  uint64_t Total = planPartitions(*M, parts(1)).TotalCost;
  ASSERT_GT(Total, 100u);
  for (uint64_t Expected : {1u, 3u, 7u, 12u}) {
    PartitionOptions Opts;
    Opts.MinPartitionCost = Total / Expected;
    EXPECT_EQ(planPartitions(*M, Opts).numPartitions(), Expected)
        << "least cost " << Opts.MinPartitionCost;
  }
  PartitionOptions Capped;
  Capped.MinPartitionCost = Total / 12;
  Capped.MaxPartitions = 5;
  EXPECT_EQ(planPartitions(*M, Capped).numPartitions(), 5u);
  // The stable strategy keeps the square root: its boundaries hold still
  // only while partitions are large.
  PartitionOptions Stable;
  Stable.Strategy = PartitionStrategy::Stable;
  Stable.MinPartitionCost = Total / 9;
  EXPECT_EQ(planPartitions(*M, Stable).numPartitions(), 3u);
}

} // namespace
