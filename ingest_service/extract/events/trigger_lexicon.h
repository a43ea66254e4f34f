// The trigger lexicon: the words and phrases that signal an event ("met",
// "signed", "called for", "airstrikes"), each with the CAMEO code, PLOVER
// category and mode it codes and how its participants are found.
//
// The table is compiled in (trigger_lexicon.cc) and indexed on first use;
// MatchTrigger is thread-safe.
//
// Example:
//   int length = 0;
//   if (const TriggerRule* rule = MatchTrigger(tokens, i, &length)) ...
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_TRIGGER_LEXICON_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_TRIGGER_LEXICON_H_

#include <cstdint>
#include <string_view>

#include "ingest_service/extract/events/sentence_tokens.h"
#include "newsgraph/v1/event.pb.h"

namespace newsgraph::extract::events {

// How a trigger's participants are found (TriggerRule::flags).
enum TriggerFlag : uint16_t {
  kNoun = 1 << 0,       // a nominalization: "meeting of", "killing of", "X's visit"
  kJoint = 1 << 1,      // all sides act together: "with X" joins the actors (talks, signing)
  kVisit = 1 << 2,      // meet or visit: actor visits, the one met or visited receives
  kHost = 1 << 3,       // "X hosted Y": Y is the visitor (actor), X the host
  kBan = 1 << 4,        // a ban: SANCTION when it names a target, else COERCE restrict
  kPledge = 1 << 5,     // pledge, promise, agree to: what follows is future (AGREE)
  kNoPassive = 1 << 6,  // "was disappointed": not a passive
  kWeak = 1 << 7,       // common words; needs an actor and a recipient to count
  kLabel = 1 << 8,      // "designated X as a terrorist organization": needs "as" after
};

struct TriggerRule {
  std::string_view phrase;  // lower-case words, one space apart
  v1::EventCategory category;
  std::string_view cameo;  // CAMEO code, consistent with CAMEO2PLOVER-2021
  std::string_view mode;   // PLOVER mode, or ""
  uint16_t flags;
};

// The longest trigger phrase that starts at token `i`, or nullptr; sets
// `*length` to its number of tokens.
const TriggerRule* MatchTrigger(const SentenceTokens& tokens, int i, int* length);

// False when no word of `text` (UTF-8) can start a trigger phrase: one
// cheap pass over the bytes, with no tokens built, so that the coder skips
// most sentences. True does not promise a trigger.
bool MayHaveTrigger(std::string_view text);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_TRIGGER_LEXICON_H_
