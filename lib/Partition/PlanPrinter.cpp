//===- PlanPrinter.cpp - The plan as a table and as JSON ------------------===//
//
// --print-partitions is for people: one row per partition and a summary line.
// --partition-plan=FILE.json is for tools and tests: every symbol with its
// partition, cost and promotion. Both walk the plan in index order, so their
// bytes depend only on the plan.
//
//===----------------------------------------------------------------------===//

#include "parcg/Partitioner.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace llvm;
using namespace parcg;

static StringRef kindName(SymbolKind K) {
  switch (K) {
  case SymbolKind::Function:
    return "function";
  case SymbolKind::Variable:
    return "variable";
  case SymbolKind::Alias:
    return "alias";
  case SymbolKind::IFunc:
    return "ifunc";
  }
  llvm_unreachable("unknown symbol kind");
}

static double maxOverMean(const PartitionPlan &Plan) {
  if (Plan.Partitions.empty() || Plan.TotalCost == 0)
    return 1.0;
  uint64_t Max = 0;
  for (const PlanPartition &P : Plan.Partitions)
    Max = std::max(Max, P.Cost);
  return double(Max) * Plan.Partitions.size() / double(Plan.TotalCost);
}

void parcg::printPlanTable(const PartitionPlan &Plan, raw_ostream &OS) {
  OS << "partition  functions  variables   est.cost   share  cut-calls  "
        "cut-refs\n";
  unsigned Functions = 0, CutCalls = 0;
  for (unsigned I = 0, E = Plan.numPartitions(); I != E; ++I) {
    const PlanPartition &P = Plan.Partitions[I];
    double Share =
        Plan.TotalCost ? 100.0 * double(P.Cost) / double(Plan.TotalCost) : 0;
    OS << format("%9u  %9u  %9u  %9llu  %5.1f%%  %9u  %8u", I, P.NumFunctions,
                 P.NumVariables, (unsigned long long)P.Cost, Share,
                 P.CutCallEdges, P.CutRefEdges);
    if (I == Plan.AnchorPartition)
      OS << "  (module asm, ctors)";
    OS << "\n";
    Functions += P.NumFunctions;
    CutCalls += P.CutCallEdges;
  }
  OS << format("total: %u partitions, %u functions, est.cost %llu, "
               "max/mean %.2f, cut calls %u, promoted locals %u\n",
               Plan.numPartitions(), Functions,
               (unsigned long long)Plan.TotalCost, maxOverMean(Plan), CutCalls,
               Plan.numPromoted());
}

void parcg::printPlanJSON(const PartitionPlan &Plan, raw_ostream &OS) {
  json::OStream J(OS, /*IndentSize=*/1);
  J.object([&] {
    J.attribute("version", 1);
    J.attribute("partition_count", Plan.numPartitions());
    J.attribute("total_cost", int64_t(Plan.TotalCost));
    J.attribute("max_over_mean", maxOverMean(Plan));
    J.attribute("anchor_partition", Plan.AnchorPartition);
    J.attributeArray("partitions", [&] {
      for (unsigned I = 0, E = Plan.numPartitions(); I != E; ++I) {
        const PlanPartition &P = Plan.Partitions[I];
        J.object([&] {
          J.attribute("index", I);
          J.attribute("cost", int64_t(P.Cost));
          J.attribute("functions", P.NumFunctions);
          J.attribute("variables", P.NumVariables);
          J.attribute("cut_call_edges", P.CutCallEdges);
          J.attribute("cut_ref_edges", P.CutRefEdges);
        });
      }
    });
    J.attributeArray("symbols", [&] {
      for (unsigned I = 0, E = Plan.Symbols.size(); I != E; ++I) {
        const PlanSymbol &S = Plan.Symbols[I];
        if (!S.IsDefinition)
          continue;
        J.object([&] {
          J.attribute("ordinal", I);
          J.attribute("name", S.Name);
          J.attribute("kind", kindName(S.Kind));
          J.attribute("partition", S.Partition);
          J.attribute("cost", int64_t(S.Cost));
          if (S.IsLocal)
            J.attribute("local", true);
          if (S.PromotedFrom)
            J.attribute("promoted_from", *S.PromotedFrom);
        });
      }
    });
    J.attributeArray("promoted", [&] {
      for (const PlanSymbol &S : Plan.Symbols)
        if (S.PromotedFrom)
          J.object([&] {
            J.attribute("from", *S.PromotedFrom);
            J.attribute("to", S.Name);
            J.attribute("partition", S.Partition);
          });
    });
  });
  OS << "\n";
}
