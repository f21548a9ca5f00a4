//===- ObjectWriter.cpp - Merge partition objects into one ----------------===//
//
// The partitions of one module make a set of relocatable objects in which
// every symbol is defined at most once, except in the comdat groups code
// generation makes on its own in every partition that needs one
// (DW.ref.__gxx_personality_v0). A relocatable link of them (`ld -r`) needs
// no symbol resolution beyond "a definition wins over references" and "the
// first copy of a comdat group is kept" (weak definitions and commons
// combine as in any link), and headers combine as `ld -r` combines them
// (mergeHeader: partitions differ in OS/ABI). So the writer is small: output
// sections keyed by (name, type, flags, entry size) take the input sections
// in the order they arrive; input sections of comdat groups and
// SHF_LINK_ORDER sections stay sections of their own (a group is one unit
// for the final link); symbols map to their output section at their new
// offset; relocations, groups and the address significance table are
// rewritten to output symbol indices at the end. Section symbols stand for
// the whole output section, so a relocation against one gets the input
// section's offset added to its addend; that is only possible with RELA, so
// a section with REL relocations (LLVM's .llvm.call-graph-profile) is never
// concatenated with another. Past 0xff00 sections, indices go to
// .symtab_shndx and the header's overflow fields.
//
// Everything is ordered by arrival (partition order, then input order):
// the output depends only on the inputs
// (single-object-identical-across-threads.ll).
//
//===----------------------------------------------------------------------===//

#include "parcg/ObjectWriter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Alignment.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/LEB128.h"
#include "llvm/Support/raw_ostream.h"
#include <variant>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;
using namespace parcg;

static Error objError(StringRef Name, const Twine &Reason) {
  return createStringError(inconvertibleErrorCode(),
                           Twine(Name) + ": " + Reason);
}

namespace {

/// A symbol of the output, before indices exist.
struct SymRef {
  enum KindTy : uint8_t { None, Section, Local, Global, Discarded } Kind = None;
  uint32_t Index = 0;
  bool operator==(const SymRef &O) const {
    return Kind == O.Kind && Index == O.Index;
  }
};

struct Reloc {
  uint64_t Offset;
  SymRef Sym;
  uint32_t Type;
  int64_t Addend;
};

/// Where a symbol is: an output section, or SHN_UNDEF/ABS/COMMON.
struct Place {
  int Section = -1;
  uint32_t Special = SHN_UNDEF;
};

struct OutSection {
  std::string Name;
  uint32_t Type = 0;
  uint64_t Flags = 0, EntSize = 0, Info = 0;
  uint64_t Align = 1, Size = 0;
  std::string Data;
  /// Takes further input sections (see the file comment).
  bool Shared = false;
  bool RelIsRela = true;
  std::vector<Reloc> Relocs;
  /// SHF_LINK_ORDER: the output section this one follows.
  int LinkOrder = -1;
  /// sh_link names the symbol table (.llvm.call-graph-profile).
  bool LinksSymtab = false;
  /// SHT_GROUP: signature, flag word, members (output section, or the
  /// relocation section of an output section).
  SymRef Signature;
  uint32_t GroupFlags = 0;
  std::vector<std::pair<int, bool>> Members;
  bool NeedsSectionSymbol = false;
};

struct LocalSym {
  std::string Name;
  uint8_t Info, Other;
  Place Where;
  uint64_t Value, Size;
};

struct GlobalSym {
  std::string Name;
  uint8_t Binding, Type, Other;
  bool Defined = false;
  unsigned DefinedBy = 0;
  Place Where;
  uint64_t Value = 0, Size = 0;
};

/// ELF visibility after combining two: the more constraining one
/// (INTERNAL < HIDDEN < PROTECTED < DEFAULT), as linkers combine them.
static uint8_t combineVisibility(uint8_t A, uint8_t B) {
  if (A == STV_DEFAULT)
    return B;
  if (B == STV_DEFAULT)
    return A;
  return std::min(A, B);
}

class MergerBase {
public:
  virtual ~MergerBase() = default;
  virtual Error add(MemoryBufferRef Object) = 0;
  virtual Error finish(SmallVectorImpl<char> &Out) = 0;
};

template <class ELFT> class Merger final : public MergerBase {
  using Elf_Shdr = typename ELFT::Shdr;
  using Elf_Sym = typename ELFT::Sym;
  using Elf_Rel = typename ELFT::Rel;
  using Elf_Rela = typename ELFT::Rela;
  using Elf_Ehdr = typename ELFT::Ehdr;
  static constexpr endianness E = ELFT::Endianness;

public:
  Error add(MemoryBufferRef Object) override;
  Error finish(SmallVectorImpl<char> &Out) override;

private:
  Error addSymbols(StringRef Name, const ELFFile<ELFT> &F,
                   const Elf_Shdr &SymTab, ArrayRef<int> OutOf,
                   ArrayRef<uint64_t> OffsetIn, const std::vector<bool> &Discarded,
                   std::vector<SymRef> &SymMap,
                   std::vector<uint64_t> &SymOffset);

  std::vector<OutSection> Sections;
  StringMap<unsigned> SharedByKey;
  StringSet<> Comdats;
  std::vector<LocalSym> Locals;
  std::vector<GlobalSym> Globals;
  StringMap<unsigned> GlobalByName;
  std::vector<SymRef> AddrSig;
  DenseSet<std::pair<unsigned, unsigned>> InAddrSig;
  bool HasAddrSig = false;
  unsigned NumObjects = 0;
  std::vector<std::string> ObjectNames;
  Elf_Ehdr Header;
};

} // namespace

struct ObjectWriter::Impl {
  std::unique_ptr<MergerBase> M;
};

/// The processor-specific section of build attributes, one per object.
static bool isBuildAttributes(uint16_t Machine, uint32_t Type) {
  return (Machine == EM_RISCV && Type == SHT_RISCV_ATTRIBUTES) ||
         (Machine == EM_ARM && Type == SHT_ARM_ATTRIBUTES) ||
         (Machine == EM_AARCH64 && Type == SHT_AARCH64_ATTRIBUTES);
}

static std::string sharedKey(StringRef Name, uint32_t Type, uint64_t Flags,
                             uint64_t EntSize) {
  return (Name + "\0" + utostr(Type) + "," + utostr(Flags) + "," +
          utostr(EntSize))
      .str();
}

/// Folds header H of object Name into Out, the header of the objects so far,
/// as a relocatable link combines them; an error only where a linker also
/// refuses to link the two.
/// - Class, byte order and machine: equal.
/// - OS/ABI: ELFOSABI_NONE and ELFOSABI_GNU combine to GNU (LLVM marks an
///   object GNU when it has an ifunc, a SHF_GNU_RETAIN section or a
///   GNU_UNIQUE symbol, so partitions differ in it); other values equal.
///   The ABI version: the greater (it counts features, as with GNU's).
/// - Flags: RISC-V ORs the compressed-code and TSO bits and needs the same
///   float ABI and RVE, as ld.bfd and lld do; elsewhere they must be equal
///   (objects of one module have equal flags on every other machine LLVM
///   writes ELF for).
template <class EhdrT>
static Error mergeHeader(StringRef Name, EhdrT &Out, const EhdrT &H) {
  if (H.e_ident[EI_CLASS] != Out.e_ident[EI_CLASS] ||
      H.e_ident[EI_DATA] != Out.e_ident[EI_DATA] ||
      H.e_machine != Out.e_machine)
    return objError(Name, "machine (" + Twine(unsigned(H.e_machine)) +
                              "), class or byte order differ from the first "
                              "object's");
  uint8_t &OSABI = Out.e_ident[EI_OSABI];
  uint8_t Theirs = H.e_ident[EI_OSABI];
  if (Theirs != OSABI) {
    auto GNUish = [](uint8_t V) {
      return V == ELFOSABI_NONE || V == ELFOSABI_GNU;
    };
    if (!GNUish(Theirs) || !GNUish(OSABI))
      return objError(Name, "OS/ABI " + Twine(unsigned(Theirs)) +
                                " cannot be linked with OS/ABI " +
                                Twine(unsigned(OSABI)));
    OSABI = ELFOSABI_GNU;
  }
  Out.e_ident[EI_ABIVERSION] =
      std::max(Out.e_ident[EI_ABIVERSION], H.e_ident[EI_ABIVERSION]);
  if (H.e_flags == Out.e_flags)
    return Error::success();
  if (H.e_machine == EM_RISCV) {
    const uint32_t Must = EF_RISCV_FLOAT_ABI | EF_RISCV_RVE;
    if ((H.e_flags & Must) != (Out.e_flags & Must))
      return objError(Name, "float ABI or RVE differs from the first "
                            "object's (e_flags 0x" +
                                utohexstr(H.e_flags) + " and 0x" +
                                utohexstr(Out.e_flags) + ")");
    Out.e_flags |= H.e_flags & (EF_RISCV_RVC | EF_RISCV_TSO);
    if ((Out.e_flags | (EF_RISCV_RVC | EF_RISCV_TSO)) ==
        (H.e_flags | (EF_RISCV_RVC | EF_RISCV_TSO)))
      return Error::success();
  }
  return objError(Name, "e_flags 0x" + utohexstr(H.e_flags) +
                            " differ from the first object's (0x" +
                            utohexstr(Out.e_flags) + ") on machine " +
                            Twine(unsigned(H.e_machine)));
}

template <class ELFT> Error Merger<ELFT>::add(MemoryBufferRef Object) {
  StringRef Name = Object.getBufferIdentifier();
  Expected<ELFFile<ELFT>> FOrErr = ELFFile<ELFT>::create(Object.getBuffer());
  if (!FOrErr)
    return objError(Name, toString(FOrErr.takeError()));
  const ELFFile<ELFT> &F = *FOrErr;
  const Elf_Ehdr &H = F.getHeader();
  if (H.e_type != ET_REL)
    return objError(Name, "not a relocatable object");
  if (NumObjects == 0)
    Header = H;
  else if (Error Err = mergeHeader(Name, Header, H))
    return Err;
  unsigned ObjectIndex = NumObjects++;
  ObjectNames.push_back(Name.str());

  Expected<typename ELFT::ShdrRange> SecsOrErr = F.sections();
  if (!SecsOrErr)
    return objError(Name, toString(SecsOrErr.takeError()));
  typename ELFT::ShdrRange Secs = *SecsOrErr;
  size_t NumSecs = Secs.size();

  // Sections that REL relocations apply to, and the symbol table.
  std::vector<bool> HasRel(NumSecs, false);
  // RISC-V code the final link may relax (shrink): it aligns each input
  // section anew, so such a section keeps one of its own rather than
  // following another partition's at an offset relaxation would move
  // (ld.lld -r pads and adds an R_RISCV_ALIGN instead).
  std::vector<bool> Relaxable(NumSecs, false);
  const Elf_Shdr *SymTab = nullptr;
  unsigned SymTabIndex = 0;
  for (size_t I = 0; I < NumSecs; ++I) {
    const Elf_Shdr &S = Secs[I];
    if (S.sh_type == SHT_REL && S.sh_info < NumSecs)
      HasRel[S.sh_info] = true;
    if (S.sh_type == SHT_RELA && S.sh_info < NumSecs &&
        F.getHeader().e_machine == EM_RISCV) {
      Expected<typename ELFT::RelaRange> Relas = F.relas(S);
      if (!Relas)
        return objError(Name, toString(Relas.takeError()));
      for (const typename ELFT::Rela &R : *Relas) {
        uint32_t Type = R.getType(/*IsMips64EL=*/false);
        if (Type == ELF::R_RISCV_RELAX || Type == ELF::R_RISCV_ALIGN) {
          Relaxable[S.sh_info] = true;
          break;
        }
      }
    }
    if (S.sh_type == SHT_SYMTAB) {
      if (SymTab)
        return objError(Name, "more than one symbol table");
      SymTab = &S;
      SymTabIndex = I;
    }
  }
  // An object without a symbol table is valid ELF (nothing in it can be
  // referred to); linkers take it, so the writer does too. Whatever would
  // need symbols (groups, relocations) finds none and is refused below.

  // Comdat groups an earlier object brought are dropped with their members,
  // as a linker drops them: codegen makes some in every partition that
  // needs them (DW.ref.__gxx_personality_v0).
  std::vector<bool> Discarded(NumSecs, false);
  if (SymTab) {
    Expected<typename ELFT::SymRange> Syms = F.symbols(SymTab);
    if (!Syms)
      return objError(Name, toString(Syms.takeError()));
    Expected<StringRef> Strs = F.getStringTableForSymtab(*SymTab);
    if (!Strs)
      return objError(Name, toString(Strs.takeError()));
    for (size_t I = 1; I < NumSecs; ++I) {
      const Elf_Shdr &S = Secs[I];
      if (S.sh_type != SHT_GROUP)
        continue;
      Expected<ArrayRef<uint8_t>> Bytes = F.getSectionContents(S);
      if (!Bytes || Bytes->size() % 4 != 0 || Bytes->empty() ||
          S.sh_info >= Syms->size()) {
        consumeError(Bytes.takeError());
        return objError(Name, "malformed group section");
      }
      if (!(support::endian::read32<E>(Bytes->data()) & GRP_COMDAT))
        continue;
      Expected<StringRef> Sig = (*Syms)[S.sh_info].getName(*Strs);
      if (!Sig)
        return objError(Name, toString(Sig.takeError()));
      if (Comdats.insert(*Sig).second)
        continue;
      Discarded[I] = true;
      for (size_t K = 4; K < Bytes->size(); K += 4) {
        uint32_t Member = support::endian::read32<E>(Bytes->data() + K);
        if (Member >= NumSecs)
          return objError(Name, "group member out of range");
        Discarded[Member] = true;
      }
    }
  }

  // Content sections, in input order: each goes to a shared output section
  // or one of its own.
  std::vector<int> OutOf(NumSecs, -1);
  std::vector<uint64_t> OffsetIn(NumSecs, 0);
  std::vector<unsigned> Groups;
  for (size_t I = 1; I < NumSecs; ++I) {
    const Elf_Shdr &S = Secs[I];
    if (Discarded[I])
      continue;
    switch (S.sh_type) {
    case SHT_NULL:
    case SHT_SYMTAB:
    case SHT_STRTAB:
    case SHT_REL:
    case SHT_RELA:
    case SHT_SYMTAB_SHNDX:
      continue;
    case SHT_LLVM_ADDRSIG:
      HasAddrSig = true;
      continue;
    default:
      break;
    }
    Expected<StringRef> SecName = F.getSectionName(S);
    if (!SecName)
      return objError(Name, toString(SecName.takeError()));
    uint64_t Align = std::max<uint64_t>(1, S.sh_addralign);
    if (!isPowerOf2_64(Align))
      return objError(Name, "section " + *SecName +
                                " has an alignment that is not a power of 2");
    bool LinksSymtab = S.sh_link == SymTabIndex && S.sh_link != 0;
    bool Own = S.sh_type == SHT_GROUP || (S.sh_flags & SHF_GROUP) ||
               (S.sh_flags & SHF_LINK_ORDER) || HasRel[I] || Relaxable[I] ||
               S.sh_info != 0 ||
               (S.sh_link != 0 && !LinksSymtab);
    // Records of .eh_frame are padded to its alignment by the assembler;
    // padding between them would read as a terminator.
    if (*SecName == ".eh_frame" && S.sh_size % Align != 0)
      Own = true;

    int Out = -1;
    std::string Key;
    if (!Own) {
      Key = sharedKey(*SecName, S.sh_type, S.sh_flags, S.sh_entsize);
      auto It = SharedByKey.find(Key);
      if (It != SharedByKey.end())
        Out = It->second;
    }
    if (Out < 0) {
      Out = Sections.size();
      Sections.emplace_back();
      OutSection &O = Sections.back();
      O.Name = SecName->str();
      O.Type = S.sh_type;
      O.Flags = S.sh_flags;
      O.EntSize = S.sh_entsize;
      O.Info = S.sh_type == SHT_GROUP ? 0 : S.sh_info;
      O.Shared = !Own;
      O.LinksSymtab = LinksSymtab;
      if (!Own)
        SharedByKey[Key] = Out;
    }
    OutSection &O = Sections[Out];
    OutOf[I] = Out;
    // Build attributes (.riscv.attributes, .ARM.attributes) describe the
    // whole object in one versioned record: the partitions', compiled for
    // one target, are the same and the output keeps one. Concatenated they
    // would be malformed.
    if (isBuildAttributes(F.getHeader().e_machine, S.sh_type)) {
      Expected<ArrayRef<uint8_t>> Bytes = F.getSectionContents(S);
      if (!Bytes)
        return objError(Name, toString(Bytes.takeError()));
      StringRef Content(reinterpret_cast<const char *>(Bytes->data()),
                        Bytes->size());
      if (O.Size != 0) {
        if (StringRef(O.Data.data(), O.Data.size()) != Content)
          return objError(Name, "section " + *SecName +
                                    " differs from an earlier partition's: "
                                    "build attributes cannot be merged");
        // Dropped as a comdat copy is: its local (mapping) symbols too.
        Discarded[I] = true;
        OutOf[I] = -1;
        continue;
      }
    }
    if (S.sh_type == SHT_GROUP) {
      Groups.push_back(I);
      O.Align = 4;
      continue;
    }
    uint64_t Offset = alignTo(O.Size, Align);
    OffsetIn[I] = Offset;
    O.Align = std::max(O.Align, Align);
    if (S.sh_type != SHT_NOBITS) {
      Expected<ArrayRef<uint8_t>> Bytes = F.getSectionContents(S);
      if (!Bytes)
        return objError(Name, toString(Bytes.takeError()));
      O.Data.resize(Offset, '\0');
      O.Data.append(reinterpret_cast<const char *>(Bytes->data()),
                    Bytes->size());
    }
    O.Size = Offset + S.sh_size;
  }
  // SHF_LINK_ORDER sections follow the output section of theirs.
  for (size_t I = 1; I < NumSecs; ++I)
    if (OutOf[I] >= 0 && (Secs[I].sh_flags & SHF_LINK_ORDER)) {
      unsigned L = Secs[I].sh_link;
      if (L >= NumSecs || OutOf[L] < 0)
        return objError(Name, "SHF_LINK_ORDER section links to no section");
      Sections[OutOf[I]].LinkOrder = OutOf[L];
    }

  std::vector<SymRef> SymMap;
  std::vector<uint64_t> SymOffset;
  if (SymTab)
    if (Error Err = addSymbols(Name, F, *SymTab, OutOf, OffsetIn, Discarded,
                               SymMap, SymOffset))
      return Err;
  auto MapSym = [&](uint32_t Index, uint64_t &Bias) -> Expected<SymRef> {
    if (Index >= SymMap.size())
      return objError(Name, "symbol index " + Twine(Index) + " out of range");
    Bias = SymOffset[Index];
    SymRef R = SymMap[Index];
    if (R.Kind == SymRef::Discarded)
      return objError(Name, "symbol " + Twine(Index) +
                                " is in a comdat group an earlier object "
                                "defines, and is used locally");
    if (R.Kind == SymRef::Section)
      Sections[R.Index].NeedsSectionSymbol = true;
    return R;
  };

  // Relocations, now that symbols and section offsets are known.
  for (size_t I = 1; I < NumSecs; ++I) {
    const Elf_Shdr &S = Secs[I];
    if (S.sh_type != SHT_REL && S.sh_type != SHT_RELA)
      continue;
    if (Discarded[I] || (S.sh_info < NumSecs && Discarded[S.sh_info]))
      continue;
    if (S.sh_link != SymTabIndex || S.sh_info >= NumSecs ||
        OutOf[S.sh_info] < 0)
      return objError(Name, "relocation section applies to no section");
    OutSection &Target = Sections[OutOf[S.sh_info]];
    uint64_t Base = OffsetIn[S.sh_info];
    auto AddOne = [&](uint64_t Offset, uint32_t Sym, uint32_t Type,
                      int64_t Addend, bool Rela) -> Error {
      uint64_t Bias = 0;
      Expected<SymRef> R = MapSym(Sym, Bias);
      if (!R)
        return R.takeError();
      if (!Rela && Bias != 0)
        return objError(Name, "a REL relocation refers to a section moved in "
                              "the output");
      Target.RelIsRela = Rela;
      Target.Relocs.push_back(
          {Base + Offset, *R, Type, Addend + static_cast<int64_t>(Bias)});
      return Error::success();
    };
    if (S.sh_type == SHT_RELA) {
      Expected<typename ELFT::RelaRange> Rs = F.relas(S);
      if (!Rs)
        return objError(Name, toString(Rs.takeError()));
      for (const Elf_Rela &R : *Rs)
        if (Error Err = AddOne(R.r_offset, R.getSymbol(false),
                               R.getType(false), R.r_addend, true))
          return Err;
    } else {
      Expected<typename ELFT::RelRange> Rs = F.rels(S);
      if (!Rs)
        return objError(Name, toString(Rs.takeError()));
      for (const Elf_Rel &R : *Rs)
        if (Error Err =
                AddOne(R.r_offset, R.getSymbol(false), R.getType(false), 0,
                       false))
          return Err;
    }
  }

  // Groups: the signature symbol and the members, as output sections.
  std::vector<int> RelocTarget(NumSecs, -1);
  for (size_t I = 1; I < NumSecs; ++I)
    if ((Secs[I].sh_type == SHT_REL || Secs[I].sh_type == SHT_RELA) &&
        Secs[I].sh_info < NumSecs)
      RelocTarget[I] = OutOf[Secs[I].sh_info];
  for (unsigned G : Groups) {
    const Elf_Shdr &S = Secs[G];
    OutSection &O = Sections[OutOf[G]];
    uint64_t Bias = 0;
    Expected<SymRef> Sig = MapSym(S.sh_info, Bias);
    if (!Sig)
      return Sig.takeError();
    O.Signature = *Sig;
    Expected<ArrayRef<uint8_t>> Bytes = F.getSectionContents(S);
    if (!Bytes)
      return objError(Name, toString(Bytes.takeError()));
    if (Bytes->size() % 4 != 0 || Bytes->empty())
      return objError(Name, "malformed group section");
    const uint8_t *P = Bytes->data();
    O.GroupFlags = support::endian::read32<E>(P);
    for (size_t K = 4; K < Bytes->size(); K += 4) {
      uint32_t Member = support::endian::read32<E>(P + K);
      if (Member >= NumSecs)
        return objError(Name, "group member out of range");
      if (OutOf[Member] >= 0)
        O.Members.push_back({OutOf[Member], false});
      else if (RelocTarget[Member] >= 0)
        O.Members.push_back({RelocTarget[Member], true});
      else
        return objError(Name, "group member of an unsupported kind");
    }
  }

  // The address-significance table: symbol indices, merged and deduplicated.
  for (size_t I = 1; I < NumSecs; ++I) {
    if (Secs[I].sh_type != SHT_LLVM_ADDRSIG)
      continue;
    Expected<ArrayRef<uint8_t>> Bytes = F.getSectionContents(Secs[I]);
    if (!Bytes)
      return objError(Name, toString(Bytes.takeError()));
    const uint8_t *P = Bytes->data(), *End = P + Bytes->size();
    while (P < End) {
      unsigned Len = 0;
      const char *Err = nullptr;
      uint64_t Sym = decodeULEB128(P, &Len, End, &Err);
      if (Err)
        return objError(Name, "malformed .llvm_addrsig");
      P += Len;
      if (Sym < SymMap.size() && SymMap[Sym].Kind == SymRef::Discarded)
        continue;
      uint64_t Bias = 0;
      Expected<SymRef> R = MapSym(Sym, Bias);
      if (!R)
        return R.takeError();
      if (InAddrSig.insert({R->Kind, R->Index}).second)
        AddrSig.push_back(*R);
    }
  }
  (void)ObjectIndex;
  return Error::success();
}

template <class ELFT>
Error Merger<ELFT>::addSymbols(StringRef Name, const ELFFile<ELFT> &F,
                               const Elf_Shdr &SymTab, ArrayRef<int> OutOf,
                               ArrayRef<uint64_t> OffsetIn,
                               const std::vector<bool> &Discarded,
                               std::vector<SymRef> &SymMap,
                               std::vector<uint64_t> &SymOffset) {
  Expected<typename ELFT::SymRange> SymsOrErr = F.symbols(&SymTab);
  if (!SymsOrErr)
    return objError(Name, toString(SymsOrErr.takeError()));
  typename ELFT::SymRange Syms = *SymsOrErr;
  Expected<StringRef> StrTab = F.getStringTableForSymtab(SymTab);
  if (!StrTab)
    return objError(Name, toString(StrTab.takeError()));
  ArrayRef<typename ELFT::Word> ShndxTable;
  Expected<typename ELFT::ShdrRange> Secs = F.sections();
  if (!Secs)
    return objError(Name, toString(Secs.takeError()));
  for (const Elf_Shdr &S : *Secs)
    if (S.sh_type == SHT_SYMTAB_SHNDX) {
      Expected<ArrayRef<typename ELFT::Word>> T = F.getSHNDXTable(S);
      if (!T)
        return objError(Name, toString(T.takeError()));
      ShndxTable = *T;
    }

  unsigned ObjectIndex = NumObjects - 1;
  SymMap.assign(Syms.size(), SymRef());
  SymOffset.assign(Syms.size(), 0);
  for (size_t J = 1; J < Syms.size(); ++J) {
    const Elf_Sym &Sym = Syms[J];
    Expected<StringRef> SymName = Sym.getName(*StrTab);
    if (!SymName)
      return objError(Name, toString(SymName.takeError()));
    // getSectionIndex maps the reserved indices (ABS, COMMON) to 0.
    Expected<uint32_t> Shndx =
        Sym.st_shndx == SHN_ABS || Sym.st_shndx == SHN_COMMON
            ? Expected<uint32_t>(uint32_t(Sym.st_shndx))
            : F.getSectionIndex(Sym, Syms, ShndxTable);
    if (!Shndx)
      return objError(Name, toString(Shndx.takeError()));
    Place Where;
    uint64_t Value = Sym.st_value;
    bool InDiscarded = *Shndx < Discarded.size() && Discarded[*Shndx] &&
                       *Shndx != SHN_UNDEF;
    if (InDiscarded) {
      // Defined in a dropped comdat group: locally unusable; a global is a
      // reference to the kept group's definition.
      if (Sym.getBinding() == STB_LOCAL) {
        SymMap[J] = {SymRef::Discarded, 0};
        continue;
      }
      Where.Special = SHN_UNDEF;
      Value = 0;
    } else if (*Shndx == SHN_UNDEF || *Shndx == SHN_ABS || *Shndx == SHN_COMMON) {
      Where.Special = *Shndx;
    } else if (*Shndx < OutOf.size() && OutOf[*Shndx] >= 0) {
      Where.Section = OutOf[*Shndx];
      Value += OffsetIn[*Shndx];
    } else {
      return objError(Name, "symbol '" + *SymName +
                                "' is in a section that cannot be merged");
    }

    if (Sym.getType() == STT_SECTION) {
      if (Where.Section < 0)
        return objError(Name, "section symbol without a section");
      SymMap[J] = {SymRef::Section, static_cast<uint32_t>(Where.Section)};
      SymOffset[J] = OffsetIn[*Shndx];
      continue;
    }
    if (Sym.getBinding() == STB_LOCAL) {
      SymMap[J] = {SymRef::Local, static_cast<uint32_t>(Locals.size())};
      Locals.push_back({SymName->str(), Sym.st_info, Sym.st_other, Where,
                        Value, Sym.st_size});
      continue;
    }

    bool Defined = *Shndx != SHN_UNDEF && !InDiscarded;
    auto [It, New] = GlobalByName.try_emplace(*SymName, Globals.size());
    SymMap[J] = {SymRef::Global, It->second};
    if (New) {
      GlobalSym G;
      G.Name = SymName->str();
      G.Binding = Sym.getBinding();
      G.Type = Sym.getType();
      G.Other = Sym.st_other;
      G.Defined = Defined;
      G.DefinedBy = ObjectIndex;
      G.Where = Where;
      G.Value = Value;
      G.Size = Sym.st_size;
      Globals.push_back(std::move(G));
      continue;
    }
    GlobalSym &G = Globals[It->second];
    uint8_t Vis = combineVisibility(G.Other & 3, Sym.st_other & 3);
    uint8_t OtherBits = (G.Other | Sym.st_other) & ~3;
    // Two definitions combine as a linker combines them: a strong
    // definition over a common over a weak definition (lld's order);
    // commons to the largest size and alignment; the first of two weak
    // ones. Two strong definitions are an error, as in any link.
    auto Rank = [](bool IsCommon, uint8_t Binding) {
      return IsCommon ? 2 : Binding == STB_WEAK ? 1 : 3;
    };
    int NewRank = Rank(Where.Special == SHN_COMMON, Sym.getBinding());
    int OldRank = Rank(G.Where.Special == SHN_COMMON, G.Binding);
    if (Defined && G.Defined && NewRank == 2 && OldRank == 2) {
      G.Value = std::max<uint64_t>(G.Value, Value);
      G.Size = std::max<uint64_t>(G.Size, Sym.st_size);
    } else if (Defined && G.Defined && NewRank == 3 && OldRank == 3) {
      return objError(Name, "symbol '" + *SymName + "' is also defined in " +
                                ObjectNames[G.DefinedBy]);
    } else if (Defined && G.Defined && NewRank <= OldRank) {
      // The earlier definition stays.
    } else if (Defined) {
      G.Binding = Sym.getBinding();
      G.Type = Sym.getType();
      G.Defined = true;
      G.DefinedBy = ObjectIndex;
      G.Where = Where;
      G.Value = Value;
      G.Size = Sym.st_size;
    } else if (!G.Defined) {
      // A strong reference makes the reference strong.
      if (Sym.getBinding() == STB_GLOBAL)
        G.Binding = STB_GLOBAL;
      if (G.Type == STT_NOTYPE)
        G.Type = Sym.getType();
    }
    G.Other = OtherBits | Vis;
  }
  return Error::success();
}

namespace {
/// A string table with each string once, in order of first use.
class StrTab {
public:
  StrTab() { Data.push_back('\0'); }
  uint32_t add(StringRef S) {
    if (S.empty())
      return 0;
    auto [It, New] = Offsets.try_emplace(S, Data.size());
    if (New) {
      Data.append(S.begin(), S.end());
      Data.push_back('\0');
    }
    return It->second;
  }
  std::string Data;

private:
  StringMap<uint32_t> Offsets;
};
} // namespace

template <class ELFT>
Error Merger<ELFT>::finish(SmallVectorImpl<char> &Out) {
  // Section indices: each output section, followed by its relocations.
  size_t NumOut = Sections.size();
  std::vector<uint32_t> Index(NumOut), RelIndex(NumOut, 0);
  uint32_t Next = 1;
  for (size_t K = 0; K < NumOut; ++K) {
    Index[K] = Next++;
    if (!Sections[K].Relocs.empty())
      RelIndex[K] = Next++;
  }
  uint32_t AddrSigIndex = HasAddrSig ? Next++ : 0;
  uint32_t SymTabIndex = Next++;
  bool NeedShndx = SymTabIndex + 3 >= SHN_LORESERVE;
  uint32_t ShndxIndex = NeedShndx ? Next++ : 0;
  uint32_t StrTabIndex = Next++;
  uint32_t ShStrTabIndex = Next++;
  uint32_t NumSections = Next;

  // Symbols: locals first (section symbols, then the objects' locals in
  // order), then globals in order of first appearance.
  std::vector<uint32_t> SectionSym(NumOut, 0);
  uint32_t NumSyms = 1;
  for (size_t K = 0; K < NumOut; ++K)
    if (Sections[K].NeedsSectionSymbol)
      SectionSym[K] = NumSyms++;
  uint32_t FirstLocal = NumSyms;
  NumSyms += Locals.size();
  uint32_t FirstGlobal = NumSyms;
  NumSyms += Globals.size();
  auto SymIndex = [&](SymRef R) -> uint32_t {
    switch (R.Kind) {
    case SymRef::None:
      return 0;
    case SymRef::Section:
      return SectionSym[R.Index];
    case SymRef::Local:
      return FirstLocal + R.Index;
    case SymRef::Global:
      return FirstGlobal + R.Index;
    case SymRef::Discarded:
      // A symbol of a discarded comdat copy: MapSym refuses references to
      // it and the address-significance table skips it, so no output
      // entry ever asks for its index.
      return 0;
    }
    return 0;
  };

  StrTab Strings, SectionNames;
  std::vector<Elf_Sym> Syms(NumSyms);
  std::vector<uint32_t> Shndx(NumSyms, 0);
  auto Fill = [&](uint32_t I, StringRef Name, uint8_t Info, uint8_t Other,
                  Place Where, uint64_t Value, uint64_t Size) {
    Elf_Sym &S = Syms[I];
    std::memset(&S, 0, sizeof(S));
    S.st_name = Strings.add(Name);
    S.st_info = Info;
    S.st_other = Other;
    uint32_t Sec = Where.Section >= 0 ? Index[Where.Section] : Where.Special;
    if (Where.Section >= 0 && Sec >= SHN_LORESERVE) {
      S.st_shndx = SHN_XINDEX;
      Shndx[I] = Sec;
    } else {
      S.st_shndx = Sec;
    }
    S.st_value = Value;
    S.st_size = Size;
  };
  std::memset(&Syms[0], 0, sizeof(Elf_Sym));
  for (size_t K = 0; K < NumOut; ++K)
    if (SectionSym[K])
      Fill(SectionSym[K], "", (STB_LOCAL << 4) | STT_SECTION, 0,
           Place{static_cast<int>(K), 0}, 0, 0);
  for (size_t L = 0; L < Locals.size(); ++L) {
    const LocalSym &S = Locals[L];
    Fill(FirstLocal + L, S.Name, S.Info, S.Other, S.Where, S.Value, S.Size);
  }
  for (size_t G = 0; G < Globals.size(); ++G) {
    const GlobalSym &S = Globals[G];
    Fill(FirstGlobal + G, S.Name, (S.Binding << 4) | S.Type, S.Other, S.Where,
         S.Value, S.Size);
  }

  // The bytes of the sections the writer makes.
  auto Word = [&](std::string &Buf, uint32_t V) {
    char B[4];
    support::endian::write32<E>(B, V);
    Buf.append(B, 4);
  };
  for (OutSection &O : Sections) {
    if (O.Type != SHT_GROUP)
      continue;
    O.Data.clear();
    Word(O.Data, O.GroupFlags);
    for (auto [Sec, IsRel] : O.Members) {
      if (IsRel && !RelIndex[Sec])
        continue;
      Word(O.Data, IsRel ? RelIndex[Sec] : Index[Sec]);
    }
    O.Size = O.Data.size();
  }
  std::vector<std::string> RelData(NumOut);
  for (size_t K = 0; K < NumOut; ++K) {
    const OutSection &O = Sections[K];
    std::string &Buf = RelData[K];
    for (const Reloc &R : O.Relocs) {
      if (O.RelIsRela) {
        Elf_Rela Rel;
        std::memset(&Rel, 0, sizeof(Rel));
        Rel.r_offset = R.Offset;
        Rel.setSymbolAndType(SymIndex(R.Sym), R.Type, false);
        Rel.r_addend = R.Addend;
        Buf.append(reinterpret_cast<const char *>(&Rel), sizeof(Rel));
      } else {
        Elf_Rel Rel;
        std::memset(&Rel, 0, sizeof(Rel));
        Rel.r_offset = R.Offset;
        Rel.setSymbolAndType(SymIndex(R.Sym), R.Type, false);
        Buf.append(reinterpret_cast<const char *>(&Rel), sizeof(Rel));
      }
    }
  }
  std::string AddrSigData;
  for (SymRef R : AddrSig) {
    raw_string_ostream OS(AddrSigData);
    encodeULEB128(SymIndex(R), OS);
  }
  std::string SymData(reinterpret_cast<const char *>(Syms.data()),
                      Syms.size() * sizeof(Elf_Sym));
  std::string ShndxData;
  if (NeedShndx)
    for (uint32_t V : Shndx)
      Word(ShndxData, V);

  // Section headers and layout: the ELF header, each section's bytes at its
  // alignment, then the section header table.
  std::vector<Elf_Shdr> Headers(NumSections);
  std::memset(Headers.data(), 0, Headers.size() * sizeof(Elf_Shdr));
  std::vector<const std::string *> Contents(NumSections, nullptr);
  uint64_t Offset = sizeof(Elf_Ehdr);
  auto Layout = [&](uint32_t I, StringRef Name, uint32_t Type, uint64_t Flags,
                   uint64_t Align, const std::string *Data, uint64_t Size,
                   uint32_t Link, uint32_t Info, uint64_t EntSize) {
    Elf_Shdr &S = Headers[I];
    S.sh_name = SectionNames.add(Name);
    S.sh_type = Type;
    S.sh_flags = Flags;
    S.sh_addralign = Align;
    S.sh_size = Size;
    S.sh_link = Link;
    S.sh_info = Info;
    S.sh_entsize = EntSize;
    Offset = alignTo(Offset, Align);
    S.sh_offset = Offset;
    if (Type != SHT_NOBITS) {
      Offset += Size;
      Contents[I] = Data;
    }
  };
  uint64_t RelEntSize = 0;
  for (size_t K = 0; K < NumOut; ++K) {
    const OutSection &O = Sections[K];
    uint32_t Link = O.Type == SHT_GROUP ? SymTabIndex
                    : O.LinkOrder >= 0  ? Index[O.LinkOrder]
                    : O.LinksSymtab     ? SymTabIndex
                                        : 0;
    uint32_t Info = O.Type == SHT_GROUP ? SymIndex(O.Signature) : O.Info;
    Layout(Index[K], O.Name, O.Type, O.Flags, O.Align, &O.Data, O.Size, Link,
          Info, O.Type == SHT_GROUP ? 4 : O.EntSize);
    if (RelIndex[K]) {
      RelEntSize = O.RelIsRela ? sizeof(Elf_Rela) : sizeof(Elf_Rel);
      Layout(RelIndex[K], (O.RelIsRela ? ".rela" : ".rel") + O.Name,
            O.RelIsRela ? SHT_RELA : SHT_REL,
            SHF_INFO_LINK | (O.Flags & SHF_GROUP), ELFT::Is64Bits ? 8 : 4,
            &RelData[K], RelData[K].size(), SymTabIndex, Index[K], RelEntSize);
    }
  }
  if (AddrSigIndex)
    Layout(AddrSigIndex, ".llvm_addrsig", SHT_LLVM_ADDRSIG, SHF_EXCLUDE, 1,
          &AddrSigData, AddrSigData.size(), SymTabIndex, 0, 0);
  Layout(SymTabIndex, ".symtab", SHT_SYMTAB, 0, ELFT::Is64Bits ? 8 : 4,
        &SymData, SymData.size(), StrTabIndex, FirstGlobal, sizeof(Elf_Sym));
  if (ShndxIndex)
    Layout(ShndxIndex, ".symtab_shndx", SHT_SYMTAB_SHNDX, 0, 4, &ShndxData,
          ShndxData.size(), SymTabIndex, 0, 4);
  Layout(StrTabIndex, ".strtab", SHT_STRTAB, 0, 1, &Strings.Data,
        Strings.Data.size(), 0, 0, 0);
  // .shstrtab holds its own name: add it before sizing it.
  SectionNames.add(".shstrtab");
  Layout(ShStrTabIndex, ".shstrtab", SHT_STRTAB, 0, 1, &SectionNames.Data,
        SectionNames.Data.size(), 0, 0, 0);
  uint64_t ShOff = alignTo(Offset, ELFT::Is64Bits ? 8 : 4);

  Elf_Ehdr H = Header;
  H.e_type = ET_REL;
  H.e_entry = 0;
  H.e_phoff = 0;
  H.e_phnum = 0;
  H.e_phentsize = 0;
  H.e_shoff = ShOff;
  H.e_ehsize = sizeof(Elf_Ehdr);
  H.e_shentsize = sizeof(Elf_Shdr);
  if (NumSections >= SHN_LORESERVE) {
    H.e_shnum = 0;
    Headers[0].sh_size = NumSections;
  } else {
    H.e_shnum = NumSections;
  }
  if (ShStrTabIndex >= SHN_LORESERVE) {
    H.e_shstrndx = SHN_XINDEX;
    Headers[0].sh_link = ShStrTabIndex;
  } else {
    H.e_shstrndx = ShStrTabIndex;
  }

  Out.clear();
  Out.reserve(ShOff + NumSections * sizeof(Elf_Shdr));
  Out.append(reinterpret_cast<const char *>(&H),
             reinterpret_cast<const char *>(&H) + sizeof(H));
  for (uint32_t I = 1; I < NumSections; ++I) {
    if (!Contents[I])
      continue;
    Out.resize(Headers[I].sh_offset, '\0');
    const std::string &D = *Contents[I];
    if (D.size() != Headers[I].sh_size)
      return createStringError(inconvertibleErrorCode(),
                               "section " + Twine(I) + " has " +
                                   Twine(D.size()) + " bytes for a size of " +
                                   Twine(uint64_t(Headers[I].sh_size)));
    Out.append(D.begin(), D.end());
  }
  Out.resize(ShOff, '\0');
  Out.append(reinterpret_cast<const char *>(Headers.data()),
             reinterpret_cast<const char *>(Headers.data()) +
                 Headers.size() * sizeof(Elf_Shdr));
  return Error::success();
}

ObjectWriter::ObjectWriter() : P(std::make_unique<Impl>()) {}
ObjectWriter::~ObjectWriter() = default;

Error ObjectWriter::add(MemoryBufferRef Object) {
  if (!P->M) {
    StringRef B = Object.getBuffer();
    StringRef Name = Object.getBufferIdentifier();
    if (B.size() < EI_NIDENT || !B.starts_with("\x7f"
                                               "ELF"))
      return objError(Name, "one output object from several partitions is "
                            "only supported for ELF targets");
    bool Is64 = B[EI_CLASS] == ELFCLASS64;
    bool LE = B[EI_DATA] == ELFDATA2LSB;
    if (Is64 && LE)
      P->M = std::make_unique<Merger<ELF64LE>>();
    else if (Is64)
      P->M = std::make_unique<Merger<ELF64BE>>();
    else if (LE)
      P->M = std::make_unique<Merger<ELF32LE>>();
    else
      P->M = std::make_unique<Merger<ELF32BE>>();
  }
  return P->M->add(Object);
}

Error ObjectWriter::finish(SmallVectorImpl<char> &Out) {
  if (!P->M)
    return createStringError(inconvertibleErrorCode(), "no objects to merge");
  return P->M->finish(Out);
}
