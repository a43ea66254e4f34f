// Splits a paragraph into sentences with ICU's sentence BreakIterator,
// wrapped by a FilteredBreakIterator that suppresses breaks after the
// abbreviations in abbreviations.h, then corrected by
// sentence_break_repair.h.
//
// Line breaks inside the paragraph are wraps, not sentence ends: ICU is
// given a copy of the paragraph with each line break replaced by spaces of
// the same byte length, so offsets stay those of the original.
//
// Thread-safe: ICU break iterators are not, so each thread keeps its own
// clone of one prototype built on first use; the copy buffer is per thread
// too. Linear in the paragraph's length.
//
// Example:
//   std::vector<ByteRange> sentences;
//   NG_RETURN_IF_ERROR(SplitSentences("Mr. Smith left. He was late.", &sentences));
//   // sentences: [0,15) "Mr. Smith left." and [16,28) "He was late."
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_SENTENCE_SPLITTER_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {

// Appends to `sentences` the sentences of `paragraph` (valid UTF-8) as byte
// ranges relative to it, trimmed of whitespace, non-empty, in order.
// INTERNAL when ICU cannot build or run its iterator (missing data).
absl::Status SplitSentences(std::string_view paragraph, std::vector<ByteRange>* sentences);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_SENTENCE_SPLITTER_H_
