// English month and weekday names as news headers write them: "January",
// "Jan", "Jan.", "SEPT", "sept." ... in any letter case.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_DATE_WORDS_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_DATE_WORDS_H_

#include <string_view>

namespace newsgraph::article {

// The month (1-12) that `word` names, in full or abbreviated to three
// letters (or "Sept"), with or without a trailing dot; 0 for anything else.
int MonthFromName(std::string_view word);

// Whether `word` is a weekday name, in full ("Friday") or abbreviated to
// three letters ("Fri", "Fri."), in any case.
bool IsWeekdayName(std::string_view word);

// Parses `digits` (1 to `max_digits` ASCII digits, nothing else) into
// `*value`. Returns false, leaving `*value` alone, otherwise.
bool ParseSmallNumber(std::string_view digits, size_t max_digits, int* value);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_DATE_WORDS_H_
