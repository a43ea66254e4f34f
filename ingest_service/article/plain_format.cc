#include "ingest_service/article/plain_format.h"

#include "absl/status/status.h"

namespace newsgraph::article {

absl::StatusOr<ParsedArticle> ParsePlainArticle(std::string_view text, size_t start) {
  ParsedArticle parsed;
  parsed.format = v1::ARTICLE_FORMAT_PLAIN;
  parsed.body = Trim(text, {start, text.size()});
  if (parsed.body.empty()) {
    return absl::InvalidArgumentError("the article has no text: it is only whitespace");
  }
  return parsed;
}

}  // namespace newsgraph::article
