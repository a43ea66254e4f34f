// Both binaries serve Prometheus metrics on --metrics_listen: the standard
// gRPC server metrics with the right labels and values after real calls,
// the ingest counters after ingesting the seed article, and the process
// metrics; a bad metrics address stops the server at startup; SIGTERM
// stops the endpoint with the server.
#include <grpcpp/client_context.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/metrics_text.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using testing::MetricLabels;
using testing::MetricsText;

constexpr char kQuery[] = "newsgraph.v1.QueryService";
constexpr char kIngest[] = "newsgraph.v1.IngestService";

MetricLabels Method(const std::string& service, const std::string& method,
                    const std::string& type = "unary") {
  return {{"grpc_service", service}, {"grpc_method", method}, {"grpc_type", type}};
}

MetricLabels WithCode(MetricLabels labels, const std::string& code) {
  labels["grpc_code"] = code;
  return labels;
}

std::string SeedText() {
  return testing::ReadFileOrEmpty(testing::CorpusDir() + "/seed/azernews-2020-01-24.txt");
}

grpc::StatusCode Ingest(v1::IngestService::Stub* stub, v1::CreateArticleRequest request,
                        v1::CreateArticleResponse* response) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  return stub->CreateArticle(&context, request, response).error_code();
}

grpc::StatusCode GetArticle(v1::QueryService::Stub* stub, const std::string& name) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  v1::GetArticleRequest request;
  request.set_name(name);
  v1::GetArticleResponse response;
  return stub->GetArticle(&context, request, &response).error_code();
}

class MetricsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir("metrics");
    auto pair = testing::ServicePair::Start(MetricsFlags("ingest"), MetricsFlags("query"));
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
    ingest_port_ = MetricsPort("ingest");
    query_port_ = MetricsPort("query");
    ASSERT_GT(ingest_port_, 0);
    ASSERT_GT(query_port_, 0);
  }

  std::vector<std::string> MetricsFlags(const std::string& which) {
    return {"--metrics_listen=127.0.0.1:0",
            absl::StrCat("--metrics_port_file=", dir_, "/", which, ".port")};
  }

  // The metrics port file is written before the gRPC one, which
  // ServiceProcess waited for.
  int MetricsPort(const std::string& which) {
    int port = 0;
    const std::string text = testing::ReadFileOrEmpty(absl::StrCat(dir_, "/", which, ".port"));
    return absl::SimpleAtoi(absl::StripAsciiWhitespace(text), &port) ? port : 0;
  }

  static MetricsText Scrape(int port) {
    auto answer = testing::HttpRequest(port);
    EXPECT_TRUE(answer.ok()) << answer.status();
    if (!answer.ok()) return MetricsText();
    EXPECT_EQ(answer->status, 200);
    EXPECT_EQ(answer->content_type, "text/plain; version=0.0.4; charset=utf-8");
    auto parsed = testing::ParseMetricsText(answer->body);
    EXPECT_TRUE(parsed.ok()) << parsed.status() << "\n" << answer->body;
    return parsed.ok() ? *std::move(parsed) : MetricsText();
  }

  // Every method's started count equals the sum of its handled counts, and
  // its histogram counted each handled call.
  static void ExpectEveryCallHandled(const MetricsText& metrics) {
    for (const testing::MetricSample& started : metrics.Samples("grpc_server_started_total")) {
      EXPECT_EQ(metrics.Sum("grpc_server_handled_total", started.labels), started.value)
          << started.labels.at("grpc_method");
      EXPECT_EQ(metrics.Value("grpc_server_handling_seconds_count", started.labels), started.value)
          << started.labels.at("grpc_method");
    }
  }

  std::string dir_;
  std::unique_ptr<testing::ServicePair> pair_;
  int ingest_port_ = 0;
  int query_port_ = 0;
};

TEST_F(MetricsTest, EveryMethodIsListedWithZerosBeforeAnyCall) {
  const MetricsText query = Scrape(query_port_);
  EXPECT_EQ(query.Type("grpc_server_started_total"), "counter");
  EXPECT_EQ(query.Type("grpc_server_handling_seconds"), "histogram");
  EXPECT_EQ(query.Value("grpc_server_started_total", Method(kQuery, "GetArticle")), 0);
  EXPECT_EQ(
      query.Value("grpc_server_started_total", Method(kQuery, "WatchEvents", "server_stream")), 0);
  EXPECT_EQ(
      query.Value("grpc_server_handled_total", WithCode(Method(kQuery, "GetArticle"), "NOT_FOUND")),
      0);
  EXPECT_EQ(query.Value("grpc_server_started_total", Method("grpc.health.v1.Health", "Check")), 0);
  EXPECT_EQ(
      query.Value("grpc_server_started_total", Method("grpc.reflection.v1alpha.ServerReflection",
                                                      "ServerReflectionInfo", "bidi_stream")),
      0);
  // 17 codes for each of the 11 unary and 1 streaming query methods.
  EXPECT_EQ(query.Samples("grpc_server_handled_total", {{"grpc_service", kQuery}}).size(),
            12u * 17u);

  const MetricsText ingest = Scrape(ingest_port_);
  EXPECT_EQ(ingest.Value("grpc_server_started_total",
                         Method(kIngest, "BatchCreateArticles", "client_stream")),
            0);
  for (const char* outcome : {"created", "existing", "validated", "rejected", "failed"}) {
    EXPECT_EQ(ingest.Value("newsgraph_ingest_articles_total", {{"outcome", outcome}}), 0)
        << outcome;
  }
  EXPECT_EQ(ingest.Value("newsgraph_entities_extracted_total", {{"type", "person"}}), 0);
  EXPECT_EQ(ingest.Value("newsgraph_extraction_seconds_count"), 0);
}

TEST_F(MetricsTest, CountsCallsByMethodAndCodeAndTheIngestedArticles) {
  const std::string seed = SeedText();
  ASSERT_FALSE(seed.empty()) << "the seed article is missing from " << testing::CorpusDir();

  // Ingest: the seed article twice (created, then existing), a request
  // without text (INVALID_ARGUMENT), and a stream of the seed article
  // again and an empty text.
  v1::CreateArticleRequest request;
  request.set_text(seed);
  v1::CreateArticleResponse created;
  ASSERT_EQ(Ingest(pair_->ingest(), request, &created), grpc::StatusCode::OK);
  v1::CreateArticleResponse again;
  ASSERT_EQ(Ingest(pair_->ingest(), request, &again), grpc::StatusCode::OK);
  ASSERT_TRUE(again.already_exists());
  v1::CreateArticleResponse unused;
  ASSERT_EQ(Ingest(pair_->ingest(), v1::CreateArticleRequest(), &unused),
            grpc::StatusCode::INVALID_ARGUMENT);
  {
    grpc::ClientContext context;
    v1::BatchCreateArticlesResponse response;
    auto stream = pair_->ingest()->BatchCreateArticles(&context, &response);
    v1::BatchCreateArticlesRequest first;
    *first.add_requests() = request;
    v1::BatchCreateArticlesRequest second;
    second.add_requests()->set_text("");
    ASSERT_TRUE(stream->Write(first));
    ASSERT_TRUE(stream->Write(second));
    ASSERT_TRUE(stream->WritesDone());
    ASSERT_TRUE(stream->Finish().ok());
    ASSERT_EQ(response.existing_count(), 1);
    ASSERT_EQ(response.failed_count(), 1);
  }

  // Query: found, not found, malformed; one listing.
  const std::string name = created.article().name();
  ASSERT_EQ(GetArticle(pair_->query(), name), grpc::StatusCode::OK);
  ASSERT_EQ(GetArticle(pair_->query(), "articles/" + std::string(32, '0')),
            grpc::StatusCode::NOT_FOUND);
  ASSERT_EQ(GetArticle(pair_->query(), "not-a-name"), grpc::StatusCode::INVALID_ARGUMENT);
  ASSERT_TRUE(testing::ListAllNames(pair_->query()).ok());

  const MetricsText query = Scrape(query_port_);
  const MetricLabels get = Method(kQuery, "GetArticle");
  EXPECT_EQ(query.Value("grpc_server_started_total", get), 3);
  EXPECT_EQ(query.Value("grpc_server_handled_total", WithCode(get, "OK")), 1);
  EXPECT_EQ(query.Value("grpc_server_handled_total", WithCode(get, "NOT_FOUND")), 1);
  EXPECT_EQ(query.Value("grpc_server_handled_total", WithCode(get, "INVALID_ARGUMENT")), 1);
  EXPECT_EQ(query.Value("grpc_server_msg_received_total", get), 3);
  EXPECT_EQ(query.Value("grpc_server_msg_sent_total", get), 1);  // errors send no message
  EXPECT_EQ(query.Value("grpc_server_handling_seconds_bucket",
                        [&] {
                          MetricLabels inf = get;
                          inf["le"] = "+Inf";
                          return inf;
                        }()),
            3);
  EXPECT_GT(query.Value("grpc_server_handling_seconds_sum", get).value_or(0), 0);
  EXPECT_EQ(
      query.Value("grpc_server_handled_total", WithCode(Method(kQuery, "ListArticles"), "OK")), 1);
  EXPECT_EQ(query.Sum("grpc_server_started_total"), 4);
  ExpectEveryCallHandled(query);

  const MetricsText ingest = Scrape(ingest_port_);
  const MetricLabels create = Method(kIngest, "CreateArticle");
  const MetricLabels batch = Method(kIngest, "BatchCreateArticles", "client_stream");
  EXPECT_EQ(ingest.Value("grpc_server_handled_total", WithCode(create, "OK")), 2);
  EXPECT_EQ(ingest.Value("grpc_server_handled_total", WithCode(create, "INVALID_ARGUMENT")), 1);
  EXPECT_EQ(ingest.Value("grpc_server_handled_total", WithCode(batch, "OK")), 1);
  EXPECT_EQ(ingest.Value("grpc_server_msg_received_total", batch), 2);
  EXPECT_EQ(ingest.Value("grpc_server_msg_sent_total", batch), 1);
  ExpectEveryCallHandled(ingest);

  // The seed article was read three times: created, then existing twice.
  EXPECT_EQ(ingest.Value("newsgraph_ingest_articles_total", {{"outcome", "created"}}), 1);
  EXPECT_EQ(ingest.Value("newsgraph_ingest_articles_total", {{"outcome", "existing"}}), 2);
  EXPECT_EQ(ingest.Value("newsgraph_ingest_articles_total", {{"outcome", "rejected"}}), 2);
  EXPECT_EQ(ingest.Value("newsgraph_ingest_articles_total", {{"outcome", "failed"}}), 0);
  EXPECT_EQ(ingest.Value("newsgraph_ingest_bytes_total"), 3.0 * seed.size());
  EXPECT_EQ(ingest.Value("newsgraph_extraction_seconds_count"), 3);
  EXPECT_EQ(ingest.Value("newsgraph_extraction_seconds_bucket", {{"le", "+Inf"}}), 3);
  std::map<std::string, int> by_type;
  for (const v1::ArticleEntity& entity : created.article().entities()) {
    std::string type = v1::EntityType_Name(entity.type()).substr(sizeof("ENTITY_TYPE_") - 1);
    for (char& c : type) c = static_cast<char>(std::tolower(c));
    ++by_type[type];
  }
  ASSERT_GT(by_type["person"], 0);
  for (const auto& [type, count] : by_type) {
    EXPECT_EQ(ingest.Value("newsgraph_entities_extracted_total", {{"type", type}}), 3 * count)
        << type;
  }
  EXPECT_EQ(ingest.Sum("newsgraph_entities_extracted_total"),
            3 * created.article().entities_size());
  EXPECT_EQ(ingest.Value("newsgraph_events_extracted_total"), 3 * created.article().events_size());

  // The process metrics.
  EXPECT_GT(ingest.Value("process_resident_memory_bytes").value_or(0), 1 << 20);
  EXPECT_GT(ingest.Value("process_open_fds").value_or(0), 3);
  const double now = absl::ToDoubleSeconds(absl::Now() - absl::UnixEpoch());
  EXPECT_NEAR(ingest.Value("process_start_time_seconds").value_or(0), now, 600);
  EXPECT_GT(ingest.Value("process_cpu_seconds_total").value_or(0), 0);
}

// ListArticles on the store as it is.
grpc::StatusCode ListArticles(v1::QueryService::Stub* stub) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  v1::ListArticlesResponse response;
  return stub->ListArticles(&context, v1::ListArticlesRequest(), &response).error_code();
}

TEST_F(MetricsTest, TheResponseCacheCountsHitsMissesAndWhatItKeeps) {
  const std::string lookups = "newsgraph_query_response_cache_lookups_total";
  const MetricsText before = Scrape(query_port_);
  EXPECT_EQ(before.Type(lookups), "counter");
  EXPECT_EQ(before.Value(lookups, {{"result", "hit"}}), 0);
  EXPECT_EQ(before.Value(lookups, {{"result", "miss"}}), 0);
  EXPECT_EQ(before.Value("newsgraph_query_response_cache_entries"), 0);

  for (int i = 0; i < 3; ++i) ASSERT_EQ(ListArticles(pair_->query()), grpc::StatusCode::OK);
  const MetricsText kept = Scrape(query_port_);
  EXPECT_EQ(kept.Value(lookups, {{"result", "miss"}}), 1);
  EXPECT_EQ(kept.Value(lookups, {{"result", "hit"}}), 2);
  EXPECT_EQ(kept.Value("newsgraph_query_response_cache_entries"), 1);
  EXPECT_GT(kept.Value("newsgraph_query_response_cache_bytes").value_or(0), 0);

  // A commit: the kept answer is dropped, the lookup runs again.
  v1::CreateArticleRequest request;
  request.set_text(SeedText());
  v1::CreateArticleResponse created;
  ASSERT_EQ(Ingest(pair_->ingest(), request, &created), grpc::StatusCode::OK);
  ASSERT_EQ(ListArticles(pair_->query()), grpc::StatusCode::OK);
  const MetricsText after = Scrape(query_port_);
  EXPECT_EQ(after.Value(lookups, {{"result", "miss"}}), 2);
  EXPECT_EQ(after.Value(lookups, {{"result", "hit"}}), 2);
  EXPECT_EQ(after.Value("newsgraph_query_response_cache_entries"), 1);
}

TEST_F(MetricsTest, OnlyGetMetricsIsServed) {
  auto root = testing::HttpRequest(query_port_, "/");
  ASSERT_TRUE(root.ok()) << root.status();
  EXPECT_EQ(root->status, 404);
  auto post = testing::HttpRequest(query_port_, "/metrics", "POST");
  ASSERT_TRUE(post.ok()) << post.status();
  EXPECT_EQ(post->status, 405);
}

TEST_F(MetricsTest, SigtermStopsTheEndpointWithTheServer) {
  // An idle connection to the endpoint must not hold the shutdown.
  const int idle = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(query_port_));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(idle, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  const absl::Time start = absl::Now();
  auto status = pair_->query_process().Stop(SIGTERM, absl::Seconds(20));
  close(idle);
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_TRUE(WIFEXITED(*status) && WEXITSTATUS(*status) == 0) << *status;
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
  EXPECT_FALSE(testing::HttpRequest(query_port_).ok());
}

TEST(MetricsStartupTest, AnAddressInUseOrMalformedStopsTheServer) {
  const std::string db = testing::MakeTempDir("metrics_bad") + "/newsgraph.db";
  // A port that is taken: a listening socket of this test's.
  const int taken = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(taken, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  ASSERT_EQ(listen(taken, 1), 0);
  socklen_t length = sizeof(address);
  ASSERT_EQ(getsockname(taken, reinterpret_cast<sockaddr*>(&address), &length), 0);
  const std::string in_use = absl::StrCat("127.0.0.1:", ntohs(address.sin_port));

  for (const std::string& listen : {in_use, std::string("9090"), std::string("[::1]9090")}) {
    auto process = testing::ServiceProcess::Start(
        testing::QueryBinary(), {"--store=sqlite://" + db, "--metrics_listen=" + listen});
    ASSERT_FALSE(process.ok()) << listen;
    EXPECT_THAT(process.status().message(), HasSubstr("--metrics_listen")) << listen;
  }
  close(taken);
}

}  // namespace
}  // namespace newsgraph
