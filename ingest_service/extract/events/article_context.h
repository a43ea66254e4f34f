// ArticleContext: what the event coder looks up across an article, indexed
// once: each sentence's entity mentions, date mentions and quotations, and
// the roles people hold. Keeps a pointer to the article, which must outlive
// it and not change meanwhile. Not thread-safe to build; const afterwards.
//
// Example:
//   ArticleContext context(article);
//   for (int m : context.MentionsIn(s)) ...
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_ARTICLE_CONTEXT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_ARTICLE_CONTEXT_H_

#include <string_view>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract::events {

class ArticleContext {
 public:
  explicit ArticleContext(const v1::Article& article);

  ArticleContext(const ArticleContext&) = delete;
  ArticleContext& operator=(const ArticleContext&) = delete;

  const v1::Article& article() const { return article_; }

  // Indexes into Article.mentions / dates / quotes of sentence `s`, in text
  // order. Empty for a sentence out of range.
  const std::vector<int>& MentionsIn(int s) const;
  const std::vector<int>& DatesIn(int s) const;
  const std::vector<int>& QuotesIn(int s) const;

  // The indexes into Article.roles of the roles of person entity `e`.
  const std::vector<int>& RolesOf(int e) const;

  // True when entity `e` is the affiliation of a role of person `person`.
  bool IsAffiliationOf(int e, int person) const;

  // The entity of the last PERSON mention that starts before code point
  // `cp`, or -1: what "he" or "she" refers to.
  int LastPersonBefore(int32_t cp) const;

  // What a definite description ("the network", "the company", "the
  // party") refers to: the entity of the last ORGANIZATION mention before
  // code point `cp` whose subtype fits the noun `head` (lower-case), or -1
  // when `head` names no kind of organization or none was named before.
  int LastOrganizationBefore(int32_t cp, std::string_view head) const;

  // The country entity of city `e` ("Athens expelled the ambassador" is
  // Greece acting): an entity of subtype COUNTRY with the city's country
  // code, or -1 when `e` is no city or the article names no such country.
  int CountryOfCity(int e) const;

  // True for a valid index into Article.entities.
  bool ValidEntity(int e) const { return e >= 0 && e < article_.entities_size(); }

 private:
  const v1::Article& article_;
  std::vector<std::vector<int>> mentions_;
  std::vector<std::vector<int>> dates_;
  std::vector<std::vector<int>> quotes_;
  std::vector<std::vector<int>> roles_;
  std::vector<int> person_mentions_;  // Article.mentions indexes, by start
};

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_ARTICLE_CONTEXT_H_
