// NameHash: the stable 64-bit hash of the gazetteer index's keys and its
// checksum. Stable across processes, builds and machines (unlike
// absl::Hash, which is seeded), because the builder stores hash-table
// positions in the index file. Reads 8 bytes at a time and mixes with a
// 64x64->128-bit multiply (the wyhash "mum" step). Pure function;
// thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_NAME_HASH_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_NAME_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::extract {

namespace name_hash_internal {

inline constexpr uint64_t kSeed = 0xa0761d6478bd642fULL;
inline constexpr uint64_t kMul1 = 0xe7037ed1a0b428dbULL;
inline constexpr uint64_t kMul2 = 0x8ebc6af09c88c6e3ULL;

inline uint64_t Mum(uint64_t a, uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
}

inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// The last 1..7 bytes, zero-padded.
inline uint64_t LoadTail(const char* p, size_t n) {
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return v;
}

}  // namespace name_hash_internal

inline uint64_t NameHash(std::string_view s) {
  using namespace name_hash_internal;
  uint64_t h = kSeed ^ Mum(s.size() ^ kMul1, kMul2);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 16) {
    h = Mum(Load64(p) ^ kMul1, Load64(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  if (n >= 8) {
    h = Mum(Load64(p) ^ kMul1, h ^ kMul2);
    p += 8;
    n -= 8;
  }
  if (n > 0) h = Mum(LoadTail(p, n) ^ kMul2, h ^ kMul1);
  return Mum(h ^ kSeed, h ^ kMul1);
}

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_NAME_HASH_H_
