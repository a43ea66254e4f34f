// Reads of stored events: one event from the kEventColumns of a statement
// (parsed straight into the caller's message, which may live on the
// caller's arena), its mentions from event_reports, and the point lookup
// by id.
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_EVENT_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_EVENT_ROWS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/event.pb.h"
#include "shared/store/sqlite/connection.h"

namespace newsgraph::store::sqlite {

// The store's row number and date key of the event in columns first ..
// of `stmt` (for cursors).
int64_t EventRowColumn(const Statement& stmt, int first);
std::string_view EventDateKeyColumn(const Statement& stmt, int first);

// Parses the event in columns first .. first + kEventColumnCount - 1 of
// `stmt` into `event` (an empty message): its record, counts and times,
// and up to `max_mentions` mentions (< 0: all), from the first report
// stored with it and, only when that holds fewer than wanted, from
// event_reports. `stmt` stays on its row. DATA_LOSS for a damaged record.
absl::Status ReadEvent(Connection& conn, const Statement& stmt, int first, int max_mentions,
                       v1::Event* event);

// Appends up to `max_mentions` (< 0: all) of the mentions in a report's
// blob, parsing no more of it than that; DATA_LOSS when it is damaged.
absl::Status AppendMentionsBlob(std::string_view blob, int64_t row, int max_mentions,
                                v1::Event* event);

// The event with `event_id` and all its mentions, or nullopt.
absl::StatusOr<std::optional<v1::Event>> FindEvent(Connection& conn, std::string_view event_id);

// The event at `row` with up to `max_mentions` mentions; NOT_FOUND (an
// internal inconsistency) when there is none.
absl::StatusOr<v1::Event> LoadEvent(Connection& conn, int64_t row, int max_mentions);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_EVENT_ROWS_H_
