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
  // Praise, recognition and a signing are different acts of support.
  if (event.category == v1::EVENT_CATEGORY_SUPPORT && event.cameo != draft.cameo) return false;
  if (b.empty()) return sentence - LastSentence(event) <= kAnaphoraSentences;
  if (SameThing(event.object, draft.object)) return true;
  if (a.empty()) return false;
  // "Navalny was airlifted from Omsk" after "X airlifted Navalny": no actor
  // named, the same recipients.
  if ((a.actors.empty() || b.actors.empty()) && Overlap(a.recipients, b.recipients)) return true;
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

namespace {

// True when `category` is a reaction to an earlier action (criticism,
// rejection, praise, protest), the kinds "criticized the move" names.
bool IsReaction(const EventDraft& draft) {
  const v1::EventCategory category = draft.category;
  return category == v1::EVENT_CATEGORY_ACCUSE || category == v1::EVENT_CATEGORY_REJECT ||
         category == v1::EVENT_CATEGORY_PROTEST || category == v1::EVENT_CATEGORY_THREATEN ||
         (category == v1::EVENT_CATEGORY_SUPPORT && draft.cameo == "051");  // praise
}

bool Fits(EventAnaphor anaphor, const EventDraft& earlier) {
  switch (anaphor) {
    case EventAnaphor::kForce:
      return earlier.category == v1::EVENT_CATEGORY_ASSAULT ||
             earlier.category == v1::EVENT_CATEGORY_MOBILIZE;
    case EventAnaphor::kWithdrawal:
      return earlier.cameo == "0872" || earlier.cameo == "080";
    case EventAnaphor::kAny:
      return !IsReaction(earlier) && earlier.category != v1::EVENT_CATEGORY_REQUEST;
    case EventAnaphor::kNone:
      return false;
  }
  return false;
}

}  // namespace

void EventMerger::ResolveAnaphor(EventDraft* draft) const {
  if (draft->anaphor == EventAnaphor::kNone || !IsReaction(*draft) ||
      !draft->participants.recipients.empty()) {
    return;
  }
  const int sentence = draft->mentions.front().sentence_index();
  for (auto it = reported_.rbegin(); it != reported_.rend(); ++it) {
    if (it->sentence > sentence || !Fits(draft->anaphor, it->draft)) continue;
    const std::vector<ParticipantRef>& actors = it->draft.participants.actors;
    if (actors.empty() || Overlap(actors, draft->participants.actors)) continue;
    // A move or a decision is one side's: the first actor's.
    for (const ParticipantRef& a : actors) {
      draft->participants.recipients.push_back(ParticipantRef{a.entity, -1});
      if (draft->anaphor != EventAnaphor::kForce) break;
    }
    return;
  }
}

void EventMerger::Add(EventDraft draft) {
  ResolveAnaphor(&draft);
  if (!draft.participants.actors.empty()) {
    EventDraft copy;
    copy.category = draft.category;
    copy.cameo = draft.cameo;
    copy.participants.actors = draft.participants.actors;
    reported_.push_back(Reported{draft.mentions.front().sentence_index(), std::move(copy)});
  }
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

namespace {

constexpr int kDateReach = 3;  // sentences back to the report "during the hearing" points at

bool ReportedIn(const EventDraft& event, int sentence) {
  for (const v1::EventMention& m : event.mentions) {
    if (m.sentence_index() == sentence) return true;
  }
  return false;
}

// The noun after "during the" in `text` ("during the hearing"), or "".
std::string_view DuringNoun(std::string_view text) {
  constexpr std::string_view kDuring = "during the ";
  const size_t at = text.find(kDuring);
  if (at == std::string_view::npos) return "";
  std::string_view rest = text.substr(at + kDuring.size());
  size_t n = 0;
  while (n < rest.size() && rest[n] >= 'a' && rest[n] <= 'z') ++n;
  return n >= 4 ? rest.substr(0, n) : "";
}

}  // namespace

int EventMerger::DateFromContext(const EventDraft& event) const {
  const v1::Article& article = context_.article();
  // The same actor's dated action reported in the same or the sentence
  // before ("Late on Sunday, Trump announced ... The announcement was made
  // after Trump had a phone conversation with Erdogan").
  for (const v1::EventMention& m : event.mentions) {
    const int s = m.sentence_index();
    for (const EventDraft& other : events_) {
      if (&other == &event || other.date < 0 || other.mentions.empty()) continue;
      if (!Overlap(other.participants.actors, event.participants.actors)) continue;
      if (ReportedIn(other, s) || ReportedIn(other, s - 1)) return other.date;
    }
  }
  // "Katigbak apologized during the hearing": the date of the sentence
  // before that names the hearing, when it gives one.
  for (const v1::EventMention& m : event.mentions) {
    const int s = m.sentence_index();
    if (s < 0 || s >= article.sentences_size()) continue;
    const std::string_view noun = DuringNoun(article.sentences(s).text());
    if (noun.empty()) continue;
    for (int back = s - 1; back >= 0 && back >= s - kDateReach; --back) {
      const std::string_view text = article.sentences(back).text();
      const size_t at = text.find(noun);
      if (at == std::string_view::npos || (at > 0 && text[at - 1] != ' ')) continue;
      const absl::Span<const int> dates = context_.DatesIn(back);
      if (dates.size() == 1 && article.dates(dates[0]).value().year() != 0) return dates[0];
      break;
    }
  }
  return -1;
}

std::vector<EventDraft> EventMerger::Finish() {
  for (EventDraft& event : events_) {
    if (event.date < 0 && !event.future) event.date = DateFromContext(event);
  }
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
