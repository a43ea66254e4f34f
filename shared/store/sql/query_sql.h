// The SELECT statements behind ListArticles and SearchArticles, built from
// the query with every value bound as a parameter. Pure functions;
// thread-safe.
//
// ListArticles (keyset pagination): rows of
//   0 article_id, 1 sort key (published_key text / create_time_us integer),
//   2 the record blob (BASIC or full)
// in the order (sort key, article_id), both descending or both ascending,
// strictly after the cursor, at most limit + 1 rows (the extra row says
// whether more follow). Served by the indexes
// articles_by_published_key / articles_by_create_time.
//
// SearchArticles: the backend's TextIndex::SearchArticlesSql with the
// filter translated here.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_QUERY_SQL_H_
#define NEWSGRAPH_SHARED_STORE_SQL_QUERY_SQL_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/sql/sql_fragment.h"
#include "shared/store/sql/text_index.h"

namespace newsgraph::store::sql {

// The column holding an article's record: full (article_records `r`) or
// BASIC (articles `a`).
const char* RecordColumn(bool full_records);

// The paging of a search (articles or entities): INVALID_ARGUMENT for a
// limit below 1 or a negative offset.
absl::Status CheckSearchPaging(int64_t limit, int64_t offset);

// INVALID_ARGUMENT for a bad filter, limit or cursor.
absl::StatusOr<SqlFragment> ListArticlesSql(const ListArticlesQuery& query,
                                            const TextIndex& text_index);

// INVALID_ARGUMENT for a bad filter, text query, offset or limit.
absl::StatusOr<SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query,
                                              const TextIndex& text_index);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_QUERY_SQL_H_
