#include "shared/server/server_metrics.h"

#include <utility>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "shared/metrics/process_collector.h"
#include "shared/server/json_log.h"
#include "shared/server/port_file.h"

ABSL_FLAG(std::string, metrics_listen, "",
          "Serve Prometheus metrics at GET /metrics on this HOST:PORT ([IPV6]:PORT; port 0 picks "
          "a free port). Empty: no metrics endpoint.");
ABSL_FLAG(std::string, metrics_port_file, "",
          "If set, the bound metrics port is written to this file once it is serving.");

namespace newsgraph::server {
namespace {

// The services every ServerRunner serves besides the binary's own.
constexpr const char* kRunnerServices[] = {"grpc.health.v1.Health",
                                           "grpc.reflection.v1alpha.ServerReflection"};

}  // namespace

MetricsConfig MetricsConfigFromFlags() {
  MetricsConfig config;
  config.listen_address = absl::GetFlag(FLAGS_metrics_listen);
  config.port_file = absl::GetFlag(FLAGS_metrics_port_file);
  return config;
}

absl::StatusOr<std::unique_ptr<ServerMetrics>> ServerMetrics::Create(
    MetricsConfig config, const std::vector<std::string>& services) {
  auto registry = std::make_shared<prometheus::Registry>();
  std::vector<std::string> all = services;
  all.insert(all.end(), std::begin(kRunnerServices), std::end(kRunnerServices));
  absl::StatusOr<std::unique_ptr<GrpcServerMetrics>> grpc =
      GrpcServerMetrics::Create(registry.get(), all);
  if (!grpc.ok()) return grpc.status();
  return std::unique_ptr<ServerMetrics>(
      new ServerMetrics(std::move(config), std::move(registry), *std::move(grpc)));
}

ServerMetrics::ServerMetrics(MetricsConfig config, std::shared_ptr<prometheus::Registry> registry,
                             std::unique_ptr<GrpcServerMetrics> grpc)
    : config_(std::move(config)),
      registry_(std::move(registry)),
      grpc_(std::move(grpc)),
      http_({registry_, std::make_shared<metrics::ProcessCollector>()}) {}

absl::Status ServerMetrics::Serve() {
  if (config_.listen_address.empty()) {
    if (!config_.port_file.empty()) {
      return absl::InvalidArgumentError("--metrics_port_file needs --metrics_listen");
    }
    return absl::OkStatus();
  }
  if (absl::Status s = http_.Start(config_.listen_address); !s.ok()) {
    return absl::Status(s.code(), absl::StrCat("--metrics_listen: ", s.message()));
  }
  if (!config_.port_file.empty()) {
    if (absl::Status s = WritePortFile(config_.port_file, http_.port()); !s.ok()) {
      http_.Stop();
      return absl::Status(s.code(), absl::StrCat("--metrics_port_file: ", s.message()));
    }
  }
  LogLine("info", "serving metrics")
      .Add("address", config_.listen_address)
      .Add("port", http_.port())
      .Add("path", "/metrics")
      .Emit();
  return absl::OkStatus();
}

}  // namespace newsgraph::server
