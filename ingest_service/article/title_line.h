// Tests of whether a line can be an article's headline.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_TITLE_LINE_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_TITLE_LINE_H_

#include <cstddef>
#include <string_view>

#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {

// The longest headline accepted when the caller names the format.
inline constexpr size_t kMaxTitleCodePoints = 300;
// The longest headline accepted when the format is detected.
inline constexpr size_t kMaxDetectedTitleCodePoints = 200;

// Whether the trimmed `line` may be a headline when the format is given:
// not blank and at most kMaxTitleCodePoints code points.
bool FitsTitle(std::string_view text, ByteRange line);

// The stricter test used while detecting a format: at most
// kMaxDetectedTitleCodePoints code points, at least one letter, and not
// ending like a sentence (a full stop, or a quotation closing on '.', '!'
// or '?'; an ellipsis or a bare '?' is fine), since such a first line is
// more likely a paragraph than a headline.
bool LooksLikeTitle(std::string_view text, ByteRange line);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_TITLE_LINE_H_
