// ServerMetrics: what a newsgraph server exports to Prometheus, and where.
// Flags:
//
//   --metrics_listen=HOST:PORT   serve GET /metrics there over plain HTTP
//                                ([IPV6]:PORT; port 0: any free port).
//                                Empty (the default): no endpoint.
//   --metrics_port_file=PATH     write the bound metrics port there
//
// It owns the registry. Create() registers there the standard gRPC server
// metrics (GrpcServerMetrics) of the binary's services and of the two that
// ServerRunner always serves, grpc.health.v1.Health and
// grpc.reflection.v1alpha.ServerReflection; the binary adds its own metrics
// to registry(). The endpoint serves the registry and the process metrics
// (metrics::ProcessCollector). Without an endpoint the metrics are still
// counted, only not served.
//
// Not thread-safe: call from main's thread. The registry's metrics are
// thread-safe. Outlives the server that uses its interceptor factory.
//
// Example (main.cc):
//   auto metrics = ServerMetrics::Create(MetricsConfigFromFlags(), {"newsgraph.v1.QueryService"});
//   runner.AddInterceptorFactory((*metrics)->NewInterceptorFactory());
//   NG_RETURN_IF_ERROR((*metrics)->Serve());   // before runner.Start()
//   ...
//   runner.Shutdown();
//   (*metrics)->Stop();
#ifndef NEWSGRAPH_SHARED_SERVER_SERVER_METRICS_H_
#define NEWSGRAPH_SHARED_SERVER_SERVER_METRICS_H_

#include <grpcpp/support/server_interceptor.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "prometheus/registry.h"
#include "shared/metrics/metrics_http_server.h"
#include "shared/server/grpc_server_metrics.h"

namespace newsgraph::server {

struct MetricsConfig {
  std::string listen_address;  // empty: no endpoint
  std::string port_file;       // empty: none written
};

// The config from --metrics_listen and --metrics_port_file.
MetricsConfig MetricsConfigFromFlags();

class ServerMetrics {
 public:
  // Registers the gRPC metrics of `services` (full names) and of the
  // health and reflection services. NOT_FOUND for a service whose
  // descriptor is not linked in.
  static absl::StatusOr<std::unique_ptr<ServerMetrics>> Create(
      MetricsConfig config, const std::vector<std::string>& services);

  ServerMetrics(const ServerMetrics&) = delete;
  ServerMetrics& operator=(const ServerMetrics&) = delete;

  // Where the binary registers its own metrics.
  prometheus::Registry& registry() { return *registry_; }

  // For ServerRunner::AddInterceptorFactory.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> NewInterceptorFactory()
      const {
    return grpc_->NewInterceptorFactory();
  }

  // Starts the endpoint, if configured, and writes the port file. Errors
  // name the flag: INVALID_ARGUMENT for a malformed address, UNAVAILABLE
  // when it cannot be bound, FAILED_PRECONDITION when the port file cannot
  // be written.
  absl::Status Serve();

  // The endpoint's port once serving; 0 without an endpoint.
  int port() const { return http_.port(); }

  // Stops the endpoint. Idempotent.
  void Stop() { http_.Stop(); }

 private:
  ServerMetrics(MetricsConfig config, std::shared_ptr<prometheus::Registry> registry,
                std::unique_ptr<GrpcServerMetrics> grpc);

  const MetricsConfig config_;
  const std::shared_ptr<prometheus::Registry> registry_;
  const std::unique_ptr<GrpcServerMetrics> grpc_;
  metrics::MetricsHttpServer http_;
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_SERVER_METRICS_H_
