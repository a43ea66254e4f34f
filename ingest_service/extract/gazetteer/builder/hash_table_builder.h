// The byte-level pieces of the index file: the string pool (deduplicated
// [u16 length][bytes] records) and open-addressing hash tables of
// HashSlot (see ../index_format.h).
//
// Not thread-safe; used by one IndexWriter at a time.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_HASH_TABLE_BUILDER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_HASH_TABLE_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ingest_service/extract/gazetteer/index_format.h"

namespace newsgraph::extract::builder {

class StringPool {
 public:
  StringPool();

  // The offset of `s` (at most 65535 bytes) in the pool, adding it once.
  uint32_t Add(std::string_view s);

  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  absl::flat_hash_map<std::string, uint32_t> offsets_;
};

// One key of a table and its slot payload.
struct TableKey {
  std::string_view key;
  uint32_t value = 0;
  uint32_t count = 0;
};

// A table of capacity the next power of two holding `keys` at a load of at
// most 0.6, keys interned in `pool`.
std::vector<index_format::HashSlot> BuildHashTable(const std::vector<TableKey>& keys,
                                                   StringPool& pool);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_HASH_TABLE_BUILDER_H_
