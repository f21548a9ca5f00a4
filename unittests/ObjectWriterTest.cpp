//===- ObjectWriterTest.cpp - Unit tests for the single writer ------------===//
//
// The writer's promises on small hand-made objects (yaml2obj): sections
// concatenate at their alignment and relocations against section symbols
// follow, a definition in one object resolves the references of the others,
// duplicate strong definitions are errors while weak ones and commons
// combine, comdat groups are kept once, more sections than a 16-bit index
// holds use the extended index table, headers combine as `ld -r` combines
// them (OS/ABI NONE and GNU, RISC-V flags) and an object without a symbol
// table is taken.
//
//===----------------------------------------------------------------------===//

#include "parcg/ObjectWriter.h"
#include "llvm/Object/ELF.h"
#include "llvm/ObjectYAML/yaml2obj.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace llvm::object;
using namespace parcg;

namespace {

SmallVector<char, 0> yaml(StringRef Text) {
  SmallVector<char, 0> Bytes;
  raw_svector_ostream OS(Bytes);
  yaml::Input In(Text);
  bool OK = yaml::convertYAML(In, OS, [](const Twine &Msg) {
    ADD_FAILURE() << Msg.str();
  });
  EXPECT_TRUE(OK);
  return Bytes;
}

const char *Header = R"(--- !ELF
FileHeader:
  Class: ELFCLASS64
  Data:  ELFDATA2LSB
  Type:  ET_REL
  Machine: EM_X86_64
)";

/// Merges the objects, in order; fails the test on an error.
SmallVector<char, 0> merge(ArrayRef<SmallVector<char, 0>> Objects) {
  ObjectWriter W;
  for (const SmallVector<char, 0> &O : Objects)
    EXPECT_FALSE(errorToBool(
        W.add(MemoryBufferRef(StringRef(O.data(), O.size()), "obj"))));
  SmallVector<char, 0> Out;
  EXPECT_FALSE(errorToBool(W.finish(Out)));
  return Out;
}

using File = ELFFile<ELF64LE>;

/// The file refers to Bytes: keep them alive while it is used.
File open(const SmallVector<char, 0> &Bytes) {
  Expected<File> F = File::create(StringRef(Bytes.data(), Bytes.size()));
  EXPECT_TRUE(bool(F));
  return std::move(*F);
}

const File::Elf_Shdr *section(const File &F, StringRef Name) {
  for (const File::Elf_Shdr &S : cantFail(F.sections()))
    if (cantFail(F.getSectionName(S)) == Name)
      return &S;
  return nullptr;
}

const File::Elf_Sym *symbol(const File &F, StringRef Name) {
  const File::Elf_Shdr *SymTab = section(F, ".symtab");
  StringRef Strs = cantFail(F.getStringTableForSymtab(*SymTab));
  for (const File::Elf_Sym &S : cantFail(F.symbols(SymTab)))
    if (cantFail(S.getName(Strs)) == Name)
      return &S;
  return nullptr;
}

std::string textAndData(StringRef Sym, StringRef Extra = "") {
  return (Twine(Header) + R"(Sections:
  - Name: .text
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_EXECINSTR ]
    AddressAlign: 16
    Size: 12
  - Name: .data
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_WRITE ]
    AddressAlign: 8
    Size: 8
  - Name: .rela.data
    Type: SHT_RELA
    Info: .data
    Relocations:
      - Offset: 0
        Symbol: .text
        Type: R_X86_64_64
        Addend: 4
Symbols:
  - Name: .text
    Type: STT_SECTION
    Section: .text
  - Name: )" + Sym + R"(
    Type: STT_FUNC
    Section: .text
    Binding: STB_GLOBAL
    Value: 2
    Size: 10
)" + Extra)
      .str();
}

TEST(ObjectWriter, SectionsConcatenateAndSectionRelocationsFollow) {
  SmallVector<char, 0> Out =
      merge({yaml(textAndData("a")), yaml(textAndData("b"))});
  File F = open(Out);
  const File::Elf_Shdr *Text = section(F, ".text");
  ASSERT_TRUE(Text);
  // The second .text starts at the next 16-byte boundary.
  EXPECT_EQ(Text->sh_size, 28u);
  EXPECT_EQ(Text->sh_addralign, 16u);
  EXPECT_EQ(symbol(F, "a")->st_value, 2u);
  EXPECT_EQ(symbol(F, "b")->st_value, 18u);
  const File::Elf_Shdr *Rela = section(F, ".rela.data");
  ASSERT_TRUE(Rela);
  auto Relas = cantFail(F.relas(*Rela));
  ASSERT_EQ(Relas.size(), 2u);
  EXPECT_EQ(Relas[0].r_offset, 0u);
  EXPECT_EQ(Relas[0].r_addend, 4);
  EXPECT_EQ(Relas[1].r_offset, 8u);
  // Against the section symbol of the merged .text: the second object's
  // .text begins 16 bytes in.
  EXPECT_EQ(Relas[1].r_addend, 20);
}

TEST(ObjectWriter, DefinitionResolvesOtherObjectsReferences) {
  std::string Ref = textAndData("a", R"(  - Name: b
    Binding: STB_GLOBAL
    Other: [ STV_HIDDEN ]
  - Name: weakref
    Binding: STB_WEAK
)");
  std::string Def = textAndData("b", R"(  - Name: weakref
    Binding: STB_GLOBAL
)");
  SmallVector<char, 0> Merged = merge({yaml(Ref), yaml(Def)});
  File F = open(Merged);
  const File::Elf_Sym *B = symbol(F, "b");
  ASSERT_TRUE(B);
  EXPECT_NE(B->st_shndx, ELF::SHN_UNDEF);
  EXPECT_EQ(B->getVisibility(), ELF::STV_HIDDEN);
  EXPECT_EQ(B->getBinding(), ELF::STB_GLOBAL);
  // A strong reference anywhere makes the reference strong.
  EXPECT_EQ(symbol(F, "weakref")->getBinding(), ELF::STB_GLOBAL);
  EXPECT_EQ(symbol(F, "weakref")->st_shndx, ELF::SHN_UNDEF);
}

TEST(ObjectWriter, DuplicateDefinitionIsAnError) {
  SmallVector<char, 0> A = yaml(textAndData("same")),
                       B = yaml(textAndData("same"));
  ObjectWriter W;
  ASSERT_FALSE(errorToBool(W.add(MemoryBufferRef(
      StringRef(A.data(), A.size()), "partition 0 object"))));
  Error E = W.add(
      MemoryBufferRef(StringRef(B.data(), B.size()), "partition 1 object"));
  ASSERT_TRUE(bool(E));
  EXPECT_EQ(toString(std::move(E)),
            "partition 1 object: symbol 'same' is also defined in partition "
            "0 object");
}

std::string comdat(StringRef Fn) {
  return (Twine(Header) + R"(Sections:
  - Name: .group
    Type: SHT_GROUP
    Info: dw
    Members:
      - SectionOrType: GRP_COMDAT
      - SectionOrType: .data.dw
  - Name: .data.dw
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_WRITE, SHF_GROUP ]
    AddressAlign: 8
    Size: 8
  - Name: .text
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_EXECINSTR ]
    AddressAlign: 16
    Size: 8
  - Name: .rela.text
    Type: SHT_RELA
    Info: .text
    Relocations:
      - Offset: 0
        Symbol: dw
        Type: R_X86_64_PC32
Symbols:
  - Name: dw
    Type: STT_OBJECT
    Section: .data.dw
    Binding: STB_WEAK
    Other: [ STV_HIDDEN ]
    Size: 8
  - Name: )" + Fn + R"(
    Type: STT_FUNC
    Section: .text
    Binding: STB_GLOBAL
)")
      .str();
}

TEST(ObjectWriter, ComdatGroupKeptOnce) {
  SmallVector<char, 0> Merged = merge({yaml(comdat("f")), yaml(comdat("g"))});
  File F = open(Merged);
  unsigned Groups = 0, Members = 0;
  for (const File::Elf_Shdr &S : cantFail(F.sections())) {
    Groups += S.sh_type == ELF::SHT_GROUP;
    Members += cantFail(F.getSectionName(S)) == ".data.dw";
  }
  EXPECT_EQ(Groups, 1u);
  EXPECT_EQ(Members, 1u);
  const File::Elf_Sym *Dw = symbol(F, "dw");
  EXPECT_NE(Dw->st_shndx, ELF::SHN_UNDEF);
  // Both objects' relocations refer to the one kept symbol.
  auto Relas = cantFail(F.relas(*section(F, ".rela.text")));
  ASSERT_EQ(Relas.size(), 2u);
  EXPECT_EQ(Relas[0].getSymbol(false), Relas[1].getSymbol(false));
}

TEST(ObjectWriter, ManySectionsUseExtendedIndices) {
  // 2 x 33000 distinctly named sections: more than SHN_LORESERVE (0xff00).
  std::vector<SmallVector<char, 0>> Objects;
  for (unsigned O = 0; O < 2; ++O) {
    std::string Y = std::string(Header) + "Sections:\n";
    for (unsigned I = 0; I < 33000; ++I)
      Y += "  - Name: .text.f" + std::to_string(O) + "_" + std::to_string(I) +
           "\n    Type: SHT_PROGBITS\n    Flags: [ SHF_ALLOC, "
           "SHF_EXECINSTR ]\n    Size: 1\n";
    Y += "Symbols:\n  - Name: last" + std::to_string(O) + "\n    Section: "
         ".text.f" + std::to_string(O) + "_32999\n    Binding: STB_GLOBAL\n";
    Objects.push_back(yaml(Y));
  }
  SmallVector<char, 0> Out = merge(Objects);
  File F = open(Out);
  auto Secs = cantFail(F.sections());
  EXPECT_GT(Secs.size(), size_t(ELF::SHN_LORESERVE));
  EXPECT_EQ(F.getHeader().e_shnum, 0u);
  const File::Elf_Shdr *SymTab = section(F, ".symtab");
  const File::Elf_Shdr *ShndxSec = section(F, ".symtab_shndx");
  ASSERT_TRUE(ShndxSec);
  ArrayRef<ELF64LE::Word> Shndx = cantFail(F.getSHNDXTable(*ShndxSec));
  auto Syms = cantFail(F.symbols(SymTab));
  const File::Elf_Sym *Last = symbol(F, "last1");
  ASSERT_TRUE(Last);
  EXPECT_EQ(Last->st_shndx, ELF::SHN_XINDEX);
  uint32_t Index = cantFail(F.getSectionIndex(*Last, Syms, Shndx));
  EXPECT_EQ(cantFail(F.getSectionName(Secs[Index])), ".text.f1_32999");
}


/// A header with the given OS/ABI, machine and flags, and one global
/// function Sym (of binding Binding) in .text, or no symbol table at all.
std::string headed(StringRef OSABI, StringRef Machine, StringRef Flags,
                   StringRef Sym, StringRef Binding = "STB_GLOBAL") {
  std::string S = (Twine(R"(--- !ELF
FileHeader:
  Class: ELFCLASS64
  Data:  ELFDATA2LSB
  OSABI: )") + OSABI + R"(
  Type:  ET_REL
  Machine: )" + Machine + R"(
  Flags: [ )" + Flags + R"( ]
Sections:
  - Name: .text
    Type: SHT_PROGBITS
    Flags: [ SHF_ALLOC, SHF_EXECINSTR ]
    AddressAlign: 4
    Size: 4
)")
                      .str();
  if (Sym.empty())
    return S;
  return S + (Twine(R"(Symbols:
  - Name: )") + Sym + R"(
    Type: STT_FUNC
    Section: .text
    Binding: )" + Binding + "\n")
                 .str();
}

Error addAll(ObjectWriter &W, ArrayRef<SmallVector<char, 0>> Objects) {
  unsigned I = 0;
  for (const SmallVector<char, 0> &O : Objects)
    if (Error E = W.add(MemoryBufferRef(StringRef(O.data(), O.size()),
                                        "partition " + std::to_string(I++))))
      return E;
  return Error::success();
}

TEST(ObjectWriter, OSABINoneAndGNUCombineToGNU) {
  // As ld -r combines them: LLVM marks only the objects with an ifunc, a
  // retained section or a GNU_UNIQUE symbol GNU.
  for (bool GNUFirst : {false, true}) {
    SmallVector<char, 0> None = yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "a"));
    SmallVector<char, 0> GNU = yaml(headed("ELFOSABI_GNU", "EM_X86_64", "", "b"));
    SmallVector<char, 0> None2 = yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "c"));
    SmallVector<char, 0> Out =
        GNUFirst ? merge({GNU, None, None2}) : merge({None, GNU, None2});
    File F = open(Out);
    EXPECT_EQ(F.getHeader().e_ident[ELF::EI_OSABI], ELF::ELFOSABI_GNU);
  }
}

TEST(ObjectWriter, HeaderFieldsLinkersRefuseAreErrors) {
  SmallVector<char, 0> X86 = yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "a"));
  SmallVector<char, 0> Arm = yaml(headed("ELFOSABI_NONE", "EM_AARCH64", "", "b"));
  SmallVector<char, 0> FreeBSD =
      yaml(headed("ELFOSABI_FREEBSD", "EM_X86_64", "", "c"));
  {
    ObjectWriter W;
    Error E = addAll(W, {X86, Arm});
    ASSERT_TRUE(bool(E));
    EXPECT_NE(toString(std::move(E)).find("partition 1: machine (183)"),
              std::string::npos);
  }
  {
    ObjectWriter W;
    Error E = addAll(W, {X86, FreeBSD});
    ASSERT_TRUE(bool(E));
    EXPECT_EQ(toString(std::move(E)),
              "partition 1: OS/ABI 9 cannot be linked with OS/ABI 0");
  }
}

TEST(ObjectWriter, RISCVFlagsCombineAsLinkersDo) {
  // Compressed code in one object: the output has it. A different float
  // ABI is refused, as ld.bfd and lld refuse it.
  SmallVector<char, 0> Plain = yaml(
      headed("ELFOSABI_NONE", "EM_RISCV", "EF_RISCV_FLOAT_ABI_DOUBLE", "a"));
  SmallVector<char, 0> RVC = yaml(headed(
      "ELFOSABI_NONE", "EM_RISCV", "EF_RISCV_RVC, EF_RISCV_FLOAT_ABI_DOUBLE",
      "b"));
  SmallVector<char, 0> Soft = yaml(
      headed("ELFOSABI_NONE", "EM_RISCV", "EF_RISCV_FLOAT_ABI_SOFT", "c"));
  SmallVector<char, 0> Out = merge({Plain, RVC});
  File F = open(Out);
  EXPECT_EQ(F.getHeader().e_flags,
            unsigned(ELF::EF_RISCV_RVC | ELF::EF_RISCV_FLOAT_ABI_DOUBLE));
  ObjectWriter W;
  Error E = addAll(W, {Plain, Soft});
  ASSERT_TRUE(bool(E));
  EXPECT_NE(toString(std::move(E)).find("float ABI"), std::string::npos);
}

TEST(ObjectWriter, WeakAndStrongDefinitionsCombine) {
  // A strong definition wins over a weak one wherever it comes; of two weak
  // ones the first stays.
  SmallVector<char, 0> Weak1 =
      yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "w", "STB_WEAK"));
  SmallVector<char, 0> Strong = yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "w"));
  SmallVector<char, 0> Weak2 =
      yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "w", "STB_WEAK"));
  SmallVector<char, 0> Out = merge({Weak1, Strong, Weak2});
  File F = open(Out);
  const File::Elf_Sym *W = symbol(F, "w");
  ASSERT_TRUE(W);
  EXPECT_EQ(W->getBinding(), ELF::STB_GLOBAL);
  // The strong one is in the second object's part of .text.
  EXPECT_EQ(W->st_value, 4u);
  SmallVector<char, 0> Out2 = merge({Weak1, Weak2});
  File F2 = open(Out2);
  EXPECT_EQ(symbol(F2, "w")->getBinding(), ELF::STB_WEAK);
  EXPECT_EQ(symbol(F2, "w")->st_value, 0u);
}

TEST(ObjectWriter, ObjectWithoutSymbolTableIsTaken) {
  SmallVector<char, 0> Bare = yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", ""));
  SmallVector<char, 0> WithSym =
      yaml(headed("ELFOSABI_NONE", "EM_X86_64", "", "a"));
  SmallVector<char, 0> Out = merge({Bare, WithSym});
  File F = open(Out);
  EXPECT_EQ(section(F, ".text")->sh_size, 8u);
  EXPECT_EQ(symbol(F, "a")->st_value, 4u);
}

} // namespace
