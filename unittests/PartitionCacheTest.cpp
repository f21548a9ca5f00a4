//===- PartitionCacheTest.cpp - The cache's entry format ------------------===//
//
// An entry decodes only as the whole entry of its own key: every truncation,
// every extension, every changed byte and another key are misses.
//
//===----------------------------------------------------------------------===//

#include "parcg/PartitionCache.h"
#include "llvm/ADT/StringRef.h"
#include "gtest/gtest.h"

using namespace parcg;

static CacheEntry sample() {
  CacheEntry E;
  llvm::StringRef Obj("\x7f" "ELF object bytes", 17);
  E.Object.assign(Obj.begin(), Obj.end());
  llvm::StringRef Dwo("dwo");
  E.Dwo.assign(Dwo.begin(), Dwo.end());
  E.Diagnostics = "warning: something\n";
  return E;
}

static CacheKey key(uint8_t Seed) {
  CacheKey K;
  for (unsigned I = 0; I < K.size(); ++I)
    K[I] = uint8_t(Seed + I);
  return K;
}

TEST(PartitionCacheTest, RoundTrip) {
  std::string Bytes = encodeCacheEntry(key(1), sample());
  std::optional<CacheEntry> E = decodeCacheEntry(Bytes, key(1));
  ASSERT_TRUE(E);
  EXPECT_EQ(llvm::StringRef(E->Object.data(), E->Object.size()),
            llvm::StringRef("\x7f" "ELF object bytes", 17));
  EXPECT_EQ(llvm::StringRef(E->Dwo.data(), E->Dwo.size()), "dwo");
  EXPECT_EQ(E->Diagnostics, "warning: something\n");
}

TEST(PartitionCacheTest, EmptyPartsRoundTrip) {
  std::string Bytes = encodeCacheEntry(key(1), CacheEntry());
  std::optional<CacheEntry> E = decodeCacheEntry(Bytes, key(1));
  ASSERT_TRUE(E);
  EXPECT_TRUE(E->Object.empty() && E->Dwo.empty() && E->Diagnostics.empty());
}

TEST(PartitionCacheTest, AnotherKeyIsAMiss) {
  std::string Bytes = encodeCacheEntry(key(1), sample());
  EXPECT_FALSE(decodeCacheEntry(Bytes, key(2)));
}

TEST(PartitionCacheTest, EveryTruncationIsAMiss) {
  std::string Bytes = encodeCacheEntry(key(1), sample());
  for (size_t N = 0; N < Bytes.size(); ++N)
    EXPECT_FALSE(decodeCacheEntry(llvm::StringRef(Bytes).take_front(N), key(1)))
        << "truncated to " << N;
}

TEST(PartitionCacheTest, ExtensionIsAMiss) {
  std::string Bytes = encodeCacheEntry(key(1), sample()) + "x";
  EXPECT_FALSE(decodeCacheEntry(Bytes, key(1)));
}

TEST(PartitionCacheTest, EveryChangedByteIsAMiss) {
  std::string Bytes = encodeCacheEntry(key(1), sample());
  for (size_t I = 0; I < Bytes.size(); ++I) {
    std::string Bad = Bytes;
    Bad[I] ^= 0x20;
    EXPECT_FALSE(decodeCacheEntry(Bad, key(1))) << "byte " << I;
  }
}

TEST(PartitionCacheTest, EntryNamesArePrunable) {
  // llvm::pruneCache only considers files named llvmcache-*.
  EXPECT_TRUE(llvm::StringRef(cacheEntryName(key(3))).starts_with("llvmcache-"));
  EXPECT_EQ(cacheEntryName(key(3)).size(), strlen("llvmcache-parcg-") + 64);
}
