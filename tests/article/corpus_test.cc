// Reads the shared corpora in place (NEWSGRAPH_CORPUS_DIR) and checks the
// reader against what is known about each collection. Skips when the
// corpus is absent.
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/article_reader.h"
#include "shared/date/partial_date.h"
#include "tests/article/test_support.h"

namespace newsgraph::article {
namespace {

using ::testing::ElementsAre;
using testing::ForEachGzipLine;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::ReadFileBytes;
using testing::SpanText;

// Reads `text`, with `date` (when not null) as the request's date.
absl::StatusOr<v1::Article> ReadText(std::string_view text, const v1::PartialDate* date = nullptr) {
  ArticleInput input;
  input.content = text;
  if (date != nullptr) input.published_date = *date;
  return ReadArticle(input, ReaderLimits());
}

// ---------------------------------------------------------------- seed

TEST(SeedCorpusTest, AzerNewsArticle) {
  NG_REQUIRE_CORPUS_PATH(path, "seed/azernews-2020-01-24.txt");
  const std::optional<std::string> text = ReadFileBytes(path);
  ASSERT_TRUE(text.has_value());
  const absl::StatusOr<v1::Article> article = ReadText(*text);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->format(), v1::ARTICLE_FORMAT_BYLINE);
  EXPECT_EQ(date::FormatIsoDate(article->published_date()), "2020-01-24");
  EXPECT_EQ(article->published_date().precision(), v1::DATE_PRECISION_DAY);
  EXPECT_THAT(article->authors(), ElementsAre("Abdul Kerimkhanov"));
  EXPECT_EQ(article->source(), "AzerNews");
  ASSERT_EQ(article->social_handles_size(), 1);
  EXPECT_EQ(article->social_handles(0).platform(), "Twitter");
  EXPECT_EQ(article->social_handles(0).handle(), "@AbdulKerim94");
  EXPECT_EQ(article->author_bio(),
            "Abdul Kerimkhanov is AzerNews’ staff journalist, follow him on Twitter: "
            "@AbdulKerim94");
  EXPECT_THAT(article->title(), IsEmpty());
  EXPECT_TRUE(absl::StartsWith(article->body(), "Defense Ministries of Azerbaijan and Georgia"));
  EXPECT_TRUE(absl::EndsWith(article->body(), "an enemy of both our countries.\""));
  EXPECT_THAT(article->body(), Not(HasSubstr("---")));
  EXPECT_THAT(article->body(), Not(HasSubstr("@AbdulKerim94")));
  EXPECT_THAT(article->body(), Not(HasSubstr("date 2020")));
  EXPECT_EQ(article->paragraphs_size(), 13);
  EXPECT_EQ(article->sentences(0).text(),
            "Defense Ministries of Azerbaijan and Georgia have signed a Bilateral Cooperation Plan "
            "for 2020.");
  for (const v1::Sentence& s : article->sentences()) {
    EXPECT_EQ(SpanText(*article, s.span()), s.text());
  }
}

// ---------------------------------------------------------------- wikinews

struct WikinewsEntry {
  std::string file;
  std::string date;
  std::string title;
};

std::vector<WikinewsEntry> WikinewsIndex(const std::string& path) {
  std::vector<WikinewsEntry> entries;
  std::istringstream lines(ReadFileBytes(path).value_or(""));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    entries.push_back({j.at("file"), j.at("date"), j.at("title")});
  }
  return entries;
}

// Every file's title must equal the index. Its date must equal the index
// whenever the file has a date line (all of 2019, six of 2020); the other
// 118 files of 2020 carry no date in their text, so the reader must leave
// the date unset rather than guess. One 2020 file is a test page with a
// title and date line but no body: the reader keeps it as a title-only
// article.
TEST(WikinewsCorpusTest, TitlesAndDatesMatchTheIndex) {
  NG_REQUIRE_CORPUS_PATH(index_path, "wikinews/index.jsonl");
  const std::vector<WikinewsEntry> entries = WikinewsIndex(index_path);
  ASSERT_EQ(entries.size(), 295u);
  int dated = 0, undated = 0, title_only = 0;
  for (const WikinewsEntry& entry : entries) {
    SCOPED_TRACE(entry.file);
    const std::optional<std::string> text =
        ReadFileBytes(testing::CorpusDir() + "/wikinews/" + entry.file);
    ASSERT_TRUE(text.has_value());
    const absl::StatusOr<v1::Article> article = ReadText(*text);
    ASSERT_TRUE(article.ok()) << article.status();
    if (entry.file == "2020/104.txt") {
      EXPECT_TRUE(article->body().empty());
      ASSERT_EQ(article->sentences_size(), 1);
      EXPECT_EQ(article->sentences(0).text(), entry.title);
      ++title_only;
    }
    EXPECT_EQ(article->title(), entry.title);
    EXPECT_EQ(SpanText(*article, article->title_span()), entry.title);
    if (article->format() == v1::ARTICLE_FORMAT_WIKINEWS) {
      EXPECT_EQ(date::FormatIsoDate(article->published_date()), entry.date);
      ++dated;
    } else {
      EXPECT_EQ(article->format(), v1::ARTICLE_FORMAT_TITLED);
      EXPECT_FALSE(article->has_published_date());
      EXPECT_TRUE(absl::StartsWith(entry.file, "2020/"));
      ++undated;
    }
    EXPECT_FALSE(absl::StartsWith(article->body(), entry.title));
  }
  EXPECT_EQ(dated, 177);  // 176 with a body, and the title-only test page
  EXPECT_EQ(undated, 118);
  EXPECT_EQ(title_only, 1);
}

TEST(WikinewsCorpusTest, RequestDateFillsTheUndatedFiles) {
  NG_REQUIRE_CORPUS_PATH(path, "wikinews/2020/001.txt");
  const v1::PartialDate requested = *date::ParseIsoDate("2020-01-01");
  const absl::StatusOr<v1::Article> article = ReadText(ReadFileBytes(path).value(), &requested);
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(date::FormatIsoDate(article->published_date()), "2020-01-01");
  EXPECT_EQ(article->title(), "Samoan government ends state of emergency over measles outbreak");
}

TEST(WikinewsCorpusTest, ReviewNoticesAreNotBody) {
  NG_REQUIRE_CORPUS_PATH(path, "wikinews/2020/113.txt");
  const absl::StatusOr<v1::Article> article = ReadText(ReadFileBytes(path).value());
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(date::FormatIsoDate(article->published_date()), "2020-11-17");
  EXPECT_THAT(article->body(), Not(HasSubstr("pre-publication review")));
  EXPECT_TRUE(absl::StartsWith(article->body(), "On November 16, code-sharing"));
}

// ---------------------------------------------------------------- BBC

TEST(BbcCorpusTest, SampleTitlesAndBodies) {
  NG_REQUIRE_CORPUS_PATH(dir, "bbc");
  const std::map<std::string, std::string> titles = {
      {"business/001.txt", "Ad sales boost Time Warner profit"},
      {"entertainment/033.txt", "DVD review: Harry Potter and the Prisoner of Azkaban"},
      {"politics/250.txt", "What the election should really be about?"},
      {"sport/108.txt", "Clyde 0-5 Celtic"},
      {"tech/301.txt", "Rivals of the £400 Apple..."},
  };
  for (const auto& [file, title] : titles) {
    SCOPED_TRACE(file);
    const absl::StatusOr<v1::Article> article = ReadText(ReadFileBytes(dir + "/" + file).value());
    ASSERT_TRUE(article.ok()) << article.status();
    EXPECT_EQ(article->format(), v1::ARTICLE_FORMAT_TITLED);
    EXPECT_EQ(article->title(), title);
    EXPECT_FALSE(absl::StartsWith(article->body(), title));
    EXPECT_EQ(article->paragraphs(0).section(), v1::ARTICLE_SECTION_TITLE);
  }
  const absl::StatusOr<v1::Article> first =
      ReadText(ReadFileBytes(dir + "/business/001.txt").value());
  EXPECT_EQ(first->sentences(1).text(),
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the "
            "three months to December, from $639m year-earlier.");
}

// Every BBC file reads as TITLED, except one saved in Latin-1, which must
// be rejected with the offset of its first "£" byte.
TEST(BbcCorpusTest, EveryFileReads) {
  NG_REQUIRE_CORPUS_PATH(dir, "bbc");
  int read = 0;
  for (const auto& topic : std::filesystem::directory_iterator(dir)) {
    if (!topic.is_directory()) continue;
    for (const auto& file : std::filesystem::directory_iterator(topic.path())) {
      const std::string path = file.path().string();
      SCOPED_TRACE(path);
      const absl::StatusOr<v1::Article> article = ReadText(ReadFileBytes(path).value());
      if (absl::EndsWith(path, "sport/199.txt")) {
        EXPECT_EQ(article.status().code(), absl::StatusCode::kInvalidArgument);
        EXPECT_THAT(std::string(article.status().message()),
                    HasSubstr("byte 0xA3 at byte offset 257"));
        continue;
      }
      ASSERT_TRUE(article.ok()) << article.status();
      EXPECT_EQ(article->format(), v1::ARTICLE_FORMAT_TITLED);
      EXPECT_GE(article->sentences_size(), 2);
      ++read;
    }
  }
  EXPECT_EQ(read, 2224);
}

// ---------------------------------------------------------------- Reuters

struct ReutersStory {
  int id = 0;
  std::string text;
  std::string date;  // "1987-02-26T15:01:01"
  std::string title;
  std::string dateline;
};

std::vector<ReutersStory> ReutersStories(const std::string& path) {
  std::vector<ReutersStory> stories;
  ForEachGzipLine(path, [&](const std::string& line) {
    if (line.empty()) return;
    const nlohmann::json j = nlohmann::json::parse(line);
    ReutersStory story;
    story.id = j.at("id").get<int>();
    story.text = j.at("text").get<std::string>();
    auto str = [&](const char* key) {
      return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
    };
    story.date = str("date");
    story.title = str("title");
    story.dateline = str("dateline");
    stories.push_back(std::move(story));
  });
  return stories;
}

const std::vector<ReutersStory>& Reuters() {
  static const std::vector<ReutersStory>* const kStories = [] {
    auto* stories = new std::vector<ReutersStory>();
    if (auto path = testing::CorpusPath("reuters/reuters21578.jsonl.gz")) {
      *stories = ReutersStories(*path);
    }
    return stories;
  }();
  return *kStories;
}

// The year of the story's timestamp, as the request's published_date.
absl::StatusOr<v1::Article> ReadStory(const ReutersStory& story) {
  if (story.date.size() < 4) return ReadText(story.text);
  const v1::PartialDate year = *date::MakeDate(std::stoi(story.date.substr(0, 4)), 0, 0);
  return ReadText(story.text, &year);
}

const ReutersStory* FindStory(int id) {
  for (const ReutersStory& story : Reuters()) {
    if (story.id == id) return &story;
  }
  return nullptr;
}

TEST(ReutersCorpusTest, SampleTitlesDatelinesAndDates) {
  NG_REQUIRE_CORPUS_PATH(path, "reuters/reuters21578.jsonl.gz");
  struct Expected {
    int id;
    std::string title;
    std::string place;
    std::string date;
    std::string body_start;
  };
  const std::vector<Expected> sample = {
      {1, "BAHIA COCOA REVIEW", "SALVADOR", "1987-02-26", "Showers continued throughout"},
      {2, "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT", "CLEVELAND", "1987-02-26",
       "Standard Oil Co and BP North America"},
      {36, "", "RICHMOND, Va.", "1987-02-26", ""},
      {296, "", "AMSTERDAM", "1987-03-02", ""},
      {2310, "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER", "ROTTERDAM", "1987-03-05",
       "Dutch Social Affairs Minister"},
      {5248, "", "PARIS", "1987-03-16", ""},
      {9228, "", "", "1987", "BICC SEEKS ACCELERATED EARNINGS GROWTH LONDON, March 25"},
  };
  for (const Expected& e : sample) {
    SCOPED_TRACE(e.id);
    const ReutersStory* story = FindStory(e.id);
    ASSERT_NE(story, nullptr);
    const absl::StatusOr<v1::Article> article = ReadStory(*story);
    ASSERT_TRUE(article.ok()) << article.status();
    EXPECT_EQ(article->format(), v1::ARTICLE_FORMAT_NEWSWIRE);
    const std::string title = e.title.empty() ? story->title : e.title;
    if (e.id != 9228) {
      EXPECT_EQ(article->title(), title);
    }
    EXPECT_EQ(article->dateline_place(), e.place);
    EXPECT_EQ(date::FormatIsoDate(article->published_date()), e.date);
    if (!e.body_start.empty()) {
      EXPECT_TRUE(absl::StartsWith(article->body(), e.body_start));
    }
    EXPECT_THAT(article->body(), Not(HasSubstr("Reuter\n")));
  }
}

bool EndsWithSignOff(std::string_view body) {
  std::string tail(body.substr(body.size() > 12 ? body.size() - 12 : 0));
  for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return absl::EndsWith(tail, "reuter") || absl::StrContains(tail, "reuter...") ||
         absl::StrContains(tail, "reuter^m");
}

// The whole collection: every story with text reads; titles agree with the
// JSON's title field for all stories with a body after their headline;
// datelines in the regular "PLACE, Month D -" shape give their place and,
// with the year of the story's timestamp, a day-precision date; no body
// keeps its sign-off.
TEST(ReutersCorpusTest, WholeCollection) {
  NG_REQUIRE_CORPUS_PATH(path, "reuters/reuters21578.jsonl.gz");
  ASSERT_EQ(Reuters().size(), 21578u);
  int read = 0, titled = 0, title_only = 0, datelines = 0, dated = 0, same_day = 0;
  int signoffs = 0;
  for (const ReutersStory& story : Reuters()) {
    SCOPED_TRACE(story.id);
    const absl::StatusOr<v1::Article> article = ReadStory(story);
    if (story.id == 12793) {  // the one story whose text is a lone newline
      EXPECT_THAT(std::string(article.status().message()), HasSubstr("only whitespace"));
      continue;
    }
    ASSERT_TRUE(article.ok()) << article.status();
    ++read;
    const bool has_body_after_title =
        !story.title.empty() && absl::StartsWith(story.text, story.title + "\n\n");
    // Story 14676 ("SUMMER/WINTER TIME CHANGES.\n\nAPRIL 11 - ISRAEL ...") has
    // neither dateline nor sign-off and a headline ending in a full stop: it
    // reads as PLAIN, without title.
    if (has_body_after_title && story.id != 14676) {
      EXPECT_EQ(article->title(), story.title);
      ++titled;
    } else if (!story.title.empty()) {
      // A headline alone (a "flash"): no title, the headline is the body.
      EXPECT_THAT(article->title(), IsEmpty());
      ++title_only;
    }
    const size_t comma = story.dateline.find(',');
    if (comma != std::string::npos && absl::EndsWith(story.dateline, " -") &&
        article->dateline_place() == story.dateline.substr(0, comma)) {
      ++datelines;
      if (article->published_date().precision() == v1::DATE_PRECISION_DAY) {
        ++dated;
        if (date::FormatIsoDate(article->published_date()) == story.date.substr(0, 10)) {
          ++same_day;
        }
      } else if (!story.date.empty()) {  // an impossible day ("March 187"): the year only
        EXPECT_EQ(article->published_date().precision(), v1::DATE_PRECISION_YEAR);
      }
      EXPECT_FALSE(absl::StartsWith(article->body(), story.dateline));
    }
    if (EndsWithSignOff(article->body())) ++signoffs;
  }
  EXPECT_EQ(read, 21577);
  EXPECT_GE(titled, 19040);
  EXPECT_GE(title_only, 1790);
  // 19,043 stories have a dateline. Counted here are those whose place is
  // one name ("SALVADOR, Feb 26 -"); places with a region ("FULLERTON,
  // Calif.") are checked by the sample test.
  EXPECT_GE(datelines, 13500);
  EXPECT_GE(dated, datelines - 10);
  // The dateline's day is the story's local day; the timestamp is GMT, so
  // a few percent differ by one day.
  EXPECT_GE(same_day, dated * 95 / 100);
  EXPECT_EQ(signoffs, 0);
}

}  // namespace
}  // namespace newsgraph::article
