// End to end through `buf curl` and server reflection only (no local
// protos): what a person inspecting the services with a grpcurl-style
// client sees. Responses are parsed back into the API's messages.
#include <google/protobuf/util/json_util.h>

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/command.h"
#include "tests/testing/service_pair.h"

namespace newsgraph {
namespace {

using testing::CommandResult;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using testing::RunCommand;
using testing::ServicePair;

class BufCurlE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = pair->release();
  }
  static void TearDownTestSuite() {
    delete pair_;
    pair_ = nullptr;
  }

  static std::string Url(const testing::ServiceProcess& p) {
    return absl::StrCat("http://", p.address());
  }

  // `buf curl` against `base` with extra args; stdin carries the request.
  static CommandResult Curl(const std::string& base, std::vector<std::string> args,
                            const std::string& body = "") {
    std::vector<std::string> argv = {testing::BufBinary(), "curl", "--protocol", "grpc",
                                     "--http2-prior-knowledge"};
    argv.insert(argv.end(), args.begin(), args.end());
    if (!body.empty()) {
      argv.push_back("-d");
      argv.push_back("@-");
    }
    argv.push_back(base);
    return RunCommand(argv, body);
  }

  static std::set<std::string> Lines(const std::string& text) {
    std::set<std::string> lines;
    for (absl::string_view line : absl::StrSplit(text, '\n', absl::SkipEmpty())) {
      lines.insert(std::string(line));
    }
    return lines;
  }

  template <typename Message>
  static Message Parse(const CommandResult& result) {
    EXPECT_EQ(result.exit_code, 0) << result.output;
    Message message;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    const auto status =
        google::protobuf::util::JsonStringToMessage(result.output, &message, options);
    EXPECT_TRUE(status.ok()) << status.ToString() << "\n" << result.output;
    return message;
  }

  static ServicePair* pair_;
};

ServicePair* BufCurlE2eTest::pair_ = nullptr;

TEST_F(BufCurlE2eTest, ListsServicesAndMethodsByReflection) {
  const CommandResult ingest = Curl(Url(pair_->ingest_process()), {"--list-services"});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.output;
  EXPECT_EQ(Lines(ingest.output),
            (std::set<std::string>{"newsgraph.v1.IngestService", "grpc.health.v1.Health",
                                   "grpc.reflection.v1alpha.ServerReflection"}));
  const CommandResult query = Curl(Url(pair_->query_process()), {"--list-services"});
  ASSERT_EQ(query.exit_code, 0) << query.output;
  EXPECT_EQ(Lines(query.output),
            (std::set<std::string>{"newsgraph.v1.QueryService", "grpc.health.v1.Health",
                                   "grpc.reflection.v1alpha.ServerReflection"}));

  const CommandResult ingest_methods = Curl(Url(pair_->ingest_process()), {"--list-methods"});
  ASSERT_EQ(ingest_methods.exit_code, 0) << ingest_methods.output;
  EXPECT_THAT(Lines(ingest_methods.output),
              IsSupersetOf({"newsgraph.v1.IngestService/CreateArticle",
                            "newsgraph.v1.IngestService/BatchCreateArticles",
                            "grpc.health.v1.Health/Check", "grpc.health.v1.Health/Watch"}));
  const CommandResult query_methods = Curl(Url(pair_->query_process()), {"--list-methods"});
  ASSERT_EQ(query_methods.exit_code, 0) << query_methods.output;
  EXPECT_THAT(Lines(query_methods.output),
              IsSupersetOf(
                  {"newsgraph.v1.QueryService/GetArticle", "newsgraph.v1.QueryService/ListArticles",
                   "newsgraph.v1.QueryService/SearchArticles", "grpc.health.v1.Health/Check"}));
}

TEST_F(BufCurlE2eTest, HealthOfBothServices) {
  for (const auto* process : {&pair_->ingest_process(), &pair_->query_process()}) {
    for (const std::string service :
         {"", "newsgraph.v1.IngestService", "newsgraph.v1.QueryService"}) {
      const bool own = service.empty() || (process == &pair_->ingest_process()) ==
                                              (service == "newsgraph.v1.IngestService");
      const CommandResult r = Curl(Url(*process) + "/grpc.health.v1.Health/Check", {},
                                   absl::StrCat("{\"service\":\"", service, "\"}"));
      if (own) {
        EXPECT_EQ(r.exit_code, 0) << r.output;
        EXPECT_THAT(r.output, HasSubstr("\"SERVING\"")) << service;
      } else {
        EXPECT_NE(r.exit_code, 0) << service << " should be unknown here";
        EXPECT_THAT(r.output, HasSubstr("not_found"));
      }
    }
  }
}

TEST_F(BufCurlE2eTest, IngestGetListAndSearch) {
  const std::string body = R"({
    "text": "Tbilisi hosts regional water forum\n\nMinisters from five countries met in Tbilisi on Tuesday to discuss shared rivers. They agreed to meet again in Yerevan.",
    "source": "Example Times",
    "publishedDate": "2021-06-08"
  })";
  const auto created = Parse<v1::CreateArticleResponse>(
      Curl(Url(pair_->ingest_process()) + "/newsgraph.v1.IngestService/CreateArticle", {}, body));
  EXPECT_FALSE(created.already_exists());
  const std::string name = created.article().name();
  ASSERT_FALSE(name.empty());
  EXPECT_EQ(created.article().title(), "Tbilisi hosts regional water forum");
  EXPECT_EQ(created.article().sentences_size(), 3);

  // Again: same name, already_exists.
  const auto again = Parse<v1::CreateArticleResponse>(
      Curl(Url(pair_->ingest_process()) + "/newsgraph.v1.IngestService/CreateArticle", {}, body));
  EXPECT_TRUE(again.already_exists());
  EXPECT_EQ(again.article().name(), name);

  // The bulk RPC, client streaming: two JSON messages on stdin.
  const auto bulk = Parse<v1::BatchCreateArticlesResponse>(
      Curl(Url(pair_->ingest_process()) + "/newsgraph.v1.IngestService/BatchCreateArticles", {},
           R"({"requests": [{"text": "First bulk item\n\nThe first thing happened."}]}
         {"requests": [{"text": "Second bulk item\n\nThe second thing happened."}]})"));
  EXPECT_EQ(bulk.created_count(), 2);

  const auto got = Parse<v1::GetArticleResponse>(
      Curl(Url(pair_->query_process()) + "/newsgraph.v1.QueryService/GetArticle", {},
           absl::StrCat(R"({"name": ")", name, R"("})")));
  EXPECT_EQ(got.article().source(), "Example Times");
  EXPECT_EQ(got.article().published_date().year(), 2021);

  const auto listed = Parse<v1::ListArticlesResponse>(
      Curl(Url(pair_->query_process()) + "/newsgraph.v1.QueryService/ListArticles", {},
           R"({"filter": "source = \"Example Times\" AND published_date >= \"2021\""})"));
  ASSERT_EQ(listed.articles_size(), 1);
  EXPECT_EQ(listed.articles(0).name(), name);

  const auto found = Parse<v1::SearchArticlesResponse>(
      Curl(Url(pair_->query_process()) + "/newsgraph.v1.QueryService/SearchArticles", {},
           R"({"query": "\"shared rivers\" Yerevan"})"));
  ASSERT_EQ(found.results_size(), 1);
  EXPECT_EQ(found.results(0).article().name(), name);
}

TEST_F(BufCurlE2eTest, ErrorsCarryCodeAndMessage) {
  const CommandResult r =
      Curl(Url(pair_->query_process()) + "/newsgraph.v1.QueryService/GetArticle", {},
           R"({"name": "articles/nope"})");
  EXPECT_EQ(r.exit_code, 3 * 8) << r.output;  // buf curl exits with code * 8
  EXPECT_THAT(r.output, HasSubstr("invalid_argument"));
  EXPECT_THAT(r.output, HasSubstr("articles/{article_id}"));
}

}  // namespace
}  // namespace newsgraph
