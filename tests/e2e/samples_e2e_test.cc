// End to end over the project's own sample articles (data/samples), one per
// supported format: each is read as its format with the right metadata.
#include <grpcpp/client_context.h>

#include <string>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "tests/testing/service_pair.h"

namespace newsgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ServicePair;

class SamplesE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
  }

  v1::Article Ingest(const std::string& file, const std::string& published_date = "",
                     const std::string& source = "") {
    v1::CreateArticleRequest request;
    request.set_text(testing::ReadFileOrEmpty(testing::SamplesDir() + "/" + file));
    EXPECT_FALSE(request.text().empty()) << file;
    request.set_published_date(published_date);
    request.set_source(source);
    grpc::ClientContext context;
    v1::CreateArticleResponse response;
    const grpc::Status status = pair_->ingest()->CreateArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << file << ": " << status.error_message();
    EXPECT_FALSE(response.already_exists());
    return response.article();
  }

  std::unique_ptr<ServicePair> pair_;
};

TEST_F(SamplesE2eTest, Byline) {
  const v1::Article a = Ingest("byline.txt");
  EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_BYLINE);
  EXPECT_EQ(date::FormatIsoDate(a.published_date()), "2021-03-15");
  EXPECT_THAT(a.authors(), ElementsAre("Leyla Mammadova"));
  EXPECT_EQ(a.source(), "Caspian Daily");
  ASSERT_EQ(a.social_handles_size(), 1);
  EXPECT_EQ(a.social_handles(0).handle(), "@LeylaM_news");
  EXPECT_THAT(a.body(), Not(HasSubstr("---")));
  EXPECT_EQ(a.paragraphs_size(), 3);
  EXPECT_EQ(a.sentences_size(), 4);
}

TEST_F(SamplesE2eTest, Wikinews) {
  const v1::Article a = Ingest("wikinews.txt");
  EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_WIKINEWS);
  EXPECT_EQ(a.title(), "Rotterdam port opens automated container terminal");
  EXPECT_EQ(date::FormatIsoDate(a.published_date()), "2021-03-04");
  EXPECT_TRUE(absl::StartsWith(a.body(), "The Port of Rotterdam Authority"));
  ASSERT_GE(a.paragraphs_size(), 4);
  EXPECT_EQ(a.paragraphs(0).section(), v1::ARTICLE_SECTION_TITLE);
  EXPECT_EQ(a.sentences(0).text(), a.title());
}

TEST_F(SamplesE2eTest, NewswireTakesTheYearFromTheRequest) {
  const v1::Article a = Ingest("newswire.txt", "2021");
  EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_NEWSWIRE);
  EXPECT_EQ(a.title(), "NORDIC STEEL TO BUY ROLLING MILL FROM HANSA METALS");
  EXPECT_EQ(a.dateline_place(), "STOCKHOLM");
  EXPECT_EQ(date::FormatIsoDate(a.published_date()), "2021-03-03");
  EXPECT_TRUE(absl::StartsWith(a.body(), "Nordic Steel AB said")) << a.body();
  EXPECT_TRUE(absl::EndsWith(a.body(), "third quarter.")) << a.body();
  // Hard-wrapped lines do not break sentences; "Sp z o.o." does not either.
  EXPECT_EQ(a.sentences(1).text(),
            "Nordic Steel AB said it agreed to buy\nthe Gdansk rolling mill of Hansa Metals Sp z "
            "o.o. for 410 mln\ncrowns, subject to approval by Polish regulators.");
}

TEST_F(SamplesE2eTest, Titled) {
  const v1::Article a = Ingest("titled.txt", "2021-05-11");
  EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_TITLED);
  EXPECT_EQ(a.title(), "Leeds council approves new cycle lanes");
  EXPECT_EQ(date::FormatIsoDate(a.published_date()), "2021-05-11");
  EXPECT_EQ(a.paragraphs_size(), 4);
}

TEST_F(SamplesE2eTest, PlainTakesMetadataFromTheRequest) {
  const v1::Article a = Ingest("plain.txt", "2021-02-12", "Andes Wire");
  EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_PLAIN);
  EXPECT_EQ(a.title(), "");
  EXPECT_EQ(a.source(), "Andes Wire");
  EXPECT_EQ(date::FormatIsoDate(a.published_date()), "2021-02-12");
  EXPECT_EQ(a.sentences_size(), 3);
  EXPECT_THAT(a.sentences(2).text(), HasSubstr("Mapuche community leaders"));
}

}  // namespace
}  // namespace newsgraph
