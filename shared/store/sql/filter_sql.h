// Translation of an ArticleFilter to an SQL boolean expression over the
// `articles` table (aliased `a`), with every value bound as a parameter.
//
// Field and operator semantics (see article_store.h):
//   published_date  = != < <= > >=  on the first-day key; an undated
//                   article ("" key) fails all but != (which it passes)
//   create_time     = != < <= > >=  on microseconds
//   source, format, url   = !=  exact, case-sensitive
//   title           = !=  exact; has (:) every word, any case and accent,
//                   through the backend's text index (TextIndex)
//   author          =  some author is exactly the value; != no author is;
//                   has (:) some single author has every word (TextIndex)
//   NOT / AND / OR  nest (depth at most kMaxFilterSqlDepth)
// Other combinations, a malformed date, an empty AND/OR, a NOT without
// exactly one child, or a `has` value without words: INVALID_ARGUMENT.
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_FILTER_SQL_H_
#define NEWSGRAPH_SHARED_STORE_SQL_FILTER_SQL_H_

#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/sql/sql_fragment.h"
#include "shared/store/sql/text_index.h"

namespace newsgraph::store::sql {

inline constexpr int kMaxFilterSqlDepth = 64;

absl::StatusOr<SqlFragment> ArticleFilterToSql(const ArticleFilter& filter,
                                               const TextIndex& text_index);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_FILTER_SQL_H_
