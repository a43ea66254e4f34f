// ServicePair: the ingest and query services running as child processes
// on one fresh SQLite file, with stubs to both. For end-to-end tests.
//
// Example:
//   auto pair = ServicePair::Start();
//   ASSERT_TRUE(pair.ok()) << pair.status();
//   (*pair)->ingest()->CreateArticle(...);
#ifndef NEWSGRAPH_TESTS_TESTING_SERVICE_PAIR_H_
#define NEWSGRAPH_TESTS_TESTING_SERVICE_PAIR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "newsgraph/v1/query_service.grpc.pb.h"
#include "tests/testing/service_process.h"

namespace newsgraph::testing {

// Paths baked in by CMake.
std::string IngestBinary();
std::string QueryBinary();
std::string CorpusDir();   // ../shared/corpus; may not exist
std::string SamplesDir();  // data/samples
std::string BufBinary();   // tools/node_modules/.bin/buf

class ServicePair {
 public:
  // Starts both services on `db_path` (a fresh file in a temp dir when
  // empty), each with its extra flags.
  static absl::StatusOr<std::unique_ptr<ServicePair>> Start(
      std::vector<std::string> ingest_flags = {}, std::vector<std::string> query_flags = {},
      std::string db_path = "");

  // Restarts the ingest service on the same store (after a crash).
  absl::Status RestartIngest();

  // Restarts the query service on the same store, with its first flags.
  absl::Status RestartQuery();

  ServiceProcess& ingest_process() { return *ingest_; }
  ServiceProcess& query_process() { return *query_; }
  const std::string& db_path() const { return db_path_; }

  v1::IngestService::Stub* ingest() { return ingest_stub_.get(); }
  v1::QueryService::Stub* query() { return query_stub_.get(); }
  grpc::health::v1::Health::Stub* ingest_health() { return ingest_health_.get(); }
  grpc::health::v1::Health::Stub* query_health() { return query_health_.get(); }

 private:
  ServicePair() = default;
  absl::Status StartIngest();
  absl::Status StartQuery();

  std::string db_path_;
  std::vector<std::string> ingest_flags_;
  std::vector<std::string> query_flags_;
  std::unique_ptr<ServiceProcess> ingest_;
  std::unique_ptr<ServiceProcess> query_;
  std::unique_ptr<v1::IngestService::Stub> ingest_stub_;
  std::unique_ptr<v1::QueryService::Stub> query_stub_;
  std::unique_ptr<grpc::health::v1::Health::Stub> ingest_health_;
  std::unique_ptr<grpc::health::v1::Health::Stub> query_health_;
};

// The serving status `health` reports for `service` ("" for the server),
// asked with a 10 s deadline; UNKNOWN when the call fails.
grpc::health::v1::HealthCheckResponse::ServingStatus HealthOf(
    grpc::health::v1::Health::Stub* health, const std::string& service);

// Lists every article name through ListArticles (page by page, in the given
// order, with the given filter). Fails on any error.
absl::StatusOr<std::vector<std::string>> ListAllNames(v1::QueryService::Stub* query,
                                                      const std::string& filter = "",
                                                      const std::string& order_by = "",
                                                      int page_size = 100);

// Lists every article through ListArticles, like ListAllNames, in `view`.
absl::StatusOr<std::vector<v1::Article>> ListAllArticles(
    v1::QueryService::Stub* query, const std::string& filter = "", const std::string& order_by = "",
    int page_size = 100, v1::ArticleView view = v1::ARTICLE_VIEW_BASIC);

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_SERVICE_PAIR_H_
