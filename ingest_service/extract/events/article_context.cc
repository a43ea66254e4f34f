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

}  // namespace newsgraph::extract::events
