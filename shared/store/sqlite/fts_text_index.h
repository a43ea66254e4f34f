// FtsTextIndex: the SQLite backend's sql::TextIndex, on FTS5 tables
// (schema.cc): article_fts (title, body; rowid = articles.doc_id; keeps its
// own copy of the text, which searches return for snippets) and author_fts
// (contentless, rowid = article_authors.author_row), both tokenized
// `unicode61 remove_diacritics 2`. Match expressions come from fts_query.h, so user
// text never becomes FTS5 syntax. Ranking is -bm25 with the title weighted
// 2:1 against the body.
//
// Stateless and thread-safe: one instance, Get().
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_FTS_TEXT_INDEX_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_FTS_TEXT_INDEX_H_

#include <string>
#include <string_view>

#include "shared/store/sql/text_index.h"

namespace newsgraph::store::sqlite {

class FtsTextIndex final : public sql::TextIndex {
 public:
  static const FtsTextIndex& Get();

  absl::Status IndexArticle(sql::Connection& conn, int64_t doc_id, std::string_view title,
                            std::string_view body) const override;
  absl::Status IndexAuthor(sql::Connection& conn, int64_t author_row,
                           std::string_view author) const override;
  absl::StatusOr<sql::SqlFragment> TitleHasWords(std::string_view text) const override;
  absl::StatusOr<sql::SqlFragment> AuthorHasWords(std::string_view text) const override;
  absl::StatusOr<sql::SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query,
                                                     const sql::SqlFragment& filter) const override;
};

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_FTS_TEXT_INDEX_H_
