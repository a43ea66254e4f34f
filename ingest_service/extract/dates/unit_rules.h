// The rules built around "year", "month" and "day" (and their plurals):
//   from the time of speaking: "last year", "this year", "earlier this
//   year", "next month", "earlier in the month", "two years ago", "a month
//   ago", "in two days";
//   from the discourse anchor: "the same day", "On the same day", "that
//   day", "Earlier that day", "the next day", "the following day", "the day
//   before", "the previous year", "that year", "seven days earlier", "two
//   years later".
//
// Durations and vague spans are kept out: "for five weeks", "the last
// year", "over the next year", "a few years ago", "more than a year ago",
// "per day", "eight-year", "every day".
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_UNIT_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_UNIT_RULES_H_

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// The rule that is built around the unit word `head` (LookUpHead gave
// `word`, of kind kYearUnit, kMonthUnit or kDayUnit).
bool MatchUnitDate(const RuleContext& context, Token head, const HeadWord& word,
                   DateExpression* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_UNIT_RULES_H_
