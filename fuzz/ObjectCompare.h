//===- ObjectCompare.h - The one object against `ld -r` of the parts -*- C++ -*-===//
//
// What the fuzzers check of the single-object writer: the object `-o` wrote
// for several partitions is, symbol for symbol and section for section,
// what a relocatable link (`ld.lld -r`) makes of the partition objects.
// The same comparison as test/Inputs/compare-objects.py, in process, so a
// fuzzing run can afford it for every module and partition count.
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_FUZZ_OBJECTCOMPARE_H
#define PARCG_FUZZ_OBJECTCOMPARE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/MemoryBufferRef.h"
#include <memory>
#include <string>
#include <vector>

namespace parcg {
namespace fuzz {

/// The differences between One (the writer's object) and Ref (`ld -r` of
/// Parts), one line each; empty when they are the same object. Compared:
/// - the header: class, byte order, machine, OS/ABI, ABI version, flags;
/// - global symbols: binding, type, visibility, defined or not, section
///   name, size; none defined twice;
/// - local symbols (not section symbols, .L temporaries or file symbols):
///   name, type, section name, as a multiset;
/// - sections other than the ones a writer makes: name, type, flags, and
///   the total size per name of the allocated, non-mergeable ones;
/// - comdat and other groups: signature, flags, member section names;
/// - the address-significance table against the union of the Parts'.
llvm::Expected<std::vector<std::string>>
compareWithRelocatableLink(llvm::MemoryBufferRef One, llvm::MemoryBufferRef Ref,
                           llvm::ArrayRef<llvm::MemoryBufferRef> Parts);

/// `LD -r -o Out Objects...`, its output in Log. Returns the linked object,
/// or an error carrying the start of the linker's messages.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
linkRelocatable(llvm::StringRef LD, llvm::ArrayRef<std::string> Objects,
                llvm::StringRef Out, llvm::StringRef Log);

/// The defined non-local symbols of Whole (llc's unsplit object) against
/// those of Split (the linked partitions), promoted locals ("*.parcg.*",
/// hidden) left out of Split: one line per difference.
llvm::Expected<std::vector<std::string>>
compareDefinedSymbols(llvm::MemoryBufferRef Whole, llvm::MemoryBufferRef Split);

} // namespace fuzz
} // namespace parcg

#endif
