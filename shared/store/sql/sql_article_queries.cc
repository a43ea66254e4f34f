// SqlArticleStore: listing (keyset pagination) and full-text search.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/query_sql.h"
#include "shared/store/sql/search_snippet.h"
#include "shared/store/sql/sql_article_store.h"
#include "shared/store/sql/transaction.h"

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

// The hit of a search row: 0 article_id, 1 record, 3 body, 4 title.
absl::StatusOr<SearchHit> HitFromRow(const Statement& row, double score,
                                     const SearchArticlesQuery& query) {
  SearchHit hit;
  NG_ASSIGN_OR_RETURN(hit.article, ParseArticleBlob(row.ColumnBlob(1), row.ColumnText(0)));
  hit.score = score;
  hit.snippet = SearchSnippet(row.ColumnText(3), row.ColumnText(4), query.text);
  return hit;
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
    NG_ASSIGN_OR_RETURN(SearchHit hit, HitFromRow(*stmt, stmt->ColumnDouble(2), query));
    page.hits.push_back(std::move(hit));
  }
  return page;
}

// The page of the documents a SearchRanker chose (at most limit + 1).
absl::StatusOr<SearchPage> ReadRankedPage(Connection& conn, const SearchRanker& ranker,
                                          absl::Span<const ScoredDoc> docs,
                                          const SearchArticlesQuery& query) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(ranker.HitByDocSql(query.full_records)));
  SearchPage page;
  for (const ScoredDoc& doc : docs) {
    if (page.hits.size() == static_cast<size_t>(query.limit)) {
      page.has_more = true;
      break;
    }
    stmt->Reset();
    NG_RETURN_IF_ERROR(stmt->BindInt64(1, doc.doc_id));
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) {
      return absl::InternalError(absl::StrCat("search ranked article row ", doc.doc_id,
                                              ", which the store does not have"));
    }
    NG_ASSIGN_OR_RETURN(SearchHit hit, HitFromRow(*stmt, doc.score, query));
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
  // Built for every search, so that bad queries get the same errors
  // whichever path ranks them.
  NG_ASSIGN_OR_RETURN(const SqlFragment sql, SearchArticlesSql(query, text_index_));
  if (search_ranker_ == nullptr || !search_ranker_->Takes(query)) {
    return WithReader([&](Connection& conn) { return RunSearch(conn, sql, query); });
  }
  return WithReader([&](Connection& conn) -> absl::StatusOr<SearchPage> {
    // The ranker's reads and the page's, in one snapshot.
    NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(conn));
    NG_ASSIGN_OR_RETURN(const std::vector<ScoredDoc> docs, search_ranker_->TopDocs(conn, query));
    NG_ASSIGN_OR_RETURN(SearchPage page, ReadRankedPage(conn, *search_ranker_, docs, query));
    NG_RETURN_IF_ERROR(txn.Commit());
    return page;
  });
}

}  // namespace newsgraph::store::sql
