// ArticleContext: what the event coder looks up across an article, indexed
// once: each sentence's entity mentions, date mentions and quotations, and
// the roles people hold. Each index is one flat array with an offset per
// sentence (or person), so that building it costs a few allocations, not
// one per sentence. Keeps a pointer to the article, which must outlive it
// and not change meanwhile. Not thread-safe, even const: the index of
// person mentions (LastPersonBefore) is built on first use.
//
// Example:
//   ArticleContext context(article);
//   for (int m : context.MentionsIn(s)) ...
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_ARTICLE_CONTEXT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_ARTICLE_CONTEXT_H_

#include <string_view>
#include <vector>

#include "absl/types/span.h"
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
  // Valid while the context lives.
  absl::Span<const int> MentionsIn(int s) const { return mentions_.Of(s); }
  absl::Span<const int> DatesIn(int s) const { return dates_.Of(s); }
  absl::Span<const int> QuotesIn(int s) const { return quotes_.Of(s); }

  // The indexes into Article.roles of the roles of person entity `e`.
  absl::Span<const int> RolesOf(int e) const { return roles_.Of(e); }

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
  // Lists of indexes by key (a sentence or an entity), back to back: the
  // list of key k is items[offsets[k], offsets[k + 1]).
  struct Grouped {
    std::vector<int> offsets;
    std::vector<int> items;
    absl::Span<const int> Of(int k) const {
      if (k < 0 || k + 1 >= static_cast<int>(offsets.size())) return {};
      return absl::MakeConstSpan(items.data() + offsets[k], offsets[k + 1] - offsets[k]);
    }
  };

  const v1::Article& article_;
  Grouped mentions_;  // by start, the longer first
  Grouped dates_;
  Grouped quotes_;
  Grouped roles_;
  mutable bool person_mentions_built_ = false;
  mutable std::vector<int> person_mentions_;  // Article.mentions indexes, by start
};

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_ARTICLE_CONTEXT_H_
