// DateExpression: a date expression found in one sentence, before it is
// resolved to a calendar date. The rules (number_rules, month_rules,
// weekday_rules, deictic_rules, unit_rules) fill it in; DateResolver turns
// it into a PartialDate against the article's date or the discourse anchor.
//
// A plain value type; `rule` points at a string literal.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_EXPRESSION_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_EXPRESSION_H_

#include <cstdint>

namespace newsgraph::extract::dates {

// What the expression gives and what it leaves to the context.
enum class ExpressionKind : uint8_t {
  kAbsolute,     // year, and month and day when nonzero: "in June 2019", "2020-01-21"
  kMonthDay,     // month and day; the year from the context: "on January 21"
  kMonth,        // month; the year from the context: "in May", "Last April"
  kWeekday,      // weekday: "on Monday", "This past Friday"
  kDayOffset,    // `offset` days from the reference: "yesterday", "the next morning"
  kMonthOffset,  // `offset` months from the reference: "last month"
  kYearOffset,   // `offset` years from the reference: "last year", "two years ago"
};

// What a relative expression counts from.
enum class Reference : uint8_t {
  // The time of speaking: the article's date in narration; inside a
  // quotation, the date the quoted words were said.
  kSpeech,
  // The date the discourse is on: the last date the article mentioned
  // before the expression ("On the same day", "two days later").
  kAnchor,
};

// How a month or weekday relates to the reference.
enum class Relation : uint8_t {
  kBare,        // "on Monday", "in May": tense decides
  kThis,        // "this Wednesday", "this June": the reference's week or year
  kLast,        // "last Thursday": the week before; "Last April": the latest before
  kNext,        // "next Friday": the week after; "next April": the first after
  kThisPast,    // "this past Friday": the latest before the reference
  kThisComing,  // "this coming Friday": the first after the reference
  kYearOffset,  // "March of last year", "March 20 last year": year = reference + offset
};

struct DateExpression {
  uint32_t begin = 0;  // byte offsets in the sentence, with the preposition
  uint32_t end = 0;
  ExpressionKind kind = ExpressionKind::kAbsolute;
  Reference reference = Reference::kSpeech;
  Relation relation = Relation::kBare;
  int year = 0;
  int month = 0;    // 1-12
  int day = 0;      // 1-31
  int weekday = 0;  // 1-7, Monday first
  int offset = 0;
  // "today" means "nowadays" too often inside quotations to be resolved
  // there, and in a clause in the present tense ("the island is today a
  // barren place").
  bool vague_in_quotes = false;
  bool vague_in_present = false;
  // "in two days" is a date only looking ahead; in a clause in the past
  // tense it is a duration ("killed 20 people in two days").
  bool future_only = false;
  const char* rule = "";
};

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_EXPRESSION_H_
