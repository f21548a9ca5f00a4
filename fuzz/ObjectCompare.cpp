//===- ObjectCompare.cpp - The one object against `ld -r` of the parts ----===//

#include "ObjectCompare.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/LEB128.h"
#include "llvm/Support/Program.h"
#include <map>
#include <set>
#include <tuple>

using namespace llvm;
using namespace llvm::ELF;
using namespace llvm::object;
using namespace parcg::fuzz;

namespace {
using ELFT = ELF64LE;
using Shdr = ELFT::Shdr;

/// What of one object the comparison looks at.
struct Summary {
  std::string Header;
  /// Name -> binding, type, visibility, defined, section, size.
  std::map<std::string, std::tuple<int, int, int, bool, std::string, uint64_t>>
      Globals;
  std::map<std::string, unsigned> DefinedCount;
  std::multiset<std::tuple<std::string, int, std::string>> Locals;
  std::set<std::tuple<std::string, uint32_t, uint64_t>> Sections;
  std::map<std::string, uint64_t> AllocSizes;
  std::set<std::tuple<std::string, uint32_t, std::vector<std::string>>> Groups;
  std::set<std::string> AddrSig;
};

Error bad(StringRef Name, const Twine &Why) {
  return createStringError(inconvertibleErrorCode(), Twine(Name) + ": " + Why);
}

bool writerMade(uint32_t Type) {
  switch (Type) {
  case SHT_NULL:
  case SHT_RELA:
  case SHT_REL:
  case SHT_SYMTAB:
  case SHT_STRTAB:
  case SHT_SYMTAB_SHNDX:
  case SHT_GROUP:
  case SHT_LLVM_ADDRSIG:
    return true;
  default:
    return false;
  }
}

Expected<Summary> summarize(MemoryBufferRef Buf) {
  StringRef Id = Buf.getBufferIdentifier();
  Expected<ELFFile<ELFT>> FOrErr = ELFFile<ELFT>::create(Buf.getBuffer());
  if (!FOrErr)
    return bad(Id, toString(FOrErr.takeError()));
  const ELFFile<ELFT> &F = *FOrErr;
  Summary S;
  const auto &H = F.getHeader();
  S.Header = "class " + utostr(H.e_ident[EI_CLASS]) + " data " +
             utostr(H.e_ident[EI_DATA]) + " machine " + utostr(H.e_machine) +
             " osabi " + utostr(H.e_ident[EI_OSABI]) + " abiversion " +
             utostr(H.e_ident[EI_ABIVERSION]) + " flags 0x" +
             utohexstr(H.e_flags);
  auto SecsOrErr = F.sections();
  if (!SecsOrErr)
    return bad(Id, toString(SecsOrErr.takeError()));
  auto Secs = *SecsOrErr;
  std::vector<std::string> SecName(Secs.size());
  const Shdr *SymTab = nullptr;
  for (size_t I = 0; I < Secs.size(); ++I) {
    Expected<StringRef> N = F.getSectionName(Secs[I]);
    if (!N)
      return bad(Id, toString(N.takeError()));
    SecName[I] = N->str();
    if (Secs[I].sh_type == SHT_SYMTAB)
      SymTab = &Secs[I];
  }
  for (size_t I = 1; I < Secs.size(); ++I) {
    const Shdr &Sec = Secs[I];
    // lld stamps .comment; and for -r it makes a COMMON section for the
    // common symbols even though it leaves them common.
    if (writerMade(Sec.sh_type) || SecName[I] == ".comment" ||
        (SecName[I] == "COMMON" && Sec.sh_type == SHT_NOBITS))
      continue;
    S.Sections.insert({SecName[I], Sec.sh_type, Sec.sh_flags});
    // lld -r deduplicates mergeable sections; the final link does that.
    if ((Sec.sh_flags & SHF_ALLOC) && !(Sec.sh_flags & SHF_MERGE))
      S.AllocSizes[SecName[I]] += Sec.sh_size;
  }
  if (!SymTab)
    return S;
  auto Syms = F.symbols(SymTab);
  if (!Syms)
    return bad(Id, toString(Syms.takeError()));
  auto Strs = F.getStringTableForSymtab(*SymTab);
  if (!Strs)
    return bad(Id, toString(Strs.takeError()));
  ArrayRef<ELFT::Word> Shndx;
  for (const Shdr &Sec : Secs)
    if (Sec.sh_type == SHT_SYMTAB_SHNDX) {
      auto T = F.getSHNDXTable(Sec);
      if (!T)
        return bad(Id, toString(T.takeError()));
      Shndx = *T;
    }
  std::vector<std::string> SymName(Syms->size());
  for (size_t J = 1; J < Syms->size(); ++J) {
    const auto &Sym = (*Syms)[J];
    Expected<StringRef> N = Sym.getName(*Strs);
    if (!N)
      return bad(Id, toString(N.takeError()));
    SymName[J] = N->str();
    std::string Where;
    if (Sym.st_shndx == SHN_UNDEF)
      Where = "UND";
    else if (Sym.st_shndx == SHN_ABS)
      Where = "ABS";
    else if (Sym.st_shndx == SHN_COMMON)
      Where = "COM";
    else {
      Expected<uint32_t> Idx = F.getSectionIndex(Sym, *Syms, Shndx);
      if (!Idx || *Idx >= Secs.size()) {
        consumeError(Idx.takeError());
        return bad(Id, "symbol " + SymName[J] + " has a bad section index");
      }
      Where = SecName[*Idx];
    }
    int Type = Sym.getType();
    if (Type == STT_SECTION || Type == STT_FILE || N->empty() ||
        N->starts_with(".L"))
      continue;
    if (Sym.getBinding() == STB_LOCAL) {
      S.Locals.insert({SymName[J], Type, Where});
      continue;
    }
    bool Defined = Sym.st_shndx != SHN_UNDEF;
    S.Globals[SymName[J]] = {Sym.getBinding(), Type, Sym.getVisibility(),
                             Defined, Where, uint64_t(Sym.st_size)};
    if (Defined)
      ++S.DefinedCount[SymName[J]];
  }
  for (size_t I = 1; I < Secs.size(); ++I) {
    const Shdr &Sec = Secs[I];
    if (Sec.sh_type == SHT_GROUP) {
      auto Bytes = F.getSectionContents(Sec);
      if (!Bytes || Bytes->size() % 4 || Bytes->empty() ||
          Sec.sh_info >= SymName.size()) {
        consumeError(Bytes.takeError());
        return bad(Id, "malformed group " + SecName[I]);
      }
      std::vector<std::string> Members;
      for (size_t K = 4; K < Bytes->size(); K += 4) {
        uint32_t M = support::endian::read32le(Bytes->data() + K);
        if (M >= Secs.size())
          return bad(Id, "group member out of range");
        if (!StringRef(SecName[M]).starts_with(".rel"))
          Members.push_back(SecName[M]);
      }
      llvm::sort(Members);
      S.Groups.insert({SymName[Sec.sh_info],
                       support::endian::read32le(Bytes->data()), Members});
    } else if (Sec.sh_type == SHT_LLVM_ADDRSIG) {
      auto Bytes = F.getSectionContents(Sec);
      if (!Bytes)
        return bad(Id, toString(Bytes.takeError()));
      const uint8_t *P = Bytes->data(), *End = P + Bytes->size();
      while (P < End) {
        unsigned Len = 0;
        const char *Err = nullptr;
        uint64_t Sym = decodeULEB128(P, &Len, End, &Err);
        if (Err || Sym >= SymName.size())
          return bad(Id, "malformed .llvm_addrsig");
        P += Len;
        S.AddrSig.insert(SymName[Sym]);
      }
    }
  }
  return S;
}

template <class SetT>
void setDiff(const char *What, const SetT &A, const SetT &B,
             std::vector<std::string> &Out) {
  if (A == B)
    return;
  std::string Line = std::string(What) + " differ:";
  unsigned Shown = 0;
  auto Show = [&](const char *Side, const auto &X, const auto &Y) {
    for (const auto &E : X)
      if (!Y.count(E) && Shown++ < 8) {
        Line += " ";
        Line += Side;
        Line += " ";
        Line += std::get<0>(E);
      }
  };
  Show("only-in-one", A, B);
  Show("only-in-ref", B, A);
  Out.push_back(Line);
}
} // namespace

Expected<std::vector<std::string>>
parcg::fuzz::compareWithRelocatableLink(MemoryBufferRef One,
                                        MemoryBufferRef Ref,
                                        ArrayRef<MemoryBufferRef> Parts) {
  Expected<Summary> A = summarize(One);
  if (!A)
    return A.takeError();
  Expected<Summary> B = summarize(Ref);
  if (!B)
    return B.takeError();
  std::vector<std::string> Out;
  if (A->Header != B->Header)
    Out.push_back("headers differ: " + A->Header + " / " + B->Header);
  for (const auto &[Name, Desc] : A->Globals) {
    auto It = B->Globals.find(Name);
    if (It == B->Globals.end())
      Out.push_back("global " + Name + " only in the one object");
    else if (It->second != Desc)
      Out.push_back("global " + Name + " differs (binding, type, visibility, "
                                       "defined, section or size)");
  }
  for (const auto &[Name, Desc] : B->Globals)
    if (!A->Globals.count(Name))
      Out.push_back("global " + Name + " only in ld -r's object");
  for (const auto &[Name, Count] : A->DefinedCount)
    if (Count > 1)
      Out.push_back("global " + Name + " defined " + utostr(Count) + " times");
  if (A->Locals != B->Locals) {
    std::set<std::tuple<std::string, int, std::string>> LA(A->Locals.begin(),
                                                            A->Locals.end()),
        LB(B->Locals.begin(), B->Locals.end());
    if (LA == LB)
      Out.push_back("local symbols differ in count");
    else
      setDiff("local symbols", LA, LB, Out);
  }
  setDiff("sections", A->Sections, B->Sections, Out);
  for (const auto &[Name, Size] : A->AllocSizes) {
    auto It = B->AllocSizes.find(Name);
    uint64_t Theirs = It == B->AllocSizes.end() ? 0 : It->second;
    if (Theirs != Size)
      Out.push_back("allocated size of " + Name + ": " + utostr(Size) +
                    " against " + utostr(Theirs));
  }
  for (const auto &[Name, Size] : B->AllocSizes)
    if (!A->AllocSizes.count(Name))
      Out.push_back("allocated section " + Name + " only in ld -r's object");
  setDiff("section groups", A->Groups, B->Groups, Out);
  // lld -r does not keep address-significance tables: the union of the
  // partitions' is what the one object must carry.
  std::set<std::string> Want;
  for (MemoryBufferRef P : Parts) {
    Expected<Summary> S = summarize(P);
    if (!S)
      return S.takeError();
    Want.insert(S->AddrSig.begin(), S->AddrSig.end());
  }
  if (A->AddrSig != Want)
    Out.push_back("address-significance table: " + utostr(A->AddrSig.size()) +
                  " symbols, want " + utostr(Want.size()));
  return Out;
}

Expected<std::vector<std::string>>
parcg::fuzz::compareDefinedSymbols(MemoryBufferRef Whole,
                                   MemoryBufferRef Split) {
  Expected<Summary> A = summarize(Whole);
  if (!A)
    return A.takeError();
  Expected<Summary> B = summarize(Split);
  if (!B)
    return B.takeError();
  auto Defined = [](const Summary &S) {
    std::set<std::string> D;
    for (const auto &[Name, Desc] : S.Globals)
      if (std::get<3>(Desc) && !StringRef(Name).starts_with("__unnamed_"))
        D.insert(Name);
    return D;
  };
  std::set<std::string> DA = Defined(*A), DB;
  // A promoted name is "<old>.parcg.<hash>[.<n>]", and so is what codegen
  // derives from one (DW.ref.<personality>): under its old name it is
  // either a global of the unsplit object or a promoted local.
  for (const std::string &N : Defined(*B)) {
    size_t At = N.find(".parcg.");
    if (At == std::string::npos)
      DB.insert(N);
    else if (DA.count(N.substr(0, At)))
      DB.insert(N.substr(0, At));
  }
  std::vector<std::string> Out;
  for (const std::string &N : DA)
    if (!DB.count(N))
      Out.push_back("defined unsplit, not split: " + N);
  for (const std::string &N : DB)
    if (!DA.count(N))
      Out.push_back("defined split, not unsplit: " + N);
  return Out;
}

Expected<std::unique_ptr<MemoryBuffer>>
parcg::fuzz::linkRelocatable(StringRef LD, ArrayRef<std::string> Objects,
                             StringRef Out, StringRef Log) {
  SmallVector<StringRef, 24> Args = {LD, "-r", "-o", Out};
  for (const std::string &Obj : Objects)
    Args.push_back(Obj);
  std::optional<StringRef> Redirects[] = {std::nullopt, Log, Log};
  std::string ErrMsg;
  int RC = sys::ExecuteAndWait(LD, Args, std::nullopt, Redirects, 0, 0,
                               &ErrMsg);
  if (RC != 0) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> Msgs = MemoryBuffer::getFile(Log);
    return createStringError(
        inconvertibleErrorCode(),
        "ld -r fails: " +
            (Msgs ? (*Msgs)->getBuffer().take_front(400).str() : ErrMsg));
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> B = MemoryBuffer::getFile(Out);
  if (!B)
    return createStringError(B.getError(), Out + ": " + B.getError().message());
  return std::move(*B);
}
