#include "shared/store/sql/event_rows.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/event_sinks.h"
#include "shared/store/sql/event_query_sql.h"

namespace newsgraph::store::sql {

int64_t EventRowColumn(const Statement& stmt, int first) { return stmt.ColumnInt64(first); }

std::string_view EventDateKeyColumn(const Statement& stmt, int first) {
  return stmt.ColumnText(first + 1);
}

absl::StatusOr<StoredEvent> ViewEvent(Connection& conn, const Statement& stmt, int first,
                                      int max_mentions, std::vector<std::string>* later_reports) {
  static_assert(kEventColumnCount == 9, "update ViewEvent");
  StoredEvent event;
  const int64_t row = stmt.ColumnInt64(first);
  event.num_mentions = static_cast<int32_t>(stmt.ColumnInt64(first + 2));
  event.num_articles = static_cast<int32_t>(stmt.ColumnInt64(first + 3));
  event.num_sources = static_cast<int32_t>(stmt.ColumnInt64(first + 4));
  event.first_seen_us = stmt.ColumnInt64(first + 5);
  event.last_seen_us = stmt.ColumnInt64(first + 6);
  event.record = stmt.ColumnBlob(first + 7);
  event.max_mentions = max_mentions;
  if (max_mentions == 0) return event;
  const std::string_view first_report = stmt.ColumnBlob(first + 8);
  event.reports.push_back(first_report);
  // Only whether the first report holds enough matters: count no further.
  NG_ASSIGN_OR_RETURN(const int have, CountMentions(first_report, max_mentions));
  if ((max_mentions > 0 && have >= max_mentions) || have >= event.num_mentions) return event;
  // The first report holds fewer than wanted: every report, in order.
  NG_ASSIGN_OR_RETURN(StatementLease reports,
                      conn.Prepare("SELECT mentions FROM event_reports WHERE event_row = ? "
                                   "ORDER BY report_seq"));
  NG_RETURN_IF_ERROR(reports->BindInt64(1, row));
  later_reports->clear();
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, reports->Step());
    if (!has_row) break;
    later_reports->emplace_back(reports->ColumnBlob(0));
  }
  event.reports.assign(later_reports->begin(), later_reports->end());
  return event;
}

absl::Status ReadEvent(Connection& conn, const Statement& stmt, int first, int max_mentions,
                       v1::Event* event) {
  std::vector<std::string> later_reports;
  NG_ASSIGN_OR_RETURN(const StoredEvent stored,
                      ViewEvent(conn, stmt, first, max_mentions, &later_reports));
  absl::Status status = DecodeStoredEvent(stored, event);
  if (!status.ok()) {
    return absl::DataLossError(absl::StrCat("event row ", EventRowColumn(stmt, first), ": ",
                                            status.message()));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::optional<v1::Event>> FindEvent(Connection& conn, std::string_view event_id) {
  static const std::string* const sql =
      new std::string(absl::StrCat("SELECT ", kEventColumns, " FROM events e WHERE e.event_id = ?"));
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(*sql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, event_id));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return std::nullopt;
  v1::Event event;
  NG_RETURN_IF_ERROR(ReadEvent(conn, *stmt, 0, -1, &event));
  return event;
}

absl::StatusOr<v1::Event> LoadEvent(Connection& conn, int64_t row, int max_mentions) {
  static const std::string* const sql = new std::string(
      absl::StrCat("SELECT ", kEventColumns, " FROM events e WHERE e.event_row = ?"));
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(*sql));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, row));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::NotFoundError(absl::StrCat("no event at row ", row));
  v1::Event event;
  NG_RETURN_IF_ERROR(ReadEvent(conn, *stmt, 0, max_mentions, &event));
  return event;
}

}  // namespace newsgraph::store::sql
