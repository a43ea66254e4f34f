// Turns a parsed AIP-160 filter (shared/filter) into the store's typed
// ArticleFilter, checking each field, operator and value against what
// ListArticlesRequest.filter documents:
//
//   published_date  = != < <= > >=  "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
//                   (a partial date stands for its whole month or year:
//                   `published_date = "2019-06"` is any day in June 2019)
//   create_time     = != < <= > >=  RFC 3339 timestamp
//   source, url     = !=            exact text
//   format          = !=            an ArticleFormat: WIKINEWS or ARTICLE_FORMAT_WIKINEWS
//   title, author   = != exact text; `:` contains the words
//
// Plain C++; thread-safe (no state).
#ifndef NEWSGRAPH_QUERY_SERVICE_ARTICLE_FILTER_H_
#define NEWSGRAPH_QUERY_SERVICE_ARTICLE_FILTER_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "shared/filter/filter.h"
#include "shared/store/article_store.h"

namespace newsgraph::query {

// INVALID_ARGUMENT naming the field, operator or value at fault.
absl::StatusOr<store::ArticleFilter> ToArticleFilter(const filter::Expr& expr);

// Parses `text` and converts it; the empty filter matches everything.
absl::StatusOr<store::ArticleFilter> ParseArticleFilter(std::string_view text);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_ARTICLE_FILTER_H_
