// Reads of stored events: one event from the kEventColumns of a statement,
// its mentions from event_reports, and the point lookup by id.
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_EVENT_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_EVENT_ROWS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "newsgraph/v1/event.pb.h"
#include "shared/store/sqlite/connection.h"

namespace newsgraph::store::sqlite {

// A stored event as read, with its row and date key (for cursors).
struct EventRow {
  int64_t row = 0;
  std::string date_key;
  v1::Event event;  // name, counts and times set; no mentions yet
  std::string first_report;  // the first report's mentions blob
};

// The event in columns first .. first + kEventColumnCount - 1 of `stmt`.
absl::StatusOr<EventRow> ReadEventColumns(const Statement& stmt, int first);

// Appends the event's mentions, oldest report first, up to `max_mentions`
// (< 0: all).
absl::Status AppendMentions(Connection& conn, int64_t row, int max_mentions, v1::Event* event);

// Gives row.event up to `max_mentions` mentions (< 0: all), from the first
// report read with it when that holds enough.
absl::Status FillMentions(Connection& conn, int max_mentions, EventRow* row);

// Appends the mentions in a report's blob; DATA_LOSS when it is damaged.
absl::Status AppendMentionsBlob(std::string_view blob, int64_t row, v1::Event* event);

// The event with `event_id` and all its mentions, or nullopt.
absl::StatusOr<std::optional<v1::Event>> FindEvent(Connection& conn, std::string_view event_id);

// The event at `row` with up to `max_mentions` mentions; NOT_FOUND (an
// internal inconsistency) when there is none.
absl::StatusOr<v1::Event> LoadEvent(Connection& conn, int64_t row, int max_mentions);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_EVENT_ROWS_H_
