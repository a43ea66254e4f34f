// The rules for dates that start at a month name: "January 21", "Jan. 21",
// "January 21, 2020", "March 20 last year", "May 13 of that year", "June
// 2019", "February, 1986", "March of last year", "August of that year", and
// months alone when something makes them a month: "in May", "until
// December", "Last April", "early this June", "in mid-July", "from January
// to March", "in January, February and April", "the April survey".
//
// A month alone must be introduced, which keeps out "Theresa May", "May's
// cabinet", "may" and "March" the verbs; "May" is stricter still ("by May",
// "after May", "a letter from May" are about the person). Abbreviations
// ("Jan", "Sept.") need a day or year.
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_MONTH_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_MONTH_RULES_H_

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// The rules that start at the month name `head` (LookUpHead gave `word`).
// Fills *out and returns true on a match.
bool MatchMonthDate(const RuleContext& context, Token head, const HeadWord& word,
                    DateExpression* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_MONTH_RULES_H_
