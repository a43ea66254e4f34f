#include "ingest_service/extract/dates/month_rules.h"

#include <string_view>

#include "ingest_service/extract/dates/numeral_reading.h"

namespace newsgraph::extract::dates {
namespace {

// "the April survey", "Asahi's February poll": a month (never "May", the
// name) between a determiner and a lower-case singular noun.
bool IsAttributiveMonth(const SentenceTokens& tokens, Token head, Token before, int month) {
  if (month == 5 || !IsAttributiveDeterminer(tokens, before)) return false;
  const Token after = tokens.Next(head.end);
  if (!tokens.IsLowercaseWord(after)) return false;
  const std::string_view word = tokens.View(after);
  return word.back() != 's' && !IsFunctionWord(word) && !IsCountNoun(word);
}

// "from May." / "from May to July": what follows "from May" when it is the
// month, not the person.
bool EndsRangeStart(const SentenceTokens& tokens, Token head) {
  const Token after = tokens.Next(head.end);
  return !after.valid() || (after.is_punct() && !tokens.IsQuoteMark(after)) ||
         IsAnyOf(tokens, after, "to", "until", "till", "through", "onwards", "onward");
}

// Whether a bare month name ("May", "March") is a month here: introduced by
// a preposition, "this"/"last"/"next", "early"/"late"/"mid-", "the end of",
// or coordinated with the date before it. "May" the name and "may" the
// verb are kept out: "by May", "to May", "after May" are not dates.
bool MonthIsIntroduced(const RuleContext& context, Token head, int month, DateExpression* out,
                       uint32_t* core_begin) {
  const SentenceTokens& tokens = context.tokens;
  *core_begin = head.begin;
  Token before = tokens.Prev(head.begin);
  bool qualified = false;
  if (IsAnyOf(tokens, before, "this", "last", "next")) {
    out->relation = tokens.Is(before, "this")   ? Relation::kThis
                    : tokens.Is(before, "last") ? Relation::kLast
                                                : Relation::kNext;
    *core_begin = before.begin;
    before = tokens.Prev(before.begin);
    qualified = true;
  }
  if (tokens.IsChar(before, '-') && before.end == *core_begin) {
    const Token mid = tokens.Prev(before.begin);
    if (tokens.Is(mid, "mid") && mid.end == before.begin) {
      *core_begin = mid.begin;
      return true;
    }
  }
  if (IsAnyOf(tokens, before, "early", "late", "mid")) {
    *core_begin = before.begin;
    return true;
  }
  if (qualified) return !tokens.Is(before, "the");
  Token connector;
  if (FollowsCoordinated(context, head.begin, &connector)) {
    if (IsAnyOf(tokens, connector, "to", "through")) *core_begin = connector.begin;
    return true;
  }
  if (tokens.Is(before, "of")) return IsYearPartNoun(tokens.View(tokens.Prev(before.begin)));
  if (IsAttributiveMonth(tokens, head, before, month)) {
    out->rule = "month:attributive";
    return true;
  }
  if (month == 5) {
    return IsAnyOf(tokens, before, "in", "since", "until", "till", "during") ||
           (tokens.Is(before, "from") && EndsRangeStart(tokens, head));
  }
  return IsAnyOf(tokens, before, "in", "since", "until", "till", "by", "from", "during", "before",
                 "after", "through", "throughout", "between");
}

bool MatchMonthDay(const SentenceTokens& tokens, Token head, DateExpression* out) {
  MonthDayText text;
  if (!ReadMonthDay(tokens, head, &text)) return false;
  *out = DateExpression{};
  out->month = text.month;
  out->day = text.day;
  uint32_t end = text.end;
  if (text.year != 0) {
    out->kind = ExpressionKind::kAbsolute;
    out->year = text.year;
    out->rule = "absolute:month_day_year";
  } else if (ReadYearPhrase(tokens, end, out, &end)) {
    out->kind = ExpressionKind::kMonthDay;
    out->rule = "month_day+relative_year";
  } else {
    out->kind = ExpressionKind::kMonthDay;
    out->rule = "month_day";
  }
  SetSpan(tokens, head.begin, end, out);
  return true;
}

// "June 2019", "February, 1986", "March of 2019", "March of last year",
// "March last year".
bool MatchMonthYear(const SentenceTokens& tokens, Token head, int month, uint32_t month_end,
                    DateExpression* out) {
  Token next = tokens.Next(month_end);
  if (tokens.Is(next, "of")) {
    next = tokens.Next(next.end);
  } else if (tokens.IsChar(next, ',') && IsFreeYearNumber(tokens, tokens.Next(next.end))) {
    next = tokens.Next(next.end);  // "February, 1986"
  }
  *out = DateExpression{};
  out->month = month;
  uint32_t end = 0;
  if (IsFreeYearNumber(tokens, next) && next.begin != head.end) {
    out->kind = ExpressionKind::kAbsolute;
    out->year = tokens.NumberValue(next);
    out->rule = "absolute:month_year";
    end = next.end;
  } else if (ReadYearPhrase(tokens, month_end, out, &end)) {
    out->kind = ExpressionKind::kMonth;
    out->rule = "month+relative_year";
  } else {
    return false;
  }
  uint32_t core_begin = head.begin;
  const Token before = tokens.Prev(head.begin);
  if (IsAnyOf(tokens, before, "early", "late", "mid")) core_begin = before.begin;
  SetSpan(tokens, core_begin, end, out);
  return true;
}

bool MatchBareMonth(const RuleContext& context, Token head, int month, DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (tokens.HasPossessiveS(head)) return false;
  *out = DateExpression{};
  uint32_t core_begin = head.begin;
  if (!MonthIsIntroduced(context, head, month, out, &core_begin)) return false;
  out->kind = ExpressionKind::kMonth;
  out->month = month;
  if (out->rule == std::string_view("month:attributive")) {
    out->begin = head.begin;
    out->end = head.end;
    return true;
  }
  switch (out->relation) {
    case Relation::kThis:
      out->rule = "month:this";
      break;
    case Relation::kLast:
      out->rule = "month:last";
      break;
    case Relation::kNext:
      out->rule = "month:next";
      break;
    default:
      out->rule = "month";
  }
  SetSpan(tokens, core_begin, head.end, out);
  return true;
}

}  // namespace

bool MatchMonthDate(const RuleContext& context, Token head, const HeadWord& word,
                    DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  uint32_t month_end = 0;
  const int month = MonthAt(tokens, head, &month_end);
  if (month == 0 || MayIsAName(tokens, head, month)) return false;
  if (MatchMonthDay(tokens, head, out)) return true;
  if (MatchMonthYear(tokens, head, month, month_end, out)) return true;
  if (word.abbreviated) return false;
  return MatchBareMonth(context, head, month, out);
}

}  // namespace newsgraph::extract::dates
