#include "ingest_service/extract/dates/unit_rules.h"

namespace newsgraph::extract::dates {
namespace {

// What a unit rule found, before it is written into a DateExpression.
struct UnitMatch {
  Reference reference = Reference::kSpeech;
  int offset = 0;
  uint32_t core_begin = 0;
  uint32_t end = 0;
  const char* rule = "";
  bool future_only = false;
};

ExpressionKind KindOf(HeadKind unit) {
  switch (unit) {
    case HeadKind::kYearUnit:
      return ExpressionKind::kYearOffset;
    case HeadKind::kMonthUnit:
      return ExpressionKind::kMonthOffset;
    default:
      return ExpressionKind::kDayOffset;
  }
}

int MaxCount(HeadKind unit) {
  switch (unit) {
    case HeadKind::kYearUnit:
      return 200;
    case HeadKind::kMonthUnit:
      return 120;
    default:
      return 366;
  }
}

// Words before a count or "a" that make the span approximate ("more than a
// year ago", "about two years ago") or a duration ("the last two years").
bool IsVagueQuantifier(const SentenceTokens& tokens, Token t) {
  return IsAnyOf(tokens, t, "than", "about", "almost", "nearly", "over", "under", "around",
                 "roughly", "approximately", "some", "few", "several", "many", "couple", "within",
                 "for", "past", "last", "first", "next", "the", "every");
}

// Words before "the" that make "the next year" a duration ("over the next
// year", "for at least the next year").
bool IsDurationPreposition(const SentenceTokens& tokens, Token t) {
  if (IsAnyOf(tokens, t, "least", "most")) t = tokens.Prev(tokens.Prev(t.begin).begin);
  return IsAnyOf(tokens, t, "in", "over", "within", "for", "during", "throughout");
}

// The count before a plural unit: digits or a number word; 0 when none.
int CountAt(const SentenceTokens& tokens, Token t) {
  if (t.is_number()) return t.size() <= 3 ? tokens.NumberValue(t) : 0;
  return t.is_word() ? NumberWordValue(tokens.View(t)) : 0;
}

// Whether the clause ends right after `t` (punctuation or the end).
bool EndsClause(const SentenceTokens& tokens, Token t) {
  const Token next = tokens.Next(t.end);
  return !next.valid() || (next.is_punct() && !tokens.IsChar(next, '-'));
}

// Reads "ago", "earlier", "later", "afterwards", and "before"/"after" at
// the end of a clause, after a span of `count` units ending at `end`.
bool ReadDirection(const SentenceTokens& tokens, uint32_t end, int count, UnitMatch* m) {
  const Token after = tokens.Next(end);
  if (tokens.Is(after, "ago")) {
    m->reference = Reference::kSpeech;
    m->offset = -count;
    m->rule = "relative:ago";
  } else if (tokens.Is(after, "earlier") ||
             (tokens.Is(after, "before") && EndsClause(tokens, after))) {
    m->reference = Reference::kAnchor;
    m->offset = -count;
    m->rule = "anchor:earlier";
  } else if (IsAnyOf(tokens, after, "later", "afterwards") ||
             (tokens.Is(after, "after") && EndsClause(tokens, after))) {
    m->reference = Reference::kAnchor;
    m->offset = count;
    m->rule = "anchor:later";
  } else {
    return false;
  }
  m->end = after.end;
  return true;
}

// "this year", "last month", "earlier this year", "the next year".
bool MatchThisLastNext(const SentenceTokens& tokens, Token before, Token second, UnitMatch* m) {
  const int offset = tokens.Is(before, "last") ? -1 : tokens.Is(before, "this") ? 0 : 1;
  if (tokens.Is(second, "the")) {
    if (offset != 1 || IsDurationPreposition(tokens, tokens.Prev(second.begin))) return false;
    *m = UnitMatch{Reference::kAnchor, 1, second.begin, m->end, "anchor:next"};
    return true;
  }
  if (IsGenericDeterminer(tokens.View(second))) return false;
  *m = UnitMatch{Reference::kSpeech, offset, before.begin, m->end, "relative:this_last_next"};
  if (IsAnyOf(tokens, second, "earlier", "later", "early", "late", "mid")) {
    m->core_begin = second.begin;
  }
  return true;
}

// "the same day", "that day", "Earlier that day", "that same year".
bool MatchSameOrThat(const SentenceTokens& tokens, Token head, Token before, Token second,
                     UnitMatch* m) {
  const Token after = tokens.Next(head.end);
  if (after.valid() && after.begin == head.end && tokens.IsChar(after, '-')) return false;
  if (tokens.IsLowercaseWord(after) && !IsFunctionWord(tokens.View(after))) return false;
  *m = UnitMatch{Reference::kAnchor, 0, before.begin, m->end, "anchor:same"};
  Token first = before;
  if (tokens.Is(before, "same")) {
    if (!IsAnyOf(tokens, second, "the", "that")) return false;
    first = second;
  }
  m->core_begin = first.begin;
  const Token modifier = tokens.Prev(first.begin);
  if (IsAnyOf(tokens, modifier, "earlier", "later", "late", "early")) {
    m->core_begin = modifier.begin;
  }
  return true;
}

// "the day before", "the year after", "the day before yesterday", "later in
// the day", "earlier in the month".
bool MatchAfterThe(const SentenceTokens& tokens, HeadKind unit, Token before, Token second,
                   UnitMatch* m) {
  if (tokens.Is(second, "in")) {
    const Token modifier = tokens.Prev(second.begin);
    if (!IsAnyOf(tokens, modifier, "earlier", "later", "early", "late")) return false;
    const Reference reference =
        unit == HeadKind::kDayUnit ? Reference::kAnchor : Reference::kSpeech;
    *m = UnitMatch{reference, 0, modifier.begin, m->end, "relative:in_the_unit"};
    return true;
  }
  const Token after = tokens.Next(m->end);
  if (!IsAnyOf(tokens, after, "before", "after")) return false;
  const int sign = tokens.Is(after, "before") ? -1 : 1;
  const Token next = tokens.Next(after.end);
  if (unit == HeadKind::kDayUnit && IsAnyOf(tokens, next, "yesterday", "tomorrow")) {
    *m = UnitMatch{Reference::kSpeech, 2 * sign, before.begin, next.end, "deictic:two_days"};
    return true;
  }
  if (!EndsClause(tokens, after)) return false;
  *m = UnitMatch{Reference::kAnchor, sign, before.begin, after.end,
                 sign < 0 ? "anchor:previous" : "anchor:next"};
  return true;
}

bool MatchSingular(const SentenceTokens& tokens, Token head, HeadKind unit, UnitMatch* m) {
  const Token before = tokens.Prev(head.begin);
  const Token second = tokens.Prev(before.begin);
  if (unit != HeadKind::kDayUnit && IsAnyOf(tokens, before, "last", "this", "next")) {
    return MatchThisLastNext(tokens, before, second, m);
  }
  if (IsAnyOf(tokens, before, "next", "following")) {
    const bool with_the = tokens.Is(second, "the");
    if (with_the && IsDurationPreposition(tokens, tokens.Prev(second.begin))) return false;
    if (!with_the && !(unit == HeadKind::kDayUnit && tokens.Is(before, "next"))) return false;
    *m = UnitMatch{Reference::kAnchor, 1, with_the ? second.begin : before.begin, m->end,
                   "anchor:next"};
    return true;
  }
  if (tokens.Is(before, "previous") && tokens.Is(second, "the")) {
    *m = UnitMatch{Reference::kAnchor, -1, second.begin, m->end, "anchor:previous"};
    return true;
  }
  if (IsAnyOf(tokens, before, "same", "that"))
    return MatchSameOrThat(tokens, head, before, second, m);
  if (IsAnyOf(tokens, before, "a", "one")) {
    if (IsVagueQuantifier(tokens, second)) return false;
    m->core_begin = before.begin;
    return ReadDirection(tokens, m->end, 1, m);
  }
  if (tokens.Is(before, "the")) return MatchAfterThe(tokens, unit, before, second, m);
  return false;
}

// "two years ago", "seven days earlier", "in two days".
bool MatchPlural(const SentenceTokens& tokens, Token head, HeadKind unit, UnitMatch* m) {
  const Token before = tokens.Prev(head.begin);
  const int count = CountAt(tokens, before);
  if (count < 1 || count > MaxCount(unit)) return false;
  const Token second = tokens.Prev(before.begin);
  if (IsVagueQuantifier(tokens, second)) return false;
  m->core_begin = before.begin;
  if (unit == HeadKind::kDayUnit && tokens.Is(second, "in")) {
    *m = UnitMatch{Reference::kSpeech, count, second.begin, m->end, "relative:in_days", true};
    return true;
  }
  return ReadDirection(tokens, m->end, count, m);
}

}  // namespace

bool MatchUnitDate(const RuleContext& context, Token head, const HeadWord& word,
                   DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (!tokens.IsLowercaseWord(head)) return false;
  const Token glued = tokens.Prev(head.begin);
  if (glued.valid() && glued.end == head.begin) return false;  // "eight-year", "per-day"
  UnitMatch m;
  m.end = word.plural ? head.end : tokens.EndWithPossessive(head);
  const bool matched = word.plural ? MatchPlural(tokens, head, word.kind, &m)
                                   : MatchSingular(tokens, head, word.kind, &m);
  if (!matched) return false;
  *out = DateExpression{};
  out->kind = KindOf(word.kind);
  out->reference = m.reference;
  out->offset = m.offset;
  out->rule = m.rule;
  out->future_only = m.future_only;
  // "took on this year": "on" before a year or month is a particle.
  const bool particle =
      word.kind != HeadKind::kDayUnit && tokens.Is(tokens.Prev(m.core_begin), "on");
  out->begin = particle ? m.core_begin : ExtendLeft(tokens, m.core_begin);
  out->end = m.end;
  return true;
}

}  // namespace newsgraph::extract::dates
