#include "ingest_service/extract/gazetteer/builder/hash_table_builder.h"

#include <cstring>

#include "ingest_service/extract/gazetteer/name_hash.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract::builder {

StringPool::StringPool() { bytes_.assign(2, '\0'); }  // offset 0: the empty string

uint32_t StringPool::Add(std::string_view s) {
  if (s.empty()) return 0;
  const auto it = offsets_.find(AsAbsl(s));
  if (it != offsets_.end()) return it->second;
  const auto offset = static_cast<uint32_t>(bytes_.size());
  const auto length = static_cast<uint16_t>(s.size());
  char prefix[sizeof(length)];
  std::memcpy(prefix, &length, sizeof(length));
  bytes_.append(prefix, sizeof(prefix));
  bytes_.append(s.data(), length);
  offsets_.emplace(std::string(s), offset);
  return offset;
}

std::vector<index_format::HashSlot> BuildHashTable(const std::vector<TableKey>& keys,
                                                   StringPool& pool) {
  size_t capacity = 16;
  while (capacity * 6 < keys.size() * 10) capacity *= 2;
  std::vector<index_format::HashSlot> slots(
      capacity, index_format::HashSlot{0, index_format::kEmptyKey, 0, 0});
  const size_t mask = capacity - 1;
  for (const TableKey& key : keys) {
    const uint64_t hash = NameHash(key.key);
    size_t i = hash & mask;
    while (slots[i].key != index_format::kEmptyKey) i = (i + 1) & mask;
    slots[i] = {static_cast<uint32_t>(hash >> 32), pool.Add(key.key), key.value, key.count};
  }
  return slots;
}

}  // namespace newsgraph::extract::builder
