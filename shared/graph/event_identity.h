// When two reports describe the same real-world event. Plain C++ over the
// canonical entity ids of the participants; the store applies it when an
// article's events arrive, to fold a report of an event already stored
// into that event instead of creating another.
//
// The rule (documented in README "Events"): two events are the same when
//   1. they have the same PLOVER category;
//   2. both are dated, to the same precision and the same value ("on
//      January 21, 2020" and "on Tuesday" in an article of 2020-01-23 both
//      give 2020-01-21; "in January" does not meet "on January 21");
//   3. their actors overlap: they share a canonical entity, or an actor of
//      one is the country of an actor of the other (reports differ in
//      grain: "Azerbaijan and Georgia signed" and "the Defense Ministries
//      of Azerbaijan and Georgia signed" tell one signing);
//   4. their recipients do not contradict: one side has none, or they
//      overlap as in 3;
//   5. their locations do not contradict: one side has none, or they are
//      the same entity.
// Undated events are never merged across articles: "Iran accuses the US"
// recurs every week, and without a date nothing tells two such reports
// apart. Within one article the event coder has already merged the
// sentences that report one event; the store never folds two events of
// the same article into one.
#ifndef NEWSGRAPH_SHARED_GRAPH_EVENT_IDENTITY_H_
#define NEWSGRAPH_SHARED_GRAPH_EVENT_IDENTITY_H_

#include <string>
#include <vector>

#include "newsgraph/v1/event.pb.h"

namespace newsgraph::graph {

// What the rule looks at, with canonical entity ids.
struct EventSketch {
  std::vector<std::string> actor_ids;          // sorted, unique
  std::vector<std::string> actor_countries;    // entity ids of their countries
  std::vector<std::string> recipient_ids;      // sorted, unique
  std::vector<std::string> recipient_countries;
  std::string location_id;                     // "" when none
};

// The key under which events that may be the same are found: the category
// and the date at its precision ("SUPPORT|2020-01-21"); "" for an undated
// event, which is never merged.
std::string MergeKey(const v1::Event& event);

// The sketch of an event whose participants' `entity` names are set.
EventSketch SketchOf(const v1::Event& event);

// Whether a stored event (with `stored`'s merge key equal to the incoming
// one's) and an incoming report are the same event: rules 3 to 5.
bool SameEvent(const EventSketch& stored, const EventSketch& incoming);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_SHARED_GRAPH_EVENT_IDENTITY_H_
