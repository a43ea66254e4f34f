// The BYLINE format (AzerNews and similar outlets):
//
//    date 2020-01-24 By Abdul Kerimkhanov
//
//   Body paragraphs ...
//
//   ---
//
//   Abdul Kerimkhanov is AzerNews’ staff journalist, follow him on Twitter: @AbdulKerim94
//
// The header line (see byline_header.h), the body, and an optional footer
// after the last line that is exactly "---" (three or more dashes) holding
// the author's bio. There is no title line.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_BYLINE_FORMAT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_BYLINE_FORMAT_H_

#include <cstddef>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"

namespace newsgraph::article {

// Whether the first non-blank line at or after `start` is a byline header.
bool LooksLikeByline(std::string_view text, size_t start);

// Parses `text` from `start` (after any byte order mark). INVALID_ARGUMENT
// when the first line is not a byline header or no body follows it.
absl::StatusOr<ParsedArticle> ParseBylineArticle(std::string_view text, size_t start);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_BYLINE_FORMAT_H_
