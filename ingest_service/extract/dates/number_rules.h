// The rules for dates that start with a number: "2020-01-21", "1/21/2020"
// (only when the order of day and month is unambiguous), "21 January",
// "21st of January 2020", and years: "in 1997", "since 2011", "from 2008
// to 2016", "in mid-2019", "in 2017, 2018 and 2019", "(2012-2020)", "the
// end of 2019", "the year 2020", and modern years used as modifiers ("the
// 2016 election", "its 2019 report").
//
// A year must be introduced (a preposition, "early", "late", "mid-", "of"
// after a noun that is not a quantity, coordination with a date before it,
// the start of a range, or a determiner before a modifier) and must not be
// a count ("in 2000 km", "rose by 2000", "a total of 1995"), part of a
// number ("No. 1430/2019", "$2019", "1,000"), a decade ("1990s"), a fiscal
// year ("2019/20", "2019-20") or a name ("Zrínyi 2026").
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_NUMBER_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_NUMBER_RULES_H_

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// The rules that start at the number token `number`. Fills *out and
// returns true on a match.
bool MatchNumberDate(const RuleContext& context, Token number, DateExpression* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_NUMBER_RULES_H_
