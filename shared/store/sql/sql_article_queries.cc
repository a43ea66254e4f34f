// SqlArticleStore: listing (keyset pagination) and full-text search.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/query_sql.h"
#include "shared/store/sql/search_snippet.h"
#include "shared/store/sql/sql_article_store.h"

namespace newsgraph::store::sql {
namespace {

absl::StatusOr<ArticlePage> RunList(Connection& conn, const SqlFragment& sql,
                                    const ListArticlesQuery& query) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql.sql));
  NG_RETURN_IF_ERROR(stmt->BindValues(sql.params));
  ArticlePage page;
  if (query.after.has_value()) page.last = *query.after;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    if (page.articles.size() == static_cast<size_t>(query.limit)) {
      page.has_more = true;
      break;
    }
    const std::string_view id = stmt->ColumnText(0);
    NG_ASSIGN_OR_RETURN(v1::Article article, ParseArticleBlob(stmt->ColumnBlob(2), id));
    page.last.article_id = std::string(id);
    page.last.sort_key = query.order.field == ArticleSortField::kCreateTime
                             ? CreateTimeSortKey(stmt->ColumnInt64(1))
                             : std::string(stmt->ColumnText(1));
    page.articles.push_back(std::move(article));
  }
  return page;
}

absl::StatusOr<SearchPage> RunSearch(Connection& conn, const SqlFragment& sql,
                                     const SearchArticlesQuery& query) {
  const size_t limit = static_cast<size_t>(query.limit);
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql.sql));
  NG_RETURN_IF_ERROR(stmt->BindValues(sql.params));
  SearchPage page;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    if (page.hits.size() == limit) {
      page.has_more = true;
      break;
    }
    SearchHit hit;
    NG_ASSIGN_OR_RETURN(hit.article, ParseArticleBlob(stmt->ColumnBlob(1), stmt->ColumnText(0)));
    hit.score = stmt->ColumnDouble(2);
    hit.snippet = SearchSnippet(stmt->ColumnText(3), stmt->ColumnText(4), query.text);
    page.hits.push_back(std::move(hit));
  }
  return page;
}

}  // namespace

absl::StatusOr<ArticlePage> SqlArticleStore::ListArticles(const ListArticlesQuery& query) {
  NG_ASSIGN_OR_RETURN(const SqlFragment sql, ListArticlesSql(query, text_index_));
  return WithReader([&](Connection& conn) { return RunList(conn, sql, query); });
}

absl::StatusOr<SearchPage> SqlArticleStore::SearchArticles(const SearchArticlesQuery& query) {
  NG_ASSIGN_OR_RETURN(const SqlFragment sql, SearchArticlesSql(query, text_index_));
  return WithReader([&](Connection& conn) { return RunSearch(conn, sql, query); });
}

}  // namespace newsgraph::store::sql
