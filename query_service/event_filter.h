// The AIP-160 filter of ListEvents and WatchEvents, parsed (shared/filter)
// and checked into the store's typed EventFilter. Fields and values:
//   actor, recipient, participant, location   = !=  "entities/{id}"
//   involves    = !=  "entities/{id}": a participant, or a person or
//                     organization named in a sentence that reports it
//   category    = !=  a PLOVER category: CONSULT (or EVENT_CATEGORY_CONSULT;
//                     any case)
//   quad_class  = !=  VERBAL_COOPERATION, MATERIAL_COOPERATION,
//                     VERBAL_CONFLICT, MATERIAL_CONFLICT (or QUAD_CLASS_...)
//   date        = != < <= > >=  "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the
//                     event's first day against the value's first day)
//   article     = !=  "articles/{id}"
// combined with AND, OR, NOT / - and parentheses. INVALID_ARGUMENT names
// the field, operator or value at fault and its position.
#ifndef NEWSGRAPH_QUERY_SERVICE_EVENT_FILTER_H_
#define NEWSGRAPH_QUERY_SERVICE_EVENT_FILTER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "shared/filter/filter.h"
#include "shared/store/event_query.h"

namespace newsgraph::query {

absl::StatusOr<store::EventFilter> ToEventFilter(const filter::Expr& expr);

// Parses `text` and converts it; the empty filter matches every event.
absl::StatusOr<store::EventFilter> ParseEventFilter(std::string_view text);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_EVENT_FILTER_H_
