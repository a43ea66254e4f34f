// The typed event and graph queries of ArticleStore: a filter tree over an
// event's participants, category, quad class, date, location and
// reporting articles (mirroring ArticleFilter), listing with a cursor, the
// watch log, and the pair, neighbor, adjacency and timeline reads. Plain
// values; the query service translates the API's syntax into them.
#ifndef NEWSGRAPH_SHARED_STORE_EVENT_QUERY_H_
#define NEWSGRAPH_SHARED_STORE_EVENT_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/v1/event.pb.h"
#include "newsgraph/v1/graph.pb.h"

namespace newsgraph::store {

// The fields an event filter may test.
enum class EventField {
  kActor,        // text: entity id; kEq: among the actors, kNe: not
  kRecipient,    // text: entity id, among the recipients
  kParticipant,  // text: entity id, among actors or recipients
  kInvolves,     // text: entity id, a participant or a person or
                 // organization named in a sentence that reports it
  kLocation,     // text: entity id of the location
  kCategory,     // number: EventCategory value
  kQuadClass,    // number: QuadClass value
  kDate,         // text: "YYYY-MM-DD", compared with the event's first day
  kArticle,      // text: article id; kEq: reported by it, kNe: not
};
// Operators: kDate takes all six comparisons (an undated event fails each
// but kNe); the others take kEq and kNe only.
enum class EventCompareOp { kEq, kNe, kLt, kLe, kGt, kGe };

struct EventCondition {
  EventField field = EventField::kCategory;
  EventCompareOp op = EventCompareOp::kEq;
  std::string text;
  int64_t number = 0;
};

// A typed filter tree. kTrue matches every event.
struct EventFilter {
  enum class Kind { kTrue, kAnd, kOr, kNot, kCondition };
  Kind kind = Kind::kTrue;
  std::vector<EventFilter> children;  // kAnd, kOr: >= 1; kNot: exactly 1
  EventCondition condition;           // kCondition only
};

// A position in the event listing, which runs by date (first day, "" for
// undated, which come last) descending, then by a store-assigned sequence
// number descending.
struct EventCursor {
  std::string date_key;
  int64_t sequence = 0;
};

struct ListEventsQuery {
  EventFilter filter;
  std::optional<EventCursor> after;
  int limit = 50;             // >= 1
  int mentions_per_event = 3; // mentions returned with each event
};

// Where a page of events ended (the events go to the caller's message).
struct EventPage {
  EventCursor last;  // of the last event returned (`after` when empty)
  bool has_more = false;
};

// One entry of the watch log: an article stored a report of an event.
// Sequence numbers increase in commit order and are never reused.
struct EventReport {
  int64_t sequence = 0;
  std::string article_id;
  bool new_event = false;  // the article was the event's first report
  v1::Event event;         // as stored now, with this article's mentions
};

// The reports a watch read, and how far it looked: every report up to
// `scanned_through` that matches the filter is in `reports` (when the
// batch is not full, scanned_through is the latest sequence stored).
struct WatchBatch {
  std::vector<EventReport> reports;
  int64_t scanned_through = 0;
};

struct WatchEventsQuery {
  EventFilter filter;
  int64_t after_sequence = 0;  // reports with a greater sequence
  int limit = 100;             // >= 1
};

// The entities tied to one entity.
struct RelatedEntitiesQuery {
  std::string entity_id;
  bool include_events = true;
  bool include_relations = true;
  std::optional<int> category;             // an EventCategory value
  std::optional<std::string> relation_type; // "ROLE", "MEMBER_OF", ...
  std::string min_date_key;                // events on or after; "" none
  std::string max_date_key;                // events on or before; "" none
  std::optional<int> entity_type;          // EntityType of the related
  bool exclude_entity_type = false;        // entity_type is a != test
  int limit = 20;
};

// An edge of the entity graph, for path finding.
struct GraphEdge {
  std::string entity_id;  // the neighbor
  int64_t weight = 0;     // events together + articles stating relations
};

// Event dates of an entity (or pair), grouped for timelines: one row per
// first day and quad class.
struct DatedEventCount {
  std::string date_key;  // "YYYY-MM-DD"; "" for undated events
  int quad_class = 0;
  int64_t count = 0;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_EVENT_QUERY_H_
