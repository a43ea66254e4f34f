// A server interceptor that gives every call a request id and, when
// logging, writes one structured log line per call when the call ends:
// service, method, request id, peer, status code, duration, and the error
// message for failed calls. The request id is the client's `x-request-id`
// metadata when it sent a usable one (1 to 128 visible ASCII characters),
// else 32 random hex digits; the server returns it in the response's
// initial metadata under the same key, so that a caller can match its
// calls to the servers' logs.
//
// Example:
//   creators.push_back(std::make_unique<CallLoggerFactory>("ingest", /*log_calls=*/true));
#ifndef NEWSGRAPH_SHARED_SERVER_CALL_LOGGER_H_
#define NEWSGRAPH_SHARED_SERVER_CALL_LOGGER_H_

#include <memory>
#include <string>
#include <vector>

#include <grpcpp/support/server_interceptor.h>

namespace newsgraph::server {

// Creates a call logger per call. `service_name` labels every line
// ("ingest", "query"). Thread-safe.
class CallLoggerFactory final : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  // `log_calls` false: request ids only, no log lines.
  CallLoggerFactory(std::string service_name, bool log_calls);

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  const std::string service_name_;
  const bool log_calls_;
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_CALL_LOGGER_H_
