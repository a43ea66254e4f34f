// ClauseTense: whether the clause around a date expression looks back
// (past) or ahead (future), from cue words, so that "on Monday" and "on
// March 24" can be placed before or after the article's date.
//
// Looks first left of the expression, nearest word first, back to the start
// of its clause (a comma, semicolon, colon, bracket, quotation mark or
// dash), then right to the end of the clause (skipping a comma right after
// the expression, as in "On Monday, the commission will rule"). The first
// cue decides:
//   future: "will", "'ll", "shall", "would", "scheduled", "expected",
//     "plans", "planned", "due" (not "due to the ..."), "slated", "upcoming",
//     "coming", "next", "forecast", "predicted", "may", "might", "set to",
//     "going to", "to
//     be" ("to be held on August 9"), "is to" ("is to step down");
//   past: "said", "was", "were", "had", "did", "ago", "yesterday", "last",
//     common irregular past forms ("held", "met", "began", ...), words
//     ending in "-ed" (but not after "be": "to be signed"), and "has" or
//     "have" before a participle;
//   present: "is", "are", "has", "have", "remains" otherwise;
//   none (the search stops): a future participle after "was", "were" or
//     "had been" ("was expected to end on December 15" looks ahead from a
//     past day, which says nothing about the article's date).
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_TENSE_CUES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_TENSE_CUES_H_

#include <cstdint>

#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };

// The tense of the clause holding the expression at bytes [begin, end).
Tense ClauseTense(const SentenceTokens& tokens, uint32_t begin, uint32_t end);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_TENSE_CUES_H_
