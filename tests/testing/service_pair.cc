#include "tests/testing/service_pair.h"

#include <grpcpp/client_context.h>

#include "absl/strings/str_cat.h"

namespace newsgraph::testing {

std::string IngestBinary() { return NEWSGRAPH_INGEST_BINARY; }
std::string QueryBinary() { return NEWSGRAPH_QUERY_BINARY; }
std::string CorpusDir() { return NEWSGRAPH_CORPUS_DIR; }
std::string SamplesDir() { return NEWSGRAPH_SAMPLES_DIR; }
std::string BufBinary() { return NEWSGRAPH_BUF_BINARY; }

absl::StatusOr<std::unique_ptr<ServicePair>> ServicePair::Start(
    std::vector<std::string> ingest_flags, std::vector<std::string> query_flags,
    std::string db_path) {
  std::unique_ptr<ServicePair> pair(new ServicePair());
  if (db_path.empty()) db_path = MakeTempDir("store") + "/newsgraph.db";
  pair->db_path_ = db_path;
  pair->ingest_flags_ = std::move(ingest_flags);
  if (absl::Status s = pair->StartIngest(); !s.ok()) return s;
  query_flags.push_back("--store=sqlite://" + db_path);
  auto query = ServiceProcess::Start(QueryBinary(), query_flags);
  if (!query.ok()) return query.status();
  pair->query_ = *std::move(query);
  pair->query_stub_ = v1::QueryService::NewStub(pair->query_->Channel());
  pair->query_health_ = grpc::health::v1::Health::NewStub(pair->query_->Channel());
  return pair;
}

absl::Status ServicePair::StartIngest() {
  std::vector<std::string> flags = ingest_flags_;
  flags.push_back("--store=sqlite://" + db_path_);
  auto ingest = ServiceProcess::Start(IngestBinary(), flags);
  if (!ingest.ok()) return ingest.status();
  ingest_ = *std::move(ingest);
  ingest_stub_ = v1::IngestService::NewStub(ingest_->Channel());
  ingest_health_ = grpc::health::v1::Health::NewStub(ingest_->Channel());
  return absl::OkStatus();
}

absl::Status ServicePair::RestartIngest() {
  ingest_.reset();  // kills it if it still runs
  return StartIngest();
}

absl::StatusOr<std::vector<std::string>> ListAllNames(v1::QueryService::Stub* query,
                                                      const std::string& filter,
                                                      const std::string& order_by, int page_size) {
  std::vector<std::string> names;
  v1::ListArticlesRequest request;
  request.set_filter(filter);
  request.set_order_by(order_by);
  request.set_page_size(page_size);
  for (int pages = 0; pages < 100000; ++pages) {
    grpc::ClientContext context;
    v1::ListArticlesResponse response;
    grpc::Status status = query->ListArticles(&context, request, &response);
    if (!status.ok()) {
      return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                          status.error_message());
    }
    for (const auto& article : response.articles()) names.push_back(article.name());
    if (response.next_page_token().empty()) return names;
    request.set_page_token(response.next_page_token());
  }
  return absl::InternalError("paging did not end");
}

}  // namespace newsgraph::testing
