// Overload and deadlines, end to end against the real binaries: beyond
// --max_concurrent_calls every method of both services is refused at once
// with RESOURCE_EXHAUSTED while health stays SERVING, calls succeed again
// once the load ends, and deadlines end calls promptly on the server too.
// Beyond --max_watches a WatchEvents call is refused the same way.
#include <grpcpp/client_context.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/command.h"
#include "tests/testing/generic_call.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"
#include "tools/corpus_reader.h"

namespace newsgraph {
namespace {

using testing::CallWithEmptyRequest;
using testing::MethodPaths;

using ::testing::HasSubstr;
using testing::ServicePair;

constexpr char kIngestService[] = "newsgraph.v1.IngestService";
constexpr char kQueryService[] = "newsgraph.v1.QueryService";

// A bulk stream left open: it holds one of the ingest server's admission
// tickets until Close().
class OpenStream {
 public:
  explicit OpenStream(v1::IngestService::Stub* ingest)
      : writer_(ingest->BatchCreateArticles(&context_, &response_)) {}
  grpc::Status Close() {
    writer_->WritesDone();
    return writer_->Finish();
  }

 private:
  grpc::ClientContext context_;
  v1::BatchCreateArticlesResponse response_;
  std::unique_ptr<grpc::ClientWriter<v1::BatchCreateArticlesRequest>> writer_;
};

v1::CreateArticleRequest ValidateOnly() {
  v1::CreateArticleRequest request;
  request.set_text("Capacity test\n\nThe ministry in Paris said on Monday that it agreed.");
  request.set_validate_only(true);
  return request;
}

grpc::Status CreateArticle(v1::IngestService::Stub* ingest, const v1::CreateArticleRequest& request) {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(10)));
  v1::CreateArticleResponse response;
  return ingest->CreateArticle(&context, request, &response);
}

// The ingest server admits two calls; two open bulk streams fill it.
TEST(OverloadE2eTest, AtCapacityEveryIngestMethodIsRefusedAtOnceAndHealthStaysServing) {
  auto pair = ServicePair::Start({"--max_concurrent_calls=2"}, {});
  ASSERT_TRUE(pair.ok()) << pair.status();
  v1::IngestService::Stub* ingest = (*pair)->ingest();
  ASSERT_TRUE(CreateArticle(ingest, ValidateOnly()).ok());

  // The streams' handlers start as their calls arrive, well before the
  // pause ends (a probe sent earlier could take a ticket a stream needs).
  auto first = std::make_unique<OpenStream>(ingest);
  auto second = std::make_unique<OpenStream>(ingest);
  absl::SleepFor(absl::Milliseconds(200));
  grpc::Status refused;
  const absl::Time give_up = absl::Now() + absl::Seconds(20);
  while (absl::Now() < give_up) {
    refused = CreateArticle(ingest, ValidateOnly());
    if (refused.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) break;
    absl::SleepFor(absl::Milliseconds(20));
  }
  ASSERT_EQ(refused.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << refused.error_message();
  EXPECT_THAT(refused.error_message(), HasSubstr("at capacity"));
  EXPECT_THAT(refused.error_message(), HasSubstr("retry with exponential backoff"));

  const std::vector<std::string> methods = MethodPaths(kIngestService);
  ASSERT_THAT(methods, ::testing::Contains(HasSubstr("/BatchCreateArticles")));
  std::vector<absl::Duration> took;
  for (int round = 0; round < 5; ++round) {
    for (const std::string& method : methods) {
      SCOPED_TRACE(method);
      const absl::Time start = absl::Now();
      const grpc::Status status = CallWithEmptyRequest((*pair)->ingest_process().Channel(), method);
      took.push_back(absl::Now() - start);
      EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();
    }
  }
  std::sort(took.begin(), took.end());
  EXPECT_LT(took[took.size() / 2], absl::Milliseconds(100)) << "median refusal";
  EXPECT_LT(took.back(), absl::Seconds(1)) << "slowest refusal";
  EXPECT_EQ(testing::HealthOf((*pair)->ingest_health(), kIngestService),
            grpc::health::v1::HealthCheckResponse::SERVING);
  EXPECT_EQ(testing::HealthOf((*pair)->ingest_health(), ""),
            grpc::health::v1::HealthCheckResponse::SERVING);

  // The load ends: the streams finish normally and calls are admitted again.
  for (auto* stream : {first.get(), second.get()}) {
    const grpc::Status closed = stream->Close();
    EXPECT_TRUE(closed.ok()) << closed.error_code() << ": " << closed.error_message();
  }
  const grpc::Status after = CreateArticle(ingest, ValidateOnly());
  EXPECT_TRUE(after.ok()) << after.error_message();
}

// Stores the seed and Wikinews articles of the shared corpus (skips the
// test when it is missing).
void StoreCorpus(v1::IngestService::Stub* ingest) {
  if (!std::filesystem::exists(testing::CorpusDir() + "/seed")) {
    GTEST_SKIP() << "no corpus at " << testing::CorpusDir();
  }
  grpc::ClientContext context;
  v1::BatchCreateArticlesResponse response;
  auto writer = ingest->BatchCreateArticles(&context, &response);
  v1::BatchCreateArticlesRequest message;
  for (const char* part : {"/seed", "/wikinews"}) {
    const absl::Status read =
        tools::ForEachDocument(testing::CorpusDir() + part, [&](tools::CorpusDocument doc) {
          v1::CreateArticleRequest* request = message.add_requests();
          request->set_content(doc.text);
          request->set_published_date(doc.published_date);
          request->set_url(doc.url);
          if (message.requests_size() == 50) {
            writer->Write(message);
            message.Clear();
          }
          return absl::OkStatus();
        });
    ASSERT_TRUE(read.ok()) << read;
  }
  if (message.requests_size() > 0) writer->Write(message);
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.failed_count(), 0);
}

// The query server on a store of the seed and Wikinews articles, admitting
// four calls at a time and running lookups on one thread: one call runs,
// three wait for the thread, the rest are refused. (Before lookups moved
// off gRPC's own callback threads, at most two calls ever held a ticket on
// a two-core machine, and a bound above two was never reached.)
class QueryOverloadE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // No response cache: these tests need lookups that reach the store and
    // take time, however often the same request is sent.
    auto pair = ServicePair::Start(
        {}, {"--max_concurrent_calls=4", "--worker_threads=1", "--response_cache_mb=0"});
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = pair->release();
    StoreCorpus(pair_->ingest());
  }
  static void TearDownTestSuite() {
    delete pair_;
    pair_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::exists(testing::CorpusDir() + "/seed")) {
      GTEST_SKIP() << "no corpus at " << testing::CorpusDir();
    }
  }

  // A costly lookup: a full page of whole articles.
  static grpc::Status ListWholeArticles(absl::Duration deadline,
                                        const std::string& request_id = "") {
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
    if (!request_id.empty()) context.AddMetadata("x-request-id", request_id);
    v1::ListArticlesRequest request;
    request.set_page_size(1000);
    request.set_view(v1::ARTICLE_VIEW_FULL);
    v1::ListArticlesResponse response;
    return pair_->query()->ListArticles(&context, request, &response);
  }

  static ServicePair* pair_;
};

ServicePair* QueryOverloadE2eTest::pair_ = nullptr;

// The server's log line of the call with `request_id`, once written (or ""
// after five seconds).
std::string CallLogLine(const testing::ServiceProcess& process, const std::string& request_id) {
  const std::string wanted = absl::StrCat("\"request_id\":\"", request_id, "\"");
  for (int i = 0; i < 250; ++i) {
    for (absl::string_view line : absl::StrSplit(process.Log(), '\n')) {
      if (absl::StrContains(line, wanted)) return std::string(line);
    }
    absl::SleepFor(absl::Milliseconds(20));
  }
  return "";
}

// The duration_ms of a call log line; -1 when it has none.
double DurationMs(const std::string& line) {
  constexpr std::string_view kKey = "\"duration_ms\":";
  const size_t at = line.find(kKey);
  if (at == std::string::npos) return -1;
  const size_t start = at + kKey.size();
  const size_t end = line.find_first_of(",}", start);
  double ms = -1;
  if (!absl::SimpleAtod(line.substr(start, end - start), &ms)) return -1;
  return ms;
}

TEST_F(QueryOverloadE2eTest, AOneMillisecondDeadlineEndsTheCallPromptly) {
  std::vector<absl::Duration> took;
  for (int i = 0; i < 10; ++i) {
    const absl::Time start = absl::Now();
    const grpc::Status status = ListWholeArticles(absl::Milliseconds(1));
    took.push_back(absl::Now() - start);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << status.error_message();
    // The server stops the call a few milliseconds past its deadline; the
    // next one must not find the only ticket still taken.
    absl::SleepFor(absl::Milliseconds(50));
  }
  std::sort(took.begin(), took.end());
  EXPECT_LT(took[took.size() / 2], absl::Milliseconds(100)) << "median";
}

// The whole page takes tens of milliseconds (measured first, without a
// deadline); under a shorter deadline the server stops its work: the call's
// log line has the store's DEADLINE_EXCEEDED, and a duration near the
// deadline rather than the whole page's.
TEST_F(QueryOverloadE2eTest, TheServerStopsAnExpensiveQueryAtItsDeadline) {
  std::vector<double> whole_ms;
  for (int i = 0; i < 3; ++i) {
    const std::string id = absl::StrCat("overload-whole-", i);
    ASSERT_TRUE(ListWholeArticles(absl::Seconds(30), id).ok());
    whole_ms.push_back(DurationMs(CallLogLine((*pair_).query_process(), id)));
  }
  const double fastest_whole = *std::min_element(whole_ms.begin(), whole_ms.end());
  ASSERT_GT(fastest_whole, 15) << "the page is too cheap to test a deadline with";

  const absl::Duration deadline = absl::Milliseconds(5);
  const std::string id = "overload-deadline";
  const grpc::Status status = ListWholeArticles(deadline, id);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << status.error_message();
  const std::string line = CallLogLine(pair_->query_process(), id);
  ASSERT_FALSE(line.empty()) << pair_->query_process().Log();
  EXPECT_THAT(line, HasSubstr("\"code\":\"DEADLINE_EXCEEDED\""));
  EXPECT_THAT(line, HasSubstr("the call's deadline passed"));
  EXPECT_LT(DurationMs(line), fastest_whole / 2) << line;
}

// A call the client cancels while it waits behind others for the one
// lookup thread is never started: its call log line has CANCELLED, said
// of the wait, not a lookup's result.
TEST_F(QueryOverloadE2eTest, ACallCancelledWhileItWaitsIsNotStarted) {
  std::vector<std::thread> ahead;
  for (int i = 0; i < 2; ++i) {
    ahead.emplace_back([] { ListWholeArticles(absl::Seconds(30)); });
  }
  absl::SleepFor(absl::Milliseconds(5));  // the two pages reach the server first
  grpc::ClientContext context;
  context.AddMetadata("x-request-id", "overload-cancelled");
  v1::ListArticlesRequest request;
  request.set_page_size(1000);
  request.set_view(v1::ARTICLE_VIEW_FULL);
  v1::ListArticlesResponse response;
  std::thread canceller([&context] {
    absl::SleepFor(absl::Milliseconds(5));
    context.TryCancel();
  });
  const grpc::Status status = pair_->query()->ListArticles(&context, request, &response);
  canceller.join();
  for (std::thread& thread : ahead) thread.join();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::CANCELLED) << status.error_message();
  const std::string line = CallLogLine(pair_->query_process(), "overload-cancelled");
  ASSERT_FALSE(line.empty()) << "no call log line for the cancelled call";
  EXPECT_THAT(line, HasSubstr("\"code\":\"CANCELLED\""));
  EXPECT_THAT(line, HasSubstr("while it waited for a free server thread"));
}

// Background threads keep the admission ticket busy with whole pages;
// meanwhile every method of the service, listed from its descriptor, is
// refused at once (a method that skipped the gate would never be), health
// stays SERVING, and once the load stops calls succeed again.
TEST_F(QueryOverloadE2eTest, UnderLoadEveryQueryMethodIsRefusedAtOnceAndHealthStaysServing) {
  std::atomic<bool> stop{false};
  std::atomic<int> load_refused{0};
  std::vector<std::thread> load;
  for (int i = 0; i < 8; ++i) {
    load.emplace_back([&] {
      while (!stop.load()) {
        const grpc::Status status = ListWholeArticles(absl::Seconds(30));
        if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) load_refused.fetch_add(1);
      }
    });
  }
  const std::vector<std::string> methods = MethodPaths(kQueryService);
  ASSERT_THAT(methods, ::testing::Contains(HasSubstr("/WatchEvents")));
  ASSERT_THAT(methods, ::testing::Contains(HasSubstr("/ListEvents")));
  std::vector<absl::Duration> took;
  for (const std::string& method : methods) {
    SCOPED_TRACE(method);
    grpc::Status status;
    const absl::Time give_up = absl::Now() + absl::Seconds(20);
    while (absl::Now() < give_up) {
      const absl::Time start = absl::Now();
      status = CallWithEmptyRequest(pair_->query_process().Channel(), method);
      if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) {
        took.push_back(absl::Now() - start);
        break;
      }
    }
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();
    EXPECT_THAT(status.error_message(), HasSubstr("query server is at capacity"));
  }
  // Health is answered on gRPC's threads, which never wait on the store.
  std::vector<absl::Duration> health_took;
  for (int i = 0; i < 20; ++i) {
    const absl::Time start = absl::Now();
    EXPECT_EQ(testing::HealthOf(pair_->query_health(), kQueryService),
              grpc::health::v1::HealthCheckResponse::SERVING);
    health_took.push_back(absl::Now() - start);
  }
  std::sort(health_took.begin(), health_took.end());
  EXPECT_LT(health_took[health_took.size() / 2], absl::Milliseconds(100)) << "median health check";
  stop.store(true);
  for (std::thread& thread : load) thread.join();
  EXPECT_GT(load_refused.load(), 0);
  ASSERT_FALSE(took.empty());
  std::sort(took.begin(), took.end());
  EXPECT_LT(took[took.size() / 2], absl::Milliseconds(100)) << "median refusal";

  const grpc::Status after = ListWholeArticles(absl::Seconds(30));
  EXPECT_TRUE(after.ok()) << after.error_message();
}

// A WatchEvents call on an empty store: it stays open, sending nothing,
// until its deadline, unless the server refuses it.
class OpenWatch {
 public:
  OpenWatch(v1::QueryService::Stub* query, absl::Duration deadline) {
    context_.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
    reader_ = query->WatchEvents(&context_, v1::WatchEventsRequest());
  }
  // The call's status: at once when the server refused it, else at the
  // deadline (DEADLINE_EXCEEDED), or CANCELLED after Cancel().
  grpc::Status Finish() {
    v1::WatchEventsResponse response;
    while (reader_->Read(&response)) {
    }
    return reader_->Finish();
  }
  void Cancel() { context_.TryCancel(); }

 private:
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReader<v1::WatchEventsResponse>> reader_;
};

TEST(WatchLimitE2eTest, AWatchBeyondMaxWatchesIsRefusedAtOnceUntilOneCloses) {
  auto pair = ServicePair::Start({}, {"--max_watches=2"});
  ASSERT_TRUE(pair.ok()) << pair.status();
  v1::QueryService::Stub* query = (*pair)->query();
  OpenWatch first(query, absl::Seconds(60));
  OpenWatch second(query, absl::Seconds(60));
  // Both are open once a third is refused (a call may reach the server
  // after a later one).
  grpc::Status refused;
  absl::Duration refusal_took;
  for (int i = 0; i < 50; ++i) {
    const absl::Time start = absl::Now();
    OpenWatch third(query, absl::Milliseconds(500));
    refused = third.Finish();
    refusal_took = absl::Now() - start;
    if (refused.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) break;
  }
  ASSERT_EQ(refused.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << refused.error_message();
  EXPECT_THAT(refused.error_message(), HasSubstr("2 watches open, its limit (--max_watches)"));
  EXPECT_LT(refusal_took, absl::Milliseconds(400)) << "a refusal is not queued";
  // Lookups are not counted against watches.
  {
    grpc::ClientContext context;
    v1::ListArticlesResponse response;
    EXPECT_TRUE(query->ListArticles(&context, v1::ListArticlesRequest(), &response).ok());
  }

  first.Cancel();
  EXPECT_EQ(first.Finish().error_code(), grpc::StatusCode::CANCELLED);
  // Its place comes back once the server is done with the call.
  grpc::Status again;
  for (int i = 0; i < 50; ++i) {
    OpenWatch next(query, absl::Milliseconds(300));
    again = next.Finish();
    if (again.error_code() != grpc::StatusCode::RESOURCE_EXHAUSTED) break;
  }
  EXPECT_EQ(again.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << again.error_message();
  second.Cancel();
  second.Finish();
}

TEST(WatchLimitE2eTest, ABadMaxWatchesStopsTheServerWithAClearError) {
  const std::string dir = ::testing::TempDir() + "/watch_limit_flag";
  std::filesystem::create_directories(dir);
  for (const char* bad : {"--max_watches=0", "--max_watches=-3", "--max_watches=1000001"}) {
    const testing::CommandResult r =
        testing::RunCommand({testing::QueryBinary(), "--listen=127.0.0.1:0",
                             "--store=sqlite://" + dir + "/newsgraph.db", bad},
                            "", 30);
    EXPECT_NE(r.exit_code, 0) << bad << ": " << r.output;
    EXPECT_THAT(r.output, HasSubstr("--max_watches must be 1 to 1000000")) << bad;
  }
}

}  // namespace
}  // namespace newsgraph
