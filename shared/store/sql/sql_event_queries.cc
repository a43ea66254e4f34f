// SqlArticleStore: events, the watch log and the entity graph. Each
// call runs its statements in one read transaction, so that an answer
// comes from one commit.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/canonical_key.h"
#include "shared/store/sql/event_query_sql.h"
#include "shared/store/event_sinks.h"
#include "shared/store/sql/event_rows.h"
#include "shared/store/sql/graph_rows.h"
#include "shared/store/sql/sql_article_store.h"
#include "shared/store/sql/transaction.h"

namespace newsgraph::store::sql {
namespace {

// Runs fn(conn) inside one read transaction.
template <typename Fn>
auto InReadTransaction(Connection& conn, Fn&& fn) -> decltype(fn(conn)) {
  NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(conn));
  auto result = fn(conn);
  if (!result.ok()) return result;
  NG_RETURN_IF_ERROR(txn.Commit());
  return result;
}

absl::StatusOr<v1::EntityRef> RequireEntity(Connection& conn, std::string_view entity_id) {
  if (entity_id.empty()) return absl::InvalidArgumentError("entity id is empty");
  NG_ASSIGN_OR_RETURN(std::optional<v1::EntityRef> ref, FindEntityRef(conn, entity_id));
  if (!ref.has_value()) {
    return absl::NotFoundError(absl::StrCat("entity ", AsAbsl(entity_id), " not found"));
  }
  return *std::move(ref);
}

// Both entities' references, into the relationship's entity and
// other_entity.
absl::Status RequireEntities(Connection& conn, std::string_view first, std::string_view second,
                             v1::Relationship* out) {
  if (first.empty() || second.empty()) return absl::InvalidArgumentError("entity id is empty");
  NG_ASSIGN_OR_RETURN(const auto found, ReadEntityRefs(conn, first, second, out->mutable_entity(),
                                                       out->mutable_other_entity()));
  if (!found.first || !found.second) {
    return absl::NotFoundError(
        absl::StrCat("entity ", AsAbsl(found.first ? second : first), " not found"));
  }
  return absl::OkStatus();
}

// The sequence number of the latest report (0 when there is none).
absl::StatusOr<int64_t> LatestReportSequence(Connection& conn) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT COALESCE(MAX(report_seq), 0) FROM event_reports"));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::InternalError("MAX(report_seq) returned no row");
  return stmt->ColumnInt64(0);
}

absl::StatusOr<EventPage> RunListEvents(Connection& conn, const SqlFragment& sql,
                                        const ListEventsQuery& query, EventSink* sink) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql.sql));
  NG_RETURN_IF_ERROR(stmt->BindValues(sql.params));
  EventPage page;
  page.last = query.after.value_or(EventCursor());
  std::vector<std::string> later_reports;
  // The statement asks for one row past the page, to tell whether there is
  // more; that row is not read.
  for (int listed = 0;; ++listed) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    if (listed == query.limit) {
      page.has_more = true;
      break;
    }
    NG_ASSIGN_OR_RETURN(const StoredEvent event, ViewEvent(conn, *stmt, 0,
                                                           query.mentions_per_event,
                                                           &later_reports));
    NG_RETURN_IF_ERROR(sink->Add(event));
    page.last = EventCursor{std::string(EventDateKeyColumn(*stmt, 0)), EventRowColumn(*stmt, 0)};
  }
  return page;
}

absl::StatusOr<WatchBatch> RunWatch(Connection& conn, const SqlFragment& sql,
                                    const WatchEventsQuery& query) {
  WatchBatch batch;
  NG_ASSIGN_OR_RETURN(batch.scanned_through, LatestReportSequence(conn));
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql.sql));
  NG_RETURN_IF_ERROR(stmt->BindValues(sql.params));
  std::vector<EventReport> reports;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    EventReport report;
    report.sequence = stmt->ColumnInt64(0);
    report.new_event = stmt->ColumnInt64(1) != 0;
    report.article_id = std::string(stmt->ColumnText(3));
    // The event as stored now, with this report's mentions (not its
    // first report's).
    NG_RETURN_IF_ERROR(ReadEvent(conn, *stmt, 4, 0, &report.event));
    NG_RETURN_IF_ERROR(AppendReportMentions(stmt->ColumnBlob(2), -1, &report.event));
    reports.push_back(std::move(report));
  }
  if (static_cast<int>(reports.size()) >= query.limit) {
    batch.scanned_through = reports.back().sequence;
  }
  batch.scanned_through = std::max(batch.scanned_through, query.after_sequence);
  batch.reports = std::move(reports);
  return batch;
}

}  // namespace

absl::StatusOr<v1::Event> SqlArticleStore::GetEvent(std::string_view event_id) {
  if (event_id.empty()) return absl::InvalidArgumentError("event_id is empty");
  NG_ASSIGN_OR_RETURN(std::optional<v1::Event> event, WithReader([&](Connection& conn) {
                        return InReadTransaction(conn, [&](Connection& c) {
                          return FindEvent(c, event_id);
                        });
                      }));
  if (!event.has_value()) {
    return absl::NotFoundError(absl::StrCat("event ", AsAbsl(event_id), " not found"));
  }
  return *std::move(event);
}

absl::StatusOr<EventPage> SqlArticleStore::ListEvents(const ListEventsQuery& query,
                                                         EventSink* sink) {
  NG_ASSIGN_OR_RETURN(const SqlFragment sql, ListEventsSql(query));
  // One statement (its own read transaction) unless an event needs more
  // mentions than its first report holds.
  return WithReader([&](Connection& conn) { return RunListEvents(conn, sql, query, sink); });
}

absl::StatusOr<WatchBatch> SqlArticleStore::WatchEvents(const WatchEventsQuery& query) {
  NG_ASSIGN_OR_RETURN(const SqlFragment sql, WatchEventsSql(query));
  return WithReader([&](Connection& conn) {
    return InReadTransaction(conn, [&](Connection& c) { return RunWatch(c, sql, query); });
  });
}

absl::StatusOr<int64_t> SqlArticleStore::LatestEventSequence() {
  return WithReader([](Connection& conn) { return LatestReportSequence(conn); });
}

absl::Status SqlArticleStore::GetRelationship(std::string_view entity_id,
                                                 std::string_view other_id, int max_events,
                                                 v1::Relationship* out) {
  return WithReader([&](Connection& conn) {
    return InReadTransaction(conn, [&](Connection& c) -> absl::Status {
      NG_RETURN_IF_ERROR(RequireEntities(c, entity_id, other_id, out));
      return ReadRelationship(c, max_events, out);
    });
  });
}

absl::StatusOr<std::vector<v1::RelatedEntity>> SqlArticleStore::ListRelatedEntities(
    const RelatedEntitiesQuery& query) {
  return WithReader([&](Connection& conn) {
    return InReadTransaction(
        conn, [&](Connection& c) -> absl::StatusOr<std::vector<v1::RelatedEntity>> {
          NG_RETURN_IF_ERROR(RequireEntity(c, query.entity_id).status());
          return ReadRelatedEntities(c, query);
        });
  });
}

absl::StatusOr<std::vector<GraphEdge>> SqlArticleStore::GetGraphEdges(
    std::string_view entity_id, int limit) {
  return WithReader([&](Connection& conn) {
    return InReadTransaction(conn, [&](Connection& c) { return ReadGraphEdges(c, entity_id, limit); });
  });
}

absl::StatusOr<int64_t> SqlArticleStore::GetTieWeight(std::string_view entity_id,
                                                      std::string_view other_id) {
  // One row: no read transaction needed.
  return WithReader([&](Connection& conn) { return ReadTieWeight(conn, entity_id, other_id); });
}

absl::StatusOr<v1::PathStep> SqlArticleStore::GetTie(std::string_view entity_id,
                                                        std::string_view other_id) {
  return WithReader([&](Connection& conn) {
    return InReadTransaction(conn, [&](Connection& c) -> absl::StatusOr<v1::PathStep> {
      NG_ASSIGN_OR_RETURN(v1::EntityRef from, RequireEntity(c, entity_id));
      NG_ASSIGN_OR_RETURN(v1::EntityRef to, RequireEntity(c, other_id));
      NG_ASSIGN_OR_RETURN(v1::PathStep step, ReadTie(c, entity_id, other_id));
      *step.mutable_from_entity() = std::move(from);
      *step.mutable_to_entity() = std::move(to);
      return step;
    });
  });
}

absl::StatusOr<std::vector<DatedEventCount>> SqlArticleStore::CountEventsByDate(
    std::string_view entity_id, std::string_view other_id) {
  return WithReader([&](Connection& conn) {
    return InReadTransaction(
        conn, [&](Connection& c) -> absl::StatusOr<std::vector<DatedEventCount>> {
          NG_RETURN_IF_ERROR(RequireEntity(c, entity_id).status());
          if (!other_id.empty()) NG_RETURN_IF_ERROR(RequireEntity(c, other_id).status());
          return ReadDatedEventCounts(c, entity_id, other_id);
        });
  });
}

}  // namespace newsgraph::store::sql
