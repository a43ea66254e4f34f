// Reading the numbers and month names that dates are written with, for the
// number and month rules: whether a four-digit number stands free as a year
// (not "1,000", "$2019", "1990s", "2019/20", "No. 1430/2019"), whether a
// small number is a day, a month name with its dot, a year after a day, the
// year phrases after a month ("last year", "of that year"), and the words
// that introduce a date.
//
// Pure functions over SentenceTokens; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_NUMERAL_READING_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_NUMERAL_READING_H_

#include <cstddef>
#include <cstdint>

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// The years a free-standing four-digit number may be.
inline constexpr int kMinYear = 1000;
inline constexpr int kMaxYear = 2199;
// Years after "from", "by", "between", "around" or "of", which take counts
// as often as years, must look modern.
inline constexpr int kMinModernYear = 1800;
inline constexpr int kMaxModernYear = 2150;

inline bool IsYearValue(int value, int low, int high) { return value >= low && value <= high; }

// The byte at `i`, or '\0' past the end.
char CharAt(const SentenceTokens& tokens, size_t i);
// Whether exactly `count` ASCII digits start at byte `i` (no digit after).
bool DigitsAt(const SentenceTokens& tokens, size_t i, size_t count);
// The value of the `count` digits at byte `i`.
int ParseDigits(const SentenceTokens& tokens, size_t i, size_t count);
// Whether a token touches `t` on the left, with no space between.
bool GluedBefore(const SentenceTokens& tokens, Token t);

// Whether what touches `number` on the left leaves it a number of its own:
// nothing, an opening bracket or quote, or a dash (the caller decides about
// dashes).
bool FreeOnTheLeft(const SentenceTokens& tokens, Token number);
// A four-digit number in the year range that stands on its own.
bool IsFreeYearNumber(const SentenceTokens& tokens, Token number);
// Whether the word after a year leaves it a year ("in 2015 and", "in 2016
// signed") rather than a count ("in 2000 km", "1000 people").
bool YearFollowerAllowed(const SentenceTokens& tokens, Token year);

// The ordinal suffix glued to a day number ("21st"), or an invalid token.
Token OrdinalSuffix(const SentenceTokens& tokens, Token number);
// A day number: one or two digits, 1 to 31, not a time, decimal or count.
bool IsDayNumber(const SentenceTokens& tokens, Token number);
// The month (1-12) that the capitalized month name `t` names, or 0; sets
// *end past a dot after an abbreviation.
int MonthAt(const SentenceTokens& tokens, Token t, uint32_t* end);
// "Theresa May 5" is not a date: whether "May" at `head` follows a
// capitalized word that is not a preposition or weekday.
bool MayIsAName(const SentenceTokens& tokens, Token head, int month);

// A year after a day: " 2020" or ", 2020". Sets *year and *end.
bool YearAfterDay(const SentenceTokens& tokens, uint32_t day_end, int* year, uint32_t* end);
// The year phrase after a month or day that ends at byte `after`: "last
// year", "of this year", "of that (same) year", "of the following year".
// Fills out->relation (kYearOffset), out->reference and out->offset and
// sets *end past it.
bool ReadYearPhrase(const SentenceTokens& tokens, uint32_t after, DateExpression* out,
                    uint32_t* end);

// A month and day as written from a month name: "January 21", "Jan. 21st",
// with or without a year after it (" 2020", ", 2020").
struct MonthDayText {
  int month = 0;
  int day = 0;
  int year = 0;  // 0 when not given
  uint32_t end = 0;
};

// Reads a month and day starting at `month_token`; false for a name ("the
// May 4th Movement").
bool ReadMonthDay(const SentenceTokens& tokens, Token month_token, MonthDayText* out);

// Whether `t` is a determiner or possessive before an attributive date:
// "the", "a", "an", "his", "its", ..., or the "s" of "Johnson's".
bool IsAttributiveDeterminer(const SentenceTokens& tokens, Token t);

// Sets out->begin to `core_begin` with the words that introduce it (see
// ExtendLeft) and out->end to `end`.
void SetSpan(const SentenceTokens& tokens, uint32_t core_begin, uint32_t end, DateExpression* out);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_NUMERAL_READING_H_
