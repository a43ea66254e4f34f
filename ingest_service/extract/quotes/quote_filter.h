// Decides which quoted passages are quotations worth reporting. Quotation
// marks also enclose names ("Operation Peace Spring", "the "Radio Control
// Law""), titles of works, nicknames, and scare quotes around a word or
// two ("a "no deal" Brexit", 'card-not-present' fraud). A passage is kept
// unless:
//   - it looks like a name: every word capitalized (small function words
//     aside) and no clause punctuation, or exactly an entity mention, or it
//     follows "dubbed", "so-called", "known as" ...;
//   - it is short (four words or fewer) and no speech verb, "according to"
//     or statement names its speaker, or it modifies the noun after it;
//   - it was never closed and is shorter than five words.
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_FILTER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_FILTER_H_

#include <string_view>
#include <vector>

#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/attribution.h"
#include "ingest_service/extract/quotes/quoted_passages.h"

namespace newsgraph::extract::quotes {

// The number of words (runs of non-space characters with a letter or
// digit) in the passage's pieces, counting no further than `limit`.
int CountWords(std::string_view text, const QuotedPassage& passage, int limit = 1 << 30);

bool IsReportableQuotation(std::string_view text, const QuotedPassage& passage,
                           const Attribution& attribution,
                           const std::vector<MentionBytes>& mentions);

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_FILTER_H_
