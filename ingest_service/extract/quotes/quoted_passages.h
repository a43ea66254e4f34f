// Pairs the quotation marks of an article's paragraphs into quoted
// passages: the text between an opening and a closing mark.
//
// Conventions handled:
//   - a quotation whose closing mark is missing at the end of a paragraph
//     continues when the next paragraph opens with a mark of the same
//     family (the convention for quotations over several paragraphs);
//     without that, a double-quoted passage runs to the paragraph's end
//     and is reported as unclosed, and a single-quoted one is dropped;
//   - an opening mark inside an open double quotation either nests (after
//     a word: "The "United States" is not ...") or, after the end of a
//     sentence, starts the next paragraph of the same quotation, where the
//     text lost its paragraph break ("... year. "Fraud doesn't ...");
//   - an opening mark after a colon inside an open double quotation ends
//     that quotation, unclosed, at the last sentence end before the colon
//     ('... a Muslim. He added: "The ...'), and opens a new one;
//   - the two families are paired independently, and a passage inside
//     (or crossing) an earlier passage is dropped: nested quotations
//     belong to the passage around them.
//
// Pure function; thread-safe. Linear in the paragraphs' length.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTED_PASSAGES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTED_PASSAGES_H_

#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/quote_marks.h"

namespace newsgraph::extract::quotes {

struct QuotedPassage {
  // From the first opening mark to just past the last closing mark (or to
  // the end of the last paragraph when unclosed).
  ByteSpan outer;
  // The quoted words between the marks, trimmed of spaces; more than one
  // when the quotation goes on after a paragraph break.
  absl::InlinedVector<ByteSpan, 1> pieces;
  QuoteFamily family = QuoteFamily::kDouble;
  bool closed = true;
};

// The quoted passages of the `paragraphs` (in order, non-overlapping) of
// `text`, sorted by position.
std::vector<QuotedPassage> FindQuotedPassages(std::string_view text,
                                              const std::vector<ByteSpan>& paragraphs);

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTED_PASSAGES_H_
