// ParsedArticle: what a format parser found in an article's text, before
// the request's metadata is applied and the body is laid out in paragraphs
// and sentences. Offsets are bytes into the content.
//
// A plain value type; not synchronised.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_PARSED_ARTICLE_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_PARSED_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "ingest_service/article/text_ranges.h"
#include "newsgraph/v1/article.pb.h"
#include "newsgraph/v1/common.pb.h"

namespace newsgraph::article {

// A month and day without a year, as a newswire dateline gives them.
struct MonthDay {
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

struct ParsedArticle {
  v1::ArticleFormat format = v1::ARTICLE_FORMAT_UNSPECIFIED;
  // The headline line, trimmed; nullopt when the text has none.
  std::optional<ByteRange> title;
  // The body, trimmed: never empty once parsing succeeded.
  ByteRange body;
  // Byline header (BYLINE).
  std::vector<std::string> authors;
  // Footer (BYLINE): the bio verbatim, the handles in it, and the publisher
  // it names ("is AzerNews’ staff journalist" -> "AzerNews").
  std::string author_bio;
  std::vector<v1::SocialHandle> social_handles;
  std::string publisher;
  // A complete date the text states (BYLINE header, WIKINEWS date line, a
  // dateline that has a year).
  std::optional<v1::PartialDate> date;
  // The month and day of a newswire dateline (which usually has no year).
  std::optional<MonthDay> dateline_month_day;
  std::string dateline_place;
};

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_PARSED_ARTICLE_H_
