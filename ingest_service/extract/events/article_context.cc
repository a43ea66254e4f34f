#include "ingest_service/extract/events/article_context.h"

#include <algorithm>

namespace newsgraph::extract::events {
namespace {

const std::vector<int>& EmptyList() {
  static const std::vector<int>* empty = new std::vector<int>();
  return *empty;
}

const std::vector<int>& At(const std::vector<std::vector<int>>& lists, int i) {
  if (i < 0 || i >= static_cast<int>(lists.size())) return EmptyList();
  return lists[i];
}

void Add(std::vector<std::vector<int>>* lists, int at, int value) {
  if (at >= 0 && at < static_cast<int>(lists->size())) (*lists)[at].push_back(value);
}

}  // namespace

ArticleContext::ArticleContext(const v1::Article& article)
    : article_(article),
      mentions_(article.sentences_size()),
      dates_(article.sentences_size()),
      quotes_(article.sentences_size()),
      roles_(article.entities_size()) {
  for (int i = 0; i < article.mentions_size(); ++i) {
    const v1::EntityMention& m = article.mentions(i);
    Add(&mentions_, m.sentence_index(), i);
    if (m.type() == v1::ENTITY_TYPE_PERSON) person_mentions_.push_back(i);
  }
  auto by_start = [&article](int a, int b) {
    const auto& ma = article.mentions(a).span();
    const auto& mb = article.mentions(b).span();
    return ma.start() != mb.start() ? ma.start() < mb.start() : ma.end() > mb.end();
  };
  for (std::vector<int>& list : mentions_) std::sort(list.begin(), list.end(), by_start);
  std::sort(person_mentions_.begin(), person_mentions_.end(), by_start);
  for (int i = 0; i < article.dates_size(); ++i) Add(&dates_, article.dates(i).sentence_index(), i);
  for (int i = 0; i < article.quotes_size(); ++i) {
    Add(&quotes_, article.quotes(i).sentence_index(), i);
  }
  for (int i = 0; i < article.roles_size(); ++i) Add(&roles_, article.roles(i).person_index(), i);
}

const std::vector<int>& ArticleContext::MentionsIn(int s) const { return At(mentions_, s); }
const std::vector<int>& ArticleContext::DatesIn(int s) const { return At(dates_, s); }
const std::vector<int>& ArticleContext::QuotesIn(int s) const { return At(quotes_, s); }
const std::vector<int>& ArticleContext::RolesOf(int e) const { return At(roles_, e); }

bool ArticleContext::IsAffiliationOf(int e, int person) const {
  for (int r : RolesOf(person)) {
    const v1::Role& role = article_.roles(r);
    if (role.has_affiliation_index() && role.affiliation_index() == e) return true;
  }
  return false;
}

int ArticleContext::LastPersonBefore(int32_t cp) const {
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
