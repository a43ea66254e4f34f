#include "ingest_service/extract/dates/weekday_rules.h"

#include "ingest_service/extract/dates/numeral_reading.h"

namespace newsgraph::extract::dates {
namespace {

struct Qualified {
  Relation relation = Relation::kBare;
  uint32_t core_begin = 0;
  const char* rule = "weekday";
};

// Reads "this past", "this coming", "this", "last", "next", "past",
// "coming" before the weekday, then "late" or "early" ("late Monday").
// False when the words before make it no date ("the next Monday").
bool ReadQualifiers(const SentenceTokens& tokens, Token head, Qualified* q) {
  q->core_begin = head.begin;
  Token before = tokens.Prev(head.begin);
  const Token second = tokens.Prev(before.begin);
  if (tokens.Is(before, "past") || tokens.Is(before, "coming")) {
    const bool past = tokens.Is(before, "past");
    q->relation = past ? Relation::kThisPast : Relation::kThisComing;
    q->rule = past ? "weekday:this_past" : "weekday:this_coming";
    q->core_begin = tokens.Is(second, "this") ? second.begin : before.begin;
  } else if (tokens.Is(before, "this")) {
    q->relation = Relation::kThis;
    q->rule = "weekday:this";
    q->core_begin = before.begin;
  } else if (tokens.Is(before, "last")) {
    q->relation = Relation::kLast;
    q->rule = "weekday:last";
    q->core_begin = before.begin;
  } else if (tokens.Is(before, "next")) {
    q->relation = Relation::kNext;
    q->rule = "weekday:next";
    q->core_begin = before.begin;
  }
  before = tokens.Prev(q->core_begin);
  if (q->relation != Relation::kBare && IsGenericDeterminer(tokens.View(before))) return false;
  if (IsAnyOf(tokens, before, "late", "early")) q->core_begin = before.begin;
  return true;
}

bool IsIntroduced(const RuleContext& context, const Qualified& q, Token head) {
  if (q.relation != Relation::kBare || q.core_begin != head.begin) return true;
  const SentenceTokens& tokens = context.tokens;
  const Token before = tokens.Prev(q.core_begin);
  if (IsAnyOf(tokens, before, "on", "by", "since", "until", "till", "from", "before", "after",
              "through", "during", "between")) {
    return true;
  }
  Token connector;
  return FollowsCoordinated(context, q.core_begin, &connector) && !tokens.IsChar(connector, '-');
}

// Words that make a weekday a name: "Super Tuesday", "Bloody Sunday",
// "Good Friday", "Black Friday", "Ash Wednesday", ...
bool IsNamingModifier(const SentenceTokens& tokens, Token t) {
  return IsAnyOf(tokens, t, "super", "bloody", "easter", "good", "black", "cyber", "ash", "palm",
                 "holy", "maundy", "shrove", "mad", "blue", "giving", "small", "whit", "low",
                 "orthodox", "great", "red", "white", "fat", "spy", "manic", "clean", "passion");
}

// Whether a weekday with nothing before it that makes it a date is one:
// not a name ("Super Tuesday", "Sunday Times") and not an adjective before
// a noun ("Sunday opening hours"), unless a possessive determiner precedes
// it ("his Tuesday talk").
bool BareWeekdayIsDate(const SentenceTokens& tokens, Token head, bool plain) {
  const Token before = tokens.Prev(head.begin);
  if (before.is_word()) {
    if (IsPossessiveDeterminer(tokens.View(before))) return true;
    if (tokens.IsCapitalized(before) && IsNamingModifier(tokens, before)) return false;
  }
  if (!plain) return true;  // "Sunday's", "Monday night"
  const Token after = tokens.Next(head.end);
  if (!after.is_word()) return true;
  if (tokens.IsCapitalized(after)) return false;
  return IsFunctionWord(tokens.View(after));
}

// "Saturday, April 4" / "Tuesday, January 21, 2020": the weekday with the
// date it names. Fills *out but for the span.
bool ReadApposedDate(const SentenceTokens& tokens, Token head, int weekday, DateExpression* out) {
  const Token comma = tokens.Next(head.end);
  if (!tokens.IsChar(comma, ',')) return false;
  MonthDayText text;
  if (!ReadMonthDay(tokens, tokens.Next(comma.end), &text)) return false;
  *out = DateExpression{};
  out->kind = text.year != 0 ? ExpressionKind::kAbsolute : ExpressionKind::kMonthDay;
  out->year = text.year;
  out->month = text.month;
  out->day = text.day;
  out->weekday = weekday;
  out->end = text.end;
  out->rule = "weekday+month_day";
  return true;
}

}  // namespace

bool MatchWeekdayDate(const RuleContext& context, Token head, const HeadWord& word,
                      DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (!tokens.IsCapitalized(head)) return false;
  if (IsGenericDeterminer(tokens.View(tokens.Prev(head.begin)))) return false;
  Qualified q;
  if (!ReadQualifiers(tokens, head, &q)) return false;
  uint32_t end = tokens.EndWithPossessive(head);
  if (end == head.end) {
    const Token after = tokens.Next(head.end);
    if (tokens.IsLowercaseWord(after) &&
        LookUpHead(tokens.View(after)).kind == HeadKind::kPartOfDay) {
      end = after.end;
    }
  }
  if (!IsIntroduced(context, q, head) && !BareWeekdayIsDate(tokens, head, end == head.end)) {
    return false;
  }
  if (end == head.end && ReadApposedDate(tokens, head, word.value, out)) {
    out->begin = ExtendLeft(tokens, q.core_begin);
    return true;
  }
  *out = DateExpression{};
  out->kind = ExpressionKind::kWeekday;
  out->relation = q.relation;
  out->weekday = word.value;
  out->rule = q.rule;
  // "on Sunday's vote": the preposition governs the noun, not the day.
  const bool possessive = end != head.end && tokens.HasPossessiveS(head);
  out->begin = possessive ? q.core_begin : ExtendLeft(tokens, q.core_begin);
  out->end = end;
  return true;
}

}  // namespace newsgraph::extract::dates
