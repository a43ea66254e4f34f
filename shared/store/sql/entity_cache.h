// EntityCache: the canonical entities one write transaction reads and
// changes, kept in memory, and the resolution::CandidateSource that
// resolution uses inside that transaction.
//
// An entity named by many articles of one batch (a country, a head of
// state) is then looked up once (its name key's family is remembered) and
// rewritten once, at Flush(), with the sum of the batch's counts. New
// entities are inserted at once, with their search terms, so that later
// lookups by alias or surname in the same transaction find them; new
// surface forms of known entities get their terms at once for the same
// reason. Records the transaction has not changed are read from the
// database each time they are needed, so nothing stale is served.
//
// Ownership: does not own the connection, which must outlive it. One per
// write transaction: create it after BEGIN, call Flush() before COMMIT,
// drop it with the transaction (on rollback, unflushed changes are simply
// lost with it).
//
// Thread-compatible: used by the thread that holds the write transaction.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ENTITY_CACHE_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ENTITY_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "shared/resolution/candidate_source.h"
#include "shared/resolution/entity_record.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// What one article adds to an entity.
struct EntityIncrement {
  int64_t mentions = 0;
  int64_t articles = 0;  // 1 the first time the article names the entity, else 0
  int64_t time_us = 0;   // the article's create time: create (if new) and update time
};

class EntityCache final : public resolution::CandidateSource {
 public:
  explicit EntityCache(Connection* conn) : conn_(conn) {}
  EntityCache(const EntityCache&) = delete;
  EntityCache& operator=(const EntityCache&) = delete;

  // resolution::CandidateSource. Records this transaction changed are
  // returned as changed (with their pending counts).
  absl::StatusOr<std::vector<resolution::EntityRecord>> FindByNameKey(
      std::string_view name_key) override;
  absl::StatusOr<std::vector<resolution::EntityRecord>> FindByAlias(v1::EntityType type,
                                                                    std::string_view normalized,
                                                                    int limit) override;
  absl::StatusOr<std::vector<resolution::EntityRecord>> FindPeopleByLastWord(std::string_view word,
                                                                             int limit) override;
  absl::StatusOr<std::vector<std::string>> RoleKeysOf(std::string_view entity_id) override;

  // Records one article's report of an entity: `record` is the merged
  // record (as found through this cache, or fresh for a new entity);
  // `new_forms` the surface forms it gained. A new entity is inserted now;
  // a known one is rewritten at Flush().
  absl::Status Record(const resolution::EntityRecord& record, bool is_new,
                      const EntityIncrement& increment, absl::Span<const std::string> new_forms);

  // Writes every pending change. REQUIRES: before the transaction commits.
  absl::Status Flush();

 private:
  struct Cached {
    resolution::EntityRecord record;  // article_count includes the pending articles
    int64_t stored_articles = 0;      // the article count in the database
    int64_t pending_mentions = 0;
    int64_t pending_articles = 0;
    int64_t time_us = 0;
    bool dirty = false;
  };

  // The record to use for `stored` (as read from the database): the
  // changed one when this transaction changed it.
  resolution::EntityRecord Current(resolution::EntityRecord stored);
  absl::StatusOr<std::vector<resolution::EntityRecord>> Current(
      absl::StatusOr<std::vector<resolution::EntityRecord>> stored);

  Connection* const conn_;
  // Entities this transaction created or changed, by entity id.
  absl::flat_hash_map<std::string, Cached> entities_;
  // Complete name-key families (entity ids) this transaction looked up or
  // added to.
  absl::flat_hash_map<std::string, std::vector<std::string>> families_;
};

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ENTITY_CACHE_H_
