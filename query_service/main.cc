// query_service: answers article, entity, event and graph lookups over gRPC from the
// store the ingest service writes. Wiring only: flags, auth tokens, store, handlers,
// admission, metrics, server.
#include <memory>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "query_service/article_queries.h"
#include "query_service/entity_queries.h"
#include "query_service/event_queries.h"
#include "query_service/graph_queries.h"
#include "query_service/query_handler.h"
#include "query_service/response_cache.h"
#include "query_service/response_cache_metrics.h"
#include "query_service/watch_reactor.h"
#include "shared/paging/page_token.h"
#include "shared/server/admission.h"
#include "shared/server/authorizer.h"
#include "shared/server/call_gate.h"
#include "shared/server/health_probe.h"
#include "shared/server/json_log.h"
#include "shared/server/server_metrics.h"
#include "shared/server/server_runner.h"
#include "shared/server/worker_pool.h"
#include "shared/store/store_factory.h"
#include "shared/store/store_flags.h"

ABSL_FLAG(int, worker_threads, 0,
          "Threads that run lookups (0: two per core). Calls beyond --max_concurrent_calls "
          "wait for none of them: they are refused with RESOURCE_EXHAUSTED.");
ABSL_FLAG(int, max_watches, 1000,
          "WatchEvents streams open at once; one more is refused with RESOURCE_EXHAUSTED "
          "(1 to 1000000).");
ABSL_FLAG(int, response_cache_mb, 64,
          "Memory for answers kept while the store's data is unchanged (0: no cache; at most "
          "65536). Kept answers are dropped at the next commit, so none is ever stale; "
          "PostgreSQL stores have no cache.");
ABSL_FLAG(std::string, page_token_key, "",
          "Key that signs page tokens; replicas behind one address must share it. Empty: "
          "$NEWSGRAPH_PAGE_TOKEN_KEY, else a built-in default.");

namespace {

std::string PageTokenKey() {
  std::string key = absl::GetFlag(FLAGS_page_token_key);
  if (key.empty()) {
    const char* env = std::getenv("NEWSGRAPH_PAGE_TOKEN_KEY");
    if (env != nullptr) key = env;
  }
  return key.empty() ? std::string(newsgraph::paging::PageTokenCodec::kDefaultKey) : key;
}

// The response cache's capacity: none when the store cannot tell when its
// data changes (the answers could go stale).
size_t ResponseCacheBytes(int megabytes, newsgraph::store::ArticleStore& store) {
  if (megabytes == 0) return 0;
  if (absl::IsUnimplemented(store.DataVersion().status())) {
    newsgraph::server::LogLine("info", "response cache off")
        .Add("reason", "the store cannot tell cheaply when its data changes")
        .Emit();
    return 0;
  }
  return static_cast<size_t>(megabytes) << 20;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  server::BlockShutdownSignals();
  absl::SetProgramUsageMessage("Answers newsgraph queries over gRPC. Flags: --helpfull.");
  absl::ParseCommandLine(argc, argv);
  const server::ServerConfig config = server::ServerConfigFromFlags("query", "127.0.0.1:50052");
  if (server::HealthCheckRequested()) {
    return server::RunHealthProbe(config, "newsgraph.v1.QueryService");
  }

  auto authorizer = server::Authorizer::Load(config);
  if (!authorizer.ok()) {
    return server::LogStartupFailure("query", "cannot load the auth tokens",
                                     authorizer.status().ToString());
  }

  store::StoreOptions store_options = store::StoreOptionsFromFlags();
  store_options.allow_read_only = true;  // it only reads: serves a read-only mount too
  auto store = store::OpenStore(store::StoreUriFromFlags(), store_options);
  if (!store.ok())
    return server::LogStartupFailure("query", "cannot open the store", store.status().ToString());

  const paging::PageTokenCodec codec(PageTokenKey());
  const query::ArticleQueries queries(store->get(), &codec);
  const query::EntityQueries entity_queries(store->get(), &codec);
  const query::EventQueries event_queries(store->get(), &codec);
  const query::GraphQueries graph_queries(store->get());
  const int max_watches = absl::GetFlag(FLAGS_max_watches);
  if (max_watches < 1 || max_watches > 1000000) {
    return server::LogStartupFailure("query", "bad flag", "--max_watches must be 1 to 1000000");
  }
  query::WatchRegistry watches(max_watches);
  query::LatestReportCache latest_report(&event_queries, query::kLatestReportMaxAge);
  // Declared after the registry and the cache it uses: stopped first.
  query::WatchNotifier watch_notifier(&latest_report, &watches);
  const int response_cache_mb = absl::GetFlag(FLAGS_response_cache_mb);
  if (response_cache_mb < 0 || response_cache_mb > 65536) {
    return server::LogStartupFailure("query", "bad flag",
                                     "--response_cache_mb must be 0 (no cache) to 65536");
  }
  auto metrics = server::ServerMetrics::Create(server::MetricsConfigFromFlags(),
                                               {"newsgraph.v1.QueryService"});
  if (!metrics.ok()) {
    return server::LogStartupFailure("query", "cannot set up metrics", metrics.status().ToString());
  }
  store::ArticleStore* const article_store = store->get();
  query::ResponseCacheMetrics response_cache_metrics(&(*metrics)->registry());
  query::ResponseCache response_cache(
      ResponseCacheBytes(response_cache_mb, *article_store),
      [article_store] { return article_store->DataVersion(); }, &response_cache_metrics);
  server::AdmissionLimiter admission("query", config.max_concurrent_calls);
  const server::CallGate gate(authorizer->get(), auth::Scope::kRead, &admission);
  const int worker_threads = absl::GetFlag(FLAGS_worker_threads);
  if (worker_threads < 0 || worker_threads > 1024) {
    return server::LogStartupFailure(
        "query", "bad flag", "--worker_threads must be 0 (two per core) to 1024");
  }
  // Declared before the runner: the server's shutdown waits for the calls
  // the pool runs, so the pool must outlive it.
  server::WorkerPool workers(worker_threads == 0 ? server::DefaultWorkerThreads()
                                                 : worker_threads);
  query::QueryHandler handler(&queries, &entity_queries, &event_queries, &graph_queries, &watches,
                              &latest_report, &response_cache, &gate, &workers);

  server::ServerRunner runner(config);
  runner.AddService(&handler, "newsgraph.v1.QueryService");
  runner.AddInterceptorFactory((*metrics)->NewInterceptorFactory());
  if (absl::Status s = (*metrics)->Serve(); !s.ok())
    return server::LogStartupFailure("query", "cannot serve metrics", s.ToString());
  if (absl::Status s = runner.Start(); !s.ok())
    return server::LogStartupFailure("query", "cannot start", s.ToString());
  runner.WaitForShutdownSignal();
  watches.StopAll();  // open watches would otherwise hold the grace period
  runner.Shutdown();
  (*metrics)->Stop();
  return 0;
}
