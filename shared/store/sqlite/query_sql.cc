#include "shared/store/sqlite/query_sql.h"

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/sqlite/article_codec.h"
#include "shared/store/sqlite/filter_sql.h"
#include "shared/store/sqlite/fts_query.h"

namespace newsgraph::store::sqlite {
namespace {

const char* SortColumn(ArticleSortField field) {
  return field == ArticleSortField::kCreateTime ? "a.create_time_us" : "a.published_key";
}

const char* RecordJoin(bool full_records) {
  return full_records ? " JOIN article_records AS r ON r.doc_id = a.doc_id" : "";
}

const char* RecordColumn(bool full_records) { return full_records ? "r.record" : "a.basic"; }

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

absl::StatusOr<SqlFragment> ListArticlesSql(const ListArticlesQuery& query) {
  if (query.limit < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("page size must be at least 1, not ", query.limit));
  }
  NG_ASSIGN_OR_RETURN(SqlFragment filter, ArticleFilterToSql(query.filter));
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

absl::StatusOr<SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query) {
  if (query.limit < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("page size must be at least 1, not ", query.limit));
  }
  if (query.offset < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("search offset must not be negative, not ", query.offset));
  }
  NG_ASSIGN_OR_RETURN(std::string match, TextQueryToFtsMatch(query.text));
  NG_ASSIGN_OR_RETURN(SqlFragment filter, ArticleFilterToSql(query.filter));
  // Ranks every match in `hits` but computes snippets and reads records
  // for the page only: SQLite would otherwise compute every result column
  // of every match before sorting. The outer query repeats the MATCH
  // (snippet() needs it) and looks the page's rows up by rowid; CROSS JOIN
  // keeps that join order.
  SqlFragment sql;
  sql.Append(
      "WITH hits AS (SELECT a.doc_id AS doc_id, a.article_id AS article_id, "
      "-bm25(article_fts, 2.0, 1.0) AS score "
      "FROM article_fts JOIN articles AS a ON a.doc_id = article_fts.rowid "
      "WHERE article_fts MATCH ?",
      match);
  sql.Append(" AND ").Append(filter);
  sql.Append(" ORDER BY score DESC, a.article_id ASC");
  sql.Append(" LIMIT ?", static_cast<int64_t>(query.limit) + 1);
  sql.Append(" OFFSET ?)", query.offset);
  const std::string snippet_args =
      absl::StrCat("char(", static_cast<int>(kSnippetOpen), "), char(",
                   static_cast<int>(kSnippetClose), "), '…', ", kSnippetTokens, ")");
  sql.Append(absl::StrCat(
      " SELECT hits.article_id, ", RecordColumn(query.full_records),
      ", hits.score, snippet(article_fts, 1, ", snippet_args, ", snippet(article_fts, 0, ",
      snippet_args,
      " FROM hits CROSS JOIN article_fts ON article_fts.rowid = hits.doc_id"
      " CROSS JOIN articles AS a ON a.doc_id = hits.doc_id",
      query.full_records ? " CROSS JOIN article_records AS r ON r.doc_id = hits.doc_id" : ""));
  sql.Append(" WHERE article_fts MATCH ?", std::move(match));
  return sql.Append(" ORDER BY hits.score DESC, hits.article_id ASC");
}

}  // namespace newsgraph::store::sqlite
