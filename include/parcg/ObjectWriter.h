//===- parcg/ObjectWriter.h - One output from many partitions ---*- C++ -*-===//
//
// The single writer behind `-o out.o` with several partitions. Partition
// results are added one at a time, in partition order, as they become
// available; each is taken in (parsed, its sections appended to the output
// sections, its symbols resolved) at once, so the work left after the last
// partition is that partition and the final write.
//
// ObjectWriter merges relocatable ELF objects into one relocatable ELF
// object: what `ld -r` gives for objects that are partitions of one module
// (no symbol is defined twice). AsmWriter concatenates assembly files into
// one that assembles to the equivalent object.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_OBJECTWRITER_H
#define PARCG_OBJECTWRITER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <memory>
#include <string>

namespace parcg {

class ObjectWriter {
public:
  ObjectWriter();
  ~ObjectWriter();

  /// Takes in the next object. Errors name the object by its buffer
  /// identifier.
  llvm::Error add(llvm::MemoryBufferRef Object);

  /// The merged object. Sections with one name, type and flags are
  /// concatenated in the order their objects were added, except sections
  /// of comdat groups, SHF_LINK_ORDER sections and sections with REL
  /// relocations, which are carried as they are.
  llvm::Error finish(llvm::SmallVectorImpl<char> &Out);

  struct Impl;

private:
  std::unique_ptr<Impl> P;
};

class AsmWriter {
public:
  /// Takes in partition Index's assembly. Its assembler-local labels (.L*)
  /// and per-object unnamed globals (__unnamed_N) are renamed apart from
  /// the other partitions'.
  llvm::Error add(unsigned Index, llvm::StringRef Assembly,
                  llvm::StringRef Name);
  const std::string &text() const { return Text; }

private:
  std::string Text;
};

} // namespace parcg

#endif
