// The INVALID_ARGUMENT errors the format parsers return, worded the same
// way for every format so callers can tell what to fix.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_FORMAT_ERRORS_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_FORMAT_ERRORS_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::article {

// The short name of `format` ("BYLINE", "WIKINEWS" ...).
std::string FormatName(v1::ArticleFormat format);

// `line` in double quotes, cut to 60 code points with "..." when longer,
// for quoting the text in error messages.
std::string QuoteForError(std::string_view line);

// "the text does not match format X: X expects <expects>; found <found>".
absl::Status FormatMismatchError(v1::ArticleFormat format, std::string_view expects,
                                 std::string_view found);

// "the X article has <header> but no body after it".
absl::Status NoBodyError(v1::ArticleFormat format, std::string_view header);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_FORMAT_ERRORS_H_
