// ServerRunner: the bootstrap both newsgraph binaries share. It serves the
// given gRPC services on one address (plaintext, TLS or mutual TLS, as the
// config says) with the standard health service
// (grpc.health.v1, describable by reflection), server reflection
// (grpc.reflection.v1alpha), message size limits and one log line per
// call, and it shuts down gracefully: health goes NOT_SERVING, the
// listener closes after the drain delay, in-flight calls get the grace
// period to finish, then the server stops and the caller closes the store.
//
// Example (main.cc):
//   BlockShutdownSignals();                    // first thing in main()
//   ...
//   ServerRunner runner(ServerConfigFromFlags("ingest", "127.0.0.1:50051"));
//   runner.AddService(&handler, "newsgraph.v1.IngestService");
//   NG_RETURN_IF_ERROR(runner.Start());
//   runner.WaitForShutdownSignal();
//   runner.Shutdown();
//
// Not thread-safe: call from one thread (main). The services must outlive
// the runner.
#ifndef NEWSGRAPH_SHARED_SERVER_SERVER_RUNNER_H_
#define NEWSGRAPH_SHARED_SERVER_SERVER_RUNNER_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <grpcpp/server.h>
#include <grpcpp/support/server_interceptor.h>

#include "absl/status/status.h"
#include "shared/server/server_config.h"

namespace newsgraph::server {

// Blocks SIGTERM and SIGINT in the calling thread and every thread it
// creates afterwards, so that WaitForShutdownSignal() receives them.
// Call at the top of main(), before any thread starts.
void BlockShutdownSignals();

class ServerRunner {
 public:
  explicit ServerRunner(ServerConfig config);
  ~ServerRunner();

  ServerRunner(const ServerRunner&) = delete;
  ServerRunner& operator=(const ServerRunner&) = delete;

  // Registers `service` (not owned) under `health_name`, the fully
  // qualified service name health checks ask for. Before Start().
  void AddService(grpc::Service* service, std::string health_name);

  // Adds an interceptor to every call, after the call logger (e.g.
  // GrpcServerMetrics'). Before Start().
  void AddInterceptorFactory(
      std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> factory);

  // Binds, starts serving and marks every service SERVING. UNAVAILABLE
  // when the address cannot be bound.
  absl::Status Start();

  // The bound port, after Start().
  int port() const { return port_; }

  // Blocks until SIGTERM or SIGINT arrives (see BlockShutdownSignals).
  // A second signal during the shutdown that follows ends the process at
  // once with status 1.
  void WaitForShutdownSignal();

  // Graceful shutdown as described above; returns when the server has
  // stopped. Idempotent.
  void Shutdown();

 private:
  ServerConfig config_;
  std::vector<std::pair<grpc::Service*, std::string>> services_;
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
      interceptor_factories_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  bool stopped_ = false;
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_SERVER_RUNNER_H_
