// GrpcServerMetrics: the standard gRPC server metrics, under the names and
// labels of go-grpc-prometheus that dashboards and alerts expect, kept in a
// prometheus::Registry:
//
//   grpc_server_started_total{grpc_type,grpc_service,grpc_method}
//   grpc_server_handled_total{grpc_type,grpc_service,grpc_method,grpc_code}
//   grpc_server_msg_received_total{grpc_type,grpc_service,grpc_method}
//   grpc_server_msg_sent_total{grpc_type,grpc_service,grpc_method}
//   grpc_server_handling_seconds{grpc_type,grpc_service,grpc_method}  (histogram)
//
// grpc_type is unary, client_stream, server_stream or bidi_stream;
// grpc_code the code's name (OK, INVALID_ARGUMENT, ...). A call counts as
// handled when the server sends its status, and as CANCELLED when it ends
// without one (the client went away, or the server shut down).
//
// Every method of the services named at Create() is registered up front,
// with zero values and every code of handled_total, so that a scrape lists
// them before any call. Calls to other methods are not counted: a client
// cannot add series by calling made-up names.
//
// The cost per call: one lookup in a map that is never written after
// Create() (no lock), atomic counter updates, and the method's histogram,
// whose prometheus-cpp implementation takes a mutex of its own (per method,
// not global). bench/bench_metrics measures it.
//
// Thread-safe. The registry must outlive this object, and this object the
// server whose interceptor it made.
//
// Example:
//   NG_ASSIGN_OR_RETURN(auto metrics, GrpcServerMetrics::Create(
//       registry.get(), {"newsgraph.v1.QueryService", "grpc.health.v1.Health"}));
//   creators.push_back(metrics->NewInterceptorFactory());
#ifndef NEWSGRAPH_SHARED_SERVER_GRPC_SERVER_METRICS_H_
#define NEWSGRAPH_SHARED_SERVER_GRPC_SERVER_METRICS_H_

#include <grpcpp/support/server_interceptor.h>
#include <grpcpp/support/status.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "prometheus/counter.h"
#include "prometheus/histogram.h"
#include "prometheus/registry.h"

namespace newsgraph::server {

class GrpcServerMetrics {
 public:
  // grpc::StatusCode runs from OK (0) to UNAUTHENTICATED (16).
  static constexpr int kCodeCount = 17;

  // The metrics of one method: pointers into the registry.
  struct MethodMetrics {
    prometheus::Counter* started = nullptr;
    prometheus::Counter* msg_received = nullptr;
    prometheus::Counter* msg_sent = nullptr;
    std::array<prometheus::Counter*, kCodeCount> handled{};  // by grpc::StatusCode
    prometheus::Histogram* handling_seconds = nullptr;

    // Counts the call handled with `code` after `seconds`.
    void Handled(grpc::StatusCode code, double seconds) const;
  };

  // Registers the metrics of every method of `services`, full service
  // names that the generated descriptor pool knows
  // ("newsgraph.v1.QueryService"). NOT_FOUND for a name it does not know.
  static absl::StatusOr<std::unique_ptr<GrpcServerMetrics>> Create(
      prometheus::Registry* registry, const std::vector<std::string>& services);

  GrpcServerMetrics(const GrpcServerMetrics&) = delete;
  GrpcServerMetrics& operator=(const GrpcServerMetrics&) = delete;

  // The metrics of "/package.Service/Method", or nullptr for a method not
  // registered.
  const MethodMetrics* Find(std::string_view path) const;

  // An interceptor factory for grpc::ServerBuilder that counts every call
  // of the registered methods here.
  std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> NewInterceptorFactory()
      const;

 private:
  GrpcServerMetrics() = default;

  // Keyed by "/package.Service/Method"; written only by Create().
  absl::flat_hash_map<std::string, MethodMetrics> methods_;
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_GRPC_SERVER_METRICS_H_
