#include "shared/server/call_logger.h"

#include <grpcpp/server_context.h>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "shared/server/json_log.h"
#include "shared/server/status_convert.h"

namespace newsgraph::server {
namespace {

using grpc::experimental::InterceptionHookPoints;

// Lives for one call; logs from its destructor, which gRPC runs when the
// call is over.
class CallLogger final : public grpc::experimental::Interceptor {
 public:
  CallLogger(const std::string& service_name, grpc::experimental::ServerRpcInfo* info)
      : service_name_(service_name),
        info_(info),
        method_(info->method() != nullptr ? info->method() : ""),
        start_(absl::Now()) {}

  ~CallLogger() override {
    const double ms = absl::ToDoubleMilliseconds(absl::Now() - start_);
    // A call that ends without sending a status was cancelled by the peer
    // or by the server's shutdown.
    const grpc::StatusCode code = status_seen_ ? code_ : grpc::StatusCode::CANCELLED;
    LogLine line(code == grpc::StatusCode::OK ? "info" : "warning", "call");
    line.Add("service", service_name_)
        .Add("method", method_)
        .Add("peer", peer_)
        .Add("code", GrpcCodeName(code))
        .Add("duration_ms", ms);
    if (!message_.empty()) line.Add("error", message_);
    line.Emit();
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    // The peer is known once the call's metadata has arrived.
    if (peer_.empty() && info_->server_context() != nullptr) {
      peer_ = info_->server_context()->peer();
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      status_seen_ = true;
      code_ = status.error_code();
      message_ = status.error_message();
    }
    methods->Proceed();
  }

 private:
  const std::string& service_name_;
  grpc::experimental::ServerRpcInfo* const info_;  // outlives this interceptor
  const std::string method_;
  std::string peer_;
  const absl::Time start_;
  bool status_seen_ = false;
  grpc::StatusCode code_ = grpc::StatusCode::OK;
  std::string message_;
};

}  // namespace

CallLoggerFactory::CallLoggerFactory(std::string service_name)
    : service_name_(std::move(service_name)) {}

grpc::experimental::Interceptor* CallLoggerFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new CallLogger(service_name_, info);
}

}  // namespace newsgraph::server
