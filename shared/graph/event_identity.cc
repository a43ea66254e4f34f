#include "shared/graph/event_identity.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "shared/date/partial_date.h"
#include "shared/resolution/canonical_key.h"

namespace newsgraph::graph {
namespace {

constexpr std::string_view kEntityPrefix = "entities/";

std::string IdOf(const v1::EventParticipant& participant) {
  std::string_view name = participant.entity();
  if (name.substr(0, kEntityPrefix.size()) != kEntityPrefix) return "";
  return std::string(name.substr(kEntityPrefix.size()));
}

void SortUnique(std::vector<std::string>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

// The participants' entity ids and the entity ids of their countries.
void CollectIds(const google::protobuf::RepeatedPtrField<v1::EventParticipant>& participants,
                std::vector<std::string>* ids, std::vector<std::string>* countries) {
  for (const v1::EventParticipant& p : participants) {
    std::string id = IdOf(p);
    if (id.empty()) continue;
    ids->push_back(std::move(id));
    const std::string code = resolution::NormalizeCountryCode(p.country_code());
    if (!code.empty()) countries->push_back(resolution::EntityIdForKey(resolution::CountryKey(code)));
  }
  SortUnique(ids);
  SortUnique(countries);
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

// Rule 3: a shared entity, or one side's entity is the other's country.
bool Overlap(const std::vector<std::string>& ids_a, const std::vector<std::string>& countries_a,
             const std::vector<std::string>& ids_b, const std::vector<std::string>& countries_b) {
  return Intersect(ids_a, ids_b) || Intersect(ids_a, countries_b) ||
         Intersect(countries_a, ids_b);
}

}  // namespace

std::string MergeKey(const v1::Event& event) {
  if (event.category() == v1::EVENT_CATEGORY_UNSPECIFIED) return "";
  if (!event.has_date() || !date::Validate(event.date()).ok()) return "";
  if (event.date().precision() == v1::DATE_PRECISION_UNSPECIFIED) return "";
  constexpr std::string_view kPrefix = "EVENT_CATEGORY_";
  const std::string& category = v1::EventCategory_Name(event.category());
  return absl::StrCat(category.substr(kPrefix.size()), "|", date::FormatIsoDate(event.date()));
}

EventSketch SketchOf(const v1::Event& event) {
  EventSketch sketch;
  CollectIds(event.actors(), &sketch.actor_ids, &sketch.actor_countries);
  CollectIds(event.recipients(), &sketch.recipient_ids, &sketch.recipient_countries);
  if (event.has_location()) sketch.location_id = IdOf(event.location());
  return sketch;
}

bool SameEvent(const EventSketch& stored, const EventSketch& incoming) {
  if (!Overlap(stored.actor_ids, stored.actor_countries, incoming.actor_ids,
               incoming.actor_countries)) {
    return false;
  }
  if (!stored.recipient_ids.empty() && !incoming.recipient_ids.empty() &&
      !Overlap(stored.recipient_ids, stored.recipient_countries, incoming.recipient_ids,
               incoming.recipient_countries)) {
    return false;
  }
  if (!stored.location_id.empty() && !incoming.location_id.empty() &&
      stored.location_id != incoming.location_id) {
    return false;
  }
  return true;
}

}  // namespace newsgraph::graph
