// ingest_service: receives articles over gRPC, reads them into records,
// extracts what they name and stores them. Wiring only: flags, auth tokens,
// store, extractor, metrics, pipeline, admission, handler, server.
#include <memory>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "ingest_service/extract/extractor.h"
#include "ingest_service/ingest_handler.h"
#include "ingest_service/ingest_metrics.h"
#include "ingest_service/ingestor.h"
#include "shared/server/admission.h"
#include "shared/server/authorizer.h"
#include "shared/server/call_gate.h"
#include "shared/server/json_log.h"
#include "shared/server/health_probe.h"
#include "shared/server/server_metrics.h"
#include "shared/server/server_runner.h"
#include "shared/store/store_factory.h"
#include "shared/store/store_flags.h"

ABSL_FLAG(int64_t, max_article_bytes, 12 << 20,
          "Largest article text accepted, in bytes; longer ones get INVALID_ARGUMENT.");
ABSL_FLAG(std::string, gazetteer, "",
          "The compiled gazetteer index (data/gazetteer.bin of the build); empty: the build's "
          "own, or $NEWSGRAPH_GAZETTEER when set.");
ABSL_FLAG(bool, sync_commits, true,
          "fsync every commit, so that acknowledged articles survive power loss (not only a "
          "crash of the process).");

int main(int argc, char** argv) {
  using namespace newsgraph;
  server::BlockShutdownSignals();
  absl::SetProgramUsageMessage("Ingests news articles over gRPC. Flags: --helpfull.");
  absl::ParseCommandLine(argc, argv);
  const server::ServerConfig config = server::ServerConfigFromFlags("ingest", "127.0.0.1:50051");
  if (server::HealthCheckRequested()) {
    return server::RunHealthProbe(config, "newsgraph.v1.IngestService");
  }

  auto authorizer = server::Authorizer::Load(config);
  if (!authorizer.ok()) {
    return server::LogStartupFailure("ingest", "cannot load the auth tokens",
                                     authorizer.status().ToString());
  }

  store::StoreOptions store_options = store::StoreOptionsFromFlags();
  store_options.sync_commits = absl::GetFlag(FLAGS_sync_commits);
  auto store = store::OpenStore(store::StoreUriFromFlags(), store_options);
  if (!store.ok())
    return server::LogStartupFailure("ingest", "cannot open the store", store.status().ToString());

  extract::ExtractorOptions extractor_options;
  extractor_options.gazetteer_path = absl::GetFlag(FLAGS_gazetteer);
  auto extractor = extract::Extractor::Create(extractor_options);
  if (!extractor.ok()) {
    return server::LogStartupFailure("ingest", "cannot load the gazetteer",
                                     extractor.status().ToString());
  }

  auto metrics = server::ServerMetrics::Create(server::MetricsConfigFromFlags(),
                                               {"newsgraph.v1.IngestService"});
  if (!metrics.ok()) {
    return server::LogStartupFailure("ingest", "cannot set up metrics",
                                     metrics.status().ToString());
  }
  ingest::IngestMetrics ingest_metrics(&(*metrics)->registry());

  ingest::IngestOptions options;
  options.limits.max_content_bytes = static_cast<size_t>(absl::GetFlag(FLAGS_max_article_bytes));
  options.observer = &ingest_metrics;
  const ingest::Ingestor ingestor(store->get(), extractor->get(), options);
  server::AdmissionLimiter admission("ingest", config.max_concurrent_calls);
  const server::CallGate gate(authorizer->get(), auth::Scope::kWrite, &admission);
  ingest::IngestHandler handler(&ingestor, &gate);

  server::ServerRunner runner(config);
  runner.AddService(&handler, "newsgraph.v1.IngestService");
  runner.AddInterceptorFactory((*metrics)->NewInterceptorFactory());
  if (absl::Status s = (*metrics)->Serve(); !s.ok())
    return server::LogStartupFailure("ingest", "cannot serve metrics", s.ToString());
  if (absl::Status s = runner.Start(); !s.ok())
    return server::LogStartupFailure("ingest", "cannot start", s.ToString());
  runner.WaitForShutdownSignal();
  runner.Shutdown();
  (*metrics)->Stop();
  return 0;
}
