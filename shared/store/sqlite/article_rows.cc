#include "shared/store/sqlite/article_rows.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store::sqlite {
namespace {

absl::StatusOr<int64_t> InsertArticle(Connection& conn, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO articles (article_id, published_key, "
                                   "create_time_us, source, format, url, title, basic) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, row.article_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, row.published_key));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, row.create_time_us));
  NG_RETURN_IF_ERROR(stmt->BindText(4, row.source));
  NG_RETURN_IF_ERROR(stmt->BindText(5, row.format));
  NG_RETURN_IF_ERROR(stmt->BindText(6, row.url));
  NG_RETURN_IF_ERROR(stmt->BindText(7, row.title));
  NG_RETURN_IF_ERROR(stmt->BindBlob(8, row.basic_blob));
  NG_RETURN_IF_ERROR(stmt->Run());
  return sqlite3_last_insert_rowid(conn.handle());
}

absl::Status InsertRecord(Connection& conn, int64_t doc_id, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO article_records (doc_id, record) VALUES (?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(stmt->BindBlob(2, row.record_blob));
  return stmt->Run();
}

absl::Status InsertText(Connection& conn, int64_t doc_id, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, row.title));
  NG_RETURN_IF_ERROR(stmt->BindText(3, row.body));
  return stmt->Run();
}

absl::Status InsertAuthor(Connection& conn, int64_t doc_id, int position, std::string_view author) {
  NG_ASSIGN_OR_RETURN(StatementLease row_stmt,
                      conn.Prepare("INSERT INTO article_authors (doc_id, position, author) "
                                   "VALUES (?, ?, ?)"));
  NG_RETURN_IF_ERROR(row_stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(row_stmt->BindInt64(2, position));
  NG_RETURN_IF_ERROR(row_stmt->BindText(3, author));
  NG_RETURN_IF_ERROR(row_stmt->Run());
  const int64_t author_row = sqlite3_last_insert_rowid(conn.handle());
  NG_ASSIGN_OR_RETURN(StatementLease fts_stmt,
                      conn.Prepare("INSERT INTO author_fts (rowid, author) VALUES (?, ?)"));
  NG_RETURN_IF_ERROR(fts_stmt->BindInt64(1, author_row));
  NG_RETURN_IF_ERROR(fts_stmt->BindText(2, author));
  return fts_stmt->Run();
}

}  // namespace

absl::StatusOr<int64_t> InsertArticleRows(Connection& conn, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(const int64_t doc_id, InsertArticle(conn, row));
  NG_RETURN_IF_ERROR(InsertRecord(conn, doc_id, row));
  NG_RETURN_IF_ERROR(InsertText(conn, doc_id, row));
  for (size_t i = 0; i < row.authors.size(); ++i) {
    NG_RETURN_IF_ERROR(InsertAuthor(conn, doc_id, static_cast<int>(i), row.authors[i]));
  }
  return doc_id;
}

absl::StatusOr<std::optional<v1::Article>> FindArticle(Connection& conn,
                                                       std::string_view article_id,
                                                       bool full_record) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare(full_record ? "SELECT r.record FROM articles AS a JOIN article_records AS r "
                                 "ON r.doc_id = a.doc_id WHERE a.article_id = ?"
                               : "SELECT a.basic FROM articles AS a WHERE a.article_id = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, article_id));
  NG_ASSIGN_OR_RETURN(const bool found, stmt->Step());
  if (!found) return std::optional<v1::Article>();
  NG_ASSIGN_OR_RETURN(v1::Article article, ParseArticleBlob(stmt->ColumnBlob(0), article_id));
  return std::optional<v1::Article>(std::move(article));
}

}  // namespace newsgraph::store::sqlite
