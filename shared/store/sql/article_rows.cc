#include "shared/store/sql/article_rows.h"


#include <cstdint>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/text_index.h"

namespace newsgraph::store::sql {
namespace {

absl::StatusOr<int64_t> InsertArticle(Connection& conn, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO articles (article_id, published_key, "
                                   "create_time_us, source, format, url, title, basic) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc_id"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, row.article_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, row.published_key));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, row.create_time_us));
  NG_RETURN_IF_ERROR(stmt->BindText(4, row.source));
  NG_RETURN_IF_ERROR(stmt->BindText(5, row.format));
  NG_RETURN_IF_ERROR(stmt->BindText(6, row.url));
  NG_RETURN_IF_ERROR(stmt->BindText(7, row.title));
  NG_RETURN_IF_ERROR(stmt->BindBlob(8, row.basic_blob));
  return InsertedRowId(*stmt);
}

absl::Status InsertRecord(Connection& conn, int64_t doc_id, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO article_records (doc_id, record) VALUES (?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(stmt->BindBlob(2, row.record_blob));
  return stmt->Run();
}

absl::Status InsertAuthor(Connection& conn, int64_t doc_id, int position, std::string_view author) {
  NG_ASSIGN_OR_RETURN(StatementLease row_stmt,
                      conn.Prepare("INSERT INTO article_authors (doc_id, position, author) "
                                   "VALUES (?, ?, ?) RETURNING author_row"));
  NG_RETURN_IF_ERROR(row_stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(row_stmt->BindInt64(2, position));
  NG_RETURN_IF_ERROR(row_stmt->BindText(3, author));
  NG_ASSIGN_OR_RETURN(const int64_t author_row, InsertedRowId(*row_stmt));
  return conn.text_index().IndexAuthor(conn, author_row, author);
}

}  // namespace

absl::StatusOr<int64_t> InsertArticleRows(Connection& conn, const ArticleRow& row) {
  NG_ASSIGN_OR_RETURN(const int64_t doc_id, InsertArticle(conn, row));
  NG_RETURN_IF_ERROR(InsertRecord(conn, doc_id, row));
  NG_RETURN_IF_ERROR(conn.text_index().IndexArticle(conn, doc_id, row.title, row.body));
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

}  // namespace newsgraph::store::sql
