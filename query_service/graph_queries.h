// GraphQueries: the logic behind the QueryService's graph methods in plain
// C++ (no gRPC): GetRelationship, ListRelatedEntities, FindPaths
// (shared/graph/path_finder.h over the store's edges, then the evidence of
// each step) and GetTimeline (shared/graph/timeline.h). Validates requests
// and applies the size limits.
//
// ListRelatedEntitiesRequest.filter: comparisons joined by AND only:
//   kind = EVENT | RELATION | a PLOVER category (CONSULT, ...) | a standing
//          relation type (ROLE, MEMBER_OF, PART_OF, LOCATED_IN,
//          AFFILIATED_WITH, RELATIVE_OF)
//   date >= > <= <  "YYYY-MM-DD", "YYYY-MM" or "YYYY" (events only)
//   type = !=  PERSON, ORGANIZATION, LOCATION, MISC (the related entity)
//
// Thread-safe: holds only a pointer to the thread-safe store, which it does
// not own and which must outlive it.
#ifndef NEWSGRAPH_QUERY_SERVICE_GRAPH_QUERIES_H_
#define NEWSGRAPH_QUERY_SERVICE_GRAPH_QUERIES_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "newsgraph/v1/query_service.pb.h"
#include "shared/store/article_store.h"

namespace newsgraph::query {

inline constexpr int kDefaultRelationshipEvents = 5;
inline constexpr int kMaxRelationshipEvents = 50;
inline constexpr int kDefaultRelatedEntities = 20;
inline constexpr int kMaxRelatedEntities = 100;
inline constexpr int kDefaultPathHops = 3;
inline constexpr int kMaxPathHops = 4;
inline constexpr int kDefaultPaths = 5;
inline constexpr int kMaxPaths = 20;

class GraphQueries {
 public:
  explicit GraphQueries(store::ArticleStore* store) : store_(store) {}

  // Fills `response` (empty, the caller's, on its arena if it has one).
  // INVALID_ARGUMENT for malformed names, the same entity twice or a bad
  // size; NOT_FOUND for an unknown entity.
  absl::Status GetRelationship(const v1::GetRelationshipRequest& request,
                               v1::GetRelationshipResponse* response) const;

  absl::StatusOr<v1::ListRelatedEntitiesResponse> ListRelatedEntities(
      const v1::ListRelatedEntitiesRequest& request) const;

  absl::StatusOr<v1::FindPathsResponse> FindPaths(const v1::FindPathsRequest& request) const;

  absl::StatusOr<v1::GetTimelineResponse> GetTimeline(const v1::GetTimelineRequest& request) const;

 private:
  store::ArticleStore* const store_;
};

// Parses ListRelatedEntitiesRequest.filter into `query` (see above).
absl::Status ParseRelatedFilter(std::string_view text, store::RelatedEntitiesQuery* query);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_GRAPH_QUERIES_H_
