#include "ingest_service/extract/dates/numeral_reading.h"

#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/rule_support.h"

namespace newsgraph::extract::dates {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether what touches a four-digit number on the right leaves it a year:
// not a letter ("1990s", "2019th"), not "/" or "%", not a decimal or group
// separator before a digit, not a dash before two digits ("2019-20").
bool FreeOnTheRight(const SentenceTokens& tokens, Token number) {
  const Token after = tokens.Next(number.end);
  if (!after.valid() || after.begin != number.end) return true;
  if (after.is_word()) return false;
  const char c = CharAt(tokens, number.end);
  if (c == '/' || c == '%') return false;
  if ((c == ',' || c == '.' || c == ':') && IsDigit(CharAt(tokens, number.end + 1))) return false;
  if (c == '-' || tokens.View(after) == "\u2013") {
    return !DigitsAt(tokens, after.end, 2) && !DigitsAt(tokens, after.end, 1);
  }
  return true;
}

// "last year", "this year", "next year" starting at `first`: the offset.
bool RelativeYearAt(const SentenceTokens& tokens, Token first, int* offset, uint32_t* end) {
  const Token unit = tokens.Next(first.end);
  if (!tokens.Is(unit, "year")) return false;
  if (tokens.Is(first, "last")) {
    *offset = -1;
  } else if (tokens.Is(first, "this")) {
    *offset = 0;
  } else if (tokens.Is(first, "next")) {
    *offset = 1;
  } else {
    return false;
  }
  *end = unit.end;
  return true;
}

// "that year", "that same year", "the same year", "the following year",
// "the previous year" starting at `first`: the offset from the year the
// narration is on.
bool AnchoredYearAt(const SentenceTokens& tokens, Token first, int* offset, uint32_t* end) {
  Token word = tokens.Next(first.end);
  if (tokens.Is(first, "that")) {
    if (tokens.Is(word, "same")) word = tokens.Next(word.end);
    *offset = 0;
  } else if (tokens.Is(first, "the") && IsAnyOf(tokens, word, "same", "following", "previous")) {
    *offset = tokens.Is(word, "same") ? 0 : tokens.Is(word, "following") ? 1 : -1;
    word = tokens.Next(word.end);
  } else {
    return false;
  }
  if (!tokens.Is(word, "year")) return false;
  *end = word.end;
  return true;
}

}  // namespace

bool FreeOnTheLeft(const SentenceTokens& tokens, Token number) {
  const Token before = tokens.Prev(number.begin);
  if (!before.valid() || before.end != number.begin) return true;
  if (!before.is_punct()) return false;
  return tokens.IsChar(before, '(') || tokens.IsChar(before, '[') || tokens.IsQuoteMark(before) ||
         tokens.IsChar(before, '-') || tokens.View(before) == "\u2013";
}

char CharAt(const SentenceTokens& tokens, size_t i) {
  return i < tokens.text().size() ? tokens.text()[i] : '\0';
}

bool DigitsAt(const SentenceTokens& tokens, size_t i, size_t count) {
  for (size_t k = 0; k < count; ++k) {
    if (!IsDigit(CharAt(tokens, i + k))) return false;
  }
  return !IsDigit(CharAt(tokens, i + count));
}

int ParseDigits(const SentenceTokens& tokens, size_t i, size_t count) {
  int value = 0;
  for (size_t k = 0; k < count; ++k) value = value * 10 + (CharAt(tokens, i + k) - '0');
  return value;
}

bool GluedBefore(const SentenceTokens& tokens, Token t) {
  const Token before = tokens.Prev(t.begin);
  return before.valid() && before.end == t.begin;
}

bool IsFreeYearNumber(const SentenceTokens& tokens, Token number) {
  return number.is_number() && number.size() == 4 &&
         IsYearValue(tokens.NumberValue(number), kMinYear, kMaxYear) &&
         FreeOnTheLeft(tokens, number) && FreeOnTheRight(tokens, number);
}

bool YearFollowerAllowed(const SentenceTokens& tokens, Token year) {
  const Token next = tokens.Next(year.end);
  if (!next.valid() || next.is_punct()) return true;
  if (next.is_number()) return false;
  const std::string_view word = tokens.View(next);
  if (IsCountNoun(word)) return false;
  if (!tokens.IsLowercaseWord(next)) return true;
  if (IsYearFollower(word)) return true;
  if (word.size() > 3 && word.substr(word.size() - 2) == "ed") return true;
  return word.back() != 's';
}

Token OrdinalSuffix(const SentenceTokens& tokens, Token number) {
  const Token after = tokens.Next(number.end);
  if (after.valid() && after.begin == number.end &&
      IsAnyOf(tokens, after, "st", "nd", "rd", "th")) {
    return after;
  }
  return Token{};
}

bool IsDayNumber(const SentenceTokens& tokens, Token number) {
  if (!number.is_number() || number.size() > 2) return false;
  const int value = tokens.NumberValue(number);
  if (value < 1 || value > 31) return false;
  const char c = CharAt(tokens, number.end);
  if ((c == ':' || c == '.' || c == ',') && IsDigit(CharAt(tokens, number.end + 1))) return false;
  if (c == '%') return false;
  const Token after = tokens.Next(number.end);
  const bool glued_word = after.is_word() && after.begin == number.end;
  return !glued_word || OrdinalSuffix(tokens, number).valid();
}

int MonthAt(const SentenceTokens& tokens, Token t, uint32_t* end) {
  if (!tokens.IsCapitalized(t)) return 0;
  const HeadWord word = LookUpHead(tokens.View(t));
  if (word.kind != HeadKind::kMonth) return 0;
  *end = t.end;
  if (word.abbreviated && CharAt(tokens, t.end) == '.') *end = t.end + 1;
  return word.value;
}

bool MayIsAName(const SentenceTokens& tokens, Token head, int month) {
  if (month != 5) return false;
  const Token before = tokens.Prev(head.begin);
  if (!tokens.IsCapitalized(before) || tokens.StartsSentence(before)) return false;
  const HeadWord word = LookUpHead(tokens.View(before));
  return word.kind != HeadKind::kWeekday && !IsDatePreposition(tokens.View(before));
}

bool YearAfterDay(const SentenceTokens& tokens, uint32_t day_end, int* year, uint32_t* end) {
  Token next = tokens.Next(day_end);
  if (tokens.IsChar(next, ',')) next = tokens.Next(next.end);
  if (!IsFreeYearNumber(tokens, next)) return false;
  *year = tokens.NumberValue(next);
  *end = next.end;
  return true;
}

bool ReadYearPhrase(const SentenceTokens& tokens, uint32_t after, DateExpression* out,
                    uint32_t* end) {
  Token first = tokens.Next(after);
  const bool of = tokens.Is(first, "of");
  if (of) first = tokens.Next(first.end);
  int offset = 0;
  if (RelativeYearAt(tokens, first, &offset, end)) {
    out->reference = Reference::kSpeech;
  } else if (of && AnchoredYearAt(tokens, first, &offset, end)) {
    out->reference = Reference::kAnchor;
  } else {
    return false;
  }
  out->relation = Relation::kYearOffset;
  out->offset = offset;
  return true;
}

bool ReadMonthDay(const SentenceTokens& tokens, Token month_token, MonthDayText* out) {
  uint32_t month_end = 0;
  const int month = MonthAt(tokens, month_token, &month_end);
  if (month == 0 || MayIsAName(tokens, month_token, month)) return false;
  const Token number = tokens.Next(month_end);
  if (!IsDayNumber(tokens, number) || number.begin == month_token.end) return false;
  *out = MonthDayText{month, tokens.NumberValue(number), 0, number.end};
  if (const Token suffix = OrdinalSuffix(tokens, number); suffix.valid()) out->end = suffix.end;
  if (YearAfterDay(tokens, out->end, &out->year, &out->end)) return true;
  const Token after = tokens.Next(out->end);
  return !(tokens.IsCapitalized(after) &&
           IsDateNameWord(tokens.View(after)));  // "May 4th Movement"
}

bool IsAttributiveDeterminer(const SentenceTokens& tokens, Token t) {
  if (IsAnyOf(tokens, t, "the", "a", "an") || IsPossessiveDeterminer(tokens.View(t))) return true;
  if (!tokens.Is(t, "s")) return false;
  const Token mark = tokens.Prev(t.begin);
  return mark.end == t.begin && (tokens.IsChar(mark, '\'') || tokens.View(mark) == "\u2019");
}

void SetSpan(const SentenceTokens& tokens, uint32_t core_begin, uint32_t end, DateExpression* out) {
  out->begin = ExtendLeft(tokens, core_begin);
  out->end = end;
}

}  // namespace newsgraph::extract::dates
