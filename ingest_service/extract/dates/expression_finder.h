// FindDateExpressions: the date expressions of one sentence, unresolved.
//
// One pass over the sentence's bytes looks for cheap triggers only: a digit
// run, or an ASCII word of 3 to 9 letters that a two-letter table admits
// as a possible head (a month or weekday name, "today", "year", "night",
// ...). Each trigger runs the rules for its kind, which read a few tokens
// around it. Matches do not overlap: a trigger inside the last match is
// skipped. Linear in the sentence; allocates only when `out` grows.
//
// Pure function; thread-safe.
//
// Example:
//   std::vector<DateExpression> found;
//   FindDateExpressions("Germany on Monday banned Mahan Air.", &found);
//   // found[0]: "on Monday", kWeekday, weekday 1
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_EXPRESSION_FINDER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_EXPRESSION_FINDER_H_

#include <string_view>
#include <vector>

#include "ingest_service/extract/dates/date_expression.h"

namespace newsgraph::extract::dates {

// Appends the date expressions of `sentence` to *out, in text order.
void FindDateExpressions(std::string_view sentence, std::vector<DateExpression>* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_EXPRESSION_FINDER_H_
