#include "tools/load/load_generator.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "google/protobuf/util/json_util.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "newsgraph/v1/query_service.grpc.pb.h"
#include "nlohmann/json.hpp"

namespace newsgraph::load {
namespace {

namespace pb = google::protobuf;

// The services of the .proto files compiled into this binary: the
// project's two and the standard health service. (Naming a message of each
// file keeps its generated code linked in and its descriptor loaded.)
std::vector<const pb::ServiceDescriptor*> KnownServices() {
  std::vector<const pb::ServiceDescriptor*> services;
  for (const pb::FileDescriptor* file :
       {v1::CreateArticleRequest::descriptor()->file(), v1::GetArticleRequest::descriptor()->file(),
        grpc::health::v1::HealthCheckRequest::descriptor()->file()}) {
    for (int i = 0; i < file->service_count(); ++i) services.push_back(file->service(i));
  }
  return services;
}

std::string KnownServiceNames() {
  std::vector<std::string> names;
  for (const pb::ServiceDescriptor* service : KnownServices()) names.push_back(service->full_name());
  return absl::StrJoin(names, ", ");
}

// "pkg.Service/Method", "/pkg.Service/Method" or "pkg.Service.Method" ->
// service and method names.
absl::Status SplitMethod(std::string name, std::string* service, std::string* method) {
  if (!name.empty() && name.front() == '/') name.erase(0, 1);
  size_t split = name.find('/');
  if (split == std::string::npos) split = name.rfind('.');
  if (split == std::string::npos || split == 0 || split + 1 >= name.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "method \"", name, "\" is not a full method name such as grpc.health.v1.Health/Check"));
  }
  *service = name.substr(0, split);
  *method = name.substr(split + 1);
  return absl::OkStatus();
}

// One caller's measurements.
struct Samples {
  std::vector<int64_t> latency_ns;
  std::map<grpc::StatusCode, int64_t> codes;
};

// Makes one call and waits for it.
grpc::Status CallOnce(grpc::GenericStub& stub, const PreparedCall& call,
                      absl::Duration deadline) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + absl::ToChronoMicroseconds(deadline));
  grpc::Slice slice(call.request);
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  std::mutex mu;
  std::condition_variable done_cv;
  bool done = false;
  grpc::Status result;
  stub.UnaryCall(&context, call.path, grpc::StubOptions(), &request, &response,
                 [&](grpc::Status status) {
                   std::lock_guard<std::mutex> lock(mu);
                   result = std::move(status);
                   done = true;
                   done_cv.notify_one();
                 });
  std::unique_lock<std::mutex> lock(mu);
  done_cv.wait(lock, [&] { return done; });
  return result;
}

// Calls back to back until `until`; records them when `samples` is set.
void Drive(grpc::GenericStub& stub, const PreparedCall& call, absl::Duration deadline,
           absl::Time until, Samples* samples) {
  while (absl::Now() < until) {
    const auto start = std::chrono::steady_clock::now();
    const grpc::Status status = CallOnce(stub, call, deadline);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (samples == nullptr) continue;
    samples->latency_ns.push_back(
        std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
    ++samples->codes[status.error_code()];
  }
}

// Runs `concurrency` callers until `until`.
std::vector<Samples> RunCallers(grpc::GenericStub& stub, const PreparedCall& call,
                                const LoadOptions& options, absl::Time until, bool record) {
  std::vector<Samples> samples(static_cast<size_t>(options.concurrency));
  std::vector<std::thread> callers;
  callers.reserve(samples.size());
  for (Samples& s : samples) {
    callers.emplace_back(Drive, std::ref(stub), std::cref(call), options.deadline, until,
                         record ? &s : nullptr);
  }
  for (std::thread& t : callers) t.join();
  return samples;
}

// Nearest-rank percentile of sorted `values`, in microseconds.
double PercentileUs(const std::vector<int64_t>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(p / 100.0 * static_cast<double>(sorted.size()) + 0.999999);
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return static_cast<double>(sorted[rank - 1]) / 1000.0;
}

std::string CodeName(grpc::StatusCode code) {
  return absl::StatusCodeToString(static_cast<absl::StatusCode>(code));
}

}  // namespace

absl::StatusOr<PreparedCall> PrepareCall(const std::string& method,
                                         const std::string& request_json) {
  std::string service_name, method_name;
  if (absl::Status split = SplitMethod(method, &service_name, &method_name); !split.ok()) {
    return split;
  }
  const pb::ServiceDescriptor* service = nullptr;
  for (const pb::ServiceDescriptor* known : KnownServices()) {
    if (known->full_name() == service_name) service = known;
  }
  if (service == nullptr) {
    return absl::NotFoundError(absl::StrCat("unknown service \"", service_name,
                                            "\"; this binary knows ", KnownServiceNames()));
  }
  const pb::MethodDescriptor* descriptor = service->FindMethodByName(method_name);
  if (descriptor == nullptr) {
    std::vector<std::string> methods;
    for (int i = 0; i < service->method_count(); ++i) methods.push_back(service->method(i)->name());
    return absl::NotFoundError(absl::StrCat("service ", service_name, " has no method \"",
                                            method_name, "\"; it has ",
                                            absl::StrJoin(methods, ", ")));
  }
  if (descriptor->client_streaming() || descriptor->server_streaming()) {
    return absl::InvalidArgumentError(absl::StrCat(
        descriptor->full_name(), " streams; newsgraph_load drives unary methods only"));
  }
  const pb::Message* prototype =
      pb::MessageFactory::generated_factory()->GetPrototype(descriptor->input_type());
  if (prototype == nullptr) {
    return absl::InternalError(absl::StrCat("no message type for ",
                                            descriptor->input_type()->full_name()));
  }
  std::unique_ptr<pb::Message> request(prototype->New());
  const auto parsed = pb::util::JsonStringToMessage(request_json, request.get());
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "request is not a ", descriptor->input_type()->full_name(), " in JSON: ",
        parsed.message().as_string()));
  }
  PreparedCall call;
  call.path = absl::StrCat("/", service->full_name(), "/", descriptor->name());
  if (!request->SerializeToString(&call.request)) {
    return absl::InvalidArgumentError("request could not be serialized");
  }
  return call;
}

absl::StatusOr<LoadReport> RunLoad(const LoadOptions& options) {
  if (options.target.empty()) return absl::InvalidArgumentError("target is empty; give host:port");
  if (options.concurrency < 1 || options.concurrency > 4096) {
    return absl::InvalidArgumentError(
        absl::StrCat("concurrency ", options.concurrency, " is out of range [1, 4096]"));
  }
  if (options.duration <= absl::ZeroDuration() || options.deadline <= absl::ZeroDuration() ||
      options.warmup < absl::ZeroDuration()) {
    return absl::InvalidArgumentError(
        "duration and deadline must be positive and warmup not negative");
  }
  absl::StatusOr<PreparedCall> call = PrepareCall(options.method, options.request_json);
  if (!call.ok()) return call.status();

  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(options.target, grpc::InsecureChannelCredentials());
  if (!channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(5))) {
    return absl::UnavailableError(
        absl::StrCat("cannot connect to ", options.target, " within 5 s; is the server up?"));
  }
  grpc::GenericStub stub(channel);
  if (options.warmup > absl::ZeroDuration()) {
    RunCallers(stub, *call, options, absl::Now() + options.warmup, /*record=*/false);
  }
  const absl::Time start = absl::Now();
  std::vector<Samples> samples =
      RunCallers(stub, *call, options, start + options.duration, /*record=*/true);
  const double seconds = absl::ToDoubleSeconds(absl::Now() - start);

  LoadReport report;
  report.method = call->path;
  report.concurrency = options.concurrency;
  report.seconds = seconds;
  std::vector<int64_t> latencies;
  for (const Samples& s : samples) {
    latencies.insert(latencies.end(), s.latency_ns.begin(), s.latency_ns.end());
    for (const auto& [code, count] : s.codes) report.codes[CodeName(code)] += count;
  }
  std::sort(latencies.begin(), latencies.end());
  report.requests = static_cast<int64_t>(latencies.size());
  report.requests_per_second = seconds > 0 ? static_cast<double>(report.requests) / seconds : 0;
  if (!latencies.empty()) {
    double total = 0;
    for (int64_t ns : latencies) total += static_cast<double>(ns);
    report.mean_us = total / static_cast<double>(latencies.size()) / 1000.0;
    report.p50_us = PercentileUs(latencies, 50);
    report.p90_us = PercentileUs(latencies, 90);
    report.p99_us = PercentileUs(latencies, 99);
    report.max_us = static_cast<double>(latencies.back()) / 1000.0;
  }
  return report;
}

std::string FormatText(const LoadReport& r) {
  std::string out = absl::StrFormat(
      "%s  concurrency %d  %.1f s\n"
      "requests      %d (%.0f/s)\n"
      "latency (ms)  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  mean %.3f\n"
      "status       ",
      r.method, r.concurrency, r.seconds, r.requests, r.requests_per_second, r.p50_us / 1000,
      r.p90_us / 1000, r.p99_us / 1000, r.max_us / 1000, r.mean_us / 1000);
  for (const auto& [code, count] : r.codes) absl::StrAppend(&out, " ", code, "=", count);
  absl::StrAppend(&out, "\n");
  return out;
}

std::string FormatJson(const LoadReport& r) {
  nlohmann::json json = {
      {"method", r.method},
      {"concurrency", r.concurrency},
      {"seconds", r.seconds},
      {"requests", r.requests},
      {"requests_per_second", r.requests_per_second},
      {"latency_ms",
       {{"p50", r.p50_us / 1000},
        {"p90", r.p90_us / 1000},
        {"p99", r.p99_us / 1000},
        {"max", r.max_us / 1000},
        {"mean", r.mean_us / 1000}}},
      {"codes", r.codes},
  };
  return json.dump();
}

}  // namespace newsgraph::load
