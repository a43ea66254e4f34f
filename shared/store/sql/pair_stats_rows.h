// The pair_stats table (schema version 4): one internal::v1::PairStats per
// ordered pair of entities that an event ties, kept in step with
// pair_events by the event writer, so that a relationship's statistics are
// one row whatever the number of the pair's events.
//
// Thread-safety: uses the caller's connection, from the caller's thread;
// writes run inside the caller's write transaction.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_PAIR_STATS_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_PAIR_STATS_ROWS_H_

#include <string_view>

#include "absl/status/status.h"
#include "newsgraph/v1/graph.pb.h"
#include "shared/graph/pair_stats.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// Counts one more event of the pair (a, b).
absl::Status AddEventToPairStats(Connection& conn, std::string_view a, std::string_view b,
                                 const graph::PairEventFacts& event);

// Sets the statistics fields of `out` (see graph::FillRelationshipStats)
// for the pair (a, b); zero counts when no event ties them. DATA_LOSS for a
// damaged record.
absl::Status ReadPairStats(Connection& conn, std::string_view a, std::string_view b,
                           v1::Relationship* out);

// Builds every pair's statistics from pair_events (the migration to
// version 4 runs it once, for events stored before).
absl::Status BackfillPairStats(Connection& conn);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_PAIR_STATS_ROWS_H_
