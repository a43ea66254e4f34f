// The rule for weekdays: "on Monday", "Monday night", "On Saturday
// morning", "This past Friday", "this coming Friday", "last Tuesday",
// "next Friday", "Late on Sunday", "Sunday's", "late Monday", and a bare
// weekday used as a date ("uploaded Wednesday on", "In his Tuesday talk").
//
// Kept out: a weekday after an article or quantifier ("the Sunday trade
// ban", "a Monday", "every Sunday"), in a name ("Super Tuesday", "Bloody
// Sunday", "Good Friday"), before a capitalized word ("Sunday Times"),
// and a bare weekday used as an adjective ("allows Sunday opening hours").
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_WEEKDAY_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_WEEKDAY_RULES_H_

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// The rule that starts at the weekday name `head` (LookUpHead gave
// `word`). Fills *out and returns true on a match.
bool MatchWeekdayDate(const RuleContext& context, Token head, const HeadWord& word,
                      DateExpression* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_WEEKDAY_RULES_H_
