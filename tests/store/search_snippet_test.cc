// SearchSnippet: the window, the marks and the choice of body or title.
#include "shared/store/sql/search_snippet.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/text_query.h"

namespace newsgraph::store::sql {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

TextQuery Parsed(std::string_view text) {
  absl::StatusOr<TextQuery> query = ParseTextQuery(text);
  EXPECT_TRUE(query.ok()) << query.status();
  return query.ok() ? *query : TextQuery();
}

// `count` copies of `word`, space-separated.
std::string Words(const std::string& word, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) absl::StrAppend(&text, i == 0 ? "" : " ", word);
  return text;
}

TEST(MarkedWindowTest, MarksFoldedMatchesInShortText) {
  bool has_match = false;
  EXPECT_EQ(MarkedWindow("A Café, then a cafe.", Parsed("cafe"), &has_match),
            "A [Café], then a [cafe].");
  EXPECT_TRUE(has_match);
  EXPECT_EQ(MarkedWindow("", Parsed("cafe"), &has_match), "");
  EXPECT_FALSE(has_match);
}

TEST(MarkedWindowTest, MarksSpellingVariantsAndWordsOfMixedScripts) {
  bool has_match = false;
  EXPECT_EQ(
      MarkedWindow("Defence and DEFENSE, Zürich's ZURICH", Parsed("defense zurich"), &has_match),
      "[Defence] and [DEFENSE], [Zürich]'s [ZURICH]");
  EXPECT_EQ(MarkedWindow("programmes, programmer", Parsed("programs"), &has_match),
            "[programmes], programmer");
  // Lengths alone do not match: same-length words that differ stay unmarked.
  EXPECT_EQ(MarkedWindow("cafe safe", Parsed("cafe"), &has_match), "[cafe] safe");
}

TEST(MarkedWindowTest, CutsTheWindowWithTheMostMatches) {
  const std::string text = absl::StrCat(Words("word", 40), " cafe end cafe ", Words("more", 40));
  bool has_match = false;
  const std::string snippet = MarkedWindow(text, Parsed("cafe"), &has_match);
  EXPECT_TRUE(has_match);
  EXPECT_THAT(snippet, StartsWith("…"));
  EXPECT_THAT(snippet, EndsWith("…"));
  EXPECT_THAT(snippet, HasSubstr("[cafe] end [cafe]"));
  EXPECT_EQ(FindWords(snippet).size(), static_cast<size_t>(kSnippetTokens));
}

TEST(MarkedWindowTest, MarksWordsOfPositiveClausesOnly) {
  bool has_match = false;
  EXPECT_EQ(MarkedWindow("the defense minister plays sport", Parsed("\"defense minister\" -sport"),
                         &has_match),
            "the [defense] [minister] plays sport");
}

TEST(SearchSnippetTest, PrefersTheBodyAndFallsBackToTheTitle) {
  const TextQuery query = Parsed("summit");
  EXPECT_EQ(SearchSnippet("Leaders met at the summit.", "Tbilisi summit", query),
            "Leaders met at the [summit].");
  EXPECT_EQ(SearchSnippet("Leaders met.", "Tbilisi summit", query), "Tbilisi [summit]");
  // Neither matches (a match the folding does not see): the body's start.
  EXPECT_EQ(SearchSnippet(Words("x", 20), "Title", query),
            absl::StrCat(Words("x", kSnippetTokens), "…"));
  EXPECT_THAT(SearchSnippet("Leaders met.", "Tbilisi summit", query), Not(HasSubstr("Leaders")));
}

TEST(MarkedWindowTest, KeepsShortEdgesAndCutsLongOnes) {
  bool has_match = false;
  EXPECT_EQ(MarkedWindow("  (cafe)  ", Parsed("cafe"), &has_match), "  ([cafe])  ");
  const std::string padding(1000, '-');
  EXPECT_EQ(MarkedWindow(absl::StrCat(padding, "cafe", padding), Parsed("cafe"), &has_match),
            "…[cafe]…");
  EXPECT_EQ(MarkedWindow(padding, Parsed("cafe"), &has_match), "");
  EXPECT_FALSE(has_match);
}

TEST(MarkedWindowTest, SearchesOnlyTheTextsStartAndKeepsCharactersWhole) {
  // A match past the scanned start is not looked for: the snippet shows
  // the start, never a partial character.
  const std::string text = absl::StrCat(Words("é", 100000), " cafe");
  bool has_match = true;
  const std::string snippet = MarkedWindow(text, Parsed("cafe"), &has_match);
  EXPECT_FALSE(has_match);
  EXPECT_EQ(snippet, absl::StrCat(Words("é", kSnippetTokens), "…"));
}

}  // namespace
}  // namespace newsgraph::store::sql
