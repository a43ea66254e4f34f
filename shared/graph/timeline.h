// Event counts per day, ISO week or month, from counts per first day.
// Plain C++.
#ifndef NEWSGRAPH_SHARED_GRAPH_TIMELINE_H_
#define NEWSGRAPH_SHARED_GRAPH_TIMELINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "newsgraph/v1/graph.pb.h"
#include "newsgraph/v1/query_service.pb.h"
#include "shared/store/event_query.h"

namespace newsgraph::graph {

// The first day ("YYYY-MM-DD") of the bucket that holds `day_key`: the day
// itself, the Monday of its ISO week, or the 1st of its month.
// INVALID_ARGUMENT for a key that is not a date.
absl::StatusOr<std::string> BucketStart(std::string_view day_key, v1::TimeGranularity granularity);

// Buckets `rows` (any order; "" date keys are undated) that fall within
// [first_day, last_day] ("" for open ends), oldest first.
absl::StatusOr<v1::GetTimelineResponse> BuildTimeline(
    const std::vector<store::DatedEventCount>& rows, v1::TimeGranularity granularity,
    std::string_view first_day, std::string_view last_day);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_SHARED_GRAPH_TIMELINE_H_
