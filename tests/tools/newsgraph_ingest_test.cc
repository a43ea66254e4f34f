// newsgraph_ingest against the real services: --copies=N stores each
// article N times under distinct ids, copy k titled "... (copy k)", and
// sending the same copies again stores nothing new; a bad --copies is a
// usage error.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/command.h"
#include "tests/testing/service_pair.h"

namespace newsgraph::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

class NewsgraphIngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
    dir_ = ::testing::TempDir() + "/newsgraph_ingest_test";
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    Write("a.txt", "Georgia and Azerbaijan hold talks\n\nThe defense ministers met in Baku.\n");
    Write("b.txt", "Markets rise\n\nShares rose in London on Monday.\n");
  }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ + "/" + name) << text;
  }

  CommandResult Ingest(const std::vector<std::string>& flags) {
    std::vector<std::string> argv = {NEWSGRAPH_INGEST_CLIENT_BINARY,
                                     "--target=" + pair_->ingest_process().address()};
    argv.insert(argv.end(), flags.begin(), flags.end());
    argv.push_back(dir_);
    return RunCommand(argv);
  }

  std::vector<std::string> StoredTitles() {
    v1::ListArticlesRequest request;
    request.set_page_size(100);
    v1::ListArticlesResponse response;
    grpc::ClientContext context;
    EXPECT_TRUE(pair_->query()->ListArticles(&context, request, &response).ok());
    std::vector<std::string> titles;
    for (const v1::Article& article : response.articles()) titles.push_back(article.title());
    return titles;
  }

  std::unique_ptr<ServicePair> pair_;
  std::string dir_;
};

TEST_F(NewsgraphIngestTest, CopiesAreStoredAsDistinctArticles) {
  const CommandResult first = Ingest({"--copies=3"});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_THAT(first.output, HasSubstr("6 articles"));
  EXPECT_THAT(first.output, HasSubstr("6 created, 0 already stored, 0 failed"));
  EXPECT_THAT(StoredTitles(),
              UnorderedElementsAre("Georgia and Azerbaijan hold talks",
                                   "Georgia and Azerbaijan hold talks (copy 2)",
                                   "Georgia and Azerbaijan hold talks (copy 3)", "Markets rise",
                                   "Markets rise (copy 2)", "Markets rise (copy 3)"));

  const CommandResult again = Ingest({"--copies=4"});
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_THAT(again.output, HasSubstr("2 created, 6 already stored, 0 failed"));
}

TEST_F(NewsgraphIngestTest, OneCopyIsTheArticleAsWritten) {
  const CommandResult result = Ingest({});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_THAT(StoredTitles(),
              UnorderedElementsAre("Georgia and Azerbaijan hold talks", "Markets rise"));
}

TEST_F(NewsgraphIngestTest, CopiesBelowOneIsAUsageError) {
  const CommandResult result = Ingest({"--copies=0"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.output, HasSubstr("--copies must be at least 1"));
  EXPECT_THAT(StoredTitles(), ::testing::IsEmpty());
}

}  // namespace
}  // namespace newsgraph::testing
