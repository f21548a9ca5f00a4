//===- parcg/Partitioner.h - The partition plan ----------------*- C++ -*-===//
//
// The partition plan says which partition defines each global value of a
// module. It is plain data (names, ordinals, costs) so it outlives the module
// it was made from, prints as JSON, and depends only on the module and the
// PartitionOptions, never on the thread count or the host.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_PARTITIONER_H
#define PARCG_PARTITIONER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class Module;
class raw_ostream;
} // namespace llvm

namespace parcg {

/// For --partition-strategy.
enum class PartitionStrategy : uint8_t {
  /// Multilevel k-way partitioning of the call graph, balanced by cost: the
  /// fewest cut calls for one build.
  Balanced,
  /// Contiguous runs of the module's functions in module order, cut at the
  /// function with the highest name hash near each ideal boundary, or where
  /// BaseBoundaries cut: with a base, an edit to one function changes the
  /// partitions it touches only (the partition cache's basis).
  Stable,
  /// Groups dealt in module order, ignoring cost and calls: a baseline.
  RoundRobin,
};

struct PartitionOptions {
  PartitionStrategy Strategy = PartitionStrategy::Balanced;
  /// For --partitions=N. Unset means auto: derived from the module's cost.
  std::optional<unsigned> NumPartitions;
  /// With auto: N = floor(total cost / MinPartitionCost), at most
  /// MaxPartitions. Every partition then carries at least MinPartitionCost,
  /// so small modules stay whole, and the count grows with the module: a
  /// partition's fixed overhead (its own module, cut in place, and target
  /// setup) does not grow with the module, so more partitions cost almost
  /// nothing and keep more workers busy. The stable strategy keeps
  /// floor(sqrt(total cost / MinPartitionCost)): its boundaries hold still
  /// under edits only while partitions are large (see placeStable).
  uint64_t MinPartitionCost = 120000;
  /// With auto, never more partitions than this.
  unsigned MaxPartitions = 64;
  /// Stable strategy only (--partition-base): names of the functions that
  /// started a partition in an earlier plan, sorted. A boundary stays on
  /// such a function while it is among the boundary's candidates, so an
  /// edit changes only the partitions it touches.
  std::vector<std::string> BaseBoundaries;
  /// --cost-profile: measured codegen microseconds of functions, by name,
  /// from an earlier build (--write-cost-profile). A listed function costs
  /// its measured time, scaled so that the listed functions together cost
  /// what the model says they do (the units, and so --partitions=auto, stay
  /// the model's); the others cost the model's estimate. The plan then
  /// depends on the profile's contents too, as on any input.
  llvm::StringMap<uint64_t> MeasuredMicros;
};

enum class SymbolKind : uint8_t { Function, Variable, Alias, IFunc };

/// One global value of the module, in module order (variables, functions,
/// aliases, ifuncs). Declarations are listed too so that an ordinal names the
/// same global in every copy of the module; they have no partition.
struct PlanSymbol {
  std::string Name;
  SymbolKind Kind = SymbolKind::Function;
  bool IsDefinition = false;
  bool IsLocal = false;
  /// Defined here but lives in the anchor partition and nowhere else
  /// (llvm.global_ctors and other appending arrays).
  bool IsAnchorArray = false;
  uint64_t Cost = 0;
  /// The partition that defines it; ~0u for declarations.
  unsigned Partition = ~0u;
  /// A local referenced from a partition other than its own: the splitter
  /// must promote it.
  bool ReferencedAcross = false;
  /// A private unnamed_addr constant C string: every partition that uses
  /// it defines its own copy (linkers merge equal strings in their
  /// mergeable sections), so it is never promoted, never pulls functions
  /// together and never moves when a user moves. Partition is the first of
  /// CopiesIn, or 0 when nothing uses it.
  bool Replicated = false;
  /// For a replicated constant: the partitions that define a copy,
  /// ascending.
  std::vector<unsigned> CopiesIn;
  /// Set by the splitter when it promoted this local: its old name.
  std::optional<std::string> PromotedFrom;
};

struct PlanPartition {
  /// The estimated cost of what it defines (a copied string counts in
  /// every partition that has a copy, so the sum can exceed TotalCost).
  uint64_t Cost = 0;
  unsigned NumFunctions = 0;
  unsigned NumVariables = 0;
  /// Call sites in this partition whose callee is defined in another one.
  unsigned CutCallEdges = 0;
  /// Other references (address taken, loads, initializers) across partitions.
  unsigned CutRefEdges = 0;
};

/// A use of one defined symbol by another: calls, or other references.
/// From is an ordinal, or ~0u for the anchor (module asm and ctors).
struct PlanEdge {
  unsigned From, To;
  uint32_t Count;
  bool IsCall;
};

struct PartitionPlan {
  std::vector<PlanSymbol> Symbols;
  /// Every use of a defined symbol by another, by From then To.
  std::vector<PlanEdge> Edges;
  std::vector<PlanPartition> Partitions;
  /// The partition that emits module inline asm, llvm.global_ctors/dtors and
  /// other appending arrays.
  unsigned AnchorPartition = 0;
  uint64_t TotalCost = 0;

  unsigned numPartitions() const { return Partitions.size(); }
  unsigned numPromoted() const;
};

/// Plans the partitions of M. Does not change M.
PartitionPlan planPartitions(const llvm::Module &M,
                             const PartitionOptions &Opts);

/// Enumerates M's global values in plan order (variables, functions,
/// aliases, ifuncs) and calls Fn(Ordinal, GV) for each.
template <typename ModuleT, typename FnT>
void forEachGlobalInPlanOrder(ModuleT &M, FnT Fn) {
  unsigned Ordinal = 0;
  for (auto &GV : M.globals())
    Fn(Ordinal++, GV);
  for (auto &F : M.functions())
    Fn(Ordinal++, F);
  for (auto &GA : M.aliases())
    Fn(Ordinal++, GA);
  for (auto &GI : M.ifuncs())
    Fn(Ordinal++, GI);
}

/// The functions that start a partition other than the first in a plan
/// printPlanJSON wrote (their names before promotion), sorted: the
/// boundaries --partition-base keeps.
llvm::Expected<std::vector<std::string>>
readPlanBoundaries(llvm::StringRef JSONText);

/// --partition-base=FILE: readPlanBoundaries of the file at Path; errors
/// name the file.
llvm::Expected<std::vector<std::string>>
readPlanBoundariesFile(llvm::StringRef Path);

/// Each function's measured times, one per --cost-profile line naming it.
using CostSamples = llvm::StringMap<std::vector<uint64_t>>;

/// --cost-profile=FILE: adds the file's "<microseconds>\t<name>" lines (as
/// --write-cost-profile writes them; '#' starts a comment line) to
/// Samples. Errors name the file and line.
llvm::Error readCostProfileFile(llvm::StringRef Path, CostSamples &Samples);

/// Each function's median sample (of an even count, the mean of the middle
/// two): the time PartitionOptions::MeasuredMicros takes. Not the least:
/// on the bench hosts a function ran fast now and then as well as slow, and
/// plans balanced on medians of earlier runs scored better on later runs
/// than plans balanced on their least (docs/Benchmarks.md, Intel Xeon,
/// "profiles by median or by least"). The same for any order of the files.
llvm::StringMap<uint64_t> medianCostProfile(const CostSamples &Samples);

/// Every --cost-profile file in Paths, read and reduced to each function's
/// median time: what PartitionOptions::MeasuredMicros is set from, by the
/// driver and by the linker plugin alike.
llvm::Expected<llvm::StringMap<uint64_t>>
readCostProfiles(llvm::ArrayRef<std::string> Paths);

/// --print-partitions: a table for humans.
void printPlanTable(const PartitionPlan &Plan, llvm::raw_ostream &OS);
/// --partition-plan=FILE.json: the whole plan as data.
void printPlanJSON(const PartitionPlan &Plan, llvm::raw_ostream &OS);
/// --partition-graph=FILE.dot: partitions as clusters of their costliest
/// functions, cut call edges in red, for graphviz.
void printPlanGraph(const PartitionPlan &Plan, llvm::raw_ostream &OS);

} // namespace parcg

#endif
