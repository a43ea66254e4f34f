#include "shared/store/sqlite/event_rows.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/wire_format_lite.h"
#include "shared/base/status_macros.h"
#include "shared/store/sqlite/article_codec.h"
#include "shared/store/sqlite/event_query_sql.h"

namespace newsgraph::store::sqlite {
namespace {

using google::protobuf::internal::WireFormatLite;

absl::Status DamagedReport(int64_t row) {
  return absl::DataLossError(absl::StrCat("a report of event row ", row, " is damaged"));
}

// Appends the event's mentions from event_reports, oldest report first, up
// to `max_mentions` (< 0: all).
absl::Status AppendStoredMentions(Connection& conn, int64_t row, int max_mentions,
                                  v1::Event* event) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT mentions FROM event_reports WHERE event_row = ? "
                                   "ORDER BY report_seq"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, row));
  while (max_mentions < 0 || event->mentions_size() < max_mentions) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    const int room = max_mentions < 0 ? -1 : max_mentions - event->mentions_size();
    NG_RETURN_IF_ERROR(AppendMentionsBlob(stmt->ColumnBlob(0), row, room, event));
  }
  return absl::OkStatus();
}

}  // namespace

int64_t EventRowColumn(const Statement& stmt, int first) { return stmt.ColumnInt64(first); }

std::string_view EventDateKeyColumn(const Statement& stmt, int first) {
  return stmt.ColumnText(first + 1);
}

absl::Status ReadEvent(Connection& conn, const Statement& stmt, int first, int max_mentions,
                       v1::Event* event) {
  static_assert(kEventColumnCount == 9, "update ReadEvent");
  const int64_t row = stmt.ColumnInt64(first);
  const std::string_view record = stmt.ColumnBlob(first + 7);
  if (!event->ParseFromArray(record.data(), static_cast<int>(record.size()))) {
    return absl::DataLossError(absl::StrCat("event row ", row, " has a damaged record"));
  }
  event->set_num_mentions(static_cast<int32_t>(stmt.ColumnInt64(first + 2)));
  event->set_num_articles(static_cast<int32_t>(stmt.ColumnInt64(first + 3)));
  event->set_num_sources(static_cast<int32_t>(stmt.ColumnInt64(first + 4)));
  *event->mutable_first_seen_time() = MicrosToTimestamp(stmt.ColumnInt64(first + 5));
  *event->mutable_last_seen_time() = MicrosToTimestamp(stmt.ColumnInt64(first + 6));
  if (max_mentions == 0) return absl::OkStatus();
  NG_RETURN_IF_ERROR(AppendMentionsBlob(stmt.ColumnBlob(first + 8), row, max_mentions, event));
  const int have = event->mentions_size();
  if ((max_mentions > 0 && have >= max_mentions) || have >= event->num_mentions()) {
    return absl::OkStatus();
  }
  // The first report holds fewer than wanted: read them all in report order.
  event->clear_mentions();
  return AppendStoredMentions(conn, row, max_mentions, event);
}

absl::Status AppendMentionsBlob(std::string_view blob, int64_t row, int max_mentions,
                                v1::Event* event) {
  // The blob is an Event holding only mentions: read it field by field and
  // parse the mentions wanted, skipping the rest unparsed.
  constexpr uint32_t kMentionTag = WireFormatLite::MakeTag(
      v1::Event::kMentionsFieldNumber, WireFormatLite::WIRETYPE_LENGTH_DELIMITED);
  google::protobuf::io::CodedInputStream in(reinterpret_cast<const uint8_t*>(blob.data()),
                                            static_cast<int>(blob.size()));
  for (int added = 0; max_mentions < 0 || added < max_mentions;) {
    const uint32_t tag = in.ReadTag();
    if (tag == 0) {
      if (in.CurrentPosition() != static_cast<int>(blob.size())) return DamagedReport(row);
      break;
    }
    if (tag != kMentionTag) {
      if (!WireFormatLite::SkipField(&in, tag)) return DamagedReport(row);
      continue;
    }
    uint32_t length = 0;
    if (!in.ReadVarint32(&length)) return DamagedReport(row);
    const int start = in.CurrentPosition();
    if (length > blob.size() - static_cast<size_t>(start)) return DamagedReport(row);
    if (!event->add_mentions()->ParseFromArray(blob.data() + start, static_cast<int>(length)) ||
        !in.Skip(static_cast<int>(length))) {
      return DamagedReport(row);
    }
    ++added;
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

}  // namespace newsgraph::store::sqlite
