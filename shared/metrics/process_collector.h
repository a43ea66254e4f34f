// ProcessCollector: the process metrics every Prometheus client library
// exports, read from /proc at each scrape:
//
//   process_cpu_seconds_total          user and system CPU time
//   process_resident_memory_bytes      resident set size
//   process_virtual_memory_bytes       virtual memory size
//   process_open_fds                   open file descriptors
//   process_max_fds                    the soft limit on them
//   process_start_time_seconds         start time, seconds since the epoch
//
// A metric whose /proc file cannot be read is left out of the scrape.
//
// Thread-safe: it holds no state.
//
// Example:
//   MetricsHttpServer server({registry, std::make_shared<ProcessCollector>()});
#ifndef NEWSGRAPH_SHARED_METRICS_PROCESS_COLLECTOR_H_
#define NEWSGRAPH_SHARED_METRICS_PROCESS_COLLECTOR_H_

#include <vector>

#include "prometheus/collectable.h"
#include "prometheus/metric_family.h"

namespace newsgraph::metrics {

class ProcessCollector final : public prometheus::Collectable {
 public:
  std::vector<prometheus::MetricFamily> Collect() const override;
};

}  // namespace newsgraph::metrics

#endif  // NEWSGRAPH_SHARED_METRICS_PROCESS_COLLECTOR_H_
