#include "ingest_service/extract/dates/rule_support.h"

#include "ingest_service/extract/dates/date_lexicon.h"

namespace newsgraph::extract::dates {

uint32_t ExtendLeft(const SentenceTokens& tokens, uint32_t core_begin) {
  const Token before = tokens.Prev(core_begin);
  if (!before.is_word()) return core_begin;
  const Token second = tokens.Prev(before.begin);
  if (tokens.Is(before, "of")) {
    return tokens.Is(second, "as") ? second.begin : core_begin;
  }
  if (tokens.Is(before, "as")) {
    const Token third = tokens.Prev(second.begin);
    if (IsAnyOf(tokens, second, "early", "late") && tokens.Is(third, "as")) return third.begin;
    return core_begin;
  }
  if (!IsDatePreposition(tokens.View(before))) return core_begin;
  if (tokens.Is(before, "in") && tokens.Is(second, "back")) return second.begin;
  if (IsAnyOf(tokens, second, "also", "late", "early", "later", "earlier")) return second.begin;
  return before.begin;
}

bool FollowsCoordinated(const RuleContext& context, uint32_t core_begin, Token* connector) {
  if (context.previous_end == 0) return false;
  const SentenceTokens& tokens = context.tokens;
  const Token link = tokens.Prev(core_begin);
  if (!link.valid() || link.begin < context.previous_end) return false;
  const bool is_connector = IsAnyOf(tokens, link, "and", "or", "to", "through") ||
                            tokens.IsChar(link, ',') || tokens.IsChar(link, '-') ||
                            tokens.View(link) == "\u2013";
  if (!is_connector) return false;
  Token before = tokens.Prev(link.begin);
  if (IsAnyOf(tokens, link, "and", "or") && tokens.IsChar(before, ',')) {
    before = tokens.Prev(before.begin);  // "in 2017, 2018, and 2019"
  }
  if (!before.valid() || before.end != context.previous_end) return false;
  *connector = link;
  return true;
}

}  // namespace newsgraph::extract::dates
