#include "ingest_service/article/format_detection.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/article/byline_format.h"
#include "ingest_service/article/newswire_format.h"
#include "ingest_service/article/plain_format.h"
#include "ingest_service/article/titled_format.h"
#include "ingest_service/article/wikinews_format.h"

namespace newsgraph::article {

v1::ArticleFormat DetectFormat(std::string_view text, size_t start) {
  if (LooksLikeByline(text, start)) return v1::ARTICLE_FORMAT_BYLINE;
  if (LooksLikeWikinews(text, start)) return v1::ARTICLE_FORMAT_WIKINEWS;
  if (LooksLikeNewswire(text, start)) return v1::ARTICLE_FORMAT_NEWSWIRE;
  if (LooksLikeTitled(text, start)) return v1::ARTICLE_FORMAT_TITLED;
  return v1::ARTICLE_FORMAT_PLAIN;
}

absl::StatusOr<ParsedArticle> ParseArticleText(std::string_view text, size_t start,
                                               v1::ArticleFormat format) {
  if (format == v1::ARTICLE_FORMAT_UNSPECIFIED) format = DetectFormat(text, start);
  switch (format) {
    case v1::ARTICLE_FORMAT_BYLINE:
      return ParseBylineArticle(text, start);
    case v1::ARTICLE_FORMAT_WIKINEWS:
      return ParseWikinewsArticle(text, start);
    case v1::ARTICLE_FORMAT_NEWSWIRE:
      return ParseNewswireArticle(text, start);
    case v1::ARTICLE_FORMAT_TITLED:
      return ParseTitledArticle(text, start);
    case v1::ARTICLE_FORMAT_PLAIN:
      return ParsePlainArticle(text, start);
    default:
      return absl::InvalidArgumentError(
          absl::StrCat("format ", static_cast<int>(format),
                       " is not an ArticleFormat: use PLAIN, BYLINE, WIKINEWS, NEWSWIRE, TITLED "
                       "or leave it unset to detect the format"));
  }
}

}  // namespace newsgraph::article
