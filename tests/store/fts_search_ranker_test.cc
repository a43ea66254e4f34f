// FtsSearchRanker on a real SQLite store, against the SQL ranking it
// replaces (FtsTextIndex::SearchArticlesSql): the same articles in the
// same order with the same scores, on first searches, after articles are
// added (tails, and tails folded into lists), from an older snapshot than
// the lists', and with no cache at all.
#include "shared/store/sqlite/fts_search_ranker.h"

#include <cmath>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "shared/store/article_store.h"
#include "shared/store/sql/sql_fragment.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sqlite/fts_text_index.h"
#include "shared/store/sqlite/sqlite_store.h"
#include "shared/store/text_query.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sqlite {
namespace {

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::MakeArticle;
using ::newsgraph::store::testing::ScopedTempDir;

constexpr int kVocabulary = 3000;

// Word n of a Zipf-like vocabulary; a few in capitals, as in news text.
std::string Word(int n) { return n % 17 == 0 ? absl::StrCat("W", n) : absl::StrCat("w", n); }

// Articles with Zipf-distributed words and lengths from 30 to 1,500 words.
std::vector<v1::Article> ZipfArticles(int first, int count, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<double> weights(kVocabulary);
  for (int i = 0; i < kVocabulary; ++i) weights[i] = 1.0 / std::pow(i + 1.0, 1.05);
  std::discrete_distribution<int> word(weights.begin(), weights.end());
  std::uniform_int_distribution<int> length(30, 1500);
  std::vector<v1::Article> articles;
  for (int a = first; a < first + count; ++a) {
    std::vector<std::string> title;
    for (int i = 0; i < 6; ++i) title.push_back(Word(word(rng)));
    std::vector<std::string> body;
    const int words = length(rng);
    for (int i = 0; i < words; ++i) body.push_back(Word(word(rng)));
    articles.push_back(MakeArticle(absl::StrCat("zipf-", a), absl::StrJoin(title, " "),
                                   absl::StrCat(absl::StrJoin(body, " "), ".")));
  }
  return articles;
}

SearchArticlesQuery Query(std::string_view text, int64_t offset = 0, int limit = 10) {
  SearchArticlesQuery query;
  absl::StatusOr<TextQuery> parsed = ParseTextQuery(text);
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  if (parsed.ok()) query.text = *parsed;
  query.offset = offset;
  query.limit = limit;
  return query;
}

struct Ranked {
  std::string article_id;
  double score = 0;
  bool operator==(const Ranked& other) const {
    return article_id == other.article_id && score == other.score;
  }
};

std::ostream& operator<<(std::ostream& os, const Ranked& r) {
  return os << r.article_id << " " << absl::StrCat(r.score);
}

// What SearchArticlesSql gives on `conn`: after offset, at most limit + 1.
std::vector<Ranked> BySql(sql::Connection& conn, const SearchArticlesQuery& query) {
  absl::StatusOr<sql::SqlFragment> sql =
      FtsTextIndex::Get().SearchArticlesSql(query, sql::SqlFragment());
  EXPECT_TRUE(sql.ok()) << sql.status();
  std::vector<Ranked> out;
  if (!sql.ok()) return out;
  absl::StatusOr<sql::StatementLease> stmt = conn.Prepare(sql->sql);
  EXPECT_TRUE(stmt.ok()) << stmt.status();
  EXPECT_THAT((*stmt)->BindValues(sql->params), IsOk());
  while (true) {
    absl::StatusOr<bool> row = (*stmt)->Step();
    EXPECT_TRUE(row.ok()) << row.status();
    if (!row.ok() || !*row) break;
    out.push_back({std::string((*stmt)->ColumnText(0)), (*stmt)->ColumnDouble(2)});
  }
  return out;
}

// What the ranker gives on `conn`, with article ids for its doc_ids.
std::vector<Ranked> ByRanker(FtsSearchRanker& ranker, sql::Connection& conn,
                             const SearchArticlesQuery& query) {
  std::vector<Ranked> out;
  auto docs = ranker.TopDocs(conn, query);
  EXPECT_TRUE(docs.ok()) << docs.status();
  if (!docs.ok()) return out;
  absl::StatusOr<sql::StatementLease> stmt =
      conn.Prepare("SELECT article_id FROM articles WHERE doc_id = ?");
  EXPECT_TRUE(stmt.ok());
  for (const sql::ScoredDoc& doc : *docs) {
    (*stmt)->Reset();
    EXPECT_THAT((*stmt)->BindInt64(1, doc.doc_id), IsOk());
    absl::StatusOr<bool> row = (*stmt)->Step();
    EXPECT_TRUE(row.ok() && *row) << "doc " << doc.doc_id;
    if (row.ok() && *row) out.push_back({std::string((*stmt)->ColumnText(0)), doc.score});
  }
  return out;
}

class FtsSearchRankerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<ArticleStore>> store = OpenSqliteStore(path_, StoreOptions());
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = *std::move(store);
    Add(0, 1500, 1);
    reader_ = OpenReader();
  }

  void Add(int first, int count, uint64_t seed) {
    ASSERT_TRUE(store_->PutArticles(ZipfArticles(first, count, seed)).ok());
  }

  std::unique_ptr<SqliteConnection> OpenReader() {
    ConnectionOptions options;
    options.role = ConnectionOptions::Role::kReader;
    absl::StatusOr<std::unique_ptr<SqliteConnection>> conn = SqliteConnection::Open(path_, options);
    EXPECT_TRUE(conn.ok()) << conn.status();
    return conn.ok() ? *std::move(conn) : nullptr;
  }

  // Searches for common, middling and rare words, alone and together,
  // with several pages: the ranker must give what SQL gives.
  void ExpectSameAsSql(FtsSearchRanker& ranker, sql::Connection& conn) {
    const std::vector<std::string> texts = {
        "w1",          "w2 w3",    "W17 w5", "w40 w41 w2", "w300",          "w1 w2 w3 w4",
        "w999 w1",     "w2999",    "W0 w1",  "w12 w12",    "nosuchword w1", "w7 w8 w9",
        "W34 w100 w2", "w1500 w2", "w60 W68"};
    for (const std::string& text : texts) {
      for (const auto& [offset, limit] :
           std::vector<std::pair<int64_t, int>>{{0, 10}, {0, 1}, {10, 10}, {50, 20}, {0, 100}}) {
        SCOPED_TRACE(absl::StrCat(text, " offset ", offset, " limit ", limit));
        const SearchArticlesQuery query = Query(text, offset, limit);
        EXPECT_EQ(ByRanker(ranker, conn, query), BySql(conn, query));
      }
    }
  }

  ScopedTempDir dir_;
  const std::string path_ = dir_.File("store.db");
  std::unique_ptr<ArticleStore> store_;
  std::unique_ptr<SqliteConnection> reader_;
};

TEST_F(FtsSearchRankerTest, SameAsSqlOnFirstAndCachedSearches) {
  FtsSearchRanker ranker;
  ExpectSameAsSql(ranker, *reader_);
  EXPECT_GT(ranker.cached_words(), 10u);
  ExpectSameAsSql(ranker, *reader_);  // every list cached now
}

TEST_F(FtsSearchRankerTest, SameAsSqlAfterArticlesAreAdded) {
  FtsSearchRanker ranker;
  ExpectSameAsSql(ranker, *reader_);
  Add(1500, 40, 2);  // short tails
  ExpectSameAsSql(ranker, *reader_);
  Add(1540, 700, 3);  // tails long enough to fold into the lists
  ExpectSameAsSql(ranker, *reader_);
  ExpectSameAsSql(ranker, *reader_);
}

TEST_F(FtsSearchRankerTest, OlderSnapshotThanTheCachedLists) {
  FtsSearchRanker ranker;
  std::unique_ptr<SqliteConnection> old_reader = OpenReader();
  ASSERT_THAT(old_reader->BeginRead(), IsOk());
  // The snapshot starts with the first read.
  const SearchArticlesQuery first = Query("w2 w3");
  const std::vector<Ranked> before = BySql(*old_reader, first);
  Add(1500, 600, 4);
  ExpectSameAsSql(ranker, *reader_);  // lists of the newer snapshot
  ExpectSameAsSql(ranker, *old_reader);
  EXPECT_EQ(ByRanker(ranker, *old_reader, first), before);
  old_reader->Rollback();
}

TEST_F(FtsSearchRankerTest, SameAsSqlWithoutACache) {
  FtsSearchRanker ranker(FtsSearchRanker::Options{.cache_bytes = 0});
  ExpectSameAsSql(ranker, *reader_);
  EXPECT_EQ(ranker.cached_words(), 0u);
}

TEST_F(FtsSearchRankerTest, SmallCacheKeepsTheRecentWords) {
  FtsSearchRanker ranker(FtsSearchRanker::Options{.cache_bytes = 64 << 10});
  ExpectSameAsSql(ranker, *reader_);
  EXPECT_LE(ranker.cached_bytes(), size_t{64} << 10);
  EXPECT_GT(ranker.cached_words(), 0u);
}

TEST(FtsSearchRankerTakesTest, OnlyPlainWordsWithoutFilterOrDeepPages) {
  const FtsSearchRanker ranker;
  EXPECT_TRUE(ranker.Takes(Query("oil prices")));
  EXPECT_TRUE(ranker.Takes(Query("oil", 989, 10)));
  EXPECT_FALSE(ranker.Takes(Query("oil", 990, 10)));
  EXPECT_FALSE(ranker.Takes(Query("\"oil prices\"")));
  EXPECT_FALSE(ranker.Takes(Query("oil OR gas")));
  EXPECT_FALSE(ranker.Takes(Query("oil -gas")));
  EXPECT_FALSE(ranker.Takes(Query("U.S.")));  // the phrase "U S"
  SearchArticlesQuery filtered = Query("oil");
  filtered.filter.kind = ArticleFilter::Kind::kCondition;
  EXPECT_FALSE(ranker.Takes(filtered));
}

TEST_F(FtsSearchRankerTest, RefusesASearchItDoesNotTake) {
  FtsSearchRanker ranker;
  EXPECT_THAT(ranker.TopDocs(*reader_, Query("oil OR gas")).status(),
              ::newsgraph::store::testing::StatusIs(absl::StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace newsgraph::store::sqlite
