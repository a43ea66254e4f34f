// ResponseCache: the encoded answers of recent lookups, by key (the method
// and its encoded request), kept for as long as the store's data has not
// changed since each was looked up. On a query replica reads far outnumber
// commits and the same lookups recur (a dashboard refreshing, a service
// polling what links two entities); an answer served from here costs no
// store work.
//
// Never stale: each answer is tagged with the store's data version
// (ArticleStore::DataVersion) as read *before* its lookup ran, and served
// only while a fresh reading is still the same. A commit anywhere, by this
// process or another's ingest, changes the version, and every answer kept
// before it becomes a miss. The cache holds answers of one version only:
// the first probe or keep that sees a newer version drops the rest.
//
// Bounded: at most `capacity_bytes` of keys and answers (plus a fixed
// allowance per entry); the least recently used go first, and an answer
// larger than an eighth of the capacity is not kept. Capacity 0 turns the
// cache off: Find reads no version and always misses, Keep keeps nothing.
//
// Only answers that depend on nothing but the request and the data may be
// kept (the caller keeps successful answers only; errors are looked up
// again).
//
// Thread-safe: one mutex, held for a hash lookup or an insertion; the
// version is read outside it. `data_version` must be thread-safe too. The
// observer (optional, not owned, outliving the cache) is told of each
// lookup and size change under the mutex.
//
// Example (a handler's worker; the key is the method and request bytes):
//   ResponseCache::Probe probe = cache.Find(absl::StrCat(method, "\n", bytes));
//   if (probe.answer != nullptr) return Send(probe.answer);
//   ... look it up, encode the answer ...
//   cache.Keep(std::move(probe), answer);
#ifndef NEWSGRAPH_QUERY_SERVICE_RESPONSE_CACHE_H_
#define NEWSGRAPH_QUERY_SERVICE_RESPONSE_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/container/node_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"

namespace newsgraph::query {

class ResponseCache {
 public:
  // Reads the store's data version (ArticleStore::DataVersion).
  using VersionSource = std::function<absl::StatusOr<int64_t>()>;

  // What each entry costs beyond its key and answer (node, list, counts).
  static constexpr size_t kEntryOverheadBytes = 128;

  // Told what the cache does (for metrics); called under the cache's mutex,
  // so it must be quick and must not call the cache.
  class Observer {
   public:
    virtual ~Observer() = default;
    virtual void OnLookup(bool hit) = 0;
    virtual void OnSize(int64_t entries, int64_t bytes) = 0;
  };

  ResponseCache(size_t capacity_bytes, VersionSource data_version, Observer* observer = nullptr);
  ResponseCache(const ResponseCache&) = delete;
  ResponseCache& operator=(const ResponseCache&) = delete;

  // One lookup's visit: what Find found, and what Keep needs.
  struct Probe {
    std::string key;
    // The data version read before the lookup; unset when the cache is off
    // or the version could not be read (then nothing is kept).
    std::optional<int64_t> version;
    // The kept answer, on a hit; null on a miss.
    std::shared_ptr<const std::string> answer;
  };

  // Reads the data version, then looks `key` up.
  Probe Find(std::string key);

  // Keeps `answer` under the key of a missed `probe`, tagged with the
  // version it read, unless that version is no longer current. The answer
  // is shared, never copied.
  void Keep(Probe probe, std::shared_ptr<const std::string> answer);

  struct Stats {
    int64_t hits = 0;
    int64_t misses = 0;
    int64_t entries = 0;
    int64_t bytes = 0;
  };
  Stats stats() const;

  bool enabled() const { return capacity_bytes_ > 0; }

 private:
  struct Entry {
    std::shared_ptr<const std::string> answer;
    size_t bytes = 0;
    std::list<const std::string*>::iterator recency;
  };

  // Drops every entry when `version` is newer than the kept answers';
  // returns whether `version` is (now) the current one.
  bool Advance(int64_t version) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void EvictLeastRecent() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void CountLookup(bool hit) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void SizeChanged() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  const size_t capacity_bytes_;
  const VersionSource data_version_;
  Observer* const observer_;

  mutable absl::Mutex mu_;
  // The data version every kept answer was looked up at.
  int64_t version_ ABSL_GUARDED_BY(mu_) = 0;
  absl::node_hash_map<std::string, Entry> entries_ ABSL_GUARDED_BY(mu_);
  // Keys of entries_ (stable: nodes do not move), most recently used first.
  std::list<const std::string*> recency_ ABSL_GUARDED_BY(mu_);
  size_t bytes_ ABSL_GUARDED_BY(mu_) = 0;
  int64_t hits_ ABSL_GUARDED_BY(mu_) = 0;
  int64_t misses_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_RESPONSE_CACHE_H_
