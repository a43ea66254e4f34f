#include "query_service/latest_report_cache.h"

#include "absl/time/clock.h"
#include "shared/base/status_macros.h"

namespace newsgraph::query {

absl::StatusOr<int64_t> LatestReportCache::Latest() {
  absl::MutexLock lock(&mu_);
  const absl::Time now = absl::Now();
  if (now - read_at_ < max_age_) return latest_;
  NG_ASSIGN_OR_RETURN(latest_, queries_->LatestReportSequence());
  read_at_ = now;
  return latest_;
}

}  // namespace newsgraph::query
