// Reads of stored events: one event from the kEventColumns of a statement,
// as a StoredEvent (the stored bytes, for an EventSink) or decoded into a
// message, with the reports its mentions come from; and the point lookups.
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_EVENT_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_EVENT_ROWS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/event.pb.h"
#include "shared/store/sql/connection.h"
#include "shared/store/stored_event.h"

namespace newsgraph::store::sql {

// The store's row number and date key of the event in columns first ..
// of `stmt` (for cursors).
int64_t EventRowColumn(const Statement& stmt, int first);
std::string_view EventDateKeyColumn(const Statement& stmt, int first);

// The event in columns first .. first + kEventColumnCount - 1 of `stmt`, as
// stored, with the reports that hold its first `max_mentions` mentions
// (< 0: all): the first report, stored with the event, and only when that
// holds fewer than wanted, every report from event_reports, whose bytes
// `later_reports` keeps. The views are valid while `stmt` stays on its row
// and `later_reports` lives.
absl::StatusOr<StoredEvent> ViewEvent(Connection& conn, const Statement& stmt, int first,
                                      int max_mentions, std::vector<std::string>* later_reports);

// ViewEvent decoded into `event` (an empty message). DATA_LOSS for a
// damaged record.
absl::Status ReadEvent(Connection& conn, const Statement& stmt, int first, int max_mentions,
                       v1::Event* event);

// The event with `event_id` and all its mentions, or nullopt.
absl::StatusOr<std::optional<v1::Event>> FindEvent(Connection& conn, std::string_view event_id);

// The event at `row` with up to `max_mentions` mentions; NOT_FOUND (an
// internal inconsistency) when there is none.
absl::StatusOr<v1::Event> LoadEvent(Connection& conn, int64_t row, int max_mentions);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_EVENT_ROWS_H_
