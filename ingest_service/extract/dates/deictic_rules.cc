#include "ingest_service/extract/dates/deictic_rules.h"

namespace newsgraph::extract::dates {
namespace {

const char* DeicticRule(const SentenceTokens& tokens, Token head) {
  if (tokens.Is(head, "today")) return "deictic:today";
  if (tokens.Is(head, "tonight")) return "deictic:tonight";
  if (tokens.Is(head, "tomorrow")) return "deictic:tomorrow";
  return "deictic:yesterday";
}

void SetDayOffset(Reference reference, int offset, const char* rule, DateExpression* out) {
  *out = DateExpression{};
  out->kind = ExpressionKind::kDayOffset;
  out->reference = reference;
  out->offset = offset;
  out->rule = rule;
}

}  // namespace

bool MatchDeicticDate(const RuleContext& context, Token head, const HeadWord& word,
                      DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (tokens.IsCapitalized(head) && !tokens.StartsSentence(head)) return false;
  uint32_t core_begin = head.begin;
  const Token before = tokens.Prev(head.begin);
  if (tokens.Is(before, "of") && !tokens.Is(tokens.Prev(before.begin), "as")) return false;
  if (IsAnyOf(tokens, before, "earlier", "later", "late", "early")) core_begin = before.begin;
  uint32_t end = tokens.EndWithPossessive(head);
  if (end == head.end) {
    const Token after = tokens.Next(head.end);
    if (tokens.IsLowercaseWord(after) &&
        LookUpHead(tokens.View(after)).kind == HeadKind::kPartOfDay) {
      end = after.end;
    }
  }
  const bool possessive = end != head.end && tokens.HasPossessiveS(head);
  SetDayOffset(Reference::kSpeech, word.value, DeicticRule(tokens, head), out);
  out->vague_in_quotes = tokens.Is(head, "today");
  out->vague_in_present = out->vague_in_quotes && end == head.end;
  // "on today's resolution": the preposition governs the noun, not the day.
  out->begin = possessive ? core_begin : ExtendLeft(tokens, core_begin);
  out->end = end;
  return true;
}

bool MatchPartOfDayDate(const RuleContext& context, Token head, DateExpression* out) {
  const SentenceTokens& tokens = context.tokens;
  if (!tokens.IsLowercaseWord(head)) return false;
  const Token before = tokens.Prev(head.begin);
  const Token second = tokens.Prev(before.begin);
  const bool night = tokens.Is(head, "night") || tokens.Is(head, "evening");
  uint32_t core_begin = before.begin;
  if (tokens.Is(before, "this")) {
    SetDayOffset(Reference::kSpeech, 0, "deictic:this_part_of_day", out);
  } else if (tokens.Is(before, "last") && night && !IsGenericDeterminer(tokens.View(second))) {
    SetDayOffset(Reference::kSpeech, -1, "deictic:last_night", out);
  } else if (tokens.Is(before, "that")) {
    const Token after = tokens.Next(head.end);
    if (tokens.IsLowercaseWord(after) && !IsFunctionWord(tokens.View(after))) return false;
    SetDayOffset(Reference::kAnchor, 0, "anchor:that_part_of_day", out);
    if (IsAnyOf(tokens, second, "later", "earlier", "late", "early")) core_begin = second.begin;
  } else if (tokens.Is(before, "same") && IsAnyOf(tokens, second, "the", "that")) {
    SetDayOffset(Reference::kAnchor, 0, "anchor:same_part_of_day", out);
    core_begin = second.begin;
  } else if (IsAnyOf(tokens, before, "next", "following")) {
    SetDayOffset(Reference::kAnchor, 1, "anchor:next_part_of_day", out);
    if (tokens.Is(second, "the")) core_begin = second.begin;
  } else if (tokens.Is(before, "previous") && tokens.Is(second, "the")) {
    SetDayOffset(Reference::kAnchor, -1, "anchor:previous_part_of_day", out);
    core_begin = second.begin;
  } else if (tokens.Is(before, "the") && tokens.Is(second, "in")) {
    const Token modifier = tokens.Prev(second.begin);
    if (!IsAnyOf(tokens, modifier, "later", "earlier", "late", "early")) return false;
    SetDayOffset(Reference::kAnchor, 0, "anchor:later_in_the_day", out);
    core_begin = modifier.begin;
  } else {
    return false;
  }
  out->begin = ExtendLeft(tokens, core_begin);
  out->end = tokens.EndWithPossessive(head);
  return true;
}

}  // namespace newsgraph::extract::dates
