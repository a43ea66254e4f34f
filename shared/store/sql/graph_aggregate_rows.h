// The graph aggregates (schema version 5), kept in step with the rows they
// summarize by the event writer, in the same write transaction, so that an
// entity's timeline and related entities read a bounded number of rows
// however many events and relations a hub has:
//  * entity_event_days: per entity, first day and quad class, the events
//    it takes part in as actor or recipient (what a timeline counts);
//  * related_tallies: per ordered pair, an internal::v1::RelatedTally of
//    the pair's events (pair_events) and of the articles stating relations
//    between them (entity_relations), with its weight, indexed per entity
//    heaviest first (what related entities and graph edges read).
//
// Writers collect one article's changes in a GraphAggregateDeltas and flush
// them once: one write per (entity, day, quad class) and per pair.
//
// Thread-safety: a GraphAggregateDeltas is used by one thread. The
// functions use the caller's connection, from the caller's thread; writes
// run inside the caller's write transaction.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_GRAPH_AGGREGATE_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_GRAPH_AGGREGATE_ROWS_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/internal/v1/related_tally.pb.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// The changes one article makes to the aggregates, until flushed.
class GraphAggregateDeltas {
 public:
  // The entity became an actor or recipient of an event (first day
  // `date_key`, "" when undated) that it was not one of before.
  void AddTimelineEvent(std::string_view entity_id, std::string_view date_key, int quad_class);

  // A pair_events row (a, b) was added, of `category`.
  void AddPairEvent(std::string_view a, std::string_view b, int category);

  // The article states a relation of `type` from `subject` to `object`;
  // counted once per article however many of its sentences state it.
  void AddRelation(std::string_view subject, std::string_view object, std::string_view type);

  // Writes the changes and forgets them.
  absl::Status Flush(Connection& conn);

 private:
  std::map<std::tuple<std::string, std::string, int>, int64_t> timeline_;
  std::map<std::pair<std::string, std::string>, internal::v1::RelatedTally> tallies_;
  std::set<std::tuple<std::string, std::string, std::string>> relations_;
};

// Builds entity_event_days and related_tallies from the rows stored before
// (the migration to version 5 runs it once).
absl::Status BackfillGraphAggregates(Connection& conn);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_GRAPH_AGGREGATE_ROWS_H_
