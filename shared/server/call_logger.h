// A server interceptor that writes one structured log line per call when
// the call ends: service, method, peer, status code, duration, and the
// error message for failed calls.
//
// Example:
//   builder.experimental().SetInterceptorCreators(MakeCallLoggerFactories("ingest"));
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
  explicit CallLoggerFactory(std::string service_name);

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  const std::string service_name_;
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_CALL_LOGGER_H_
