#include "ingest_service/extract/events/article_context.h"

#include <algorithm>

namespace newsgraph::extract::events {
namespace {

// Groups `count` items by `key_of(i)` (keys in [0, keys); items with another
// key are left out), each group in item order, as Grouped does.
template <typename Grouped, typename KeyOf>
void GroupBy(int keys, int count, KeyOf key_of, Grouped* out) {
  out->offsets.assign(keys + 2, 0);
  for (int i = 0; i < count; ++i) {
    const int k = key_of(i);
    if (k >= 0 && k < keys) ++out->offsets[k + 2];
  }
  for (int k = 2; k < keys + 2; ++k) out->offsets[k] += out->offsets[k - 1];
  // offsets[k + 1] is now where group k starts: filling advances it to
  // where group k ends, which is where group k + 1 starts.
  out->items.resize(out->offsets[keys + 1]);
  for (int i = 0; i < count; ++i) {
    const int k = key_of(i);
    if (k >= 0 && k < keys) out->items[out->offsets[k + 1]++] = i;
  }
  out->offsets.pop_back();
}

}  // namespace

ArticleContext::ArticleContext(const v1::Article& article) : article_(article) {
  const int sentences = article.sentences_size();
  GroupBy(sentences, article.mentions_size(),
          [&article](int i) { return article.mentions(i).sentence_index(); }, &mentions_);
  auto by_start = [&article](int a, int b) {
    const auto& ma = article.mentions(a).span();
    const auto& mb = article.mentions(b).span();
    return ma.start() != mb.start() ? ma.start() < mb.start() : ma.end() > mb.end();
  };
  for (int s = 0; s < sentences; ++s) {
    std::sort(mentions_.items.begin() + mentions_.offsets[s],
              mentions_.items.begin() + mentions_.offsets[s + 1], by_start);
  }
  GroupBy(sentences, article.dates_size(),
          [&article](int i) { return article.dates(i).sentence_index(); }, &dates_);
  GroupBy(sentences, article.quotes_size(),
          [&article](int i) { return article.quotes(i).sentence_index(); }, &quotes_);
  GroupBy(article.entities_size(), article.roles_size(),
          [&article](int i) { return article.roles(i).person_index(); }, &roles_);
}

bool ArticleContext::IsAffiliationOf(int e, int person) const {
  for (int r : RolesOf(person)) {
    const v1::Role& role = article_.roles(r);
    if (role.has_affiliation_index() && role.affiliation_index() == e) return true;
  }
  return false;
}

int ArticleContext::LastPersonBefore(int32_t cp) const {
  if (!person_mentions_built_) {
    person_mentions_built_ = true;
    for (int i = 0; i < article_.mentions_size(); ++i) {
      if (article_.mentions(i).type() == v1::ENTITY_TYPE_PERSON) person_mentions_.push_back(i);
    }
    std::sort(person_mentions_.begin(), person_mentions_.end(), [this](int a, int b) {
      const auto& ma = article_.mentions(a).span();
      const auto& mb = article_.mentions(b).span();
      return ma.start() != mb.start() ? ma.start() < mb.start() : ma.end() > mb.end();
    });
  }
  auto it = std::lower_bound(person_mentions_.begin(), person_mentions_.end(), cp,
                             [this](int m, int32_t value) {
                               return article_.mentions(m).span().start() < value;
                             });
  if (it == person_mentions_.begin()) return -1;
  return article_.mentions(*(it - 1)).entity_index();
}

int ArticleContext::CountryOfCity(int e) const {
  if (!ValidEntity(e)) return -1;
  const auto& city = article_.entities(e);
  if (city.subtype() != v1::ENTITY_SUBTYPE_CITY || city.country_code().empty()) return -1;
  for (int i = 0; i < article_.entities_size(); ++i) {
    const auto& other = article_.entities(i);
    if (other.subtype() == v1::ENTITY_SUBTYPE_COUNTRY && other.country_code() == city.country_code()) {
      return i;
    }
  }
  return -1;
}

int ArticleContext::LastOrganizationBefore(int32_t cp, std::string_view head) const {
  // The subtypes a head noun may name; the first fits best.
  v1::EntitySubtype kinds[2] = {v1::ENTITY_SUBTYPE_UNSPECIFIED, v1::ENTITY_SUBTYPE_UNSPECIFIED};
  if (head == "network" || head == "broadcaster" || head == "channel" || head == "newspaper") {
    kinds[0] = v1::ENTITY_SUBTYPE_MEDIA;
    kinds[1] = v1::ENTITY_SUBTYPE_COMPANY;
  } else if (head == "company" || head == "firm" || head == "airline" || head == "carrier" ||
             head == "retailer" || head == "manufacturer" || head == "corporation") {
    kinds[0] = v1::ENTITY_SUBTYPE_COMPANY;
    kinds[1] = v1::ENTITY_SUBTYPE_MEDIA;
  } else if (head == "party") {
    kinds[0] = v1::ENTITY_SUBTYPE_PARTY;
  } else {
    return -1;
  }
  int best = -1;
  int32_t best_start = -1;
  for (const v1::EntityMention& m : article_.mentions()) {
    if (m.type() != v1::ENTITY_TYPE_ORGANIZATION || m.span().start() >= cp ||
        m.span().start() <= best_start || !ValidEntity(m.entity_index())) {
      continue;
    }
    const v1::EntitySubtype subtype = article_.entities(m.entity_index()).subtype();
    if (subtype != kinds[0] && (subtype != kinds[1] || kinds[1] == v1::ENTITY_SUBTYPE_UNSPECIFIED)) {
      continue;
    }
    best = m.entity_index();
    best_start = m.span().start();
  }
  return best;
}

}  // namespace newsgraph::extract::events
