// Pair statistics: the event counts of an ordered pair of entities by
// category, quad class and month, with first and last dates and score sums
// (internal::v1::PairStats), built one event at a time, and turned into the
// statistics fields of a v1::Relationship. The store keeps one PairStats per
// pair and adds each event as it stores it, so that a relationship lookup
// reads one record whatever the number of events.
//
// Plain functions over messages the caller owns; no I/O.
#ifndef NEWSGRAPH_SHARED_GRAPH_PAIR_STATS_H_
#define NEWSGRAPH_SHARED_GRAPH_PAIR_STATS_H_

#include <string_view>

#include "newsgraph/internal/v1/pair_stats.pb.h"
#include "newsgraph/v1/graph.pb.h"

namespace newsgraph::graph {

// What the statistics need of one event.
struct PairEventFacts {
  int category = 0;    // an EventCategory value
  int quad_class = 0;  // a QuadClass value
  double score = 0;
  std::string_view date_key;   // first day, YYYY-MM-DD; empty when undated
  std::string_view date_text;  // the date at its precision
};

// Counts `event` in `stats`.
void AddToPairStats(const PairEventFacts& event, internal::v1::PairStats* stats);

// Sets the statistics fields of `out` from `stats`: event_count,
// mean_score, quad_class_counts, first_date, last_date, months and
// categories (most events first; ties by category value).
void FillRelationshipStats(const internal::v1::PairStats& stats, v1::Relationship* out);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_SHARED_GRAPH_PAIR_STATS_H_
