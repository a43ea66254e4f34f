#include "shared/store/sqlite/fts_search_ranker.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/query_sql.h"
#include "shared/store/sqlite/fts_bm25_inputs.h"
#include "shared/store/sqlite/fts_query.h"

namespace newsgraph::store::sqlite {
namespace {

using sql::CorpusStats;
using sql::ScoredDoc;
using sql::TermImpactList;
using sql::TermInput;
using sql::TermPosting;

// Postings stored after a list's watermark are folded into a new list once
// there are more than this many, or more than an eighth of the list.
constexpr size_t kMinTailToFold = 256;

// The word of each clause, in order, when every clause is one word and
// nothing else narrows the search; std::nullopt otherwise.
std::optional<std::vector<std::string>> PlainWords(const SearchArticlesQuery& query) {
  if (query.filter.kind != ArticleFilter::Kind::kTrue) return std::nullopt;
  std::vector<std::string> words;
  for (const TextClause& clause : query.text.clauses) {
    if (clause.negated || clause.alternatives.size() != 1) return std::nullopt;
    const Phrase& phrase = clause.alternatives.front();
    if (phrase.size() != 1) return std::nullopt;
    // TextQueryToFtsMatch re-splits words: one that splits is a phrase.
    std::vector<std::string> split = SplitWords(phrase.front());
    if (split.size() != 1) return std::nullopt;
    words.push_back(std::move(split.front()));
  }
  if (words.empty()) return std::nullopt;
  return words;
}

// One cache entry per word as the tokenizer folds it; ASCII case is the
// only folding worth doing here (others just get their own entry).
std::string CacheKey(const std::string& word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? absl::AsciiStrToLower(word) : word;
}

// The postings of `word` in articles with doc_id > `after`.
absl::StatusOr<std::vector<TermPosting>> ReadPostings(sql::Connection& conn,
                                                      const std::string& word, int64_t after) {
  NG_ASSIGN_OR_RETURN(
      sql::StatementLease stmt,
      conn.Prepare(absl::StrCat("SELECT rowid, ", kBm25InputsFunction,
                                "(article_fts) FROM article_fts WHERE article_fts MATCH ? AND "
                                "rowid > ? ORDER BY rowid")));
  NG_RETURN_IF_ERROR(stmt->BindText(1, QuoteFts(word)));
  NG_RETURN_IF_ERROR(stmt->BindInt64(2, after));
  std::vector<TermPosting> out;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    const std::optional<Bm25Inputs> inputs = DecodeBm25Inputs(stmt->ColumnBlob(1));
    if (!inputs.has_value()) {
      return absl::InternalError(absl::StrCat(kBm25InputsFunction, " returned a malformed value"));
    }
    out.push_back({stmt->ColumnInt64(0), static_cast<uint32_t>(inputs->title_hits),
                   static_cast<uint32_t>(inputs->body_hits),
                   static_cast<uint32_t>(inputs->row_tokens)});
  }
  return out;
}

// One SQLite varint (https://sqlite.org/fileformat2.html#varint) at
// `*pos` of `bytes`, which it moves past; false when `bytes` ends first.
bool ReadVarint(std::string_view bytes, size_t* pos, int64_t* value) {
  uint64_t v = 0;
  for (int i = 0; i < 9; ++i) {
    if (*pos >= bytes.size()) return false;
    const auto byte = static_cast<uint8_t>(bytes[(*pos)++]);
    if (i == 8) {
      v = (v << 8) | byte;
      break;
    }
    v = (v << 7) | (byte & 0x7f);
    if ((byte & 0x80) == 0) break;
  }
  *value = static_cast<int64_t>(v);
  return true;
}

// The snapshot's numbers of articles and tokens, as FTS5's bm25 reads them
// (xRowCount, xColumnTotalSize): from the index's "averages" record
// (rowid 1 of article_fts_data: varints of the row count and each
// column's tokens; fts5_index.c). fts_search_ranker_test checks it against
// what FTS5 itself reports.
absl::StatusOr<CorpusStats> ReadCorpusStats(sql::Connection& conn) {
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt,
                      conn.Prepare("SELECT block FROM article_fts_data WHERE id = 1"));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  CorpusStats stats;
  if (!has_row) return stats;  // nothing indexed yet
  const std::string_view record = stmt->ColumnBlob(0);
  size_t pos = 0;
  if (record.empty()) return stats;
  int64_t title = 0;
  int64_t body = 0;
  if (!ReadVarint(record, &pos, &stats.articles) || !ReadVarint(record, &pos, &title) ||
      !ReadVarint(record, &pos, &body)) {
    return absl::DataLossError(
        "the full-text index's averages record (article_fts_data, id 1) is malformed");
  }
  stats.tokens = title + body;
  return stats;
}

// The newest article's doc_id in the snapshot; 0 when there is none.
absl::StatusOr<int64_t> ReadWatermark(sql::Connection& conn) {
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt,
                      conn.Prepare("SELECT COALESCE(MAX(doc_id), 0) FROM articles"));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  return has_row ? stmt->ColumnInt64(0) : 0;
}

}  // namespace

bool FtsSearchRanker::Takes(const SearchArticlesQuery& query) const {
  return query.offset < options_.max_results &&
         query.offset + query.limit + 1 <= options_.max_results && PlainWords(query).has_value();
}

absl::StatusOr<std::vector<ScoredDoc>> FtsSearchRanker::TopDocs(sql::Connection& conn,
                                                                const SearchArticlesQuery& query) {
  if (!Takes(query)) {
    return absl::InvalidArgumentError(
        "FtsSearchRanker takes only searches of plain words without a filter, at most "
        "max_results deep; run SearchArticlesSql for this one");
  }
  const std::vector<std::string> words = *PlainWords(query);

  // A list another search built on a newer snapshot than this one's has
  // articles this search must not see; this search builds its own then.
  NG_ASSIGN_OR_RETURN(const int64_t newest, ReadWatermark(conn));
  NG_ASSIGN_OR_RETURN(const CorpusStats stats, ReadCorpusStats(conn));
  std::vector<std::shared_ptr<const TermImpactList>> lists;
  std::vector<std::vector<TermPosting>> tails;
  for (const std::string& word : words) {
    const std::string key = CacheKey(word);
    std::shared_ptr<const TermImpactList> list = Lookup(key);
    const bool newer = list != nullptr && list->watermark() > newest;
    if (newer) list = nullptr;
    std::vector<TermPosting> tail;
    if (list == nullptr || list->watermark() < newest) {
      // FTS5 seeks each of its segments to the first article after the
      // watermark: tens of microseconds even when it finds none, so only
      // when articles were stored since.
      NG_ASSIGN_OR_RETURN(tail, ReadPostings(conn, word, list == nullptr ? 0 : list->watermark()));
    }
    if (list == nullptr || tail.size() > std::max(kMinTailToFold, list->size() / 8)) {
      std::vector<TermPosting> all;
      if (list != nullptr) {
        all.reserve(list->size() + tail.size());
        all.assign(list->postings().begin(), list->postings().end());
      }
      all.insert(all.end(), tail.begin(), tail.end());
      list = std::make_shared<const TermImpactList>(
          std::move(all), newest, stats.articles > 0 ? stats.AverageLength() : 1.0);
      tail.clear();
      if (!newer) Keep(key, list);
    }
    lists.push_back(std::move(list));
    tails.push_back(std::move(tail));
  }
  std::vector<TermInput> terms;
  terms.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) terms.push_back({lists[i].get(), tails[i]});
  const size_t wanted = static_cast<size_t>(query.offset + query.limit + 1);
  std::vector<ScoredDoc> best = sql::TopDocsWithAllTerms(terms, stats, wanted);
  const size_t skip = std::min(best.size(), static_cast<size_t>(query.offset));
  best.erase(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(skip));
  return best;
}

std::string FtsSearchRanker::HitByDocSql(bool full_records) const {
  return absl::StrCat("SELECT a.article_id, ", sql::RecordColumn(full_records),
                      ", NULL, ft.body, ft.title FROM articles AS a",
                      full_records ? " CROSS JOIN article_records AS r ON r.doc_id = a.doc_id" : "",
                      " CROSS JOIN article_fts AS ft ON ft.rowid = a.doc_id WHERE a.doc_id = ?");
}

std::shared_ptr<const TermImpactList> FtsSearchRanker::Lookup(const std::string& word) {
  absl::MutexLock lock(&mu_);
  const auto it = lists_.find(word);
  if (it == lists_.end()) return nullptr;
  it->second.last_use = ++clock_;
  return it->second.list;
}

void FtsSearchRanker::Keep(const std::string& word, std::shared_ptr<const TermImpactList> list) {
  const size_t bytes = list->Bytes() + word.size();
  absl::MutexLock lock(&mu_);
  if (const auto it = lists_.find(word); it != lists_.end()) {
    bytes_ -= it->second.list->Bytes() + word.size();
    lists_.erase(it);
  }
  if (bytes > options_.cache_bytes) return;  // it would push out everything else
  if (bytes_ + bytes > options_.cache_bytes) {
    // Out with the least recently used words, down to 7/8 of the budget,
    // so that one sort pays for many insertions.
    std::vector<std::pair<uint64_t, std::string>> by_use;
    by_use.reserve(lists_.size());
    for (const auto& [cached_word, cached] : lists_)
      by_use.emplace_back(cached.last_use, cached_word);
    std::sort(by_use.begin(), by_use.end());
    const size_t target = options_.cache_bytes - options_.cache_bytes / 8;
    for (const auto& [use, old_word] : by_use) {
      if (bytes_ + bytes <= target) break;
      const auto it = lists_.find(old_word);
      bytes_ -= it->second.list->Bytes() + it->first.size();
      lists_.erase(it);
    }
  }
  lists_[word] = Cached{std::move(list), ++clock_};
  bytes_ += bytes;
}

size_t FtsSearchRanker::cached_words() const {
  absl::MutexLock lock(&mu_);
  return lists_.size();
}

size_t FtsSearchRanker::cached_bytes() const {
  absl::MutexLock lock(&mu_);
  return bytes_;
}

}  // namespace newsgraph::store::sqlite
