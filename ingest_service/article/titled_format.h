// The TITLED format (BBC News and most web exports):
//
//   Ad sales boost Time Warner profit
//
//   Quarterly profits at US media giant TimeWarner jumped 76% ...
//
// A title line, one or more blank lines, and the body.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_TITLED_FORMAT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_TITLED_FORMAT_H_

#include <cstddef>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"

namespace newsgraph::article {

// Whether the first non-blank line looks like a headline (LooksLikeTitle)
// and is followed by a blank line and then more text.
bool LooksLikeTitled(std::string_view text, size_t start);

// Parses `text` from `start`. INVALID_ARGUMENT when the first line is too
// long for a title, is not followed by a blank line, or nothing follows.
absl::StatusOr<ParsedArticle> ParseTitledArticle(std::string_view text, size_t start);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_TITLED_FORMAT_H_
