// The cost the gRPC server metrics add to each call (shared/server/
// grpc_server_metrics): the method's lookup, then what the interceptor
// does for a unary call (started, one message each way, handled with its
// code and duration), on one thread and on two threads calling the same
// method, as the query service's handlers do. Also the parts alone.
//
//   build/bench/bench_metrics [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <chrono>
#include <memory>

#include "prometheus/registry.h"
#include "shared/server/grpc_server_metrics.h"

namespace newsgraph::server {
namespace {

constexpr char kMethod[] = "/newsgraph.v1.QueryService/GetArticle";

const GrpcServerMetrics& Metrics() {
  static auto* registry = new prometheus::Registry();
  static const GrpcServerMetrics* metrics =
      GrpcServerMetrics::Create(registry, {"newsgraph.v1.QueryService"}).value().release();
  return *metrics;
}

void BM_CounterIncrement(benchmark::State& state) {
  const GrpcServerMetrics::MethodMetrics* method = Metrics().Find(kMethod);
  for (auto _ : state) method->started->Increment();
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CounterIncrement)->Threads(1)->Threads(2);

void BM_HistogramObserve(benchmark::State& state) {
  const GrpcServerMetrics::MethodMetrics* method = Metrics().Find(kMethod);
  for (auto _ : state) method->handling_seconds->Observe(0.0004);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HistogramObserve)->Threads(1)->Threads(2);

void BM_FindMethod(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Metrics().Find(kMethod));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FindMethod);

// Everything the interceptor does for one unary call, but the allocation
// of the interceptor itself.
void BM_UnaryCall(benchmark::State& state) {
  const GrpcServerMetrics& metrics = Metrics();
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const GrpcServerMetrics::MethodMetrics* method = metrics.Find(kMethod);
    method->started->Increment();
    method->msg_received->Increment();
    method->msg_sent->Increment();
    method->Handled(
        grpc::StatusCode::OK,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UnaryCall)->Threads(1)->Threads(2);

}  // namespace
}  // namespace newsgraph::server

BENCHMARK_MAIN();
