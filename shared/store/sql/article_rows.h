// Reads and writes one article's rows (articles, article_records,
// article_authors, article_fts, author_fts) on a Connection, with cached
// prepared statements. The caller supplies the transaction.
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ARTICLE_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ARTICLE_ROWS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// Inserts every row of `row` and returns the article's doc_id. REQUIRES:
// inside a write transaction; no article with row.article_id stored.
absl::StatusOr<int64_t> InsertArticleRows(Connection& conn, const ArticleRow& row);

// The stored article (full record, or the BASIC one), or nullopt.
absl::StatusOr<std::optional<v1::Article>> FindArticle(Connection& conn,
                                                       std::string_view article_id,
                                                       bool full_record);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ARTICLE_ROWS_H_
