// Fills an Article's paragraphs and sentences: the title line (when the
// text has one) as paragraph 0 with section TITLE, then the body's
// paragraphs (paragraph_layout.h) with section BODY, each split into
// sentences (sentence_splitter.h). Spans are code point offsets into
// `content`; sentences never cross paragraphs.
//
// Thread-safe (see sentence_splitter.h).
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_ARTICLE_LAYOUT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_ARTICLE_LAYOUT_H_

#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "ingest_service/article/paragraph_layout.h"
#include "ingest_service/article/text_ranges.h"
#include "newsgraph/v1/article.pb.h"
#include "newsgraph/v1/common.pb.h"
#include "shared/text/utf8.h"

namespace newsgraph::article {

// The code point span of `range` in the text `index` covers.
v1::TextSpan ToSpan(const text::CodePointIndex& index, ByteRange range);

// Appends to article->paragraphs and article->sentences the layout of
// `title` (if any) and `body`, ranges of `content` (which `index` covers).
// INTERNAL when sentence splitting fails.
absl::Status AddParagraphsAndSentences(std::string_view content, const text::CodePointIndex& index,
                                       const std::optional<ByteRange>& title, ByteRange body,
                                       IndentRule rule, v1::Article* article);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_ARTICLE_LAYOUT_H_
