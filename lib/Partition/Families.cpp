//===- Families.cpp - Template families and their spreading ---------------===//
//
// A family is the instantiations of one template, or the functions
// instantiated on one class type. The cost model errs by family (members
// share a shape, and whatever the model misses about it), and locality puts
// a family together, where its error adds up in one partition; the balanced
// strategy spreads large families so the error adds up everywhere alike.
//
//===----------------------------------------------------------------------===//

#include "Strategies.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Demangle/Demangle.h"
#include <algorithm>
#include <cstdlib>
#include <set>

using namespace llvm;
using namespace parcg;

// A family of at least FamilyMinMembers functions is spread so that no
// partition holds more of it than FamilySpreadNum / FamilySpreadDen of its
// even part, its largest member, or a share / FamilyShareFraction,
// whichever is most.
static constexpr unsigned FamilyMinMembers = 4;
static constexpr uint64_t FamilySpreadNum = 3, FamilySpreadDen = 2;
static constexpr uint64_t FamilyShareFraction = 16;
// What a member moved out leaves is filled from its new partition by one of
// the nodes within 1/BackWindow of its cost (at most BackCandidates of
// them are weighed).
static constexpr uint64_t BackWindow = 4;
static constexpr unsigned BackCandidates = 64;

/// The families of a function, for the balanced strategy to spread: its
/// template's, the qualified name with the template arguments of its
/// scopes and its own taken out, so that every instantiation of a template
/// (duckdb::BinaryExecutor::SelectFlatLoop<...>,
/// std::vector<...>::push_back) is one family; and its first template
/// argument's, when that is a type (every function instantiated on
/// duckdb::interval_t). "" for none: names that are not Itanium-mangled C++
/// functions (C functions, whose names are unique) have neither.
static std::pair<std::string, std::string>
familyKeys(StringRef Name, ItaniumPartialDemangler &D) {
  if (!Name.starts_with("_Z"))
    return {};
  // The demangler's tree points into the name: it must outlive the queries.
  const std::string Mangled = Name.str();
  if (D.partialDemangle(Mangled.c_str()) || !D.isFunction())
    return {};
  auto Print = [](char *Text) {
    std::string S = Text ? Text : "";
    std::free(Text);
    return S;
  };
  size_t Size = 0;
  const std::string Context =
      Print(D.getFunctionDeclContextName(nullptr, &Size));
  const std::string Base = Print(D.getFunctionBaseName(nullptr, &Size));
  const std::string Full = Print(D.getFunctionName(nullptr, &Size));
  if (Base.empty() || Full.empty() ||
      StringRef(Full).contains("operator"))
    return {}; // operator< and the like would unbalance the brackets.
  std::pair<std::string, std::string> Keys;
  int Depth = 0;
  for (char C : Context) {
    if (C == '<')
      ++Depth;
    else if (C == '>')
      --Depth;
    else if (!Depth)
      Keys.first += C;
    if (Depth < 0)
      return {};
  }
  if (Depth)
    return {};
  Keys.first += "::" + Base;
  // The first argument of the last template argument list.
  size_t Close = Full.rfind('>');
  if (Close == std::string::npos)
    return Keys;
  size_t Open = Close;
  for (Depth = 0; Open-- > 0;) {
    if (Full[Open] == '>')
      ++Depth;
    else if (Full[Open] == '<' && Depth-- == 0)
      break;
  }
  if (Open == std::string::npos)
    return Keys;
  size_t End = Open + 1;
  for (Depth = 0; End < Close; ++End) {
    char C = Full[End];
    if (C == '<' || C == '(')
      ++Depth;
    else if (C == '>' || C == ')')
      --Depth;
    else if (C == ',' && !Depth)
      break;
  }
  StringRef Arg = StringRef(Full).slice(Open + 1, End).trim();
  // Values (5, -1, true, (char)44, 5ul) are no types.
  if (Arg.contains("::") && !isDigit(Arg[0]) && Arg[0] != '-' && Arg[0] != '(')
    Keys.second = Arg.str();
  return Keys;
}

std::vector<FamilyIds>
parcg::groupFamilies(const PartitionPlan &Plan, UnionFind &Groups,
                     ArrayRef<unsigned> Roots, unsigned NumNodes,
                     function_ref<bool(unsigned)> IsNode) {
  // Each group's family is its costliest function's (ties: the first).
  std::vector<unsigned> Costliest(NumNodes, ~0u);
  for (unsigned N = 0; N < Plan.Symbols.size(); ++N) {
    if (!IsNode(N) || Plan.Symbols[N].Kind != SymbolKind::Function)
      continue;
    unsigned &C = Costliest[Groups.find(N)];
    if (C == ~0u || Plan.Symbols[N].Cost > Plan.Symbols[C].Cost)
      C = N;
  }
  ItaniumPartialDemangler D;
  StringMap<unsigned> Ids;
  std::vector<FamilyIds> Family(NumNodes, NoFamily);
  for (unsigned Root : Roots) {
    if (Costliest[Root] == ~0u)
      continue;
    auto [Template, Argument] =
        familyKeys(Plan.Symbols[Costliest[Root]].Name, D);
    // One numbering for both kinds, told apart by a prefix.
    if (!Template.empty())
      Family[Root][0] =
          Ids.try_emplace("t " + Template, Ids.size()).first->second;
    if (!Argument.empty())
      Family[Root][1] =
          Ids.try_emplace("a " + Argument, Ids.size()).first->second;
  }
  return Family;
}

/// Spreads the families of FamilyOf (by node of L) so that no partition
/// holds more of one than its cap: the model errs by family (the
/// instantiations of one template share a shape, and whatever the model
/// misses about that shape; so do the functions instantiated on one type),
/// and locality puts a family together, where its error adds up to one
/// partition's. Spread, it adds to every partition alike, which the
/// balance does not see. Families of at least FamilyMinMembers members, in
/// order of decreasing cost (ties: the first member's index); out of each
/// partition above the cap, the one holding most first, members leave,
/// those that lose least edge weight first, each to the partition within
/// the caps it loses least edge weight to (ties: the lighter, then the
/// lower), and from there a node of about its cost comes back, the one
/// that loses least edge weight, so that the loads stay where they were.
/// Returns the caps and family loads, for that and the refinement after.
FamilyCaps parcg::spreadFamilies(const GraphLevel &L,
                                 ArrayRef<FamilyIds> FamilyOf,
                                 std::vector<unsigned> &Part,
                                 std::vector<uint64_t> &Load, uint64_t Share) {
  const unsigned NumParts = Load.size();
  FamilyCaps Caps;
  Caps.NumParts = NumParts;
  Caps.Slots.assign(L.size(), NoFamily);
  struct Family {
    uint64_t Total = 0, Largest = 0, Cap = 0;
    std::vector<unsigned> Members; // Ascending.
  };
  std::vector<Family> Families;
  DenseMap<unsigned, unsigned> IndexOf;
  for (unsigned U = 0; U < L.size(); ++U)
    for (unsigned Id : FamilyOf[U]) {
      if (Id == ~0u)
        continue;
      auto [It, New] = IndexOf.try_emplace(Id, Families.size());
      if (New)
        Families.emplace_back();
      Family &F = Families[It->second];
      F.Total += L.Weight[U];
      F.Largest = std::max(F.Largest, L.Weight[U]);
      F.Members.push_back(U);
    }
  std::vector<unsigned> Order;
  for (unsigned I = 0; I < Families.size(); ++I) {
    Family &F = Families[I];
    const uint64_t Even = (F.Total * FamilySpreadNum +
                           FamilySpreadDen * NumParts - 1) /
                          (FamilySpreadDen * NumParts);
    F.Cap = std::max({F.Largest, Even, Share / FamilyShareFraction});
    if (F.Members.size() >= FamilyMinMembers && F.Cap < F.Total)
      Order.push_back(I);
  }
  llvm::stable_sort(Order, [&](unsigned X, unsigned Y) {
    return Families[X].Total > Families[Y].Total;
  });
  for (unsigned S = 0; S < Order.size(); ++S) {
    Caps.Cap.push_back(Families[Order[S]].Cap);
    for (unsigned U : Families[Order[S]].Members)
      Caps.Slots[U][Caps.Slots[U][0] == ~0u ? 0 : 1] = S;
  }
  Caps.Load.assign(size_t(Order.size()) * NumParts, 0);
  if (Order.empty())
    return Caps;
  for (unsigned U = 0; U < L.size(); ++U)
    for (unsigned S : Caps.Slots[U])
      if (S != ~0u)
        Caps.load(S, Part[U]) += L.Weight[U];

  Assignment A(Part, Load, &Caps);
  // Each partition's nodes by cost, for what comes back.
  std::vector<std::set<std::pair<uint64_t, unsigned>>> ByCost(NumParts);
  for (unsigned U = 0; U < L.size(); ++U)
    ByCost[Part[U]].insert({L.Weight[U], U});
  auto Move = [&](unsigned U, unsigned To) {
    ByCost[Part[U]].erase({L.Weight[U], U});
    ByCost[To].insert({L.Weight[U], U});
    A.move(U, To, L.Weight[U]);
  };
  std::vector<uint64_t> Conn(NumParts, 0);
  auto Connect = [&](unsigned U) {
    for (auto [V, EW] : L.neighbours(U))
      Conn[Part[V]] += EW;
  };
  auto Clear = [&](unsigned U) {
    for (auto [V, EW] : L.neighbours(U))
      Conn[Part[V]] = 0;
  };
  // The best destination of U, out of its partition, within the caps: the
  // one it loses least edge weight to (ties: the lighter, then the lower);
  // ~0u if none can take it.
  auto Destination = [&](unsigned U, int64_t &Loss) {
    const unsigned P = Part[U];
    const uint64_t W = L.Weight[U];
    Connect(U);
    unsigned Best = ~0u;
    for (unsigned Q = 0; Q < NumParts; ++Q) {
      if (Q == P || !Caps.fits(U, Q, W))
        continue;
      int64_t QLoss = int64_t(Conn[P]) - int64_t(Conn[Q]);
      if (Best == ~0u || QLoss < Loss ||
          (QLoss == Loss && Load[Q] < Load[Best]))
        Best = Q, Loss = QLoss;
    }
    Clear(U);
    return Best;
  };
  for (unsigned S = 0; S < Order.size(); ++S) {
    const Family &F = Families[Order[S]];
    // A partition within the cap stays within it (nothing of the family
    // moves in past the cap), so each partition is emptied to the cap
    // once: the one holding most first.
    for (unsigned Round = 0; Round < NumParts; ++Round) {
      unsigned P = 0;
      for (unsigned Q = 1; Q < NumParts; ++Q)
        if (Caps.load(S, Q) > Caps.load(S, P))
          P = Q;
      if (Caps.load(S, P) <= F.Cap)
        break;
      // Its members, those that lose least edge weight first (ties:
      // index); each goes to its best destination at the time it moves.
      std::vector<std::pair<int64_t, unsigned>> Leaving;
      for (unsigned U : F.Members) {
        int64_t Loss = 0;
        if (Part[U] == P && Destination(U, Loss) != ~0u)
          Leaving.push_back({Loss, U});
      }
      llvm::sort(Leaving);
      for (auto [_, U] : Leaving) {
        if (Caps.load(S, P) <= F.Cap)
          break;
        int64_t Loss = 0;
        unsigned Q = Destination(U, Loss);
        if (Q == ~0u || A.Count[P] == 1)
          continue;
        const uint64_t W = L.Weight[U];
        Move(U, Q);
        // What comes back from Q: of its nodes within a quarter of W in
        // cost (at most BackCandidates of them, the cheapest first), the
        // one that loses least edge weight (ties: nearest in cost, then
        // index); if none, the nearest in cost (ties: the cheaper). Never
        // a member of this family, nor one its own families' caps keep out.
        auto Allowed = [&](unsigned V) {
          return Caps.Slots[V][0] != S && Caps.Slots[V][1] != S &&
                 A.Count[Q] > 1 && Caps.fits(V, P, L.Weight[V]);
        };
        auto Diff = [&](unsigned V) {
          return L.Weight[V] > W ? L.Weight[V] - W : W - L.Weight[V];
        };
        const auto &Nodes = ByCost[Q];
        unsigned Back = ~0u;
        int64_t BackLoss = 0;
        unsigned Seen = 0;
        for (auto It = Nodes.lower_bound({W - W / BackWindow, 0});
             It != Nodes.end() && It->first <= W + W / BackWindow &&
             Seen < BackCandidates;
             ++It, ++Seen) {
          const unsigned V = It->second;
          if (!Allowed(V))
            continue;
          Connect(V);
          int64_t VLoss = int64_t(Conn[Q]) - int64_t(Conn[P]);
          Clear(V);
          if (Back == ~0u || VLoss < BackLoss ||
              (VLoss == BackLoss &&
               (Diff(V) < Diff(Back) || (Diff(V) == Diff(Back) && V < Back))))
            Back = V, BackLoss = VLoss;
        }
        if (Back == ~0u) {
          // The nearest in cost on either side of W.
          auto Above = Nodes.lower_bound({W, 0});
          for (auto It = Above; It != Nodes.end() && Back == ~0u; ++It)
            if (Allowed(It->second))
              Back = It->second;
          for (auto It = Above; It != Nodes.begin();) {
            --It;
            if (!Allowed(It->second))
              continue;
            if (Back == ~0u || Diff(It->second) <= Diff(Back))
              Back = It->second;
            break;
          }
        }
        if (Back != ~0u && Diff(Back) < W)
          Move(Back, P);
      }
      if (Caps.load(S, P) > F.Cap)
        break; // Nowhere to go: the caps of its other family hold it.
    }
  }
  return Caps;
}
