// LatestReportCache: the store's latest event report sequence, read from
// the store at most once per `max_age` however many watches ask. An idle
// watch (watch_reactor.h) compares it with its position and queries the
// store only when something is new, so that many idle watches cost one
// cheap read per interval, not one filtered query each per poll.
//
// Thread-safe. `queries` is not owned and must outlive the cache.
#ifndef NEWSGRAPH_QUERY_SERVICE_LATEST_REPORT_CACHE_H_
#define NEWSGRAPH_QUERY_SERVICE_LATEST_REPORT_CACHE_H_

#include <cstdint>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "query_service/event_queries.h"

namespace newsgraph::query {

// How stale the latest report sequence that idle watches check first may be.
inline constexpr absl::Duration kLatestReportMaxAge = absl::Milliseconds(10);

class LatestReportCache {
 public:
  LatestReportCache(const EventQueries* queries, absl::Duration max_age)
      : queries_(queries), max_age_(max_age) {}

  // The latest sequence as the store had it at most max_age ago; a store
  // error is returned as it is (and the next call reads again).
  absl::StatusOr<int64_t> Latest();

 private:
  const EventQueries* const queries_;
  const absl::Duration max_age_;
  absl::Mutex mu_;
  int64_t latest_ ABSL_GUARDED_BY(mu_) = 0;
  absl::Time read_at_ ABSL_GUARDED_BY(mu_) = absl::InfinitePast();
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_LATEST_REPORT_CACHE_H_
