#include "shared/server/call_logger.h"

#include <grpcpp/server_context.h>

#include <algorithm>
#include <string>

#include "absl/random/random.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "shared/server/json_log.h"
#include "shared/server/status_convert.h"

namespace newsgraph::server {
namespace {

using grpc::experimental::InterceptionHookPoints;

constexpr char kRequestIdKey[] = "x-request-id";
constexpr size_t kMaxRequestIdBytes = 128;

// A request id a client may choose: 1 to 128 visible ASCII characters.
bool IsUsableRequestId(grpc::string_ref id) {
  if (id.empty() || id.size() > kMaxRequestIdBytes) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

// A fresh request id: 128 random bits, as 32 hex digits.
std::string NewRequestId() {
  thread_local absl::BitGen bits;
  return absl::StrFormat("%016x%016x", absl::Uniform<uint64_t>(bits),
                         absl::Uniform<uint64_t>(bits));
}

// Lives for one call: gives it a request id (the client's x-request-id, or
// a new one), returns the id in the response's initial metadata, and, when
// logging, logs from its destructor, which gRPC runs when the call is over.
class CallLogger final : public grpc::experimental::Interceptor {
 public:
  CallLogger(const std::string& service_name, bool log_calls,
             grpc::experimental::ServerRpcInfo* info)
      : service_name_(service_name),
        log_calls_(log_calls),
        info_(info),
        method_(info->method() != nullptr ? info->method() : ""),
        start_(absl::Now()) {}

  ~CallLogger() override {
    if (!log_calls_) return;
    const double ms = absl::ToDoubleMilliseconds(absl::Now() - start_);
    // A call that ends without sending a status was cancelled by the peer
    // or by the server's shutdown.
    const grpc::StatusCode code = status_seen_ ? code_ : grpc::StatusCode::CANCELLED;
    LogLine line(code == grpc::StatusCode::OK ? "info" : "warning", "call");
    line.Add("service", service_name_)
        .Add("method", method_)
        .Add("request_id", request_id_)
        .Add("peer", peer_)
        .Add("code", GrpcCodeName(code))
        .Add("duration_ms", ms);
    if (!message_.empty()) line.Add("error", message_);
    line.Emit();
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    // The peer is known once the call's metadata has arrived.
    if (log_calls_ && peer_.empty() && info_->server_context() != nullptr) {
      peer_ = info_->server_context()->peer();
    }
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      const auto* received = methods->GetRecvInitialMetadata();
      const auto it = received->find(kRequestIdKey);
      request_id_ = it != received->end() && IsUsableRequestId(it->second)
                        ? std::string(it->second.data(), it->second.size())
                        : NewRequestId();
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_INITIAL_METADATA)) {
      if (request_id_.empty()) request_id_ = NewRequestId();
      methods->GetSendInitialMetadata()->emplace(kRequestIdKey, request_id_);
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
  const bool log_calls_;
  grpc::experimental::ServerRpcInfo* const info_;  // outlives this interceptor
  const std::string method_;
  std::string peer_;
  std::string request_id_;
  const absl::Time start_;
  bool status_seen_ = false;
  grpc::StatusCode code_ = grpc::StatusCode::OK;
  std::string message_;
};

}  // namespace

CallLoggerFactory::CallLoggerFactory(std::string service_name, bool log_calls)
    : service_name_(std::move(service_name)), log_calls_(log_calls) {}

grpc::experimental::Interceptor* CallLoggerFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new CallLogger(service_name_, log_calls_, info);
}

}  // namespace newsgraph::server
