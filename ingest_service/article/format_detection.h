// Format detection and dispatch to the format parsers.
//
// Detection order (the first test that passes wins; each is stricter than
// the ones after it, so that a text never passes for a looser format when a
// stricter one describes it):
//   1. BYLINE    the first non-blank line is ` date YYYY-MM-DD [By ...]`;
//   2. WIKINEWS  a headline-like first line, then a `[Weekday, ]Month D,
//                YYYY` date line within the next 4 non-blank lines;
//   3. NEWSWIRE  a newswire dateline (`CITY, Mon DD -`) opens the text or
//                the block after a one-line title, or the text (two or
//                more non-blank lines) ends with a `Reuter` sign-off line;
//   4. TITLED    a headline-like first line (at most 200 code points, no
//                closing full stop), a blank line, then more text;
//   5. PLAIN     anything else.
// "Headline-like" is title_line.h's LooksLikeTitle. A WIKINEWS export
// without its date line is indistinguishable from TITLED and detected as
// such (it reads the same, minus the date).
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_FORMAT_DETECTION_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_FORMAT_DETECTION_H_

#include <cstddef>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::article {

// The format of `text` read from `start` (after any byte order mark); never
// UNSPECIFIED.
v1::ArticleFormat DetectFormat(std::string_view text, size_t start);

// Parses `text` from `start` as `format`, detecting it when UNSPECIFIED.
// INVALID_ARGUMENT when the text does not match a format that was given,
// when no body is left, or when `format` is not an ArticleFormat.
absl::StatusOr<ParsedArticle> ParseArticleText(std::string_view text, size_t start,
                                               v1::ArticleFormat format);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_FORMAT_DETECTION_H_
