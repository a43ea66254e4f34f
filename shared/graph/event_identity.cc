#include "shared/graph/event_identity.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "shared/date/partial_date.h"

namespace newsgraph::graph {
namespace {

constexpr std::string_view kEntityPrefix = "entities/";

std::string IdOf(const v1::EventParticipant& participant) {
  std::string_view name = participant.entity();
  if (name.substr(0, kEntityPrefix.size()) != kEntityPrefix) return "";
  return std::string(name.substr(kEntityPrefix.size()));
}

std::vector<std::string> SortedIds(
    const google::protobuf::RepeatedPtrField<v1::EventParticipant>& participants) {
  std::vector<std::string> ids;
  for (const v1::EventParticipant& p : participants) {
    std::string id = IdOf(p);
    if (!id.empty()) ids.push_back(std::move(id));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

bool Intersect(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

}  // namespace

std::string MergeKey(const v1::Event& event) {
  if (event.category() == v1::EVENT_CATEGORY_UNSPECIFIED) return "";
  if (!event.has_date() || !date::Validate(event.date()).ok()) return "";
  if (event.date().precision() == v1::DATE_PRECISION_UNSPECIFIED) return "";
  return absl::StrCat(v1::EventCategory_Name(event.category()), "|",
                      date::FormatIsoDate(event.date()));
}

EventSketch SketchOf(const v1::Event& event) {
  EventSketch sketch;
  sketch.actor_ids = SortedIds(event.actors());
  sketch.recipient_ids = SortedIds(event.recipients());
  if (event.has_location()) sketch.location_id = IdOf(event.location());
  return sketch;
}

bool SameEvent(const EventSketch& stored, const EventSketch& incoming) {
  if (!Intersect(stored.actor_ids, incoming.actor_ids)) return false;
  if (!stored.recipient_ids.empty() && !incoming.recipient_ids.empty() &&
      !Intersect(stored.recipient_ids, incoming.recipient_ids)) {
    return false;
  }
  if (!stored.location_id.empty() && !incoming.location_id.empty() &&
      stored.location_id != incoming.location_id) {
    return false;
  }
  return true;
}

}  // namespace newsgraph::graph
