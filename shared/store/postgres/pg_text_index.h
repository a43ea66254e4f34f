// PgTextIndex: the PostgreSQL backend's sql::TextIndex, on tsvector columns
// with GIN indexes (pg_schema.cc): article_text.words (title words weight
// A, body words weight B) and author_text.words.
//
// Words are split as SplitWords (text_query.h) splits them and folded as
// entity names are (resolution::NormalizeName: case, accents), by this
// code, both when indexing and when querying, and handed to PostgreSQL
// already normalized: to_tsvector('simple', ...) over the folded words;
// queries are tsquery values of quoted lexemes this code writes, so user
// text never becomes tsquery syntax. Phrases are `<->` chains. Ranking is
// ts_rank with the title weighing twice the body. The search returns the
// page's texts, from which SearchSnippet (sql/search_snippet.h) cuts
// snippets with the same splitting and folding.
//
// Limits: a tsvector records word positions up to 16,383, so only a body's
// first kMaxIndexedWords words are indexed, and words longer than
// kMaxWordBytes are skipped (PostgreSQL refuses longer lexemes).
//
// Stateless and thread-safe: one instance, Get().
#ifndef NEWSGRAPH_SHARED_STORE_POSTGRES_PG_TEXT_INDEX_H_
#define NEWSGRAPH_SHARED_STORE_POSTGRES_PG_TEXT_INDEX_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "shared/store/sql/text_index.h"

namespace newsgraph::store::postgres {

inline constexpr size_t kMaxIndexedWords = 16383;
inline constexpr size_t kMaxWordBytes = 255;

// The words of `text` as indexed: split, folded, joined by spaces.
std::string IndexedWords(std::string_view text);

class PgTextIndex final : public sql::TextIndex {
 public:
  static const PgTextIndex& Get();

  absl::Status IndexArticle(sql::Connection& conn, int64_t doc_id, std::string_view title,
                            std::string_view body) const override;
  absl::Status IndexAuthor(sql::Connection& conn, int64_t author_row,
                           std::string_view author) const override;
  absl::StatusOr<sql::SqlFragment> TitleHasWords(std::string_view text) const override;
  absl::StatusOr<sql::SqlFragment> AuthorHasWords(std::string_view text) const override;
  absl::StatusOr<sql::SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query,
                                                     const sql::SqlFragment& filter) const override;
};

// The tsquery text for `query` (exposed for tests): positive clauses
// joined by &, alternatives by |, phrases by <->, negated clauses under !.
// INVALID_ARGUMENT as TextQueryToFtsMatch (sqlite/fts_query.h).
absl::StatusOr<std::string> TextQueryToTsQuery(const TextQuery& query);

}  // namespace newsgraph::store::postgres

#endif  // NEWSGRAPH_SHARED_STORE_POSTGRES_PG_TEXT_INDEX_H_
