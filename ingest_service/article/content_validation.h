// Checks that submitted content is text the reader can work with, before
// any parsing: not empty, within the size limit, UTF-8, not binary, not
// only whitespace.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_CONTENT_VALIDATION_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_CONTENT_VALIDATION_H_

#include <cstddef>
#include <string_view>

#include "absl/status/status.h"
#include "ingest_service/article/article_reader.h"

namespace newsgraph::article {

// The length of a UTF-8 byte order mark at the start of `content` (3 or 0).
size_t ByteOrderMarkLength(std::string_view content);

// OK, or INVALID_ARGUMENT saying what is wrong and where:
//   - empty content;
//   - more than limits.max_content_bytes bytes (giving both sizes);
//   - not UTF-8 (giving the byte offset and value of the first bad byte);
//   - binary: a C0 control character other than tab, line feed, carriage
//     return and form feed (NUL, ESC ...), or two or more DEL characters in
//     a row (giving the byte offset and the code point); a lone DEL is
//     tolerated as the stray it usually is;
//   - only whitespace (or only a byte order mark).
absl::Status ValidateContent(std::string_view content, const ReaderLimits& limits);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_CONTENT_VALIDATION_H_
