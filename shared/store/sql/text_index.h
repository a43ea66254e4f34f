// TextIndex: how a backend indexes article text for full-text search, and
// the SQL that searches it. SQLite uses FTS5 tables (sqlite/fts_text_index.h),
// PostgreSQL tsvector columns with GIN indexes (postgres/pg_text_index.h).
// Both match whole words as SplitWords (shared/store/text_query.h) splits
// them, ignoring case and accents.
//
// Implementations are stateless and thread-safe; a Connection hands out
// its backend's.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_TEXT_INDEX_H_
#define NEWSGRAPH_SHARED_STORE_SQL_TEXT_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/sql/bm25_top_docs.h"
#include "shared/store/sql/sql_fragment.h"

namespace newsgraph::store::sql {

class Connection;

// Ranks the matches of some searches in the store's own code, faster than
// the SQL of SearchArticlesSql and with the same result (see
// sqlite/fts_search_ranker.h). A backend's opener gives one to its store;
// it may keep state (caches) across calls. Thread-safe.
class SearchRanker {
 public:
  virtual ~SearchRanker() = default;

  // Whether TopDocs ranks `query` (a valid one); when false, the caller
  // runs SearchArticlesSql instead.
  virtual bool Takes(const SearchArticlesQuery& query) const = 0;

  // The matches of `query` that SearchArticlesSql would give, in its
  // order (best first, ties by doc_id): after `offset`, at most limit + 1;
  // read on `conn` inside the caller's read transaction. Only for queries
  // it Takes (INVALID_ARGUMENT otherwise).
  virtual absl::StatusOr<std::vector<ScoredDoc>> TopDocs(Connection& conn,
                                                         const SearchArticlesQuery& query) = 0;

  // A statement of one parameter, a doc_id, whose one row is that
  // article's as SearchArticlesSql gives it: 0 article_id, 1 the record
  // blob (full or BASIC), 3 the body, 4 the title (column 2 unused).
  virtual std::string HitByDocSql(bool full_records) const = 0;
};

class TextIndex {
 public:
  virtual ~TextIndex() = default;

  // Indexes the title and body of the article stored as `doc_id`, in the
  // caller's write transaction.
  virtual absl::Status IndexArticle(Connection& conn, int64_t doc_id, std::string_view title,
                                    std::string_view body) const = 0;
  // Indexes one author row (article_authors.author_row).
  virtual absl::Status IndexAuthor(Connection& conn, int64_t author_row,
                                   std::string_view author) const = 0;

  // A condition on articles `a`: the title has every word of `text`.
  // INVALID_ARGUMENT when `text` has no word.
  virtual absl::StatusOr<SqlFragment> TitleHasWords(std::string_view text) const = 0;
  // A condition on articles `a`: one author has every word of `text`.
  virtual absl::StatusOr<SqlFragment> AuthorHasWords(std::string_view text) const = 0;

  // The search statement behind ArticleStore::SearchArticles, with `filter`
  // (a condition on articles `a`) applied: rows of
  //   0 article_id, 1 the record blob (BASIC or full), 2 score (higher is
  //   better; the title weighs twice the body), 3 the body, 4 the title
  //   (for SearchSnippet, search_snippet.h)
  // best first, ties in the order the articles were stored (doc_id), after
  // `offset` rows, at most limit + 1. Only the page's rows read records
  // and texts. INVALID_ARGUMENT for a bad text query, offset or limit.
  virtual absl::StatusOr<SqlFragment> SearchArticlesSql(const SearchArticlesQuery& query,
                                                        const SqlFragment& filter) const = 0;
};

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_TEXT_INDEX_H_
