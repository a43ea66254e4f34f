#include "shared/graph/pair_stats.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/model/event_classes.h"

namespace newsgraph::graph {
namespace {

using internal::v1::PairStats;

// The entry of `entries` whose key(entry) is `key`, inserted in key order
// when there is none (set_key gives the new entry its key).
template <typename Entry, typename Key, typename KeyOf, typename SetKey>
Entry* SortedEntry(google::protobuf::RepeatedPtrField<Entry>* entries, const Key& key,
                   KeyOf key_of, SetKey set_key) {
  auto it = std::lower_bound(entries->begin(), entries->end(), key,
                             [&](const Entry& e, const Key& k) { return key_of(e) < k; });
  if (it != entries->end() && key_of(*it) == key) return &*it;
  const int index = static_cast<int>(it - entries->begin());
  set_key(entries->Add());
  for (int i = entries->size() - 1; i > index; --i) entries->SwapElements(i, i - 1);
  return entries->Mutable(index);
}

PairStats::Category* CategoryEntry(int category, PairStats* stats) {
  return SortedEntry(
      stats->mutable_categories(), category, [](const PairStats::Category& c) { return c.category(); },
      [category](PairStats::Category* c) { c->set_category(category); });
}

PairStats::Month* MonthEntry(std::string_view month, PairStats* stats) {
  return SortedEntry(
      stats->mutable_months(), month,
      [](const PairStats::Month& m) { return std::string_view(m.month()); },
      [month](PairStats::Month* m) { m->set_month(std::string(month)); });
}

}  // namespace

void AddToPairStats(const PairEventFacts& event, PairStats* stats) {
  while (stats->quad_class_counts_size() < 4) stats->add_quad_class_counts(0);
  if (event.quad_class >= 1 && event.quad_class <= 4) {
    stats->set_quad_class_counts(event.quad_class - 1,
                                 stats->quad_class_counts(event.quad_class - 1) + 1);
  }
  PairStats::Category* c = CategoryEntry(event.category, stats);
  c->set_quad_class(event.quad_class);
  c->set_event_count(c->event_count() + 1);
  c->set_score_sum(c->score_sum() + event.score);
  if (event.date_key.empty()) return;
  // Earliest and latest by (first day, date text), as a sort of the events
  // would order them.
  const auto dated = std::tie(event.date_key, event.date_text);
  if (c->first_key().empty() ||
      dated < std::make_tuple(std::string_view(c->first_key()), std::string_view(c->first_text()))) {
    c->set_first_key(std::string(event.date_key));
    c->set_first_text(std::string(event.date_text));
  }
  if (dated > std::make_tuple(std::string_view(c->last_key()), std::string_view(c->last_text()))) {
    c->set_last_key(std::string(event.date_key));
    c->set_last_text(std::string(event.date_text));
  }
  PairStats::Month* m = MonthEntry(event.date_key.substr(0, 7), stats);
  m->set_event_count(m->event_count() + 1);
  if (model::IsCooperation(event.quad_class)) m->set_cooperation_count(m->cooperation_count() + 1);
  if (model::IsConflict(event.quad_class)) m->set_conflict_count(m->conflict_count() + 1);
}

void FillRelationshipStats(const PairStats& stats, v1::Relationship* out) {
  int count = 0;
  double score_sum = 0;
  const PairStats::Category* first = nullptr;
  const PairStats::Category* last = nullptr;
  for (const PairStats::Category& c : stats.categories()) {
    count += c.event_count();
    score_sum += c.score_sum();
    if (c.first_key().empty()) continue;
    if (first == nullptr || std::tie(c.first_key(), c.first_text()) <
                                std::tie(first->first_key(), first->first_text())) {
      first = &c;
    }
    if (last == nullptr ||
        std::tie(c.last_key(), c.last_text()) > std::tie(last->last_key(), last->last_text())) {
      last = &c;
    }
  }
  out->set_event_count(count);
  if (count > 0) out->set_mean_score(score_sum / count);
  for (int i = 0; i < 4; ++i) {
    out->add_quad_class_counts(i < stats.quad_class_counts_size() ? stats.quad_class_counts(i) : 0);
  }
  if (first != nullptr) {
    date::AssignIsoDate(first->first_text(), out->mutable_first_date());
    date::AssignIsoDate(last->last_text(), out->mutable_last_date());
  }
  for (const PairStats::Month& m : stats.months()) {
    v1::TimeBucket* bucket = out->add_months();
    date::AssignIsoDate(absl::StrCat(m.month(), "-01"), bucket->mutable_start());
    bucket->set_event_count(m.event_count());
    bucket->set_cooperation_count(m.cooperation_count());
    bucket->set_conflict_count(m.conflict_count());
  }
  for (const PairStats::Category& c : stats.categories()) {
    v1::CategoryCount* out_c = out->add_categories();
    out_c->set_category(static_cast<v1::EventCategory>(c.category()));
    out_c->set_quad_class(static_cast<v1::QuadClass>(c.quad_class()));
    out_c->set_event_count(c.event_count());
    out_c->set_mean_score(c.score_sum() / c.event_count());
    if (!c.first_text().empty()) {
      date::AssignIsoDate(c.first_text(), out_c->mutable_first_date());
      date::AssignIsoDate(c.last_text(), out_c->mutable_last_date());
    }
  }
  std::stable_sort(out->mutable_categories()->begin(), out->mutable_categories()->end(),
                   [](const auto& x, const auto& y) { return x.event_count() > y.event_count(); });
}

}  // namespace newsgraph::graph
