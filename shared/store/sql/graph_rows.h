// Reads of the entity graph: entity references, a pair's relationship, an
// entity's related entities and edges, the evidence of one tie, and event
// counts by date for timelines. Built on pair_events, entity_relations and
// event_participants (schema version 3), and on the aggregates of version 5
// (graph_aggregate_rows.h) for what hubs would otherwise make slow: an
// entity's timeline, its unfiltered related entities and its edges.
//
// Thread-safety: uses the caller's connection, from the caller's thread;
// callers run multi-statement reads in one read transaction.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_GRAPH_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_GRAPH_ROWS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "newsgraph/v1/graph.pb.h"
#include "shared/store/event_query.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// The entity's reference, or nullopt when there is no such entity.
absl::StatusOr<std::optional<v1::EntityRef>> FindEntityRef(Connection& conn,
                                                           std::string_view entity_id);

// Reads the entity's reference into `ref`; false when there is no such
// entity.
absl::StatusOr<bool> ReadEntityRef(Connection& conn, std::string_view entity_id,
                                   v1::EntityRef* ref);

// Reads two entities' references in one statement; whether each exists.
absl::StatusOr<std::pair<bool, bool>> ReadEntityRefs(Connection& conn, std::string_view first,
                                                     std::string_view second,
                                                     v1::EntityRef* first_ref,
                                                     v1::EntityRef* second_ref);

// The relationship of two existing entities, whose references `out`
// already holds (entity, other_entity); fills in the rest.
absl::Status ReadRelationship(Connection& conn, int max_events, v1::Relationship* out);

// The entities related to query.entity_id, heaviest first (ties by id):
// the first rows of related_tallies when the query filters only on the
// related entity's type, else ReadRelatedEntitiesFromRows.
absl::StatusOr<std::vector<v1::RelatedEntity>> ReadRelatedEntities(
    Connection& conn, const RelatedEntitiesQuery& query);

// The same answer recomputed from every pair_events and entity_relations
// row of the entity, for any filter.
absl::StatusOr<std::vector<v1::RelatedEntity>> ReadRelatedEntitiesFromRows(
    Connection& conn, const RelatedEntitiesQuery& query);

// The heaviest `limit` edges of an entity (events and relations) to
// existing entities, heaviest first (ties by id).
absl::StatusOr<std::vector<GraphEdge>> ReadGraphEdges(Connection& conn, std::string_view entity_id,
                                                      int limit);

// The weight of the edge between two entities; 0 when they are not tied.
absl::StatusOr<int64_t> ReadTieWeight(Connection& conn, std::string_view entity_id,
                                      std::string_view other_id);

// Why two entities are tied: standing relations first, else their latest
// event; from_entity/to_entity are left for the caller.
absl::StatusOr<v1::PathStep> ReadTie(Connection& conn, std::string_view entity_id,
                                     std::string_view other_id);

// Events of an entity (as actor or recipient; from entity_event_days), or
// of the pair when other_id is not empty (from pair_events), counted per
// first day and quad class.
absl::StatusOr<std::vector<DatedEventCount>> ReadDatedEventCounts(Connection& conn,
                                                                  std::string_view entity_id,
                                                                  std::string_view other_id);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_GRAPH_ROWS_H_
