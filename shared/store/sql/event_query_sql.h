// SQL for the event reads: the typed EventFilter as a condition over the
// `events` table (alias `e`), and the listing and watch statements.
// Values are bound, never spliced into the text.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_EVENT_QUERY_SQL_H_
#define NEWSGRAPH_SHARED_STORE_SQL_EVENT_QUERY_SQL_H_

#include "absl/status/statusor.h"
#include "shared/store/event_query.h"
#include "shared/store/sql/sql_fragment.h"

namespace newsgraph::store::sql {

// The columns every event read selects, in the order ReadEventColumns
// expects, from `events e`; the last is the first report's mentions blob,
// so that a listing with one mention per event needs no other statement.
inline constexpr char kEventColumns[] =
    "e.event_row, e.date_key, e.num_mentions, e.num_articles, e.num_sources, "
    "e.first_seen_us, e.last_seen_us, e.record, e.first_mentions";
inline constexpr int kEventColumnCount = 9;

// A boolean SQL expression over `events e`; INVALID_ARGUMENT for an
// operator the field does not take or an empty combination.
absl::StatusOr<SqlFragment> EventFilterToSql(const EventFilter& filter);

// The page (limit + 1 rows, to tell whether more follow).
absl::StatusOr<SqlFragment> ListEventsSql(const ListEventsQuery& query);

// The reports after the query's sequence, with their event: columns
// report_seq, new_event, mentions, article_id, then kEventColumns.
absl::StatusOr<SqlFragment> WatchEventsSql(const WatchEventsQuery& query);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_EVENT_QUERY_SQL_H_
