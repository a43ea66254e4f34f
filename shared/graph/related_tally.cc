#include "shared/graph/related_tally.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace newsgraph::graph {
namespace {

using internal::v1::RelatedTally;

RelatedTally::Category* CategoryEntry(int category, RelatedTally* tally) {
  auto* entries = tally->mutable_categories();
  auto it = std::lower_bound(
      entries->begin(), entries->end(), category,
      [](const RelatedTally::Category& c, int value) { return c.category() < value; });
  if (it != entries->end() && it->category() == category) return &*it;
  const int index = static_cast<int>(it - entries->begin());
  entries->Add()->set_category(category);
  for (int i = entries->size() - 1; i > index; --i) entries->SwapElements(i, i - 1);
  return entries->Mutable(index);
}

// Inserts `type` into the ascending `types` unless it is there.
void AddSorted(std::string_view type, google::protobuf::RepeatedPtrField<std::string>* types) {
  auto it = std::lower_bound(types->begin(), types->end(), type,
                             [](const std::string& t, std::string_view v) { return t < v; });
  if (it != types->end() && *it == type) return;
  const int index = static_cast<int>(it - types->begin());
  types->Add()->assign(type.data(), type.size());
  for (int i = types->size() - 1; i > index; --i) types->SwapElements(i, i - 1);
}

}  // namespace

void AddEventsToTally(int category, int count, RelatedTally* tally) {
  tally->set_event_count(tally->event_count() + count);
  RelatedTally::Category* entry = CategoryEntry(category, tally);
  entry->set_event_count(entry->event_count() + count);
}

void AddRelationToTally(std::string_view type, bool as_subject, int articles,
                        RelatedTally* tally) {
  tally->set_relation_article_count(tally->relation_article_count() + articles);
  AddSorted(type, as_subject ? tally->mutable_subject_types() : tally->mutable_object_types());
}

void MergeTally(const RelatedTally& delta, RelatedTally* into) {
  into->set_relation_article_count(into->relation_article_count() +
                                   delta.relation_article_count());
  for (const RelatedTally::Category& c : delta.categories()) {
    AddEventsToTally(c.category(), c.event_count(), into);
  }
  for (const std::string& type : delta.subject_types()) AddSorted(type, into->mutable_subject_types());
  for (const std::string& type : delta.object_types()) AddSorted(type, into->mutable_object_types());
}

int64_t TallyWeight(const RelatedTally& tally) {
  return int64_t{tally.event_count()} + tally.relation_article_count();
}

void FillRelatedEntity(const RelatedTally& tally, v1::RelatedEntity* out) {
  out->set_weight(static_cast<int32_t>(TallyWeight(tally)));
  out->set_event_count(tally.event_count());
  out->set_relation_article_count(tally.relation_article_count());
  for (const std::string& type : tally.subject_types()) out->add_relation_types(type);
  for (const std::string& type : tally.object_types()) {
    if (std::find(tally.subject_types().begin(), tally.subject_types().end(), type) ==
        tally.subject_types().end()) {
      out->add_relation_types(type);
    }
  }
  std::vector<std::pair<int, int>> categories;
  for (const RelatedTally::Category& c : tally.categories()) {
    categories.emplace_back(c.category(), c.event_count());
  }
  std::stable_sort(categories.begin(), categories.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  for (const auto& [category, count] : categories) {
    out->add_categories(static_cast<v1::EventCategory>(category));
  }
}

}  // namespace newsgraph::graph
