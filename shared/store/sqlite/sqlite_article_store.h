// SqliteArticleStore: the ArticleStore on one SQLite database file, shared
// by several processes (the ingest service writes, query services read).
//
// Durability and sharing: the file is in WAL mode; every write is one
// `BEGIN IMMEDIATE` transaction (which also resolves the new articles'
// entities, entity_writer.h), committed with synchronous=FULL when
// StoreOptions.sync_commits (NORMAL otherwise), so a write that returned OK
// survives a crash of the process. Each read is a single statement, hence
// one read transaction that sees the latest commit of any process (entity
// reads, several statements, run in one explicit read transaction).
// Writers of other processes are waited for up to busy_timeout_ms, then
// UNAVAILABLE. The schema is brought up to date at Open (see schema.h).
//
// Ownership: the store owns its connections: one writer and a pool of
// `read_connections` readers. The destructor finalizes every statement
// and closes every connection (the last close checkpoints the WAL).
//
// Thread-safety: thread-safe. Writes serialize on `write_mu_` (one writer
// connection); reads take a pooled reader, so up to read_connections of
// them run in parallel. An in-memory store (path ":memory:") is private to
// its writer connection, which then also serves reads under `write_mu_`.
//
// Example:
//   NG_ASSIGN_OR_RETURN(auto store, SqliteArticleStore::Open("/var/lib/ng/ng.db", {}));
//   NG_ASSIGN_OR_RETURN(PutOutcome put, store->PutArticle(article));
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_ARTICLE_STORE_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_ARTICLE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/types/span.h"
#include "shared/store/article_store.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sqlite/connection_pool.h"
#include "shared/store/sqlite/entity_cache.h"
#include "shared/store/store_options.h"

namespace newsgraph::store::sqlite {

class SqliteArticleStore final : public ArticleStore {
 public:
  // Opens the database at `path`, a file path or ":memory:", creating the
  // file (not its directory) when missing, and migrates its schema.
  // FAILED_PRECONDITION when the directory does not exist, the file cannot
  // be opened or is not a newsgraph store, or its schema is newer than
  // this code; UNAVAILABLE when another process holds the lock too long.
  static absl::StatusOr<std::unique_ptr<SqliteArticleStore>> Open(const std::string& path,
                                                                  const StoreOptions& options);

  ~SqliteArticleStore() override = default;
  SqliteArticleStore(const SqliteArticleStore&) = delete;
  SqliteArticleStore& operator=(const SqliteArticleStore&) = delete;

  absl::StatusOr<PutOutcome> PutArticle(const v1::Article& article) override;
  absl::StatusOr<std::vector<PutOutcome>> PutArticles(
      absl::Span<const v1::Article> articles) override;
  absl::StatusOr<v1::Article> GetArticle(std::string_view article_id, bool full_records) override;
  absl::StatusOr<ArticlePage> ListArticles(const ListArticlesQuery& query) override;
  absl::StatusOr<SearchPage> SearchArticles(const SearchArticlesQuery& query) override;
  absl::StatusOr<int64_t> CountArticles() override;
  absl::StatusOr<v1::Entity> GetEntity(std::string_view entity_id) override;
  absl::StatusOr<EntityPage> SearchEntities(const SearchEntitiesQuery& query) override;
  absl::StatusOr<v1::Event> GetEvent(std::string_view event_id) override;
  absl::StatusOr<EventPage> ListEvents(const ListEventsQuery& query, EventSink* sink) override;
  absl::StatusOr<WatchBatch> WatchEvents(const WatchEventsQuery& query) override;
  absl::StatusOr<int64_t> LatestEventSequence() override;
  absl::Status GetRelationship(std::string_view entity_id, std::string_view other_id,
                               int max_events, v1::Relationship* out) override;
  absl::StatusOr<std::vector<v1::RelatedEntity>> ListRelatedEntities(
      const RelatedEntitiesQuery& query) override;
  absl::StatusOr<std::vector<GraphEdge>> GetGraphEdges(std::string_view entity_id,
                                                       int limit) override;
  absl::StatusOr<v1::PathStep> GetTie(std::string_view entity_id,
                                      std::string_view other_id) override;
  absl::StatusOr<std::vector<DatedEventCount>> CountEventsByDate(
      std::string_view entity_id, std::string_view other_id) override;

 private:
  SqliteArticleStore(std::unique_ptr<Connection> writer,
                     std::vector<std::unique_ptr<Connection>> readers);

  // Stores one article in the open transaction of `writer_`, its entities
  // through the transaction's `entities`.
  absl::StatusOr<PutOutcome> PutInTransaction(const v1::Article& article, EntityCache& entities)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);
  // A create time later than any this store gave before.
  int64_t NextCreateTimeMicros() ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);

  // Runs `fn(Connection&)` on a reader (or on the writer when there are no
  // readers) and returns its result.
  template <typename Fn>
  auto WithReader(Fn&& fn);

  // Serializes writes (and reads when there is no reader pool).
  absl::Mutex write_mu_;
  // The one connection that writes.
  std::unique_ptr<Connection> writer_ ABSL_GUARDED_BY(write_mu_);
  // The latest create time handed out, so that create times increase in
  // the order this store inserts articles.
  int64_t last_create_time_us_ ABSL_GUARDED_BY(write_mu_) = 0;
  // Reader connections (internally synchronized). Declared after writer_
  // so they close first and the writer's close checkpoints the WAL.
  ConnectionPool readers_;
};

template <typename Fn>
auto SqliteArticleStore::WithReader(Fn&& fn) {
  if (readers_.size() == 0) {
    absl::MutexLock lock(&write_mu_);
    return fn(*writer_);
  }
  ConnectionPool::Lease reader = readers_.Acquire();
  return fn(*reader);
}

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_ARTICLE_STORE_H_
