// Many replicas on one PostgreSQL database: two ingest and two query
// processes on one store (a fresh schema on the throwaway server of the
// `postgres` ctest fixture). Four clients send the same 500 BBC articles
// at once, each a different overlapping half, through both ingest
// replicas. Then: exactly 500 articles, each created once; no entity
// stored twice and every entity's counts consistent with its links; both
// query replicas answer alike; and a watch opened on one query replica
// before the ingest streams every report, whichever replica stored it.
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "newsgraph/v1/query_service.grpc.pb.h"
#include "shared/store/postgres/pg_connection.h"
#include "tests/testing/pg_server.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"
#include "tools/corpus_reader.h"

namespace newsgraph {
namespace {

using google::protobuf::util::MessageDifferencer;
using testing::ServiceProcess;

constexpr int kArticles = 500;
constexpr int kClients = 4;

std::string ServerUri() { return testing::TestPostgresUri(); }

// 100 distinct articles of each BBC topic (the collection repeats a few
// stories word for word; those would be one article).
std::vector<tools::CorpusDocument> BbcArticles() {
  std::vector<tools::CorpusDocument> docs;
  std::set<std::string> texts;
  for (const char* topic : {"business", "entertainment", "politics", "sport", "tech"}) {
    int n = 0;
    absl::Status s = tools::ForEachDocument(
        absl::StrCat(testing::CorpusDir(), "/bbc/", topic), [&](tools::CorpusDocument doc) {
          if (n == kArticles / 5) return absl::CancelledError();
          if (!texts.insert(doc.text).second) return absl::OkStatus();
          ++n;
          docs.push_back(std::move(doc));
          return absl::OkStatus();
        });
    EXPECT_TRUE(s.ok() || absl::IsCancelled(s)) << s;
  }
  return docs;
}

class ReplicasE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string server = ServerUri();
    if (server.empty()) GTEST_SKIP() << "no PostgreSQL server (NEWSGRAPH_TEST_PG_URI_FILE)";
    docs_ = BbcArticles();
    if (docs_.size() != static_cast<size_t>(kArticles)) GTEST_SKIP() << "no BBC corpus";
    schema_ = absl::StrCat("replicas_", getpid());
    auto admin = store::postgres::PgConnection::Open(server, {});
    ASSERT_TRUE(admin.ok()) << admin.status();
    admin_ = *std::move(admin);
    ASSERT_TRUE(admin_->Execute(absl::StrCat("DROP SCHEMA IF EXISTS ", schema_,
                                             " CASCADE; CREATE SCHEMA ", schema_,
                                             "; SET search_path = ", schema_))
                    .ok());
    store_flag_ = absl::StrCat("--store=", server, "?options=-csearch_path%3D", schema_);
    for (int i = 0; i < 2; ++i) {
      auto ingest = ServiceProcess::Start(testing::IngestBinary(), {store_flag_});
      ASSERT_TRUE(ingest.ok()) << ingest.status();
      ingest_.push_back(*std::move(ingest));
      auto query = ServiceProcess::Start(testing::QueryBinary(), {store_flag_});
      ASSERT_TRUE(query.ok()) << query.status();
      query_.push_back(*std::move(query));
    }
  }

  void TearDown() override {
    ingest_.clear();
    query_.clear();
    if (admin_ != nullptr) {
      EXPECT_TRUE(admin_->Execute(absl::StrCat("DROP SCHEMA ", schema_, " CASCADE")).ok());
      admin_.reset();
    }
  }

  // A number from the store's tables (the admin session's search_path is
  // the store's schema).
  int64_t Count(const std::string& sql) {
    absl::StatusOr<int64_t> n = admin_->QueryInt64(sql);
    EXPECT_TRUE(n.ok()) << sql << ": " << n.status();
    return n.ok() ? *n : -1;
  }

  // Client `c` sends articles [c * 125, c * 125 + 250) (mod 500), in its
  // own order, in batches of 25, through ingest replica c % 2.
  void RunClient(int c, std::atomic<int>* created, std::atomic<int>* errors) {
    auto stub = v1::IngestService::NewStub(ingest_[c % 2]->Channel());
    std::vector<int> mine;
    for (int i = 0; i < kArticles / 2; ++i) mine.push_back((c * kArticles / kClients + i) % kArticles);
    std::shuffle(mine.begin(), mine.end(), std::mt19937(c));
    for (size_t start = 0; start < mine.size(); start += 25) {
      grpc::ClientContext context;
      v1::BatchCreateArticlesResponse response;
      auto writer = stub->BatchCreateArticles(&context, &response);
      v1::BatchCreateArticlesRequest message;
      for (size_t i = start; i < std::min(mine.size(), start + 25); ++i) {
        const tools::CorpusDocument& doc = docs_[static_cast<size_t>(mine[i])];
        v1::CreateArticleRequest* request = message.add_requests();
        request->set_content(doc.text);
        request->set_url(doc.url);
      }
      writer->Write(message);
      writer->WritesDone();
      const grpc::Status status = writer->Finish();
      if (!status.ok()) {
        ++*errors;
        ADD_FAILURE() << "client " << c << ": " << status.error_message();
        continue;
      }
      *created += response.created_count();
      for (const auto& result : response.results()) {
        if (result.code() != 0) {
          ++*errors;
          ADD_FAILURE() << "client " << c << ": " << result.message();
        }
      }
    }
  }

  std::vector<tools::CorpusDocument> docs_;
  std::string schema_;
  std::string store_flag_;
  std::unique_ptr<store::postgres::PgConnection> admin_;
  std::vector<std::unique_ptr<ServiceProcess>> ingest_;
  std::vector<std::unique_ptr<ServiceProcess>> query_;
};

// All article names, paging through one query replica.
std::set<std::string> ListAllArticles(v1::QueryService::Stub* query) {
  std::set<std::string> names;
  v1::ListArticlesRequest request;
  request.set_page_size(100);
  while (true) {
    grpc::ClientContext context;
    v1::ListArticlesResponse response;
    const grpc::Status status = query->ListArticles(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (!status.ok()) break;
    for (const v1::Article& article : response.articles()) {
      EXPECT_TRUE(names.insert(article.name()).second) << "listed twice: " << article.name();
    }
    if (response.next_page_token().empty()) break;
    request.set_page_token(response.next_page_token());
  }
  return names;
}

TEST_F(ReplicasE2eTest, ConcurrentOverlappingIngestStoresEachArticleAndEntityOnce) {
  // The watch starts before any article goes in.
  auto watch_stub = v1::QueryService::NewStub(query_[1]->Channel());
  grpc::ClientContext watch_context;
  watch_context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Minutes(5)));
  auto watch = watch_stub->WatchEvents(&watch_context, v1::WatchEventsRequest());
  absl::SleepFor(absl::Seconds(1));  // the stream's start position is taken

  std::atomic<int> created{0};
  std::atomic<int> errors{0};
  const absl::Time start = absl::Now();
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([this, c, &created, &errors] { RunClient(c, &created, &errors); });
  }
  for (std::thread& t : clients) t.join();
  const absl::Duration took = absl::Now() - start;
  std::cout << "ingested " << kClients * kArticles / 2 << " requests (" << kArticles
            << " articles) through 2 ingest replicas in " << took << "\n";
  EXPECT_EQ(errors.load(), 0);
  EXPECT_EQ(created.load(), kArticles);

  // Exactly 500 articles, and both query replicas list the same ones.
  auto query_a = v1::QueryService::NewStub(query_[0]->Channel());
  auto query_b = v1::QueryService::NewStub(query_[1]->Channel());
  const std::set<std::string> listed_a = ListAllArticles(query_a.get());
  EXPECT_EQ(listed_a.size(), static_cast<size_t>(kArticles));
  EXPECT_EQ(ListAllArticles(query_b.get()), listed_a);

  // No entity twice: one person or organization per name and country,
  // and every entity's article count equal to the articles linked to it.
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), kArticles);
  EXPECT_EQ(Count("SELECT count(*) FROM (SELECT 1 FROM entities WHERE type IN "
                  "('ENTITY_TYPE_PERSON', 'ENTITY_TYPE_ORGANIZATION') "
                  "GROUP BY type, display_norm, country_code HAVING count(*) > 1) AS d"),
            0);
  EXPECT_EQ(Count("SELECT count(*) FROM entities e WHERE e.article_count <> "
                  "(SELECT count(*) FROM article_entities l WHERE l.entity_id = e.entity_id)"),
            0);
  EXPECT_GT(Count("SELECT count(*) FROM entities"), 1000);

  // Both query replicas answer alike.
  for (const char* text : {"Tony Blair", "Microsoft", "England", "Gordon Brown"}) {
    v1::SearchEntitiesRequest request;
    request.set_query(text);
    v1::SearchEntitiesResponse a;
    v1::SearchEntitiesResponse b;
    grpc::ClientContext ca;
    grpc::ClientContext cb;
    ASSERT_TRUE(query_a->SearchEntities(&ca, request, &a).ok());
    ASSERT_TRUE(query_b->SearchEntities(&cb, request, &b).ok());
    EXPECT_FALSE(a.entities().empty()) << text;
    EXPECT_TRUE(MessageDifferencer::Equals(a, b)) << text;
  }
  {
    v1::ListEventsRequest request;
    request.set_page_size(50);
    v1::ListEventsResponse a;
    v1::ListEventsResponse b;
    grpc::ClientContext ca;
    grpc::ClientContext cb;
    ASSERT_TRUE(query_a->ListEvents(&ca, request, &a).ok());
    ASSERT_TRUE(query_b->ListEvents(&cb, request, &b).ok());
    EXPECT_FALSE(a.events().empty());
    EXPECT_TRUE(MessageDifferencer::Equals(a, b));
  }

  // The watch on query replica 1 saw every report, each once, in order.
  const int64_t reports = Count("SELECT count(*) FROM event_reports");
  ASSERT_GT(reports, 0);
  std::set<std::string> seen;
  std::set<std::string> cursors;
  v1::WatchEventsResponse response;
  while (static_cast<int64_t>(seen.size()) < reports && watch->Read(&response)) {
    EXPECT_TRUE(seen.insert(absl::StrCat(response.event().name(), " ", response.article())).second)
        << "reported twice: " << response.event().name() << " " << response.article();
    EXPECT_TRUE(cursors.insert(response.cursor()).second);
  }
  EXPECT_EQ(static_cast<int64_t>(seen.size()), reports);
  watch_context.TryCancel();
}

}  // namespace
}  // namespace newsgraph
