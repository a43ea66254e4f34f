#include "ingest_service/extract/dates/number_rules.h"

#include <string_view>

#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/numeral_reading.h"

namespace newsgraph::extract::dates {
namespace {

// Attributive years ("the 2016 election", "its 2019 report") must look
// modern.
constexpr int kMinAttributiveYear = 1800;
constexpr int kMaxAttributiveYear = 2100;

// "2020-01-21".
bool MatchIsoDate(const SentenceTokens& tokens, Token number, DateExpression* out) {
  if (number.size() != 4 || !FreeOnTheLeft(tokens, number)) return false;
  const size_t i = number.end;
  if (CharAt(tokens, i) != '-' || !DigitsAt(tokens, i + 1, 2) || CharAt(tokens, i + 3) != '-' ||
      !DigitsAt(tokens, i + 4, 2)) {
    return false;
  }
  const int month = ParseDigits(tokens, i + 1, 2);
  const int day = ParseDigits(tokens, i + 4, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  *out = DateExpression{};
  out->kind = ExpressionKind::kAbsolute;
  out->year = tokens.NumberValue(number);
  out->month = month;
  out->day = day;
  out->rule = "absolute:iso";
  SetSpan(tokens, number.begin, static_cast<uint32_t>(i + 6), out);
  return true;
}

// "1/21/2020" or "21/1/2020", when one of the first two numbers is over 12
// or both are equal.
bool MatchNumericDate(const SentenceTokens& tokens, Token number, DateExpression* out) {
  if (number.size() > 2 || GluedBefore(tokens, number)) return false;
  size_t i = number.end;
  if (CharAt(tokens, i) != '/') return false;
  const size_t second_digits = DigitsAt(tokens, i + 1, 1) ? 1 : DigitsAt(tokens, i + 1, 2) ? 2 : 0;
  if (second_digits == 0) return false;
  const int second = ParseDigits(tokens, i + 1, second_digits);
  i += 1 + second_digits;
  if (CharAt(tokens, i) != '/' || !DigitsAt(tokens, i + 1, 4) || CharAt(tokens, i + 5) == '/') {
    return false;
  }
  const int first = tokens.NumberValue(number);
  const int year = ParseDigits(tokens, i + 1, 4);
  int month = 0;
  int day = 0;
  if (first == second || (first <= 12 && second > 12)) {
    month = first;
    day = second;
  } else if (second <= 12 && first > 12) {
    month = second;
    day = first;
  } else {
    return false;  // 3/4/2020: March 4 or 3 April
  }
  if (month < 1 || day < 1 || day > 31 || !IsYearValue(year, kMinYear, kMaxYear)) return false;
  *out = DateExpression{};
  out->kind = ExpressionKind::kAbsolute;
  out->year = year;
  out->month = month;
  out->day = day;
  out->rule = "absolute:numeric";
  SetSpan(tokens, number.begin, static_cast<uint32_t>(i + 5), out);
  return true;
}

// "21 January", "21st of January 2020", "21 Jan. 2020".
bool MatchDayMonth(const SentenceTokens& tokens, Token number, DateExpression* out) {
  if (!IsDayNumber(tokens, number)) return false;
  const Token before = tokens.Prev(number.begin);
  if (before.is_number()) return false;
  if (GluedBefore(tokens, number) && !tokens.IsChar(before, '(') && !tokens.IsQuoteMark(before)) {
    return false;
  }
  uint32_t day_end = number.end;
  if (const Token suffix = OrdinalSuffix(tokens, number); suffix.valid()) day_end = suffix.end;
  Token month_token = tokens.Next(day_end);
  if (tokens.Is(month_token, "of")) month_token = tokens.Next(month_token.end);
  uint32_t end = 0;
  const int month = MonthAt(tokens, month_token, &end);
  if (month == 0) return false;
  *out = DateExpression{};
  out->month = month;
  out->day = tokens.NumberValue(number);
  int year = 0;
  if (YearAfterDay(tokens, end, &year, &end)) {
    out->kind = ExpressionKind::kAbsolute;
    out->year = year;
    out->rule = "absolute:day_month_year";
  } else {
    out->kind = ExpressionKind::kMonthDay;
    out->rule = "month_day";
  }
  SetSpan(tokens, number.begin, end, out);
  return true;
}

// Whether the word after an attributive year is a noun it can modify: a
// name, or a singular lower-case word that is not a unit ("the 2016
// election", not "the 2000 km", "the 2000 people", "the 2000 troops").
bool AttributiveFollowerAllowed(const SentenceTokens& tokens, Token year) {
  const Token next = tokens.Next(year.end);
  if (!next.is_word()) return false;
  const std::string_view word = tokens.View(next);
  if (IsCountNoun(word)) return false;
  if (tokens.IsCapitalized(next)) return true;
  return word.back() != 's' && !IsYearFollower(word);
}

// "the end of 2019", "the lockdowns of 2020", "the elections of 1829", but
// not "a total of 2000", "a crowd of 1500": whether the word before "of"
// lets the year after it be one.
bool YearFollowsOf(const SentenceTokens& tokens, Token of, int value) {
  const Token noun = tokens.Prev(of.begin);
  if (IsYearPartNoun(tokens.View(noun))) return true;
  if (!IsYearValue(value, kMinModernYear, kMaxModernYear)) return false;
  if (tokens.IsChar(noun, ')')) return true;
  return tokens.IsLowercaseWord(noun) && !IsQuantityNoun(tokens.View(noun)) &&
         !IsCountNoun(tokens.View(noun));
}

// "2012-2020", "(1989–1991)": a year that a later year follows after a
// dash starts a range.
bool StartsYearRange(const SentenceTokens& tokens, Token number) {
  const char c = CharAt(tokens, number.end);
  const Token dash = tokens.Next(number.end);
  if (dash.begin != number.end || !(c == '-' || tokens.View(dash) == "\u2013")) return false;
  if (!DigitsAt(tokens, dash.end, 4)) return false;
  const int first = tokens.NumberValue(number);
  const int second = ParseDigits(tokens, dash.end, 4);
  return second > first && second - first <= 100;
}

// Whether the word before a bare year makes it one. Sets *core_begin to
// include "early", "late", "mid-" and a coordinating "to" / "through", and
// *attributive for a year used as a modifier ("the 2016 election").
bool YearIsIntroduced(const RuleContext& context, Token number, uint32_t* core_begin,
                      bool* attributive) {
  const SentenceTokens& tokens = context.tokens;
  const int value = tokens.NumberValue(number);
  const Token before = tokens.Prev(number.begin);
  *core_begin = number.begin;
  if (tokens.IsChar(before, '-') && before.end == number.begin) {
    const Token mid = tokens.Prev(before.begin);
    if (tokens.Is(mid, "mid") && mid.end == before.begin) {
      *core_begin = mid.begin;
      return true;
    }
  }
  Token connector;
  if (FollowsCoordinated(context, number.begin, &connector)) {
    if (IsAnyOf(tokens, connector, "to", "through")) *core_begin = connector.begin;
    return true;
  }
  if (StartsYearRange(tokens, number)) return true;
  if (tokens.Is(before, "year") && tokens.Is(tokens.Prev(before.begin), "the")) return true;
  if (!before.is_word()) return false;
  if (tokens.Is(before, "of")) return YearFollowsOf(tokens, before, value);
  if (IsAttributiveDeterminer(tokens, before)) {
    *attributive = true;
    return IsYearValue(value, kMinAttributiveYear, kMaxAttributiveYear) &&
           AttributiveFollowerAllowed(tokens, number);
  }
  if (!IsYearIntroducer(tokens.View(before))) return false;
  if (IsAnyOf(tokens, before, "from", "by", "between", "around") &&
      !IsYearValue(value, kMinModernYear, kMaxModernYear)) {
    return false;
  }
  if (tokens.Is(before, "by") && IsChangeVerb(tokens.View(tokens.Prev(before.begin)))) return false;
  if (IsAnyOf(tokens, before, "early", "late", "circa")) *core_begin = before.begin;
  return true;
}

// "in 1997", "since 2011", "in mid-2019", "from 2008 to 2016".
bool MatchYear(const RuleContext& context, Token number, DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (!IsFreeYearNumber(tokens, number)) return false;
  uint32_t core_begin = number.begin;
  bool attributive = false;
  if (!YearIsIntroduced(context, number, &core_begin, &attributive)) return false;
  if (!attributive && !YearFollowerAllowed(tokens, number)) return false;
  *out = DateExpression{};
  out->kind = ExpressionKind::kAbsolute;
  out->year = tokens.NumberValue(number);
  out->rule = attributive ? "absolute:year_attributive" : "absolute:year";
  if (attributive) {
    out->begin = number.begin;
    out->end = number.end;
  } else {
    SetSpan(tokens, core_begin, number.end, out);
  }
  return true;
}

}  // namespace

bool MatchNumberDate(const RuleContext& context, Token number, DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (number.size() == 4) {
    return MatchIsoDate(tokens, number, out) || MatchYear(context, number, out);
  }
  if (number.size() <= 2) {
    return MatchNumericDate(tokens, number, out) || MatchDayMonth(tokens, number, out);
  }
  return false;
}

}  // namespace newsgraph::extract::dates
