#include "shared/model/event_classes.h"

namespace newsgraph::model {

v1::QuadClass QuadClassOf(v1::EventCategory category) {
  switch (category) {
    case v1::EVENT_CATEGORY_AGREE:
    case v1::EVENT_CATEGORY_CONSULT:
    case v1::EVENT_CATEGORY_SUPPORT:
    case v1::EVENT_CATEGORY_CONCEDE:
      return v1::QUAD_CLASS_VERBAL_COOPERATION;
    case v1::EVENT_CATEGORY_COOPERATE:
    case v1::EVENT_CATEGORY_AID:
    case v1::EVENT_CATEGORY_RETREAT:
      return v1::QUAD_CLASS_MATERIAL_COOPERATION;
    case v1::EVENT_CATEGORY_REQUEST:
    case v1::EVENT_CATEGORY_ACCUSE:
    case v1::EVENT_CATEGORY_REJECT:
    case v1::EVENT_CATEGORY_THREATEN:
      return v1::QUAD_CLASS_VERBAL_CONFLICT;
    case v1::EVENT_CATEGORY_UNSPECIFIED:
      return v1::QUAD_CLASS_UNSPECIFIED;
    default:
      return v1::QUAD_CLASS_MATERIAL_CONFLICT;
  }
}

bool IsCooperation(int quad_class) {
  return quad_class == v1::QUAD_CLASS_VERBAL_COOPERATION ||
         quad_class == v1::QUAD_CLASS_MATERIAL_COOPERATION;
}

bool IsConflict(int quad_class) {
  return quad_class == v1::QUAD_CLASS_VERBAL_CONFLICT ||
         quad_class == v1::QUAD_CLASS_MATERIAL_CONFLICT;
}

}  // namespace newsgraph::model
