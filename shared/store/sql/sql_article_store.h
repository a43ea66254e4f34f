// SqlArticleStore: the ArticleStore on one SQL database, shared by several
// processes (ingest services write, query services read), whatever the
// backend: the row code here speaks to sql::Connection, and the backends
// (sqlite/sqlite_store.h, postgres/pg_store.h) open the connections,
// migrate the schema and hand them over.
//
// Durability and sharing: every write is one write transaction
// (Connection::BeginWrite, which takes the database's single write lock,
// so that writers of every process take turns), which also resolves the
// new articles' entities (entity_writer.h); a write that returned OK is
// committed durably. Each read is a single statement, or one read
// transaction for reads of several statements, and sees the latest commit
// of any process.
//
// Ownership: the store owns its connections: one writer and a pool of
// readers. The destructor closes the readers first, then the writer.
//
// Thread-safety: thread-safe. Writes serialize on `write_mu_` (one writer
// connection); reads take a pooled reader, so up to readers.size() of
// them run in parallel. Without readers (an in-memory SQLite store), reads
// use the writer under `write_mu_`.
//
// Example (what a backend's Open does):
//   NG_RETURN_IF_ERROR(MigrateSchema(*writer, migrations));
//   return std::make_unique<SqlArticleStore>(std::move(writer), std::move(readers),
//                                            migrations.back().version);
#ifndef NEWSGRAPH_SHARED_STORE_SQL_SQL_ARTICLE_STORE_H_
#define NEWSGRAPH_SHARED_STORE_SQL_SQL_ARTICLE_STORE_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/types/span.h"
#include "shared/store/article_store.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/connection_pool.h"
#include "shared/store/sql/entity_cache.h"
#include "shared/store/sql/text_index.h"
#include "shared/store/store_options.h"

namespace newsgraph::store::sql {

class SqlArticleStore final : public ArticleStore {
 public:
  // `writer` writes (and reads when `readers` is empty); both on a
  // database whose schema is up to date: `schema_version`, the newest this
  // build knows. A write finding the database at a newer version (another
  // process, a newer build, migrated it since) fails with
  // FAILED_PRECONDITION rather than leave the newer tables behind.
  // `search_ranker`, when given, ranks the searches it takes.
  SqlArticleStore(std::unique_ptr<Connection> writer,
                  std::vector<std::unique_ptr<Connection>> readers, int schema_version,
                  std::unique_ptr<SearchRanker> search_ranker = nullptr);
  ~SqlArticleStore() override = default;
  SqlArticleStore(const SqlArticleStore&) = delete;
  SqlArticleStore& operator=(const SqlArticleStore&) = delete;

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
  // The writer's data version (other connections' commits) plus this
  // store's own commits.
  absl::StatusOr<int64_t> DataVersion() override;
  absl::Status GetRelationship(std::string_view entity_id, std::string_view other_id,
                               int max_events, v1::Relationship* out) override;
  absl::StatusOr<std::vector<v1::RelatedEntity>> ListRelatedEntities(
      const RelatedEntitiesQuery& query) override;
  absl::StatusOr<std::vector<GraphEdge>> GetGraphEdges(std::string_view entity_id,
                                                       int limit) override;
  absl::StatusOr<int64_t> GetTieWeight(std::string_view entity_id,
                                       std::string_view other_id) override;
  absl::StatusOr<v1::PathStep> GetTie(std::string_view entity_id,
                                      std::string_view other_id) override;
  absl::StatusOr<std::vector<DatedEventCount>> CountEventsByDate(
      std::string_view entity_id, std::string_view other_id) override;

 private:
  // Stores one article in the open transaction of `writer_`, its entities
  // through the transaction's `entities`.
  absl::StatusOr<PutOutcome> PutInTransaction(const v1::Article& article, EntityCache& entities)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);
  // Catches the latest create time up with the articles other processes
  // stored; call at the start of each write transaction.
  absl::Status SyncLastCreateTime() ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);
  // A create time later than any stored before.
  int64_t NextCreateTimeMicros() ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);
  // FAILED_PRECONDITION when the database's schema is newer than
  // `schema_version_`; call inside each write transaction.
  absl::Status CheckSchemaNotNewer() ABSL_EXCLUSIVE_LOCKS_REQUIRED(write_mu_);

  // Runs `fn(Connection&)` on a reader (or on the writer when there are no
  // readers) and returns its result.
  template <typename Fn>
  std::invoke_result_t<Fn, Connection&> WithReader(Fn&& fn);

  // The backend's full-text index (the writer's; stateless).
  const TextIndex& text_index_;
  // Ranks the searches it takes (with caches of its own); may be null.
  const std::unique_ptr<SearchRanker> search_ranker_;
  // The newest schema version this build knows.
  const int schema_version_;
  // Serializes writes (and reads when there is no reader pool).
  absl::Mutex write_mu_;
  // The one connection that writes.
  std::unique_ptr<Connection> writer_ ABSL_GUARDED_BY(write_mu_);
  // The latest create time stored, so that create times increase in the
  // order articles are inserted, by this process or another.
  int64_t last_create_time_us_ ABSL_GUARDED_BY(write_mu_) = 0;
  // Write transactions this store has ended with a commit, counted once
  // the commit is visible to readers: part of DataVersion(), since the
  // writer's own commits do not change its data version.
  std::atomic<int64_t> commits_{0};
  // Reader connections (internally synchronized). Declared after writer_
  // so they close first (the SQLite writer's close checkpoints the WAL).
  ConnectionPool readers_;
};

template <typename Fn>
std::invoke_result_t<Fn, Connection&> SqlArticleStore::WithReader(Fn&& fn) {
  if (readers_.size() == 0) {
    absl::MutexLock lock(&write_mu_);
    if (absl::Status revived = writer_->Revive(); !revived.ok()) return revived;
    return fn(*writer_);
  }
  ConnectionPool::Lease reader = readers_.Acquire();
  if (absl::Status revived = reader->Revive(); !revived.ok()) return revived;
  return fn(*reader);
}

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_SQL_ARTICLE_STORE_H_
