//===- PartitionCache.cpp - Partition objects kept between links -----------===//
//
// The entry format, the key, and the directory. Nothing here locks: writers
// rename whole files into place, readers check what they read, and two
// links that compute one entry write the same bytes.
//
//===----------------------------------------------------------------------===//

#include "parcg/PartitionCache.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/CachePruning.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace parcg;

// Bumped whenever the layout below changes.
static constexpr char Magic[8] = {'P', 'A', 'R', 'C', 'G', 'C', '0', '1'};
// Magic, key, three sizes, checksum.
static constexpr size_t HeaderSize = 8 + 32 + 3 * 8 + 32;

static std::array<uint8_t, 32> checksum(ArrayRef<StringRef> Parts) {
  BLAKE3 H;
  for (StringRef P : Parts) {
    uint8_t Size[8];
    support::endian::write64le(Size, P.size());
    H.update(Size);
    H.update(arrayRefFromStringRef(P));
  }
  return H.final();
}

static StringRef str(const SmallVectorImpl<char> &V) {
  return StringRef(V.data(), V.size());
}

std::string parcg::encodeCacheEntry(const CacheKey &Key, const CacheEntry &E) {
  StringRef Parts[] = {str(E.Object), str(E.Dwo), E.Diagnostics};
  std::string Out(Magic, sizeof(Magic));
  Out.append(reinterpret_cast<const char *>(Key.data()), Key.size());
  for (StringRef P : Parts) {
    char Size[8];
    support::endian::write64le(Size, P.size());
    Out.append(Size, 8);
  }
  std::array<uint8_t, 32> Sum = checksum(Parts);
  Out.append(reinterpret_cast<const char *>(Sum.data()), Sum.size());
  for (StringRef P : Parts)
    Out += P;
  return Out;
}

std::optional<CacheEntry> parcg::decodeCacheEntry(StringRef Bytes,
                                                  const CacheKey &Key) {
  if (Bytes.size() < HeaderSize || !Bytes.starts_with(StringRef(Magic, 8)) ||
      Bytes.substr(8, 32) !=
          StringRef(reinterpret_cast<const char *>(Key.data()), Key.size()))
    return std::nullopt;
  uint64_t Sizes[3];
  uint64_t Total = HeaderSize;
  for (unsigned I = 0; I < 3; ++I) {
    Sizes[I] = support::endian::read64le(Bytes.data() + 40 + 8 * I);
    if (Sizes[I] > Bytes.size())
      return std::nullopt;
    Total += Sizes[I];
  }
  if (Total != Bytes.size())
    return std::nullopt;
  StringRef Parts[3];
  size_t At = HeaderSize;
  for (unsigned I = 0; I < 3; ++I) {
    Parts[I] = Bytes.substr(At, Sizes[I]);
    At += Sizes[I];
  }
  std::array<uint8_t, 32> Sum = checksum(Parts);
  if (Bytes.substr(64, 32) !=
      StringRef(reinterpret_cast<const char *>(Sum.data()), Sum.size()))
    return std::nullopt;
  CacheEntry E;
  E.Object.assign(Parts[0].begin(), Parts[0].end());
  E.Dwo.assign(Parts[1].begin(), Parts[1].end());
  E.Diagnostics = Parts[2].str();
  return E;
}

CacheKey parcg::partitionCacheKey(const Module &M, StringRef Config) {
  SmallVector<char, 0> Bitcode;
  raw_svector_ostream OS(Bitcode);
  WriteBitcodeToFile(M, OS, /*ShouldPreserveUseListOrder=*/false);
  BLAKE3 H;
  uint8_t Size[8];
  support::endian::write64le(Size, Config.size());
  H.update(Size);
  H.update(arrayRefFromStringRef(Config));
  H.update(ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Bitcode.data()),
                             Bitcode.size()));
  return H.final();
}

std::string parcg::cacheEntryName(const CacheKey &Key) {
  return "llvmcache-parcg-" + toHex(Key, /*LowerCase=*/true);
}

Error parcg::checkCachePolicy(StringRef Policy) {
  Expected<CachePruningPolicy> P = parseCachePruningPolicy(Policy);
  if (!P)
    return P.takeError();
  return Error::success();
}

PartitionCache::PartitionCache(StringRef Directory) : Dir(Directory.str()) {
  if (std::error_code EC = sys::fs::create_directories(Dir)) {
    Warning = EC.message();
    return;
  }
  Enabled = true;
  Storing = true;
}

std::optional<CacheEntry> PartitionCache::lookup(const CacheKey &Key) const {
  if (!Enabled)
    return std::nullopt;
  SmallString<128> Path(Dir);
  sys::path::append(Path, cacheEntryName(Key));
  // Read, not mapped: a file someone truncates in place must not fault.
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false,
                            /*IsVolatile=*/true);
  if (!Buf)
    return std::nullopt;
  return decodeCacheEntry((*Buf)->getBuffer(), Key);
}

void PartitionCache::store(const CacheKey &Key, const CacheEntry &E) {
  if (!Storing)
    return;
  auto Fail = [&](std::string Why) {
    if (Storing.exchange(false)) {
      std::lock_guard<std::mutex> Lock(WarningMutex);
      Warning = std::move(Why);
    }
  };
  // A unique temporary file, renamed onto the entry's name. Not a
  // TempFile: that registers with LLVM's signal handlers, which workers
  // would then all touch; a file left by a killed link is an llvmcache-*
  // file, which pruning removes.
  SmallString<128> Model(Dir);
  sys::path::append(Model, "llvmcache-parcg-%%%%%%%%%%%%.tmp");
  int FD;
  SmallString<128> Temp;
  if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, Temp))
    return Fail(EC.message());
  std::string Bytes = encodeCacheEntry(Key, E);
  std::error_code EC;
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Bytes;
    OS.close();
    if (OS.has_error()) {
      EC = OS.error();
      OS.clear_error();
    }
  }
  SmallString<128> Path(Dir);
  sys::path::append(Path, cacheEntryName(Key));
  // A concurrent link may have put the same entry there first; its bytes
  // are these.
  if (!EC)
    EC = sys::fs::rename(Temp, Path);
  if (EC) {
    sys::fs::remove(Temp);
    Fail(EC.message());
  }
}

std::string PartitionCache::warning() const {
  std::lock_guard<std::mutex> Lock(WarningMutex);
  return Warning;
}

void parcg::pruneCacheDirectory(StringRef Dir, StringRef Policy) {
  Expected<CachePruningPolicy> P = parseCachePruningPolicy(Policy);
  if (!P) {
    consumeError(P.takeError()); // Checked with the options.
    return;
  }
  pruneCache(Dir, *P);
}
