// ResponseCacheMetrics: the response cache's Prometheus metrics, as its
// observer (response_cache.h):
//   newsgraph_query_response_cache_lookups_total{result="hit"|"miss"}
//   newsgraph_query_response_cache_entries   answers kept now
//   newsgraph_query_response_cache_bytes     their keys and answers
// A cache that is off counts nothing.
//
// The metrics live in `registry`, which must outlive this object; this
// object must outlive the cache it observes. Thread-safe.
#ifndef NEWSGRAPH_QUERY_SERVICE_RESPONSE_CACHE_METRICS_H_
#define NEWSGRAPH_QUERY_SERVICE_RESPONSE_CACHE_METRICS_H_

#include <cstdint>

#include "prometheus/counter.h"
#include "prometheus/gauge.h"
#include "prometheus/registry.h"
#include "query_service/response_cache.h"

namespace newsgraph::query {

class ResponseCacheMetrics final : public ResponseCache::Observer {
 public:
  explicit ResponseCacheMetrics(prometheus::Registry* registry);

  void OnLookup(bool hit) override { (hit ? hits_ : misses_)->Increment(); }
  void OnSize(int64_t entries, int64_t bytes) override;

 private:
  prometheus::Counter* hits_ = nullptr;
  prometheus::Counter* misses_ = nullptr;
  prometheus::Gauge* entries_ = nullptr;
  prometheus::Gauge* bytes_ = nullptr;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_RESPONSE_CACHE_METRICS_H_
