#include "shared/store/sql/query_sql.h"

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/filter_sql.h"

namespace newsgraph::store::sql {
namespace {

const char* SortColumn(ArticleSortField field) {
  return field == ArticleSortField::kCreateTime ? "a.create_time_us" : "a.published_key";
}

const char* RecordJoin(bool full_records) {
  return full_records ? " JOIN article_records AS r ON r.doc_id = a.doc_id" : "";
}

// `AND (sort, id) > (?, ?)` (or <) for the cursor.
absl::StatusOr<SqlFragment> CursorSql(const ListArticlesQuery& query) {
  SqlFragment sql;
  if (!query.after.has_value()) return sql;
  const ArticleCursor& cursor = *query.after;
  sql.Append(absl::StrCat(" AND (", SortColumn(query.order.field), ", a.article_id) ",
                          query.order.descending ? "<" : ">", " ("));
  if (query.order.field == ArticleSortField::kCreateTime) {
    NG_ASSIGN_OR_RETURN(const int64_t micros, ParseCreateTimeSortKey(cursor.sort_key));
    sql.Append("?", micros);
  } else {
    if (!IsDateKey(cursor.sort_key)) {
      return absl::InvalidArgumentError(absl::StrCat("malformed published-date cursor key \"",
                                                     cursor.sort_key,
                                                     "\": expected \"\" or YYYY-MM-DD"));
    }
    sql.Append("?", cursor.sort_key);
  }
  return sql.Append(", ?)", cursor.article_id);
}

}  // namespace

const char* RecordColumn(bool full_records) { return full_records ? "r.record" : "a.basic"; }

absl::Status CheckSearchPaging(int64_t limit, int64_t offset) {
  if (limit < 1) {
    return absl::InvalidArgumentError(absl::StrCat("page size must be at least 1, not ", limit));
  }
  if (offset < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("search offset must not be negative, not ", offset));
  }
  return absl::OkStatus();
}

absl::StatusOr<SqlFragment> ListArticlesSql(const ListArticlesQuery& query,
                                            const TextIndex& text_index) {
  if (query.limit < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("page size must be at least 1, not ", query.limit));
  }
  NG_ASSIGN_OR_RETURN(SqlFragment filter, ArticleFilterToSql(query.filter, text_index));
  NG_ASSIGN_OR_RETURN(SqlFragment cursor, CursorSql(query));
  const char* sort = SortColumn(query.order.field);
  const char* direction = query.order.descending ? " DESC" : " ASC";
  SqlFragment sql;
  sql.Append(absl::StrCat("SELECT a.article_id, ", sort, ", ", RecordColumn(query.full_records),
                          " FROM articles AS a", RecordJoin(query.full_records), " WHERE "));
  sql.Append(filter).Append(cursor);
  sql.Append(absl::StrCat(" ORDER BY ", sort, direction, ", a.article_id", direction));
  return sql.Append(" LIMIT ?", static_cast<int64_t>(query.limit) + 1);
}

absl::StatusOr<SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query,
                                              const TextIndex& text_index) {
  NG_RETURN_IF_ERROR(CheckSearchPaging(query.limit, query.offset));
  NG_ASSIGN_OR_RETURN(const SqlFragment filter, ArticleFilterToSql(query.filter, text_index));
  return text_index.SearchArticlesSql(query, filter);
}

}  // namespace newsgraph::store::sql
