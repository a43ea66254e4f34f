// The PLOVER grouping of event categories into quad classes (verbal or
// material cooperation or conflict; ../shared/docs/plover.md), in one
// place for the event coder, the graph's statistics and the tests.
#ifndef NEWSGRAPH_SHARED_MODEL_EVENT_CLASSES_H_
#define NEWSGRAPH_SHARED_MODEL_EVENT_CLASSES_H_

#include "newsgraph/v1/event.pb.h"

namespace newsgraph::model {

// The quad class of a PLOVER category (UNSPECIFIED for UNSPECIFIED).
v1::QuadClass QuadClassOf(v1::EventCategory category);

// Whether a quad class is verbal or material cooperation.
bool IsCooperation(int quad_class);

// Whether a quad class is verbal or material conflict.
bool IsConflict(int quad_class);

}  // namespace newsgraph::model

#endif  // NEWSGRAPH_SHARED_MODEL_EVENT_CLASSES_H_
