// SqliteArticleStore: opening, writes, point reads and counting. Listing
// and search are in sqlite_article_queries.cc, entity reads in
// sqlite_entity_queries.cc.
#include "shared/store/sqlite/sqlite_article_store.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "shared/base/status_macros.h"
#include "shared/store/sqlite/article_codec.h"
#include "shared/store/sqlite/article_rows.h"
#include "shared/store/sqlite/entity_writer.h"
#include "shared/store/sqlite/event_writer.h"
#include "shared/store/sqlite/schema.h"
#include "shared/store/sqlite/transaction.h"

namespace newsgraph::store::sqlite {
namespace {

// We create the database file, never its directory: a missing directory is
// a configuration mistake better reported than papered over.
absl::Status CheckDirectory(const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  std::error_code error;
  if (std::filesystem::is_directory(dir, error)) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat("directory ", dir.string(),
                                                    " of SQLite database ", path,
                                                    " does not exist; create it first"));
}

absl::Status CheckOptions(const StoreOptions& options) {
  if (options.read_connections < 0 || options.busy_timeout_ms < 0) {
    return absl::InvalidArgumentError(
        "store options: read_connections and busy_timeout_ms must not be negative");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<SqliteArticleStore>> SqliteArticleStore::Open(
    const std::string& path, const StoreOptions& options) {
  NG_RETURN_IF_ERROR(CheckOptions(options));
  const bool in_memory = path == kMemoryPath;
  if (!in_memory) NG_RETURN_IF_ERROR(CheckDirectory(path));
  ConnectionOptions conn_options;
  conn_options.busy_timeout_ms = options.busy_timeout_ms;
  conn_options.sync_commits = options.sync_commits;
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Connection> writer, Connection::Open(path, conn_options));
  NG_RETURN_IF_ERROR(MigrateSchema(*writer));

  // Each connection to ":memory:" is a database of its own: readers would
  // see nothing, so an in-memory store reads through its writer.
  const int reader_count = in_memory ? 0 : options.read_connections;
  conn_options.role = ConnectionOptions::Role::kReader;
  std::vector<std::unique_ptr<Connection>> readers;
  for (int i = 0; i < reader_count; ++i) {
    NG_ASSIGN_OR_RETURN(std::unique_ptr<Connection> reader, Connection::Open(path, conn_options));
    readers.push_back(std::move(reader));
  }
  return std::unique_ptr<SqliteArticleStore>(
      new SqliteArticleStore(std::move(writer), std::move(readers)));
}

SqliteArticleStore::SqliteArticleStore(std::unique_ptr<Connection> writer,
                                       std::vector<std::unique_ptr<Connection>> readers)
    : writer_(std::move(writer)), readers_(std::move(readers)) {}

int64_t SqliteArticleStore::NextCreateTimeMicros() {
  last_create_time_us_ = std::max(absl::ToUnixMicros(absl::Now()), last_create_time_us_ + 1);
  return last_create_time_us_;
}

absl::StatusOr<PutOutcome> SqliteArticleStore::PutInTransaction(const v1::Article& article,
                                                                EntityCache& entities) {
  NG_ASSIGN_OR_RETURN(std::optional<v1::Article> existing,
                      FindArticle(*writer_, article.article_id(), /*full_record=*/true));
  if (existing.has_value()) return PutOutcome{false, *std::move(existing)};
  PutOutcome outcome{true, article};
  *outcome.article.mutable_create_time() = MicrosToTimestamp(NextCreateTimeMicros());
  NG_ASSIGN_OR_RETURN(const ArticleEntityLinks links,
                      ResolveArticleEntities(*writer_, entities, &outcome.article));
  NG_ASSIGN_OR_RETURN(const PendingReports reports,
                      RecordArticleEvents(*writer_, &outcome.article));
  NG_ASSIGN_OR_RETURN(const int64_t doc_id,
                      InsertArticleRows(*writer_, MakeArticleRow(outcome.article)));
  NG_RETURN_IF_ERROR(InsertArticleEntityLinks(*writer_, doc_id, links));
  NG_RETURN_IF_ERROR(InsertEventReports(*writer_, doc_id, reports));
  NG_RETURN_IF_ERROR(InsertStandingRelations(*writer_, doc_id, outcome.article));
  return outcome;
}

absl::StatusOr<PutOutcome> SqliteArticleStore::PutArticle(const v1::Article& article) {
  NG_RETURN_IF_ERROR(ValidateForStore(article));
  NG_ASSIGN_OR_RETURN(std::vector<PutOutcome> outcomes, PutArticles({&article, 1}));
  return std::move(outcomes.front());
}

absl::StatusOr<std::vector<PutOutcome>> SqliteArticleStore::PutArticles(
    absl::Span<const v1::Article> articles) {
  for (size_t i = 0; i < articles.size(); ++i) {
    if (absl::Status s = ValidateForStore(articles[i]); !s.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("article #", i, " of the batch: ", s.message()));
    }
  }
  std::vector<PutOutcome> outcomes;
  if (articles.empty()) return outcomes;
  outcomes.reserve(articles.size());
  absl::MutexLock lock(&write_mu_);
  // One transaction for the batch: on any error it rolls back on return.
  NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginImmediate(*writer_));
  EntityCache entities(writer_.get());
  for (const v1::Article& article : articles) {
    NG_ASSIGN_OR_RETURN(PutOutcome outcome, PutInTransaction(article, entities));
    outcomes.push_back(std::move(outcome));
  }
  NG_RETURN_IF_ERROR(entities.Flush());
  NG_RETURN_IF_ERROR(txn.Commit());
  return outcomes;
}

absl::StatusOr<v1::Article> SqliteArticleStore::GetArticle(std::string_view article_id,
                                                           bool full_records) {
  if (article_id.empty()) return absl::InvalidArgumentError("article_id is empty");
  NG_ASSIGN_OR_RETURN(std::optional<v1::Article> article, WithReader([&](Connection& conn) {
                        return FindArticle(conn, article_id, full_records);
                      }));
  if (!article.has_value()) {
    return absl::NotFoundError(absl::StrCat("article ", std::string(article_id), " not found"));
  }
  return *std::move(article);
}

absl::StatusOr<int64_t> SqliteArticleStore::CountArticles() {
  return WithReader([](Connection& conn) -> absl::StatusOr<int64_t> {
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare("SELECT count(*) FROM articles"));
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) return absl::InternalError("count(*) returned no row");
    return stmt->ColumnInt64(0);
  });
}

}  // namespace newsgraph::store::sqlite
