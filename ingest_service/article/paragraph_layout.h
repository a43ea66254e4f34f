// Splits an article's body into paragraphs.
//
// Paragraphs are separated by blank lines (lines holding only whitespace).
// In hard-wrapped newswire copy, where a paragraph starts with an indented
// line and its other lines are not indented, an indented line also starts
// a new paragraph. Any other line break inside a paragraph is a wrap: it
// belongs to the paragraph (and does not end a sentence).
//
// Pure function; thread-safe. Linear in the body's length.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_PARAGRAPH_LAYOUT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_PARAGRAPH_LAYOUT_H_

#include <string_view>
#include <vector>

#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {

enum class IndentRule {
  kIgnore,                // only blank lines separate paragraphs
  kIndentStartsParagraph  // an indented line starts a paragraph too
};

// The paragraphs of `body` (a range of `text`), each trimmed and non-empty,
// in order.
std::vector<ByteRange> SplitParagraphs(std::string_view text, ByteRange body, IndentRule rule);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_PARAGRAPH_LAYOUT_H_
