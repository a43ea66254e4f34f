#include "shared/metrics/process_collector.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <map>
#include <string>

#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "prometheus/metric_family.h"

namespace newsgraph::metrics {
namespace {

// Each family's one value, by name.
std::map<std::string, double> Values() {
  std::map<std::string, double> out;
  for (const prometheus::MetricFamily& family : ProcessCollector().Collect()) {
    EXPECT_EQ(family.metric.size(), 1u) << family.name;
    if (family.metric.empty()) continue;
    const prometheus::ClientMetric& m = family.metric[0];
    out[family.name] =
        family.type == prometheus::MetricType::Counter ? m.counter.value : m.gauge.value;
  }
  return out;
}

TEST(ProcessCollectorTest, ReportsTheStandardProcessMetrics) {
  const std::map<std::string, double> values = Values();
  for (const char* name : {"process_cpu_seconds_total", "process_resident_memory_bytes",
                           "process_virtual_memory_bytes", "process_open_fds", "process_max_fds",
                           "process_start_time_seconds"}) {
    EXPECT_EQ(values.count(name), 1u) << name;
  }
  EXPECT_GT(values.at("process_resident_memory_bytes"), 1 << 20);
  EXPECT_GE(values.at("process_virtual_memory_bytes"), values.at("process_resident_memory_bytes"));
  rlimit limit{};
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &limit), 0);
  EXPECT_EQ(values.at("process_max_fds"), static_cast<double>(limit.rlim_cur));
  // The test started moments ago (the clock ticks are 10 ms).
  const double now = absl::ToDoubleSeconds(absl::Now() - absl::UnixEpoch());
  EXPECT_LE(values.at("process_start_time_seconds"), now + 1);
  EXPECT_GT(values.at("process_start_time_seconds"), now - 600);
}

TEST(ProcessCollectorTest, CountsOpenDescriptors) {
  const double before = Values().at("process_open_fds");
  const int fd = open("/dev/null", O_RDONLY);
  ASSERT_GE(fd, 0);
  EXPECT_EQ(Values().at("process_open_fds"), before + 1);
  close(fd);
  EXPECT_EQ(Values().at("process_open_fds"), before);
}

double ProcessCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

TEST(ProcessCollectorTest, CpuTimeGrowsWithWork) {
  const double before = Values().at("process_cpu_seconds_total");
  // 0.2 s of this process's CPU time, however long the machine takes to
  // give it; /proc counts in ticks of 10 ms.
  const double until = ProcessCpuSeconds() + 0.2;
  volatile uint64_t spin = 0;
  while (ProcessCpuSeconds() < until) spin = spin + 1;
  EXPECT_GE(Values().at("process_cpu_seconds_total"), before + 0.15);
}

}  // namespace
}  // namespace newsgraph::metrics
