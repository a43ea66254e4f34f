// ArticleQueries: the logic behind the QueryService's article methods,
// in plain C++ (no gRPC): validates requests, parses filters, orders and
// page tokens, asks the store, and builds responses.
//
// Thread-safe: holds only pointers to thread-safe collaborators, which it
// does not own and which must outlive it.
//
// Example:
//   ArticleQueries queries(store.get(), &codec);
//   absl::StatusOr<v1::ListArticlesResponse> page = queries.ListArticles(request);
#ifndef NEWSGRAPH_QUERY_SERVICE_ARTICLE_QUERIES_H_
#define NEWSGRAPH_QUERY_SERVICE_ARTICLE_QUERIES_H_

#include "absl/status/statusor.h"
#include "newsgraph/v1/query_service.pb.h"
#include "shared/paging/page_token.h"
#include "shared/store/article_store.h"

namespace newsgraph::query {

inline constexpr int kDefaultListPageSize = 50;
inline constexpr int kMaxListPageSize = 1000;
inline constexpr int kDefaultSearchPageSize = 20;
inline constexpr int kMaxSearchPageSize = 100;

class ArticleQueries {
 public:
  ArticleQueries(store::ArticleStore* store, const paging::PageTokenCodec* codec)
      : store_(store), codec_(codec) {}

  // INVALID_ARGUMENT for a malformed name; NOT_FOUND for an unknown article.
  absl::StatusOr<v1::GetArticleResponse> GetArticle(const v1::GetArticleRequest& request) const;

  // INVALID_ARGUMENT for a negative page size, a bad filter, order or page
  // token.
  absl::StatusOr<v1::ListArticlesResponse> ListArticles(
      const v1::ListArticlesRequest& request) const;

  // INVALID_ARGUMENT for an empty or malformed query, and as ListArticles.
  absl::StatusOr<v1::SearchArticlesResponse> SearchArticles(
      const v1::SearchArticlesRequest& request) const;

 private:
  store::ArticleStore* const store_;
  const paging::PageTokenCodec* const codec_;
};

// The article id in a resource name `articles/{article_id}`.
absl::StatusOr<std::string> ArticleIdFromName(std::string_view name);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_ARTICLE_QUERIES_H_
