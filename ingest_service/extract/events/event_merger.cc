#include "ingest_service/extract/events/event_merger.h"

#include <algorithm>
#include <utility>

namespace newsgraph::extract::events {
namespace {

constexpr int kAnaphoraSentences = 2;  // how far "the Plan was signed" reaches back
// Below this an event rests on one sentence with no named actor, no date
// and at most a pronoun's referent ("She asked for support"): too weak to keep.
constexpr double kMinConfidence = 0.6;

bool Overlap(const std::vector<ParticipantRef>& a, const std::vector<ParticipantRef>& b) {
  for (const ParticipantRef& x : a) {
    for (const ParticipantRef& y : b) {
      if (x.entity == y.entity) return true;
    }
  }
  return false;
}

int LastSentence(const EventDraft& event) {
  return event.mentions.empty() ? -1 : event.mentions.back().sentence_index();
}

}  // namespace

bool EventMerger::DatesAgree(int a, int b) const {
  if (a < 0 || b < 0) return true;
  const v1::PartialDate& x = context_.article().dates(a).value();
  const v1::PartialDate& y = context_.article().dates(b).value();
  const int precision = std::min<int>(x.precision(), y.precision());
  if (x.year() != y.year()) return false;
  if (precision >= v1::DATE_PRECISION_MONTH && x.month() != y.month()) return false;
  if (precision >= v1::DATE_PRECISION_DAY && x.day() != y.day()) return false;
  return true;
}

bool EventMerger::SameThing(int a, int b) const {
  if (a < 0 || b < 0) return false;
  return context_.article().mentions(a).entity_index() ==
         context_.article().mentions(b).entity_index();
}

bool EventMerger::Compatible(const EventDraft& event, const EventDraft& draft) const {
  if (event.category != draft.category) return false;
  if (!DatesAgree(event.date, draft.date)) return false;
  if (event.object >= 0 && draft.object >= 0 && !SameThing(event.object, draft.object)) {
    return false;
  }
  const Participants& a = event.participants;
  const Participants& b = draft.participants;
  const int sentence = draft.mentions.front().sentence_index();
  // One sentence reports one event of a kind: "met with X as part of the
  // official visit of Y" is one visit.
  if (sentence == LastSentence(event)) return true;
  if (b.empty()) return sentence - LastSentence(event) <= kAnaphoraSentences;
  if (SameThing(event.object, draft.object)) return true;
  if (a.empty()) return false;
  const bool recipients_clash =
      !a.recipients.empty() && !b.recipients.empty() && !Overlap(a.recipients, b.recipients);
  return Overlap(a.actors, b.actors) && !recipients_clash;
}

// Adds to `into` the participants of `from` that `other` does not hold.
static void AddMissing(const std::vector<ParticipantRef>& from, const std::vector<ParticipantRef>& other,
                std::vector<ParticipantRef>* into) {
  for (const ParticipantRef& p : from) {
    if (!Overlap({p}, other)) into->push_back(p);
  }
}

void EventMerger::Absorb(EventDraft draft, EventDraft* event) {
  Participants& parts = event->participants;
  if (parts.actors.empty()) AddMissing(draft.participants.actors, parts.recipients, &parts.actors);
  if (parts.recipients.empty()) {
    AddMissing(draft.participants.recipients, parts.actors, &parts.recipients);
  }
  if (event->date < 0) event->date = draft.date;
  if (event->location < 0) event->location = draft.location;
  if (event->object < 0) event->object = draft.object;
  if (event->mode.empty()) event->mode = draft.mode;
  event->confidence = std::min(0.95, std::max(event->confidence, draft.confidence) + 0.05);
  const int sentence = draft.mentions.front().sentence_index();
  if (LastSentence(*event) != sentence) {
    for (v1::EventMention& m : draft.mentions) event->mentions.push_back(std::move(m));
  }
}

void EventMerger::Add(EventDraft draft) {
  for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
    if (Compatible(*it, draft)) {
      Absorb(std::move(draft), &*it);
      return;
    }
  }
  events_.push_back(std::move(draft));
}

void EventMerger::AddHeadline(EventDraft draft) {
  const Participants& b = draft.participants;
  EventDraft* same_kind = nullptr;
  for (EventDraft& event : events_) {
    if (event.category != draft.category || event.participants.empty()) continue;
    const Participants& a = event.participants;
    if (Overlap(a.actors, b.actors) || Overlap(a.recipients, b.recipients) ||
        Overlap(a.actors, b.recipients) || Overlap(a.recipients, b.actors)) {
      same_kind = &event;
      break;
    }
    if (same_kind == nullptr) same_kind = &event;
  }
  if (same_kind != nullptr) {
    for (v1::EventMention& m : draft.mentions) {
      same_kind->mentions.insert(same_kind->mentions.begin(), std::move(m));
    }
    return;
  }
  events_.push_back(std::move(draft));
}

std::vector<EventDraft> EventMerger::Finish() {
  std::vector<EventDraft> out;
  for (EventDraft& event : events_) {
    if (!event.participants.empty() && event.confidence >= kMinConfidence) {
      out.push_back(std::move(event));
    }
  }
  events_.clear();
  return out;
}

}  // namespace newsgraph::extract::events
