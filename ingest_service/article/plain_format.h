// The PLAIN format: no header or footer; the whole text, trimmed, is the
// body and there is no title. Metadata comes from the request only.
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_PLAIN_FORMAT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_PLAIN_FORMAT_H_

#include <cstddef>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"

namespace newsgraph::article {

// Parses `text` from `start`. INVALID_ARGUMENT when it is blank.
absl::StatusOr<ParsedArticle> ParsePlainArticle(std::string_view text, size_t start);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_PLAIN_FORMAT_H_
