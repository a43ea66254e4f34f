#include "shared/server/grpc_server_metrics.h"

#include <chrono>
#include <utility>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "shared/server/status_convert.h"

namespace newsgraph::server {
namespace {

using grpc::experimental::InterceptionHookPoints;
using Clock = std::chrono::steady_clock;

// From 100 us, for the query service's lookups, to go-grpc-prometheus's
// default buckets (5 ms to 10 s).
const prometheus::Histogram::BucketBoundaries& HandlingBuckets() {
  static const auto* buckets = new prometheus::Histogram::BucketBoundaries{
      0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
      0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,    10};
  return *buckets;
}

const char* GrpcType(const google::protobuf::MethodDescriptor& method) {
  if (method.client_streaming()) return method.server_streaming() ? "bidi_stream" : "client_stream";
  return method.server_streaming() ? "server_stream" : "unary";
}

// The metric families, registered once per registry.
struct Families {
  explicit Families(prometheus::Registry* registry)
      : started(prometheus::BuildCounter()
                    .Name("grpc_server_started_total")
                    .Help("Total number of RPCs started on the server.")
                    .Register(*registry)),
        handled(prometheus::BuildCounter()
                    .Name("grpc_server_handled_total")
                    .Help("Total number of RPCs completed on the server, regardless of success "
                          "or failure.")
                    .Register(*registry)),
        msg_received(prometheus::BuildCounter()
                         .Name("grpc_server_msg_received_total")
                         .Help("Total number of RPC stream messages received on the server.")
                         .Register(*registry)),
        msg_sent(prometheus::BuildCounter()
                     .Name("grpc_server_msg_sent_total")
                     .Help("Total number of gRPC stream messages sent by the server.")
                     .Register(*registry)),
        handling_seconds(prometheus::BuildHistogram()
                             .Name("grpc_server_handling_seconds")
                             .Help("Histogram of response latency (seconds) of gRPC that had "
                                   "been application-level handled by the server.")
                             .Register(*registry)) {}

  prometheus::Family<prometheus::Counter>& started;
  prometheus::Family<prometheus::Counter>& handled;
  prometheus::Family<prometheus::Counter>& msg_received;
  prometheus::Family<prometheus::Counter>& msg_sent;
  prometheus::Family<prometheus::Histogram>& handling_seconds;
};

// Lives for one call of a registered method; counts it.
class MetricsInterceptor final : public grpc::experimental::Interceptor {
 public:
  explicit MetricsInterceptor(const GrpcServerMetrics::MethodMetrics* metrics)
      : metrics_(metrics), start_(Clock::now()) {
    metrics_->started->Increment();
  }

  // gRPC destroys the interceptor when the call is over.
  ~MetricsInterceptor() override {
    if (!handled_) Handled(grpc::StatusCode::CANCELLED);
  }

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_MESSAGE) &&
        methods->GetRecvMessage() != nullptr) {  // null: no message (end of stream)
      metrics_->msg_received->Increment();
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      metrics_->msg_sent->Increment();
    }
    // Counted before the status leaves, so a client that has its answer
    // finds the call counted.
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      Handled(methods->GetSendStatus().error_code());
    }
    methods->Proceed();
  }

 private:
  void Handled(grpc::StatusCode code) {
    handled_ = true;
    metrics_->Handled(code, std::chrono::duration<double>(Clock::now() - start_).count());
  }

  const GrpcServerMetrics::MethodMetrics* const metrics_;
  const Clock::time_point start_;
  bool handled_ = false;
};

class MetricsInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit MetricsInterceptorFactory(const GrpcServerMetrics* metrics) : metrics_(metrics) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    const GrpcServerMetrics::MethodMetrics* method =
        info->method() != nullptr ? metrics_->Find(info->method()) : nullptr;
    return method != nullptr ? new MetricsInterceptor(method) : nullptr;  // null: not intercepted
  }

 private:
  const GrpcServerMetrics* const metrics_;
};

}  // namespace

void GrpcServerMetrics::MethodMetrics::Handled(grpc::StatusCode code, double seconds) const {
  const int index = static_cast<int>(code);
  handled[index >= 0 && index < kCodeCount ? index : grpc::StatusCode::UNKNOWN]->Increment();
  handling_seconds->Observe(seconds);
}

absl::StatusOr<std::unique_ptr<GrpcServerMetrics>> GrpcServerMetrics::Create(
    prometheus::Registry* registry, const std::vector<std::string>& services) {
  std::unique_ptr<GrpcServerMetrics> metrics(new GrpcServerMetrics());
  Families families(registry);
  const google::protobuf::DescriptorPool* pool = google::protobuf::DescriptorPool::generated_pool();
  for (const std::string& service_name : services) {
    const google::protobuf::ServiceDescriptor* service = pool->FindServiceByName(service_name);
    if (service == nullptr) {
      return absl::NotFoundError(absl::StrCat("no descriptor for the gRPC service ", service_name,
                                              ": is its .proto linked in?"));
    }
    for (int i = 0; i < service->method_count(); ++i) {
      const google::protobuf::MethodDescriptor& method = *service->method(i);
      const prometheus::Labels labels = {{"grpc_type", GrpcType(method)},
                                         {"grpc_service", service->full_name()},
                                         {"grpc_method", method.name()}};
      MethodMetrics& cells =
          metrics->methods_[absl::StrCat("/", service->full_name(), "/", method.name())];
      cells.started = &families.started.Add(labels);
      cells.msg_received = &families.msg_received.Add(labels);
      cells.msg_sent = &families.msg_sent.Add(labels);
      cells.handling_seconds = &families.handling_seconds.Add(labels, HandlingBuckets());
      for (int code = 0; code < kCodeCount; ++code) {
        prometheus::Labels with_code = labels;
        with_code["grpc_code"] = GrpcCodeName(static_cast<grpc::StatusCode>(code));
        cells.handled[code] = &families.handled.Add(with_code);
      }
    }
  }
  return metrics;
}

const GrpcServerMetrics::MethodMetrics* GrpcServerMetrics::Find(std::string_view path) const {
  const auto it = methods_.find(absl::string_view(path.data(), path.size()));
  return it != methods_.end() ? &it->second : nullptr;
}

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
GrpcServerMetrics::NewInterceptorFactory() const {
  return std::make_unique<MetricsInterceptorFactory>(this);
}

}  // namespace newsgraph::server
