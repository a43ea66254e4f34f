// Finds who acts and who is acted on around one trigger of a SentenceFrame.
//
// Rules, in order:
// - Actor of a verb: the clause's subject, the leftmost participant between
//   the clause start and the trigger (a name after a preposition is not a
//   subject; speech verbs, "who", "which", ";" and ", and" start a clause).
//   Passive ("was signed by X", "X was arrested"): X after "by" acts, the
//   subject is acted on.
// - Recipient: the first participant after the trigger, before the clause
//   ends ("met with X", "accused X", "called on X", "sanctions against X").
// - Nominalizations: "X's visit", "the killing of X", "a meeting between A
//   and B" (A visits B), "a meeting of A, B and C" (all act), "criticism by
//   X".
// - Coordination: "A and B", "A, B and C", "Hasanov and ex-Georgian Defence
//   Minister Levan Izoria" are all actors (or all recipients).
// - Joint actions (talks, signing, phone calls): "with X" joins the actors.
// - A subject after "after"/"before"/"since" followed by its verb acts
//   ("after the European Union sanctioned Iran"); "with the government of
//   X" reads as "with X"; "X, the chief executive of Y," is X alone.
// - No subject, or a pronoun subject: inside a quotation, its speaker; "X
//   said/announced it/he ..." is X; "he"/"she" is the first person named
//   before in the sentence, else the last person named before.
// - "blame him", "sanctions against him": the person the pronoun refers to
//   receives.
// - "accused the network of", "refused the company a license": the
//   organization of that kind named last before receives.
// - Passive: an agent with "by" later in the clause ("was condemned in a
//   joint statement by X") acts; in a passive joint action ("a memorandum
//   was signed between A and B") the subject is the thing, the sides act.
// - "X, who ..., criticized": the subject stands before the relative clause;
//   "In his talk at Y, X reaffirmed": the name after a fronted phrase's
//   comma; "she used Instagram to": the pronoun, not the name after it.
// - A quotation's subject is never looked for before its opening mark.
// - "a meeting with X" with no host or visitor named: all sides act;
//   "disappointed by X's decision": X receives.
//
// Pure function of the frame; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_PARTICIPANT_FINDER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_PARTICIPANT_FINDER_H_

#include <vector>

#include "ingest_service/extract/events/sentence_frame.h"

namespace newsgraph::extract::events {

// A participant: the entity, and where it is named (-1: not named in this
// sentence, e.g. a pronoun's referent).
struct ParticipantRef {
  int entity = -1;
  int mention = -1;  // index into Article.mentions, or -1
};

struct Participants {
  std::vector<ParticipantRef> actors;
  std::vector<ParticipantRef> recipients;
  bool empty() const { return actors.empty() && recipients.empty(); }
};

// The actors and recipients of `trigger`; `passive` as IsPassive says.
Participants FindParticipants(const SentenceFrame& frame, const Trigger& trigger, bool passive);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_PARTICIPANT_FINDER_H_
