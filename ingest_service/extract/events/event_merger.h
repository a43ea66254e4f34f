// EventMerger: gathers the sentence-level drafts of one article into one
// record per real-world event.
//
// Merge rule. A new draft joins the most recent earlier event of the same
// PLOVER category when nothing contradicts it:
// - their dates agree to the coarser precision (or either has none);
// - their objects are the same named thing (or either has none);
// - either both come from the same sentence (a sentence reports one event
//   of a kind: "met with X as part of the official visit of Y"), or the
//   draft names no participants and comes within two sentences
//   of the event's last report ("The Plan was signed during the meeting"
//   after "... have signed a Bilateral Cooperation Plan for 2020"), or its
//   actors overlap the event's actors and its recipients do not contradict
//   the event's (both name some and none is shared), or both are about the
//   same named thing.
// A draft with no actor also joins an event that shares its recipients
// ("Navalny was airlifted from Omsk" after "X airlifted Navalny"). Before
// merging, a reaction to "the move", "the attack" or "the withdrawal"
// takes as recipients the actors of the last earlier action of that kind.
// A merged event keeps its participants, takes the draft's date, place and
// object where it has none, adds the draft's mention (one per sentence) and
// gains confidence. Events that end with no participant, or reported once
// with neither a named actor nor a date (confidence below 0.6), are dropped.
// An event still undated at the end takes a date from its context
// (DateFromContext). Headline drafts come last (AddHeadline) and rarely make events of their own.
//
// Not thread-safe; one per article.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_MERGER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_MERGER_H_

#include <vector>

#include "ingest_service/extract/events/article_context.h"
#include "ingest_service/extract/events/event_draft.h"

namespace newsgraph::extract::events {

class EventMerger {
 public:
  explicit EventMerger(const ArticleContext& context) : context_(context) {}

  EventMerger(const EventMerger&) = delete;
  EventMerger& operator=(const EventMerger&) = delete;

  // Adds the drafts of one sentence, in text order (sentences in order).
  void Add(EventDraft draft);

  // Adds a draft from the headline, after every body sentence: a headline
  // restates the story, so it joins an event of the same category that
  // shares a participant (or any, when it names only a country) and is an
  // event of its own otherwise.
  void AddHeadline(EventDraft draft);

  // The events with at least one participant and confidence 0.6 or more,
  // in order of first report.
  std::vector<EventDraft> Finish();

 private:
  bool Compatible(const EventDraft& event, const EventDraft& draft) const;
  bool DatesAgree(int a, int b) const;
  bool SameThing(int a, int b) const;
  static void Absorb(EventDraft draft, EventDraft* event);
  // "criticized the move": the actors of the last earlier action of the
  // kind the noun names receive the reaction.
  void ResolveAnaphor(EventDraft* draft) const;
  // For an event whose sentences give no time: the date of the same
  // actor's action reported in the same or the sentence before, or of the
  // sentence before that names what "during the hearing" points at; -1.
  int DateFromContext(const EventDraft& event) const;

  struct Reported {
    int sentence;
    EventDraft draft;  // category, cameo and actors only
  };

  const ArticleContext& context_;
  std::vector<EventDraft> events_;
  std::vector<Reported> reported_;  // every draft with actors, in text order
};

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_MERGER_H_
