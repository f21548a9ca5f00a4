//===- parcg/PartitionCache.h - Partition objects kept between links -*- C++ -*-===//
//
// A directory of compiled partitions (--cache-dir, the plugin's cache-dir=),
// so that a relink after a small edit compiles only the partitions whose
// input changed. An entry's key is a hash of everything the partition's
// object depends on: the partition's bitcode exactly as a worker has it
// before its passes (after promotion and llc's attribute flags), and a
// configuration text (target, codegen options, the partition pipeline, the
// tool's remaining options, ParCG's and LLVM's versions). Its value is the
// object (and the split DWARF file and codegen's warnings), so a hit gives
// the bytes a compile would.
//
// The directory may be shared by concurrent links: an entry is written to
// a temporary file and renamed into place, so readers see a whole entry or
// none, and no link waits for another. Each entry carries its sizes and a
// checksum; one that fails them (truncated, overwritten, bit rot) is a miss
// and gets replaced. Pruning is LLVM's (llvm::pruneCache, lld's policy
// syntax): entries are named "llvmcache-parcg-<key>".
//
//===----------------------------------------------------------------------===//

#ifndef PARCG_PARTITIONCACHE_H
#define PARCG_PARTITIONCACHE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class Module;
} // namespace llvm

namespace parcg {

using CacheKey = std::array<uint8_t, 32>;

/// What an entry holds: the partition's object, its split DWARF file (empty
/// without one) and codegen's non-fatal diagnostics (replayed on a hit).
struct CacheEntry {
  llvm::SmallVector<char, 0> Object;
  llvm::SmallVector<char, 0> Dwo;
  std::string Diagnostics;
};

/// The bytes of an entry file: a header (magic, key, sizes, a BLAKE3
/// checksum of the rest), then the three parts.
std::string encodeCacheEntry(const CacheKey &Key, const CacheEntry &E);

/// Decodes Bytes as the entry for Key; nothing when it is not one (another
/// key's, truncated, too long, or failing its checksum).
std::optional<CacheEntry> decodeCacheEntry(llvm::StringRef Bytes,
                                           const CacheKey &Key);

/// The key of a partition module: the configuration text, then M's
/// bitcode.
CacheKey partitionCacheKey(const llvm::Module &M, llvm::StringRef Config);

/// "llvmcache-parcg-<64 hex digits>".
std::string cacheEntryName(const CacheKey &Key);

/// Checks a --cache-policy / cache-policy= value (lld's syntax).
llvm::Error checkCachePolicy(llvm::StringRef Policy);

/// Prunes Dir with Policy (checked with checkCachePolicy), as lld prunes
/// its ThinLTO cache: LLVM's pruneCache, which sees llvmcache-* files only.
void pruneCacheDirectory(llvm::StringRef Dir, llvm::StringRef Policy);

class PartitionCache {
public:
  /// Creates Dir if needed. A directory that cannot be created is not an
  /// error: the cache is then off, and warning() says why.
  explicit PartitionCache(llvm::StringRef Dir);

  bool enabled() const { return Enabled; }
  llvm::StringRef directory() const { return Dir; }

  /// The entry for Key, if the directory has a whole one. Thread-safe.
  std::optional<CacheEntry> lookup(const CacheKey &Key) const;

  /// Stores an entry (temporary file, then rename). The first failure
  /// turns storing off and is kept for warning(); a run never fails
  /// because of its cache. Thread-safe.
  void store(const CacheKey &Key, const CacheEntry &E);

  /// Why the cache did not (or no longer did) store entries; empty if it
  /// did.
  std::string warning() const;

private:
  std::string Dir;
  bool Enabled = false;
  std::atomic<bool> Storing{false};
  mutable std::mutex WarningMutex;
  std::string Warning;
};

} // namespace parcg

#endif
