#include "shared/store/sqlite/fts_text_index.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/query_sql.h"
#include "shared/store/sqlite/fts_query.h"

namespace newsgraph::store::sqlite {

using sql::SqlFragment;

const FtsTextIndex& FtsTextIndex::Get() {
  static const FtsTextIndex* const kIndex = new FtsTextIndex();
  return *kIndex;
}

absl::Status FtsTextIndex::IndexArticle(sql::Connection& conn, int64_t doc_id,
                                        std::string_view title, std::string_view body) const {
  NG_ASSIGN_OR_RETURN(
      sql::StatementLease stmt,
      conn.Prepare("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, title));
  NG_RETURN_IF_ERROR(stmt->BindText(3, body));
  return stmt->Run();
}

absl::Status FtsTextIndex::IndexAuthor(sql::Connection& conn, int64_t author_row,
                                       std::string_view author) const {
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt,
                      conn.Prepare("INSERT INTO author_fts (rowid, author) VALUES (?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, author_row));
  NG_RETURN_IF_ERROR(stmt->BindText(2, author));
  return stmt->Run();
}

absl::StatusOr<SqlFragment> FtsTextIndex::TitleHasWords(std::string_view text) const {
  NG_ASSIGN_OR_RETURN(std::string match, AllWordsToFtsMatch(text, "title"));
  SqlFragment sql;
  return sql.Append("a.doc_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)",
                    std::move(match));
}

absl::StatusOr<SqlFragment> FtsTextIndex::AuthorHasWords(std::string_view text) const {
  NG_ASSIGN_OR_RETURN(std::string match, AllWordsToFtsMatch(text, ""));
  SqlFragment sql;
  return sql.Append(
      "a.doc_id IN (SELECT doc_id FROM article_authors WHERE author_row IN "
      "(SELECT rowid FROM author_fts WHERE author_fts MATCH ?))",
      std::move(match));
}

absl::StatusOr<SqlFragment> FtsTextIndex::SearchArticlesSql(const SearchArticlesQuery& query,
                                                            const SqlFragment& filter) const {
  NG_RETURN_IF_ERROR(sql::CheckSearchPaging(query.limit, query.offset));
  NG_ASSIGN_OR_RETURN(std::string match, TextQueryToFtsMatch(query.text));
  // `hits` ranks every match by bm25 and keeps the page; ties go by rowid
  // (= doc_id), so that without a filter no match needs a row of
  // `articles`. The outer query reads the page's records and texts by
  // rowid (CROSS JOIN keeps that join order); it does not repeat the
  // MATCH, which FTS5 would evaluate again for each row.
  const bool filtered = query.filter.kind != ArticleFilter::Kind::kTrue;
  SqlFragment sql;
  sql.Append(absl::StrCat("WITH hits AS (SELECT article_fts.rowid AS doc_id, "
                          "-bm25(article_fts, 2.0, 1.0) AS score FROM article_fts",
                          filtered ? " JOIN articles AS a ON a.doc_id = article_fts.rowid" : "",
                          " WHERE article_fts MATCH ?"),
             std::move(match));
  if (filtered) sql.Append(" AND ").Append(filter);
  sql.Append(" ORDER BY score DESC, article_fts.rowid ASC");
  sql.Append(" LIMIT ?", static_cast<int64_t>(query.limit) + 1);
  sql.Append(" OFFSET ?)", query.offset);
  return sql.Append(absl::StrCat(
      " SELECT a.article_id, ", sql::RecordColumn(query.full_records),
      ", hits.score, ft.body, ft.title FROM hits"
      " CROSS JOIN articles AS a ON a.doc_id = hits.doc_id",
      query.full_records ? " CROSS JOIN article_records AS r ON r.doc_id = hits.doc_id" : "",
      " CROSS JOIN article_fts AS ft ON ft.rowid = hits.doc_id"
      " ORDER BY hits.score DESC, hits.doc_id ASC"));
}

}  // namespace newsgraph::store::sqlite
