#include "shared/store/store_flags.h"

#include <cstdint>
#include <string>

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, store, "sqlite://newsgraph.db",
          "The store: sqlite:///absolute/path.db or sqlite://relative/path.db (relative to the "
          "working directory). Every process of a deployment opens the same store.");

ABSL_FLAG(int64_t, sqlite_mmap_bytes, newsgraph::store::StoreOptions().sqlite_mmap_bytes,
          "SQLite stores: how much of the database file each reader connection maps into "
          "memory (faster lookups; an I/O error on a mapped page stops the process with SIGBUS "
          "instead of failing one call). 0 reads pages with pread.");

ABSL_FLAG(int64_t, search_cache_bytes, newsgraph::store::StoreOptions().search_cache_bytes,
          "SQLite stores: memory for the postings of searched words that SearchArticles ranks "
          "plain-word searches with (least recently used first out). 0 keeps none: each search "
          "reads its words' postings again.");

namespace newsgraph::store {

std::string StoreUriFromFlags() { return absl::GetFlag(FLAGS_store); }

StoreOptions StoreOptionsFromFlags() {
  StoreOptions options;
  options.sqlite_mmap_bytes = absl::GetFlag(FLAGS_sqlite_mmap_bytes);
  options.search_cache_bytes = absl::GetFlag(FLAGS_search_cache_bytes);
  return options;
}

}  // namespace newsgraph::store
