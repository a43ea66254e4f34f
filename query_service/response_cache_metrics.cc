#include "query_service/response_cache_metrics.h"

namespace newsgraph::query {

ResponseCacheMetrics::ResponseCacheMetrics(prometheus::Registry* registry) {
  auto& lookups = prometheus::BuildCounter()
                      .Name("newsgraph_query_response_cache_lookups_total")
                      .Help("Unary lookups the response cache answered (hit) or not (miss).")
                      .Register(*registry);
  hits_ = &lookups.Add({{"result", "hit"}});
  misses_ = &lookups.Add({{"result", "miss"}});
  entries_ = &prometheus::BuildGauge()
                  .Name("newsgraph_query_response_cache_entries")
                  .Help("Answers the response cache keeps now.")
                  .Register(*registry)
                  .Add({});
  bytes_ = &prometheus::BuildGauge()
                .Name("newsgraph_query_response_cache_bytes")
                .Help("Bytes of the keys and answers the response cache keeps now.")
                .Register(*registry)
                .Add({});
}

void ResponseCacheMetrics::OnSize(int64_t entries, int64_t bytes) {
  entries_->Set(static_cast<double>(entries));
  bytes_->Set(static_cast<double>(bytes));
}

}  // namespace newsgraph::query
