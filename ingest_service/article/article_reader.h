// ReadArticle: turns the raw text of a news article, in any of the formats
// news arrives in, into an Article record: metadata (title, byline, date,
// publisher, footer bio and handles), the body, and its paragraphs and
// sentences with code point offsets into the submitted text.
//
// Plain C++ (no gRPC). Thread-safe: any number of threads may call
// ReadArticle at once.
//
// Example:
//   ArticleInput input;
//   input.content = file_text;
//   NG_ASSIGN_OR_RETURN(v1::Article article, ReadArticle(input, ReaderLimits()));
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_ARTICLE_READER_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_ARTICLE_READER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::article {

// The raw text and what the caller knows about it. Metadata given here
// overrides what the text says.
struct ArticleInput {
  std::string_view content;                                  // raw bytes
  v1::ArticleFormat format = v1::ARTICLE_FORMAT_UNSPECIFIED;  // detect
  std::string source;
  std::string url;
  std::string title;
  std::optional<v1::PartialDate> published_date;
};

struct ReaderLimits {
  size_t max_content_bytes = 16 << 20;
};

// Reads `input`. Fills name, article_id, format, source, url, title,
// authors, author_bio, social_handles, published_date, dateline_place,
// body, content, title_span, body_span, paragraphs and sentences; leaves
// create_time and the extraction sections empty.
//
// INVALID_ARGUMENT, with a message that says what to fix, when the content
// is empty or only spaces, over the limit, not UTF-8 (giving the byte
// offset), binary (control characters other than tab, line feed, carriage
// return and form feed), or has no body once its header and footer are
// removed; or when a format given as a hint does not match the text.
absl::StatusOr<v1::Article> ReadArticle(const ArticleInput& input, const ReaderLimits& limits);

// The content-derived id of an article with `title` and `body`: the first
// 128 bits of SHA-256 over NFC(title) "\n" NFC(body), each with runs of
// whitespace collapsed to one space and trimmed, as 32 lowercase hex digits.
std::string ArticleIdFor(std::string_view title, std::string_view body);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_ARTICLE_READER_H_
