// EventDraft: an event as the coder builds it, before it is written into
// Article.events: indexes rather than names, and the mentions that report
// it. A plain value type.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_DRAFT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_DRAFT_H_

#include <string>
#include <vector>

#include "ingest_service/extract/events/participant_finder.h"
#include "newsgraph/v1/event.pb.h"

namespace newsgraph::extract::events {

// What kind of earlier action a definite event noun after the trigger
// names ("criticized the move", "condemned the operation"): its actors
// receive this one (EventMerger resolves it).
enum class EventAnaphor { kNone, kAny, kForce, kWithdrawal };

struct EventDraft {
  v1::EventCategory category = v1::EVENT_CATEGORY_UNSPECIFIED;
  std::string cameo;
  std::string mode;
  Participants participants;
  int date = -1;             // index into Article.dates, or -1
  int location = -1;         // index into Article.mentions (a place), or -1
  int object = -1;           // index into Article.mentions (a MISC), or -1
  bool negated = false;
  bool hypothetical = false;
  bool future = false;
  EventAnaphor anaphor = EventAnaphor::kNone;
  double confidence = 0.0;
  std::vector<v1::EventMention> mentions;  // one per reporting sentence
};

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_EVENT_DRAFT_H_
