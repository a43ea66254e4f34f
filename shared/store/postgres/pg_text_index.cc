#include "shared/store/postgres/pg_text_index.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/name_normalizer.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/query_sql.h"
#include "shared/store/text_query.h"

namespace newsgraph::store::postgres {
namespace {

using sql::SqlFragment;

// The words of `text` split as SplitWords does, folded (case, accents)
// as entity names are; at most `limit` of them.
std::vector<std::string> FoldedWords(std::string_view text, size_t limit) {
  std::vector<std::string> words;
  for (const std::string& word : SplitWords(text)) {
    const std::string folded = resolution::NormalizeName(word);
    for (absl::string_view piece : absl::StrSplit(folded, ' ', absl::SkipEmpty())) {
      if (piece.size() > kMaxWordBytes) continue;
      if (words.size() == limit) return words;
      words.emplace_back(piece);
    }
  }
  return words;
}

// A lexeme in tsquery syntax: quoted, so that it is taken literally.
std::string QuoteLexeme(std::string_view word, std::string_view weight) {
  std::string quoted = "'";
  for (const char c : word) {
    if (c == '\'' || c == '\\') quoted.push_back(c);
    quoted.push_back(c);
  }
  absl::StrAppend(&quoted, "'", weight.empty() ? "" : ":", AsAbsl(weight));
  return quoted;
}

// The words of `text` as one tsquery `joiner`-joined group, or "" when it
// has none.
std::string WordsToTsQuery(std::string_view text, std::string_view joiner,
                           std::string_view weight) {
  std::vector<std::string> lexemes;
  for (const std::string& word : FoldedWords(text, SIZE_MAX)) {
    lexemes.push_back(QuoteLexeme(word, weight));
  }
  if (lexemes.empty()) return "";
  return absl::StrCat("(", absl::StrJoin(lexemes, AsAbsl(joiner)), ")");
}

absl::StatusOr<std::string> ClauseToTsQuery(const TextClause& clause) {
  std::vector<std::string> alternatives;
  for (const Phrase& phrase : clause.alternatives) {
    std::string ts = WordsToTsQuery(absl::StrJoin(phrase, " "), " <-> ", "");
    if (!ts.empty()) alternatives.push_back(std::move(ts));
  }
  if (alternatives.empty()) {
    return absl::InvalidArgumentError("text query clause has no word of letters or digits");
  }
  return absl::StrCat("(", absl::StrJoin(alternatives, " | "), ")");
}

// Every word of `text`, anywhere (weight: only in fields of that weight).
absl::StatusOr<std::string> AllWordsToTsQuery(std::string_view text, std::string_view weight) {
  std::string ts = WordsToTsQuery(text, " & ", weight);
  if (ts.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", std::string(text), "\" has no word of letters or digits to match"));
  }
  return ts;
}

}  // namespace

std::string IndexedWords(std::string_view text) {
  return absl::StrJoin(FoldedWords(text, kMaxIndexedWords), " ");
}

absl::StatusOr<std::string> TextQueryToTsQuery(const TextQuery& query) {
  std::vector<std::string> positive;
  std::vector<std::string> negative;
  for (const TextClause& clause : query.clauses) {
    NG_ASSIGN_OR_RETURN(std::string ts, ClauseToTsQuery(clause));
    (clause.negated ? negative : positive).push_back(std::move(ts));
  }
  if (positive.empty()) {
    return absl::InvalidArgumentError("text query needs at least one word that is not negated");
  }
  std::string ts = absl::StrCat("(", absl::StrJoin(positive, " & "), ")");
  if (!negative.empty()) absl::StrAppend(&ts, " & !(", absl::StrJoin(negative, " | "), ")");
  return ts;
}

const PgTextIndex& PgTextIndex::Get() {
  static const PgTextIndex* const kIndex = new PgTextIndex();
  return *kIndex;
}

absl::Status PgTextIndex::IndexArticle(sql::Connection& conn, int64_t doc_id,
                                       std::string_view title, std::string_view body) const {
  NG_ASSIGN_OR_RETURN(
      sql::StatementLease stmt,
      conn.Prepare("INSERT INTO article_text (doc_id, title, body, words) VALUES (?1, ?2, ?3, "
                   "setweight(to_tsvector('simple', ?4), 'A') || "
                   "setweight(to_tsvector('simple', ?5), 'B'))"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, doc_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, title));
  NG_RETURN_IF_ERROR(stmt->BindText(3, body));
  NG_RETURN_IF_ERROR(stmt->BindText(4, IndexedWords(title)));
  NG_RETURN_IF_ERROR(stmt->BindText(5, IndexedWords(body)));
  return stmt->Run();
}

absl::Status PgTextIndex::IndexAuthor(sql::Connection& conn, int64_t author_row,
                                      std::string_view author) const {
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt,
                      conn.Prepare("INSERT INTO author_text (author_row, words) "
                                   "VALUES (?1, to_tsvector('simple', ?2))"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, author_row));
  NG_RETURN_IF_ERROR(stmt->BindText(2, IndexedWords(author)));
  return stmt->Run();
}

absl::StatusOr<SqlFragment> PgTextIndex::TitleHasWords(std::string_view text) const {
  NG_ASSIGN_OR_RETURN(std::string ts, AllWordsToTsQuery(text, "A"));
  SqlFragment sql;
  return sql.Append(
      "a.doc_id IN (SELECT doc_id FROM article_text WHERE words @@ CAST(? AS tsquery))",
      std::move(ts));
}

absl::StatusOr<SqlFragment> PgTextIndex::AuthorHasWords(std::string_view text) const {
  NG_ASSIGN_OR_RETURN(std::string ts, AllWordsToTsQuery(text, ""));
  SqlFragment sql;
  return sql.Append(
      "a.doc_id IN (SELECT au.doc_id FROM article_authors AS au JOIN author_text AS t "
      "ON t.author_row = au.author_row WHERE t.words @@ CAST(? AS tsquery))",
      std::move(ts));
}

absl::StatusOr<SqlFragment> PgTextIndex::SearchArticlesSql(const SearchArticlesQuery& query,
                                                           const SqlFragment& filter) const {
  NG_RETURN_IF_ERROR(sql::CheckSearchPaging(query.limit, query.offset));
  NG_ASSIGN_OR_RETURN(std::string ts, TextQueryToTsQuery(query.text));
  // Ranks every match in `hits`; texts and records are read for the page
  // only. Weights {D, C, B, A}: the body (B) counts half the title (A).
  SqlFragment sql;
  sql.Append("WITH q AS (SELECT CAST(? AS tsquery) AS query), ", std::move(ts));
  sql.Append(
      "hits AS (SELECT a.doc_id AS doc_id, a.article_id AS article_id, "
      "ts_rank('{0, 0, 0.5, 1}', t.words, q.query) AS score "
      "FROM q, article_text AS t JOIN articles AS a ON a.doc_id = t.doc_id "
      "WHERE t.words @@ q.query AND ");
  sql.Append(filter);
  sql.Append(" ORDER BY score DESC, a.doc_id ASC");
  sql.Append(" LIMIT ?", static_cast<int64_t>(query.limit) + 1);
  sql.Append(" OFFSET ?)", query.offset);
  sql.Append(absl::StrCat(" SELECT hits.article_id, ", sql::RecordColumn(query.full_records),
                          ", hits.score, t.body, t.title"
      " FROM hits JOIN article_text AS t ON t.doc_id = hits.doc_id"
      " JOIN articles AS a ON a.doc_id = hits.doc_id",
      query.full_records ? " JOIN article_records AS r ON r.doc_id = hits.doc_id" : "",
      " ORDER BY hits.score DESC, hits.doc_id ASC"));
  return sql;
}

}  // namespace newsgraph::store::postgres
