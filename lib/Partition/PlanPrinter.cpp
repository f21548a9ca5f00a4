//===- PlanPrinter.cpp - The plan as a table and as JSON ------------------===//
//
// --print-partitions is for people: one row per partition and a summary line.
// --partition-plan=FILE.json is for tools and tests: every symbol with its
// partition, cost and promotion. Both walk the plan in index order, so their
// bytes depend only on the plan.
//
//===----------------------------------------------------------------------===//

#include "parcg/Partitioner.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cmath>
#include <map>

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
          if (S.Replicated)
            J.attributeArray("copies", [&] {
              for (unsigned P : S.CopiesIn)
                J.value(P);
            });
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

// The graph shows, per partition, its costliest functions (a picture of two
// thousand nodes says nothing) and a node standing for the rest; calls
// inside a partition in grey between the functions shown (or the rest
// node); cut calls in red, summed per pair of partitions between their rest
// nodes, so every cut call is counted and the picture stays readable.
static constexpr unsigned GraphFunctionsPerPartition = 8;

void parcg::printPlanGraph(const PartitionPlan &Plan, raw_ostream &OS) {
  unsigned N = Plan.numPartitions();
  // The functions shown: the costliest of each partition, ties by ordinal.
  std::vector<std::vector<unsigned>> ByPartition(N);
  for (unsigned I = 0, E = Plan.Symbols.size(); I != E; ++I) {
    const PlanSymbol &S = Plan.Symbols[I];
    if (S.IsDefinition && S.Kind == SymbolKind::Function && S.Partition < N)
      ByPartition[S.Partition].push_back(I);
  }
  std::vector<char> Shown(Plan.Symbols.size(), 0);
  for (std::vector<unsigned> &Fns : ByPartition) {
    llvm::stable_sort(Fns, [&](unsigned A, unsigned B) {
      return Plan.Symbols[A].Cost > Plan.Symbols[B].Cost;
    });
    if (Fns.size() > GraphFunctionsPerPartition)
      Fns.resize(GraphFunctionsPerPartition);
    for (unsigned I : Fns)
      Shown[I] = 1;
  }
  auto Quote = [](StringRef Name) {
    std::string Q = "\"";
    for (char C : Name) {
      if (C == '\n') {
        Q += "\\n";
        continue;
      }
      if (C == '"' || C == '\\')
        Q += '\\';
      Q += C;
    }
    return Q + "\"";
  };
  auto NodeOf = [&](unsigned Ordinal, unsigned Partition) -> std::string {
    if (Ordinal != ~0u && Shown[Ordinal])
      return "f" + std::to_string(Ordinal);
    return "rest" + std::to_string(Partition);
  };

  OS << "digraph parcg_plan {\n"
     << "  graph [layout=fdp, fontname=\"Helvetica\", label=\"parcg plan: "
     << N << " partitions, est. cost " << Plan.TotalCost
     << ", max/mean " << format("%.2f", maxOverMean(Plan))
     << "\", labelloc=t];\n"
     << "  node [shape=box, style=filled, fillcolor=white, "
        "fontname=\"Helvetica\", fontsize=10];\n"
     << "  edge [color=gray60];\n";
  for (unsigned P = 0; P < N; ++P) {
    const PlanPartition &Part = Plan.Partitions[P];
    OS << "  subgraph cluster_p" << P << " {\n"
       << "    label=\"partition " << P << ": " << Part.NumFunctions
       << " functions, cost " << Part.Cost << ", cut calls "
       << Part.CutCallEdges << "\";\n    style=filled; fillcolor=\"#eef3fb\";\n";
    for (unsigned I : ByPartition[P])
      OS << "    f" << I << " [label="
         << Quote((Plan.Symbols[I].PromotedFrom ? *Plan.Symbols[I].PromotedFrom
                                                : Plan.Symbols[I].Name) +
                  "\n" + std::to_string(Plan.Symbols[I].Cost))
         << "];\n";
    unsigned Rest = Part.NumFunctions - ByPartition[P].size();
    OS << "    rest" << P << " [label=\"" << Rest
       << " more functions\", shape=ellipse, fillcolor=\"#dddddd\"];\n"
       << "  }\n";
  }
  // Calls, summed per pair of drawn nodes, in the order of first use.
  std::vector<std::pair<std::string, std::string>> Order;
  std::map<std::pair<std::string, std::string>, std::pair<uint64_t, bool>>
      Sum;
  for (const PlanEdge &E : Plan.Edges) {
    if (!E.IsCall || E.From == ~0u)
      continue;
    const PlanSymbol &From = Plan.Symbols[E.From], &To = Plan.Symbols[E.To];
    if (From.Partition >= N || To.Partition >= N)
      continue;
    bool Cut = From.Partition != To.Partition;
    auto Key = Cut ? std::make_pair(
                         "rest" + std::to_string(std::min(From.Partition,
                                                          To.Partition)),
                         "rest" + std::to_string(std::max(From.Partition,
                                                          To.Partition)))
                   : std::make_pair(NodeOf(E.From, From.Partition),
                                    NodeOf(E.To, To.Partition));
    if (Key.first == Key.second)
      continue;
    auto [It, New] = Sum.try_emplace(Key, 0, Cut);
    if (New)
      Order.push_back(Key);
    It->second.first += E.Count;
  }
  for (const auto &Key : Order) {
    auto [Count, Cut] = Sum[Key];
    OS << "  " << Key.first << " -> " << Key.second;
    if (Cut)
      OS << " [color=red, dir=none, penwidth="
         << format("%.1f", 1 + std::log2(double(Count)) / 2) << ", label=\""
         << Count << "\", fontcolor=red]";
    else if (Count > 1)
      OS << " [label=\"" << Count << "\"]";
    OS << ";\n";
  }
  OS << "}\n";
}

Expected<std::vector<std::string>>
parcg::readPlanBoundaries(StringRef JSONText) {
  Expected<json::Value> V = json::parse(JSONText);
  if (!V)
    return V.takeError();
  const json::Object *Plan = V->getAsObject();
  const json::Array *Symbols = Plan ? Plan->getArray("symbols") : nullptr;
  if (!Symbols)
    return createStringError("not a partition plan: no \"symbols\" array");
  // Each partition's first function in module order (ordinal), but the
  // first partition's.
  std::map<int64_t, std::pair<int64_t, std::string>> First;
  for (const json::Value &Sym : *Symbols) {
    const json::Object *O = Sym.getAsObject();
    std::optional<StringRef> Kind = O ? O->getString("kind") : std::nullopt;
    std::optional<int64_t> Ordinal = O ? O->getInteger("ordinal") : std::nullopt;
    std::optional<int64_t> Part = O ? O->getInteger("partition") : std::nullopt;
    std::optional<StringRef> Name = O ? O->getString("name") : std::nullopt;
    if (!Kind || !Ordinal || !Part || !Name)
      return createStringError("not a partition plan: a symbol without kind, "
                               "ordinal, partition and name");
    if (*Kind != "function")
      continue;
    if (std::optional<StringRef> From = O->getString("promoted_from"))
      Name = From;
    auto [It, New] = First.try_emplace(*Part, *Ordinal, Name->str());
    if (!New && *Ordinal < It->second.first)
      It->second = {*Ordinal, Name->str()};
  }
  std::vector<std::pair<int64_t, std::string>> Starts;
  for (auto &[Part, Start] : First)
    Starts.push_back(Start);
  llvm::sort(Starts);
  std::vector<std::string> Names;
  for (size_t I = 1; I < Starts.size(); ++I)
    Names.push_back(Starts[I].second);
  llvm::sort(Names);
  return Names;
}

/// The file at Path, or an error naming it.
static Expected<std::unique_ptr<MemoryBuffer>> readFile(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return createStringError("%s: %s", Path.str().c_str(),
                             Buf.getError().message().c_str());
  return std::move(*Buf);
}

Expected<std::vector<std::string>>
parcg::readPlanBoundariesFile(StringRef Path) {
  Expected<std::unique_ptr<MemoryBuffer>> Buf = readFile(Path);
  if (!Buf)
    return Buf.takeError();
  Expected<std::vector<std::string>> Names =
      readPlanBoundaries((*Buf)->getBuffer());
  if (!Names)
    return createStringError("%s: %s", Path.str().c_str(),
                             toString(Names.takeError()).c_str());
  return Names;
}

Error parcg::readCostProfileFile(StringRef Path, CostSamples &Samples) {
  Expected<std::unique_ptr<MemoryBuffer>> Buf = readFile(Path);
  if (!Buf)
    return Buf.takeError();
  StringRef Text = (*Buf)->getBuffer();
  unsigned LineNo = 0;
  while (!Text.empty()) {
    StringRef Line;
    std::tie(Line, Text) = Text.split('\n');
    ++LineNo;
    Line = Line.rtrim('\r');
    if (Line.empty() || Line.starts_with("#"))
      continue;
    auto [Number, Name] = Line.split('\t');
    uint64_t Value;
    if (Name.empty() || Number.getAsInteger(10, Value))
      return createStringError(
          "%s:%u: not a cost profile line (<microseconds><tab><name>): '%s'",
          Path.str().c_str(), LineNo, Line.str().c_str());
    Samples[Name].push_back(Value);
  }
  return Error::success();
}

StringMap<uint64_t> parcg::medianCostProfile(const CostSamples &Samples) {
  StringMap<uint64_t> Micros;
  for (const auto &[Name, Times] : Samples) {
    std::vector<uint64_t> Sorted(Times);
    llvm::sort(Sorted);
    size_t Mid = Sorted.size() / 2;
    Micros[Name] = Sorted.size() % 2
                       ? Sorted[Mid]
                       : Sorted[Mid - 1] + (Sorted[Mid] - Sorted[Mid - 1]) / 2;
  }
  return Micros;
}

Expected<StringMap<uint64_t>>
parcg::readCostProfiles(ArrayRef<std::string> Paths) {
  CostSamples Samples;
  for (const std::string &Path : Paths)
    if (Error E = readCostProfileFile(Path, Samples))
      return std::move(E);
  return medianCostProfile(Samples);
}
