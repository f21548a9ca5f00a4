//===- SplitterTest.cpp - Unit tests for the splitter ---------------------===//
//
// The splitter's promises: every partition a worker loads verifies, the
// partitions together define each symbol of the module exactly once,
// promoted names never collide with existing ones, and a replicated string
// is copied into every partition that uses it.
//
//===----------------------------------------------------------------------===//

#include "TestModules.h"
#include <set>

using namespace llvm;
using namespace parcg;

namespace {

TEST(Splitter, PartitionsVerifyAndDefineEachSymbolOnce) {
  LLVMContext Ctx;
  auto M = parse(Ctx, chainModule(120, R"(
@shared = internal global i32 5
@only = internal global i32 6
define i32 @reader() {
  %a = load i32, ptr @shared
  ret i32 %a
}
define i32 @f119b() {
  %a = load i32, ptr @shared
  %b = load i32, ptr @only
  %c = add i32 %a, %b
  ret i32 %c
}
)"));
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(4));
  assignPromotedNames(*M, Plan);
  StringMap<unsigned> DefinedIn;
  std::set<std::string> Replicated;
  for (const PlanSymbol &S : Plan.Symbols)
    if (S.Replicated)
      Replicated.insert(S.Name);
  forEachPartitionModule(*M, Plan, [&](unsigned I, Module &PM) {
    for (const GlobalValue &GV : PM.global_values()) {
      if (GV.isDeclaration())
        continue;
      // A replicated string is defined by each partition that uses it.
      bool First = DefinedIn.try_emplace(GV.getName(), I).second;
      EXPECT_TRUE(First || Replicated.count(GV.getName().str()))
          << GV.getName().str() << " defined twice";
    }
  });
  unsigned Defined = 0;
  for (const GlobalValue &GV : M->global_values())
    Defined += !GV.isDeclaration();
  EXPECT_EQ(DefinedIn.size(), Defined);
  // @only is used by one function only: it is promoted exactly when that
  // function and @only were put apart.
  bool OnlyApart = partitionOf(Plan, "f119b") != partitionOf(Plan, "only");
  EXPECT_EQ(symbol(Plan, "only").PromotedFrom.has_value(), OnlyApart);
}

TEST(Splitter, PromotedNamesAvoidExistingNames) {
  // Two big functions apart, both calling an internal helper: the helper is
  // promoted. A global that already has the name the helper would get must
  // make the promotion pick another name, the same one every time, and the
  // workers must apply exactly that name.
  std::string Big;
  raw_string_ostream OS(Big);
  OS << "define internal i32 @helper(i32 %x) {\n  ret i32 %x\n}\n";
  for (StringRef F : {"big_a", "big_b"})
    OS << function(F, 200, "helper");
  LLVMContext Ctx;
  auto M = parse(Ctx, Big);
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(2));
  assignPromotedNames(*M, Plan);
  ASSERT_TRUE(symbol(Plan, "helper").PromotedFrom.has_value());
  std::string Taken = symbol(Plan, "helper").Name;

  // The same module plus a global that already has that name. (The hash
  // does not change: it covers external names of definitions only, and this
  // global is a declaration.)
  auto M2 = parse(Ctx, Big + "@\"" + Taken + "\" = external global i32\n");
  ASSERT_TRUE(M2);
  PartitionPlan Plan2 = planPartitions(*M2, parts(2));
  assignPromotedNames(*M2, Plan2);
  EXPECT_EQ(symbol(Plan2, "helper").Name, Taken + ".1");

  forEachPartitionModule(*M2, Plan2, [&](unsigned, Module &PM) {
    EXPECT_TRUE(PM.getNamedValue(Taken + ".1"));
  });
}

TEST(Splitter, SharedStringCopiedIntoEveryPartitionThatUsesIt) {
  // Three big functions apart: two use the private unnamed_addr string
  // @.str, one does not. The partitions of the two define their own copy
  // (nothing promoted); the third defines none. A constant that could be
  // told apart (no unnamed_addr) is promoted instead.
  std::string IR = "@.str = private unnamed_addr constant [3 x i8] c\"hi\\00\"\n"
                   "@.named = private constant [3 x i8] c\"ho\\00\"\n"
                   "declare void @use(ptr)\n";
  raw_string_ostream OS(IR);
  for (StringRef F : {"big_a", "big_b", "big_c"})
    OS << function(F, 200, "",
                   F == "big_c" ? "" : "  call void @use(ptr @.str)\n"
                                       "  call void @use(ptr @.named)\n");
  LLVMContext Ctx;
  auto M = parse(Ctx, IR);
  ASSERT_TRUE(M);
  PartitionPlan Plan = planPartitions(*M, parts(3));
  assignPromotedNames(*M, Plan);
  ASSERT_EQ(Plan.numPartitions(), 3u);
  const PlanSymbol &Str = symbol(Plan, ".str");
  EXPECT_TRUE(Str.Replicated);
  EXPECT_FALSE(Str.PromotedFrom.has_value());
  std::vector<unsigned> Users = {partitionOf(Plan, "big_a"),
                                 partitionOf(Plan, "big_b")};
  llvm::sort(Users);
  ASSERT_NE(Users[0], Users[1]);
  EXPECT_EQ(Str.CopiesIn, Users);
  EXPECT_EQ(Str.Partition, Users[0]);
  EXPECT_FALSE(symbol(Plan, ".named").Replicated);
  EXPECT_TRUE(symbol(Plan, ".named").PromotedFrom.has_value());

  forEachPartitionModule(*M, Plan, [&](unsigned I, Module &PM) {
    const GlobalVariable *Copy = PM.getGlobalVariable(".str", true);
    bool Uses = I != partitionOf(Plan, "big_c");
    EXPECT_EQ(Copy && !Copy->isDeclaration(), Uses) << "partition " << I;
    if (Copy && Uses) {
      EXPECT_TRUE(Copy->hasPrivateLinkage());
    }
  });
}

} // namespace
