// The rules for days named from the time of speaking or from the day the
// narration is on: "today", "tonight", "tomorrow", "yesterday" (with
// "as of", "earlier", "later", "yesterday morning", "today's"), and the
// parts of a day: "this morning", "last night", "that night", "the next
// morning", "the following evening", "Later in the evening".
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DEICTIC_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DEICTIC_RULES_H_

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// The rule that starts at "today", "tonight", "tomorrow" or "yesterday".
// Kept out: a capitalized one inside a sentence (a name: "the Today
// programme") and "of today" ("the youth of today").
bool MatchDeicticDate(const RuleContext& context, Token head, const HeadWord& word,
                      DateExpression* out);

// The rule that ends at "morning", "afternoon", "evening" or "night".
bool MatchPartOfDayDate(const RuleContext& context, Token head, DateExpression* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DEICTIC_RULES_H_
