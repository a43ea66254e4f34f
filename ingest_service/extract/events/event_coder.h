// EventCoder: codes the events an article reports, in the PLOVER ontology
// with CAMEO codes, from what the other extractors found (sentences, entity
// mentions and entities, roles, dates, quotations). Fills Article.events.
//
// How: a trigger lexicon (trigger_lexicon.h: "met", "signed", "called
// for", "arrested", "airstrikes", ...) finds the action; participant rules
// (participant_finder.h) find who acts (the clause's subject, the agent of
// a passive, the speaker of a quotation, the referent of "he"/"she") and
// who is acted on (the object, "with X", "of X"); clause cues
// (clause_cues.h) set negated, future and hypothetical. Then, after PLOVER's
// rules of thumb:
// - a negated cooperative action ("did not meet", "refused to sign") is
//   REJECT;
// - a future or promised cooperative action ("will meet", "plans to sign")
//   is AGREE; a future withdrawal is CONCEDE; a future act of force or
//   coercion ("will destroy") is THREATEN;
// - a ban with a named target is SANCTION, a ban of a practice COERCE;
// - "attacked the proclamation" is ACCUSE; what a request asks for or a
//   rejection refuses ("recommended the troops withdraw", "rejects X's
//   resignation"), a participle used as an adjective ("over alleged
//   plots"), "signed off", "was not met", a company leaving a market, code
//   nothing;
// - a capital acting in diplomacy ("Athens expelled") is its country;
// - a reaction to "the move", "the operation" or "the withdrawal" is aimed
//   at the actor of that earlier action (event_merger.h).
// A cheap screen (MayHaveTrigger) skips sentences with no trigger word
// before any tokenizing, and a "sentence" too long to be one is skipped
// (extract/statement_sentence.h). The date is the sentence's date
// expression nearest the trigger, skipping dates in a clause of their own ("after ... on
// Wednesday", "X, who ... until December,") and preferring a fronted date
// ("On Thursday, X held") unless a speech verb comes between (none when the
// sentence gives no time); headline events join the body's (event_merger.h); the place a location named after "in",
// "at" or "near"; the object the named thing (agreement, plan, law) next
// to the trigger. Sentences reporting the same event merge into one Event
// with one EventMention each (event_merger.h states the rule). The score
// is the Goldstein value of the CAMEO code (cameo_table.h gives the table
// and its source).
//
// Plain C++, no gRPC. Stateless: Code() is const and thread-safe; the
// tables are compiled in.
//
// Example:
//   const EventCoder coder;
//   NG_RETURN_IF_ERROR(coder.Code(&article));  // after the other extractors
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_CODER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_CODER_H_

#include "absl/status/status.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract::events {

class EventCoder {
 public:
  EventCoder() = default;

  // Replaces `article->events` with the events its text reports. Leaves
  // each event's name, event_id, counts and times and each mention's
  // `article` unset (the store fills them). INVALID_ARGUMENT when `article`
  // is null.
  [[nodiscard]] absl::Status Code(v1::Article* article) const;
};

// EventCoder().Code(article).
[[nodiscard]] absl::Status CodeEvents(v1::Article* article);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_CODER_H_
