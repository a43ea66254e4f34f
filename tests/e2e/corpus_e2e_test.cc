// End to end over real news: both services as processes on one SQLite
// file; the seed, all 295 Wikinews articles, 200 BBC articles (40 per
// topic) and 100 Reuters stories go in through the bulk RPC; then every
// article is read back and checked through the query service.
#include <grpcpp/client_context.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "shared/text/utf8.h"
#include "tests/testing/service_pair.h"
#include "tools/corpus_reader.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using testing::CorpusDir;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::ServicePair;

struct Sent {
  tools::CorpusDocument doc;
  std::string name;  // filled from the result
};

// One corpus ingest shared by every test of the suite.
class CorpusE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(CorpusDir() + "/seed")) return;
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = pair->release();
    docs_ = new std::vector<Sent>();
    by_origin_ = new std::map<std::string, size_t>();

    auto collect = [](const std::string& path, int limit) {
      int n = 0;
      absl::Status s = tools::ForEachDocument(path, [&](tools::CorpusDocument doc) {
        if (limit > 0 && n >= limit) return absl::CancelledError();
        ++n;
        docs_->push_back(Sent{std::move(doc), ""});
        return absl::OkStatus();
      });
      ASSERT_TRUE(s.ok() || absl::IsCancelled(s)) << s;
    };
    collect(CorpusDir() + "/seed", 0);
    collect(CorpusDir() + "/wikinews", 0);
    for (const char* topic : {"business", "entertainment", "politics", "sport", "tech"}) {
      collect(absl::StrCat(CorpusDir(), "/bbc/", topic), 40);
    }
    collect(CorpusDir() + "/reuters/reuters21578.jsonl.gz", 100);

    grpc::ClientContext context;
    v1::BatchCreateArticlesResponse response;
    auto writer = pair_->ingest()->BatchCreateArticles(&context, &response);
    v1::BatchCreateArticlesRequest message;
    for (size_t i = 0; i < docs_->size(); ++i) {
      const tools::CorpusDocument& doc = (*docs_)[i].doc;
      (*by_origin_)[doc.origin] = i;
      v1::CreateArticleRequest* request = message.add_requests();
      request->set_content(doc.text);
      request->set_published_date(doc.published_date);
      request->set_url(doc.url);
      if (message.requests_size() == 50 || i + 1 == docs_->size()) {
        ASSERT_TRUE(writer->Write(message));
        message.Clear();
      }
    }
    writer->WritesDone();
    grpc::Status status = writer->Finish();
    ASSERT_TRUE(status.ok()) << status.error_message();
    ASSERT_EQ(response.results_size(), static_cast<int>(docs_->size()));
    for (const auto& result : response.results()) {
      ASSERT_EQ(result.code(), 0) << (*docs_)[result.index()].doc.origin << ": "
                                  << result.message();
      (*docs_)[result.index()].name = result.name();
    }
    created_ = response.created_count();
  }

  static void TearDownTestSuite() {
    delete pair_;
    delete docs_;
    delete by_origin_;
    pair_ = nullptr;
  }

  void SetUp() override {
    if (pair_ == nullptr) GTEST_SKIP() << "no corpus at " << CorpusDir();
  }

  static const Sent& Doc(const std::string& relative) {
    const std::string origin = CorpusDir() + "/" + relative;
    auto it = by_origin_->find(origin);
    EXPECT_NE(it, by_origin_->end()) << origin;
    return (*docs_)[it->second];
  }

  static v1::Article Get(const std::string& name, v1::ArticleView view = v1::ARTICLE_VIEW_FULL) {
    grpc::ClientContext context;
    v1::GetArticleRequest request;
    request.set_name(name);
    request.set_view(view);
    v1::GetArticleResponse response;
    grpc::Status status = pair_->query()->GetArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << name << ": " << status.error_message();
    return response.article();
  }

  static v1::SearchArticlesResponse Search(const std::string& query, const std::string& filter = "",
                                           int page_size = 0) {
    grpc::ClientContext context;
    v1::SearchArticlesRequest request;
    request.set_query(query);
    request.set_filter(filter);
    request.set_page_size(page_size);
    v1::SearchArticlesResponse response;
    grpc::Status status = pair_->query()->SearchArticles(&context, request, &response);
    EXPECT_TRUE(status.ok()) << query << ": " << status.error_message();
    return response;
  }

  static ServicePair* pair_;
  static std::vector<Sent>* docs_;
  static std::map<std::string, size_t>* by_origin_;
  static int created_;
};

ServicePair* CorpusE2eTest::pair_ = nullptr;
std::vector<Sent>* CorpusE2eTest::docs_ = nullptr;
std::map<std::string, size_t>* CorpusE2eTest::by_origin_ = nullptr;
int CorpusE2eTest::created_ = 0;

TEST_F(CorpusE2eTest, EveryArticleIsStoredAndRetrievable) {
  EXPECT_EQ(docs_->size(), 1u + 295u + 200u + 100u);
  std::set<std::string> names;
  for (const Sent& sent : *docs_) {
    ASSERT_FALSE(sent.name.empty()) << sent.doc.origin;
    names.insert(sent.name);
    const v1::Article article = Get(sent.name);
    EXPECT_EQ(article.name(), sent.name);
    EXPECT_EQ(article.content(), sent.doc.text) << sent.doc.origin;
    // Only a title-only page (wikinews/2020/104.txt) has an empty body.
    EXPECT_TRUE(!article.body().empty() || !article.title().empty()) << sent.doc.origin;
    EXPECT_GT(article.sentences_size(), 0) << sent.doc.origin;
  }
  // Distinct articles get distinct ids; the corpus has a few exact repeats.
  EXPECT_EQ(static_cast<int>(names.size()), created_);
  EXPECT_GE(created_, static_cast<int>(docs_->size()) - 10);
}

TEST_F(CorpusE2eTest, SeedMetadataIsRight) {
  const v1::Article a = Get(Doc("seed/azernews-2020-01-24.txt").name);
  EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_BYLINE);
  EXPECT_EQ(date::FormatIsoDate(a.published_date()), "2020-01-24");
  EXPECT_THAT(a.authors(), ::testing::ElementsAre("Abdul Kerimkhanov"));
  EXPECT_EQ(a.source(), "AzerNews");
  ASSERT_EQ(a.social_handles_size(), 1);
  EXPECT_EQ(a.social_handles(0).handle(), "@AbdulKerim94");
  EXPECT_EQ(a.social_handles(0).platform(), "Twitter");
  EXPECT_THAT(a.author_bio(), HasSubstr("staff journalist"));
  EXPECT_THAT(a.body(), Not(HasSubstr("staff journalist")));
  EXPECT_THAT(a.body(), Not(HasSubstr("@AbdulKerim94")));
  EXPECT_THAT(a.body(), Not(HasSubstr("By Abdul")));
  EXPECT_TRUE(absl::StartsWith(a.body(), "Defense Ministries of Azerbaijan and Georgia"));
  EXPECT_TRUE(absl::EndsWith(a.body(), "enemy of both our countries.\""));
}

TEST_F(CorpusE2eTest, WikinewsTitlesAndDatesMatchTheIndex) {
  std::ifstream index(CorpusDir() + "/wikinews/index.jsonl");
  std::string line;
  int checked = 0;
  while (std::getline(index, line)) {
    const auto entry = nlohmann::json::parse(line);
    const Sent& sent = Doc("wikinews/" + entry["file"].get<std::string>());
    const v1::Article a = Get(sent.name, v1::ARTICLE_VIEW_BASIC);
    // 118 files of 2020 have no date line: they read as TITLED, and their
    // date comes from the index through the request.
    EXPECT_TRUE(a.format() == v1::ARTICLE_FORMAT_WIKINEWS ||
                a.format() == v1::ARTICLE_FORMAT_TITLED)
        << sent.doc.origin;
    EXPECT_EQ(a.title(), entry["title"].get<std::string>()) << sent.doc.origin;
    EXPECT_EQ(a.url(), entry["url"].get<std::string>()) << sent.doc.origin;
    EXPECT_EQ(date::FormatIsoDate(a.published_date()), entry["date"].get<std::string>())
        << sent.doc.origin;
    ++checked;
  }
  EXPECT_EQ(checked, 295);
}

TEST_F(CorpusE2eTest, BbcTitlesAreTheFirstLine) {
  int checked = 0;
  for (const Sent& sent : *docs_) {
    if (!absl::StrContains(sent.doc.origin, "/bbc/")) continue;
    const std::string first_line = sent.doc.text.substr(0, sent.doc.text.find('\n'));
    const v1::Article a = Get(sent.name, v1::ARTICLE_VIEW_BASIC);
    EXPECT_EQ(a.format(), v1::ARTICLE_FORMAT_TITLED) << sent.doc.origin;
    EXPECT_EQ(a.title(), std::string(absl::StripAsciiWhitespace(first_line))) << sent.doc.origin;
    EXPECT_FALSE(a.has_published_date()) << sent.doc.origin;
    ++checked;
  }
  EXPECT_EQ(checked, 200);
}

TEST_F(CorpusE2eTest, ReutersTitlesDatesAndDatelines) {
  int checked = 0;
  int with_dateline = 0;
  for (const Sent& sent : *docs_) {
    if (!absl::StrContains(sent.doc.origin, "/reuters/")) continue;
    const v1::Article a = Get(sent.name);
    EXPECT_EQ(date::FormatIsoDate(a.published_date()), sent.doc.published_date) << sent.doc.origin;
    EXPECT_FALSE(absl::EndsWith(absl::StripTrailingAsciiWhitespace(a.body()), "Reuter"))
        << sent.doc.origin;
    if (a.format() == v1::ARTICLE_FORMAT_NEWSWIRE && !a.dateline_place().empty()) {
      ++with_dateline;
      EXPECT_FALSE(a.title().empty()) << sent.doc.origin;
      EXPECT_TRUE(absl::StartsWith(sent.doc.text, a.title())) << sent.doc.origin;
      EXPECT_THAT(a.body(), Not(HasSubstr(a.dateline_place() + ", "))) << sent.doc.origin;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 100);
  EXPECT_GE(with_dateline, 85);
  // The first story: "BAHIA COCOA REVIEW", "SALVADOR, Feb 26 - Showers continued ...".
  const v1::Article first =
      Get((*docs_)[by_origin_->at(CorpusDir() + "/reuters/reuters21578.jsonl.gz:1")].name);
  EXPECT_EQ(first.title(), "BAHIA COCOA REVIEW");
  EXPECT_EQ(first.dateline_place(), "SALVADOR");
  EXPECT_EQ(date::FormatIsoDate(first.published_date()), "1987-02-26");
  EXPECT_TRUE(absl::StartsWith(first.body(), "Showers continued")) << first.body().substr(0, 80);
}

// The sentence holding `needle` in the article, or "" if none does.
std::string SentenceWith(const v1::Article& article, absl::string_view needle) {
  for (const auto& sentence : article.sentences()) {
    if (absl::StrContains(sentence.text(), needle)) return sentence.text();
  }
  return "";
}

TEST_F(CorpusE2eTest, SentenceSplitsSurviveHardCases) {
  const v1::Article seed = Get(Doc("seed/azernews-2020-01-24.txt").name);
  EXPECT_EQ(SentenceWith(seed, "Plan was signed"),
            "The Plan was signed during the meeting between Defense Minister of Azerbaijan, "
            "Colonel General Zakir Hasanov and his counterpart Irakli Garibashvili in Tbilisi on "
            "January 21.");
  EXPECT_EQ(SentenceWith(seed, "Saakashvili"),
            "Former Georgian President Mikheil Saakashvili has described the relations as "
            "\"whoever opposes Azerbaijan or Georgia is an enemy of both our countries.\"");

  // "U.S." inside a sentence.
  EXPECT_THAT(SentenceWith(Get(Doc("wikinews/2019/015.txt").name), "captured the U.S. embassy"),
              HasSubstr("captured the U.S. embassy, taking"));
  // "No." before a number.
  EXPECT_THAT(SentenceWith(Get(Doc("wikinews/2020/053.txt").name), "Republic Act No. 7966"),
              HasSubstr("Republic Act No. 7966, expired on Monday"));
  // "Gen." inside a name.
  EXPECT_THAT(SentenceWith(Get(Doc("wikinews/2019/028.txt").name), "Gen. Santos"),
              HasSubstr("at the Gen. Santos Doctors' Hospital."));
  // "D.C." ends a sentence when a new one clearly starts.
  const v1::Article dc = Get(Doc("wikinews/2019/005.txt").name);
  EXPECT_TRUE(
      absl::EndsWith(SentenceWith(dc, "brokenness we see in Washington"), "Washington, D.C."));
  EXPECT_TRUE(absl::StartsWith(SentenceWith(dc, "It is long past time for Congress"),
                               "It is long past time"));
  // Hard-wrapped newswire text: line breaks do not end sentences.
  const v1::Article bahia =
      Get((*docs_)[by_origin_->at(CorpusDir() + "/reuters/reuters21578.jsonl.gz:1")].name);
  EXPECT_THAT(SentenceWith(bahia, "Showers continued"),
              HasSubstr("Comissaria Smith said in its weekly review."));
}

TEST_F(CorpusE2eTest, SpanOffsetsAreCodePointsOfTheContent) {
  // 2019/015 has non-ASCII text before some of its sentences.
  for (const char* doc : {"wikinews/2019/015.txt", "seed/azernews-2020-01-24.txt"}) {
    const v1::Article a = Get(Doc(doc).name);
    const text::CodePointIndex index(a.content());
    auto slice = [&](const v1::TextSpan& span) {
      const size_t begin = index.ToByte(span.start());
      return a.content().substr(begin, index.ToByte(span.end()) - begin);
    };
    for (const auto& sentence : a.sentences()) EXPECT_EQ(slice(sentence.span()), sentence.text());
    EXPECT_EQ(slice(a.body_span()), a.body());
    if (!a.title().empty()) {
      EXPECT_EQ(slice(a.title_span()), a.title());
    }
  }
}

TEST_F(CorpusE2eTest, FullTextSearchFindsKnownPhrases) {
  const std::string seed = Doc("seed/azernews-2020-01-24.txt").name;
  auto r = Search("\"Bilateral Cooperation Plan\"");
  ASSERT_GE(r.results_size(), 1);
  EXPECT_EQ(r.results(0).article().name(), seed);
  EXPECT_THAT(r.results(0).snippet(), HasSubstr("["));
  // Case and accents do not matter; several words must all appear.
  r = Search("tbilisi GARIBASHVILI");
  ASSERT_GE(r.results_size(), 1);
  EXPECT_EQ(r.results(0).article().name(), seed);
  // Wikinews and BBC phrases.
  r = Search("\"apartment building\" Magnitogorsk");
  ASSERT_GE(r.results_size(), 1);
  EXPECT_EQ(r.results(0).article().name(), Doc("wikinews/2019/001.txt").name);
  r = Search("\"Time Warner\" AOL", "format = titled");
  ASSERT_GE(r.results_size(), 1);
  std::set<std::string> found;
  for (const auto& result : r.results()) found.insert(result.article().name());
  EXPECT_TRUE(found.count(Doc("bbc/business/001.txt").name));
  // Exclusion.
  r = Search("\"Bilateral Cooperation Plan\" -Tbilisi");
  for (const auto& result : r.results()) EXPECT_NE(result.article().name(), seed);
  // Paging through results yields each once.
  std::set<std::string> all;
  int total = 0;
  v1::SearchArticlesRequest request;
  request.set_query("government");
  request.set_page_size(7);
  for (int page = 0; page < 200; ++page) {
    grpc::ClientContext context;
    v1::SearchArticlesResponse response;
    ASSERT_TRUE(pair_->query()->SearchArticles(&context, request, &response).ok());
    for (const auto& result : response.results()) {
      all.insert(result.article().name());
      ++total;
    }
    if (response.next_page_token().empty()) break;
    request.set_page_token(response.next_page_token());
  }
  EXPECT_GT(total, 20);
  EXPECT_EQ(static_cast<int>(all.size()), total);
}

TEST_F(CorpusE2eTest, PagingThroughTheListYieldsEachArticleOnce) {
  std::set<std::string> expected;
  for (const Sent& sent : *docs_) expected.insert(sent.name);
  for (const std::string order : {"", "published_date", "create_time desc", "create_time"}) {
    auto names = testing::ListAllNames(pair_->query(), "", order, 37);
    ASSERT_TRUE(names.ok()) << names.status();
    EXPECT_EQ(names->size(), expected.size()) << order;
    EXPECT_EQ(std::set<std::string>(names->begin(), names->end()), expected) << order;
  }
}

TEST_F(CorpusE2eTest, ListFiltersByDateRangeAndSource) {
  auto names = testing::ListAllNames(
      pair_->query(), "published_date >= \"2020-01-01\" AND published_date < \"2020-02\"");
  ASSERT_TRUE(names.ok()) << names.status();
  std::set<std::string> got(names->begin(), names->end());
  EXPECT_TRUE(got.count(Doc("seed/azernews-2020-01-24.txt").name));
  for (const std::string& name : *names) {
    const v1::Article a = Get(name, v1::ARTICLE_VIEW_BASIC);
    const std::string d = date::FormatIsoDate(a.published_date());
    EXPECT_GE(d, "2020-01-01");
    EXPECT_LT(d, "2020-02-01");
  }
  auto azernews = testing::ListAllNames(pair_->query(), "source = \"AzerNews\"");
  ASSERT_TRUE(azernews.ok());
  EXPECT_THAT(*azernews, ::testing::ElementsAre(Doc("seed/azernews-2020-01-24.txt").name));
  auto year_1987 = testing::ListAllNames(pair_->query(), "published_date = 1987");
  ASSERT_TRUE(year_1987.ok());
  std::set<std::string> reuters;  // the 100 stories hold a repeat or two
  for (const Sent& sent : *docs_) {
    if (absl::StrContains(sent.doc.origin, "/reuters/")) reuters.insert(sent.name);
  }
  EXPECT_EQ(std::set<std::string>(year_1987->begin(), year_1987->end()), reuters);
}

TEST_F(CorpusE2eTest, ReingestingReturnsTheSameId) {
  const Sent& seed = Doc("seed/azernews-2020-01-24.txt");
  grpc::ClientContext context;
  v1::CreateArticleRequest request;
  request.set_text(seed.doc.text);
  v1::CreateArticleResponse response;
  ASSERT_TRUE(pair_->ingest()->CreateArticle(&context, request, &response).ok());
  EXPECT_TRUE(response.already_exists());
  EXPECT_EQ(response.article().name(), seed.name);

  // The whole Wikinews set again through the bulk RPC: nothing new.
  grpc::ClientContext bulk_context;
  v1::BatchCreateArticlesResponse bulk;
  auto writer = pair_->ingest()->BatchCreateArticles(&bulk_context, &bulk);
  v1::BatchCreateArticlesRequest message;
  int wikinews = 0;
  for (const Sent& sent : *docs_) {
    if (!absl::StrContains(sent.doc.origin, "/wikinews/")) continue;
    message.add_requests()->set_content(sent.doc.text);
    ++wikinews;
  }
  ASSERT_TRUE(writer->Write(message));
  writer->WritesDone();
  ASSERT_TRUE(writer->Finish().ok());
  EXPECT_EQ(bulk.created_count(), 0);
  EXPECT_EQ(bulk.existing_count(), wikinews);
  auto names = testing::ListAllNames(pair_->query());
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(static_cast<int>(names->size()), created_);
}

}  // namespace
}  // namespace newsgraph
