#include "shared/store/sqlite/event_rows.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/sqlite/article_codec.h"
#include "shared/store/sqlite/event_query_sql.h"

namespace newsgraph::store::sqlite {

absl::StatusOr<EventRow> ReadEventColumns(const Statement& stmt, int first) {
  EventRow out;
  out.row = stmt.ColumnInt64(first);
  out.date_key = std::string(stmt.ColumnText(first + 1));
  const std::string_view blob = stmt.ColumnBlob(first + 7);
  static_assert(kEventColumnCount == 9, "update ReadEventColumns");
  if (!out.event.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    return absl::DataLossError(absl::StrCat("event row ", out.row, " has a damaged record"));
  }
  out.event.set_num_mentions(static_cast<int32_t>(stmt.ColumnInt64(first + 2)));
  out.event.set_num_articles(static_cast<int32_t>(stmt.ColumnInt64(first + 3)));
  out.event.set_num_sources(static_cast<int32_t>(stmt.ColumnInt64(first + 4)));
  *out.event.mutable_first_seen_time() = MicrosToTimestamp(stmt.ColumnInt64(first + 5));
  *out.event.mutable_last_seen_time() = MicrosToTimestamp(stmt.ColumnInt64(first + 6));
  out.first_report = std::string(stmt.ColumnBlob(first + 8));
  return out;
}

absl::Status AppendMentionsBlob(std::string_view blob, int64_t row, v1::Event* event) {
  v1::Event report;
  if (!report.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    return absl::DataLossError(absl::StrCat("a report of event row ", row, " is damaged"));
  }
  for (v1::EventMention& m : *report.mutable_mentions()) *event->add_mentions() = std::move(m);
  return absl::OkStatus();
}

absl::Status AppendMentions(Connection& conn, int64_t row, int max_mentions, v1::Event* event) {
  if (max_mentions == 0) return absl::OkStatus();
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT mentions FROM event_reports WHERE event_row = ? "
                                   "ORDER BY report_seq"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, row));
  while (max_mentions < 0 || event->mentions_size() < max_mentions) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    NG_RETURN_IF_ERROR(AppendMentionsBlob(stmt->ColumnBlob(0), row, event));
  }
  if (max_mentions >= 0) {
    while (event->mentions_size() > max_mentions) event->mutable_mentions()->RemoveLast();
  }
  return absl::OkStatus();
}

absl::Status FillMentions(Connection& conn, int max_mentions, EventRow* row) {
  if (max_mentions == 0) return absl::OkStatus();
  NG_RETURN_IF_ERROR(AppendMentionsBlob(row->first_report, row->row, &row->event));
  const int have = row->event.mentions_size();
  if (max_mentions > 0 && have >= max_mentions) {
    while (row->event.mentions_size() > max_mentions) row->event.mutable_mentions()->RemoveLast();
    return absl::OkStatus();
  }
  if (have >= row->event.num_mentions()) return absl::OkStatus();
  row->event.clear_mentions();
  return AppendMentions(conn, row->row, max_mentions, &row->event);
}

absl::StatusOr<std::optional<v1::Event>> FindEvent(Connection& conn, std::string_view event_id) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare(absl::StrCat("SELECT ", kEventColumns, " FROM events e WHERE e.event_id = ?")));
  NG_RETURN_IF_ERROR(stmt->BindText(1, event_id));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return std::nullopt;
  NG_ASSIGN_OR_RETURN(EventRow row, ReadEventColumns(*stmt, 0));
  stmt->Reset();
  NG_RETURN_IF_ERROR(FillMentions(conn, -1, &row));
  return std::move(row.event);
}

absl::StatusOr<v1::Event> LoadEvent(Connection& conn, int64_t row, int max_mentions) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare(absl::StrCat("SELECT ", kEventColumns, " FROM events e WHERE e.event_row = ?")));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, row));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::NotFoundError(absl::StrCat("no event at row ", row));
  NG_ASSIGN_OR_RETURN(EventRow event, ReadEventColumns(*stmt, 0));
  stmt->Reset();
  NG_RETURN_IF_ERROR(FillMentions(conn, max_mentions, &event));
  return std::move(event.event);
}

}  // namespace newsgraph::store::sqlite
