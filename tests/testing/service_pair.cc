#include "tests/testing/service_pair.h"

#include <grpcpp/client_context.h>

#include <chrono>
#include <string>

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
  pair->query_flags_ = std::move(query_flags);
  if (absl::Status s = pair->StartIngest(); !s.ok()) return s;
  if (absl::Status s = pair->StartQuery(); !s.ok()) return s;
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

absl::Status ServicePair::StartQuery() {
  std::vector<std::string> flags = query_flags_;
  flags.push_back("--store=sqlite://" + db_path_);
  auto query = ServiceProcess::Start(QueryBinary(), flags);
  if (!query.ok()) return query.status();
  query_ = *std::move(query);
  query_stub_ = v1::QueryService::NewStub(query_->Channel());
  query_health_ = grpc::health::v1::Health::NewStub(query_->Channel());
  return absl::OkStatus();
}

absl::Status ServicePair::RestartIngest() {
  ingest_.reset();  // kills it if it still runs
  return StartIngest();
}

absl::Status ServicePair::RestartQuery() {
  query_.reset();  // kills it if it still runs
  return StartQuery();
}

absl::StatusOr<std::vector<std::string>> ListAllNames(v1::QueryService::Stub* query,
                                                      const std::string& filter,
                                                      const std::string& order_by, int page_size) {
  absl::StatusOr<std::vector<v1::Article>> articles =
      ListAllArticles(query, filter, order_by, page_size, v1::ARTICLE_VIEW_BASIC);
  if (!articles.ok()) return articles.status();
  std::vector<std::string> names;
  names.reserve(articles->size());
  for (const v1::Article& article : *articles) names.push_back(article.name());
  return names;
}

absl::StatusOr<std::vector<v1::Article>> ListAllArticles(v1::QueryService::Stub* query,
                                                         const std::string& filter,
                                                         const std::string& order_by, int page_size,
                                                         v1::ArticleView view) {
  std::vector<v1::Article> articles;
  v1::ListArticlesRequest request;
  request.set_filter(filter);
  request.set_order_by(order_by);
  request.set_page_size(page_size);
  request.set_view(view);
  for (int pages = 0; pages < 100000; ++pages) {
    grpc::ClientContext context;
    v1::ListArticlesResponse response;
    grpc::Status status = query->ListArticles(&context, request, &response);
    if (!status.ok()) {
      return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                          status.error_message());
    }
    for (v1::Article& article : *response.mutable_articles()) {
      articles.push_back(std::move(article));
    }
    if (response.next_page_token().empty()) return articles;
    request.set_page_token(response.next_page_token());
  }
  return absl::InternalError("paging did not end");
}

grpc::health::v1::HealthCheckResponse::ServingStatus HealthOf(
    grpc::health::v1::Health::Stub* health, const std::string& service) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(service);
  grpc::health::v1::HealthCheckResponse response;
  if (!health->Check(&context, request, &response).ok()) {
    return grpc::health::v1::HealthCheckResponse::UNKNOWN;
  }
  return response.status();
}

}  // namespace newsgraph::testing
