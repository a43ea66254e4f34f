// Helpers the date rules share: what a rule sees of the sentence
// (RuleContext), adding the words that introduce a date to its text, and
// recognizing a date coordinated with the one before it ("from 2008 to
// 2016", "in 2015 and 2016").
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_RULE_SUPPORT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_RULE_SUPPORT_H_

#include <cstdint>

#include "ingest_service/extract/dates/sentence_tokens.h"

namespace newsgraph::extract::dates {

// What a rule sees: the sentence, and where the last expression the
// finder accepted in it ends (0 when none yet).
struct RuleContext {
  const SentenceTokens& tokens;
  uint32_t previous_end = 0;
};

// The start of a date's text once the words that introduce it are added to
// `core_begin`: a date preposition ("on", "in", "since", ...), "as of",
// "as early as", "as late as", "back in", and, before the preposition, one
// of "also", "late", "early", "later", "earlier" ("Late on Sunday").
uint32_t ExtendLeft(const SentenceTokens& tokens, uint32_t core_begin);

// Whether the token before `core_begin` is a connector ("and", "or", "to",
// "through", ",", "-", "–", or ", and") that directly follows the previous
// expression, so that the two are coordinated ("from 2008 to 2016", "in
// January, February and April"). Sets *connector to it.
bool FollowsCoordinated(const RuleContext& context, uint32_t core_begin, Token* connector);

// Whether `t` is a word in `words` (lower case), in any letter case.
template <typename... Words>
bool IsAnyOf(const SentenceTokens& tokens, Token t, Words... words) {
  return (tokens.Is(t, words) || ...);
}

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_RULE_SUPPORT_H_
