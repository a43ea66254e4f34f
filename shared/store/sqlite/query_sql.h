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
// SearchArticles: rows of
//   0 article_id, 1 the record blob, 2 score (-bm25, title weighted 2:1
//   against body; higher is better), 3 body snippet, 4 title snippet
// best first, ties by article_id, after `offset` rows, at most limit + 1.
// Every match is ranked; snippets and records are read for the page only.
// Snippets mark matches with kSnippetOpen / kSnippetClose.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_QUERY_SQL_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_QUERY_SQL_H_

#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/sqlite/sql_fragment.h"

namespace newsgraph::store::sqlite {

// Match markers in raw snippets: control characters, which article text
// practically never holds, so that a snippet with a match can be told from
// one without; replaced by '[' and ']' for callers.
inline constexpr char kSnippetOpen = '\x01';
inline constexpr char kSnippetClose = '\x02';
// Tokens per snippet.
inline constexpr int kSnippetTokens = 14;

// INVALID_ARGUMENT for a bad filter, limit or cursor.
absl::StatusOr<SqlFragment> ListArticlesSql(const ListArticlesQuery& query);

// INVALID_ARGUMENT for a bad filter, text query, offset or limit.
absl::StatusOr<SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_QUERY_SQL_H_
