// Helpers shared by the dates component's tests: articles read from text or
// from the shared corpus (NEWSGRAPH_CORPUS_DIR, a compile definition, read
// in place), the gold annotation files, and compact views of mentions.
#ifndef NEWSGRAPH_TESTS_EXTRACT_DATES_DATES_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_EXTRACT_DATES_DATES_TEST_SUPPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest_service/extract/dates/date_expression.h"
#include "newsgraph/v1/article.pb.h"
#include "tests/extract/dates/gold_scoring.h"

namespace newsgraph::extract::testing {

// The corpus directory the build was configured with.
std::string CorpusDir();

// The bytes of `CorpusDir()/relative`; nullopt when it cannot be read.
std::optional<std::string> ReadCorpusFile(std::string_view relative);

// `text` read as a PLAIN article (the whole text is the body) published on
// `published` (YYYY-MM-DD; "" for none).
absl::StatusOr<v1::Article> PlainArticle(std::string_view text, std::string_view published);

// `text` read with the format detected, published on `published`.
absl::StatusOr<v1::Article> ReadWithDate(std::string_view text, std::string_view published);

// One article of a gold file.
struct GoldArticle {
  std::string doc;        // path under the corpus
  std::string published;  // YYYY-MM-DD
  std::vector<ScoredDate> dates;
};

// The articles of the gold file `path`; empty when it cannot be read.
std::vector<GoldArticle> ReadGoldFile(const std::string& path);

// "text=value" for each mention, for compact expectations.
std::vector<std::string> TextsAndValues(const std::vector<v1::DateMention>& mentions);

// The texts of the date expressions dates::FindDateExpressions finds in
// `sentence`, in order.
std::vector<std::string> FoundTexts(std::string_view sentence);

// The one date expression FindDateExpressions finds in `sentence`; fails
// the test (and returns an empty expression) when it finds none or more.
dates::DateExpression OnlyExpression(std::string_view sentence);

// The dates of `text`, read as a PLAIN article published on `published`,
// as "text=value" ("" for a text that cannot be read).
std::vector<std::string> DatesOf(std::string_view text, std::string_view published);

}  // namespace newsgraph::extract::testing

#endif  // NEWSGRAPH_TESTS_EXTRACT_DATES_DATES_TEST_SUPPORT_H_
