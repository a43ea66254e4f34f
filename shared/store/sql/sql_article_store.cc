// SqlArticleStore: writes, point reads and counting. Listing and search
// are in sql_article_queries.cc, entity reads in sql_entity_queries.cc,
// events and the graph in sql_event_queries.cc.
#include "shared/store/sql/sql_article_store.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/article_rows.h"
#include "shared/store/sql/entity_writer.h"
#include "shared/store/sql/event_writer.h"
#include "shared/store/sql/schema.h"
#include "shared/store/sql/transaction.h"

namespace newsgraph::store::sql {

SqlArticleStore::SqlArticleStore(std::unique_ptr<Connection> writer,
                                 std::vector<std::unique_ptr<Connection>> readers,
                                 int schema_version, std::unique_ptr<SearchRanker> search_ranker)
    : text_index_(writer->text_index()),
      search_ranker_(std::move(search_ranker)),
      schema_version_(schema_version),
      writer_(std::move(writer)),
      readers_(std::move(readers)) {}

absl::Status SqlArticleStore::CheckSchemaNotNewer() {
  NG_ASSIGN_OR_RETURN(const int version, ReadSchemaVersion(*writer_));
  if (version <= schema_version_) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      "the store's schema is at version ", version, ", newer than this build's ",
      schema_version_, ": a newer newsgraph migrated it while this process ran, and this "
      "process's writes would leave the new tables out of date; nothing was stored. Upgrade "
      "this service (restart it with the newer build) and send the articles again"));
}

absl::Status SqlArticleStore::SyncLastCreateTime() {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      writer_->Prepare("SELECT COALESCE(MAX(create_time_us), 0) FROM articles"));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (has_row) last_create_time_us_ = std::max(last_create_time_us_, stmt->ColumnInt64(0));
  return absl::OkStatus();
}

int64_t SqlArticleStore::NextCreateTimeMicros() {
  last_create_time_us_ = std::max(absl::ToUnixMicros(absl::Now()), last_create_time_us_ + 1);
  return last_create_time_us_;
}

absl::StatusOr<PutOutcome> SqlArticleStore::PutInTransaction(const v1::Article& article,
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

absl::StatusOr<PutOutcome> SqlArticleStore::PutArticle(const v1::Article& article) {
  NG_RETURN_IF_ERROR(ValidateForStore(article));
  NG_ASSIGN_OR_RETURN(std::vector<PutOutcome> outcomes, PutArticles({&article, 1}));
  return std::move(outcomes.front());
}

absl::StatusOr<std::vector<PutOutcome>> SqlArticleStore::PutArticles(
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
  NG_RETURN_IF_ERROR(writer_->Revive());
  NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginWrite(*writer_));
  NG_RETURN_IF_ERROR(CheckSchemaNotNewer());
  NG_RETURN_IF_ERROR(SyncLastCreateTime());
  EntityCache entities(writer_.get());
  for (const v1::Article& article : articles) {
    NG_ASSIGN_OR_RETURN(PutOutcome outcome, PutInTransaction(article, entities));
    outcomes.push_back(std::move(outcome));
  }
  NG_RETURN_IF_ERROR(entities.Flush());
  const absl::Status committed = txn.Commit();
  // Counted after the commit (even a failed one, to be safe), so that a
  // reader that saw the old count never saw the new data.
  commits_.fetch_add(1, std::memory_order_release);
  NG_RETURN_IF_ERROR(committed);
  return outcomes;
}

absl::StatusOr<int64_t> SqlArticleStore::DataVersion() {
  absl::MutexLock lock(&write_mu_);
  NG_RETURN_IF_ERROR(writer_->Revive());
  NG_ASSIGN_OR_RETURN(const int64_t others, writer_->DataVersion());
  return others + commits_.load(std::memory_order_acquire);
}

absl::StatusOr<v1::Article> SqlArticleStore::GetArticle(std::string_view article_id,
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

absl::StatusOr<int64_t> SqlArticleStore::CountArticles() {
  return WithReader([](Connection& conn) -> absl::StatusOr<int64_t> {
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare("SELECT count(*) FROM articles"));
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) return absl::InternalError("count(*) returned no row");
    return stmt->ColumnInt64(0);
  });
}

}  // namespace newsgraph::store::sql
