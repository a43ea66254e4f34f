// The PostgreSQL store: the contract suite on a real PostgreSQL server
// (started by the `postgres` ctest fixture, tests/testing/pg_throwaway.sh),
// each test in a fresh schema of its own, and what only a server database
// has: migrations recorded in the schema, writers of several stores (as of
// several replicas) at once, sessions lost and revived, errors mapped.
#include "shared/store/postgres/pg_store.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstdint>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/store/postgres/pg_connection.h"
#include "shared/store/postgres/pg_schema.h"
#include "shared/store/sql/schema.h"
#include "shared/store/sql/transaction.h"
#include "shared/store/store_factory.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/entity_builders.h"
#include "tests/store/graph_aggregate_fixture.h"
#include "tests/store/test_util.h"
#include "tests/testing/pg_server.h"

namespace newsgraph::store::testing {
namespace {

using postgres::PgConnection;
using postgres::PgConnectionOptions;
using ::testing::HasSubstr;

std::string ServerUri() { return ::newsgraph::testing::TestPostgresUri(); }

std::string WithSchema(const std::string& uri, const std::string& schema) {
  return absl::StrCat(uri, uri.find('?') == std::string::npos ? "?" : "&",
                      "options=-csearch_path%3D", schema, "&application_name=", schema);
}

std::unique_ptr<PgConnection> Admin(const std::string& uri) {
  absl::StatusOr<std::unique_ptr<PgConnection>> conn = PgConnection::Open(uri, {});
  EXPECT_TRUE(conn.ok()) << conn.status();
  return conn.ok() ? *std::move(conn) : nullptr;
}

// A fresh schema per test, dropped at the end.
class PgSchemaEnvironment final : public StoreEnvironment {
 public:
  explicit PgSchemaEnvironment(StoreOptions options) : options_(options) {
    static std::atomic<int> counter{0};
    schema_ = absl::StrCat("t_", getpid(), "_", counter++);
    admin_ = Admin(ServerUri());
    if (admin_ != nullptr) {
      EXPECT_TRUE(admin_->Execute(absl::StrCat("CREATE SCHEMA ", schema_)).ok());
    }
  }
  ~PgSchemaEnvironment() override {
    if (admin_ != nullptr) {
      EXPECT_TRUE(admin_->Execute(absl::StrCat("DROP SCHEMA ", schema_, " CASCADE")).ok());
    }
  }
  absl::StatusOr<std::unique_ptr<ArticleStore>> Open() override {
    return OpenStore(uri(), options_);
  }
  bool SharesDatabase() const override { return true; }
  std::string uri() const { return WithSchema(ServerUri(), schema_); }
  PgConnection& admin() { return *admin_; }
  const std::string& schema() const { return schema_; }

 private:
  StoreOptions options_;
  std::string schema_;
  std::unique_ptr<PgConnection> admin_;
};

StoreOptions FewReaders() {
  StoreOptions options;
  options.read_connections = 2;
  return options;
}

StoreFactory PostgresFactory() {
  return {"Postgres", []() -> std::unique_ptr<StoreEnvironment> {
            if (ServerUri().empty()) return nullptr;
            return std::make_unique<PgSchemaEnvironment>(FewReaders());
          }};
}

INSTANTIATE_TEST_SUITE_P(Postgres, ArticleStoreContractTest, ::testing::Values(PostgresFactory()),
                         [](const ::testing::TestParamInfo<StoreFactory>& info) {
                           return info.param.name;
                         });

class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (ServerUri().empty()) GTEST_SKIP() << "no PostgreSQL server (NEWSGRAPH_TEST_PG_URI_FILE)";
    env_ = std::make_unique<PgSchemaEnvironment>(FewReaders());
  }
  std::unique_ptr<PgSchemaEnvironment> env_;
};

TEST_F(PgStoreTest, MigratesAFreshSchemaAndRecordsEachVersion) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
  std::unique_ptr<PgConnection> raw = Admin(env_->uri());
  ASSERT_NE(raw, nullptr);
  EXPECT_THAT(sql::ReadSchemaVersion(*raw),
              IsOkAndHolds(static_cast<int>(postgres::Migrations().size())));
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM schema_migrations"),
              IsOkAndHolds(static_cast<int64_t>(postgres::Migrations().size())));
  // Opening again applies nothing twice.
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> again, env_->Open());
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM schema_migrations"),
              IsOkAndHolds(static_cast<int64_t>(postgres::Migrations().size())));
}

// PostgreSQL has no cheap signal of a commit, so the query service keeps
// no answers over it (query_service/response_cache.h).
TEST_F(PgStoreTest, CannotTellItsDataVersion) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
  EXPECT_THAT(store->DataVersion(), StatusIs(absl::StatusCode::kUnimplemented));
}

// The migration to version 5 on PostgreSQL: the aggregates it builds from
// the rows stored before answer as those its writers kept.
TEST_F(PgStoreTest, VersionFiveAggregatesTheRowsStoredBefore) {
  std::vector<std::string> ids;
  std::vector<std::string> before;
  {
    ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
    ASSERT_OK_AND_ASSIGN(PutOutcome put, store->PutArticle(ArticleTyingManyPairs("v4", 12)));
    ids = EntityIdsOf(put.article);
    before = GraphAnswers(*store, ids);
  }
  std::unique_ptr<PgConnection> raw = Admin(env_->uri());
  ASSERT_NE(raw, nullptr);
  // More pairs than one insert of the backfill writes.
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM related_tallies"),
              IsOkAndHolds(::testing::Gt(64)));
  // Back to version 4: the rows, without the aggregates.
  ASSERT_THAT(raw->Execute("DROP TABLE entity_event_days; DROP TABLE related_tallies; "
                           "DELETE FROM schema_migrations WHERE version = 5"),
              IsOk());
  ASSERT_THAT(sql::ReadSchemaVersion(*raw), IsOkAndHolds(4));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
  EXPECT_EQ(GraphAnswers(*store, ids), before);
  EXPECT_THAT(before, ::testing::Contains(HasSubstr("relation_article_count: 1")));
  EXPECT_THAT(sql::ReadSchemaVersion(*raw), IsOkAndHolds(5));
}

TEST_F(PgStoreTest, RefusesASchemaThatIsNotAStore) {
  ASSERT_TRUE(env_->admin()
                  .Execute(absl::StrCat("CREATE TABLE ", env_->schema(), ".someone_elses (x int)"))
                  .ok());
  EXPECT_THAT(env_->Open(), StatusIs(absl::StatusCode::kFailedPrecondition,
                                     HasSubstr("not a newsgraph store")));
}

TEST_F(PgStoreTest, RefusesANewerSchema) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
  store.reset();
  std::unique_ptr<PgConnection> raw = Admin(env_->uri());
  ASSERT_TRUE(raw->Execute("INSERT INTO schema_migrations VALUES (99, 'from the future', 0)").ok());
  EXPECT_THAT(env_->Open(), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("newer")));
}

TEST_F(PgStoreTest, AnUnknownDatabaseIsAFailedPrecondition) {
  std::string uri = ServerUri();
  uri = uri.substr(0, uri.rfind('/')) + "/no_such_database";
  EXPECT_THAT(OpenStore(uri, StoreOptions{}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("no_such_database")));
}

// Several stores on one database, as ingest replicas are: each writes the
// same articles from its own threads. Each article is stored once, each
// entity resolved once.
TEST_F(PgStoreTest, ConcurrentWritersOfTheSameArticlesStoreEachOnce) {
  constexpr int kWriters = 4;
  constexpr int kArticles = 40;
  std::vector<std::unique_ptr<ArticleStore>> stores;
  for (int i = 0; i < kWriters; ++i) {
    ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
    stores.push_back(std::move(store));
  }
  std::vector<v1::Article> articles;
  for (int i = 0; i < kArticles; ++i) {
    articles.push_back(ArticleNaming(absl::StrCat("same-", i), "2020-01-24",
                                     {Person("Ilham Aliyev"), Country("Azerbaijan", "AZE")}));
  }
  std::atomic<int> created{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      std::mt19937 rng(w);
      std::vector<int> order(kArticles);
      for (int i = 0; i < kArticles; ++i) order[i] = i;
      std::shuffle(order.begin(), order.end(), rng);
      for (int i : order) {
        absl::StatusOr<PutOutcome> put = stores[w]->PutArticle(articles[i]);
        if (!put.ok()) {
          ++failures;
          ADD_FAILURE() << put.status();
        } else if (put->created) {
          ++created;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(created.load(), kArticles);
  EXPECT_THAT(stores[0]->CountArticles(), IsOkAndHolds(kArticles));
  std::unique_ptr<PgConnection> raw = Admin(env_->uri());
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM entities WHERE display_name = 'Ilham Aliyev'"),
              IsOkAndHolds(1));
  EXPECT_THAT(raw->QueryInt64("SELECT article_count FROM entities WHERE display_name = 'Ilham Aliyev'"),
              IsOkAndHolds(kArticles));
}

// A reader whose session the server ended fails once with UNAVAILABLE (or
// not at all), then works again.
TEST_F(PgStoreTest, ARevivedSessionServesAgain) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, env_->Open());
  ASSERT_OK(store->PutArticle(MakeArticle("a1")).status());
  ASSERT_TRUE(env_->admin()
                  .Execute(absl::StrCat("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE application_name = '",
                                        env_->schema(), "'"))
                  .ok());
  for (int i = 0; i < 4; ++i) {
    absl::StatusOr<int64_t> count = store->CountArticles();
    if (!count.ok()) {
      EXPECT_EQ(count.status().code(), absl::StatusCode::kUnavailable);
    }
  }
  EXPECT_THAT(store->CountArticles(), IsOkAndHolds(1));
  absl::StatusOr<PutOutcome> put = store->PutArticle(MakeArticle("a2"));
  if (!put.ok()) {
    EXPECT_EQ(put.status().code(), absl::StatusCode::kUnavailable);
  }
  EXPECT_OK(store->PutArticle(MakeArticle("a2")).status());
  EXPECT_THAT(store->CountArticles(), IsOkAndHolds(2));
}

// Statements behave as SQLite's: numbered and bare parameters, text and
// blobs of any byte, NULLs, and a step after the last row runs the
// statement again with the current bindings.
TEST_F(PgStoreTest, StatementsBehaveAsSqlitesDo) {
  std::unique_ptr<PgConnection> conn = Admin(env_->uri());
  ASSERT_NE(conn, nullptr);
  ASSERT_OK_AND_ASSIGN(sql::StatementLease stmt,
                       conn->Prepare("SELECT CAST(?1 AS BIGINT) + 1, CAST(? AS BYTEA), "
                                     "CAST(?3 AS DOUBLE PRECISION), CAST(?1 AS TEXT) || '?'"));
  std::string blob;
  for (int i = 0; i < 256; ++i) blob.push_back(static_cast<char>(i));
  ASSERT_OK(stmt->BindInt64(1, 41));
  ASSERT_OK(stmt->BindBlob(2, blob));
  ASSERT_OK(stmt->BindDouble(3, 0.1 + 0.2));
  ASSERT_OK_AND_ASSIGN(bool has_row, stmt->Step());
  ASSERT_TRUE(has_row);
  EXPECT_EQ(stmt->ColumnInt64(0), 42);
  EXPECT_EQ(stmt->ColumnBlob(1), blob);
  EXPECT_EQ(stmt->ColumnDouble(2), 0.1 + 0.2);  // exactly
  EXPECT_EQ(stmt->ColumnText(3), "41?");
  ASSERT_OK_AND_ASSIGN(has_row, stmt->Step());
  EXPECT_FALSE(has_row);
  ASSERT_OK(stmt->BindInt64(1, 1));
  ASSERT_OK(stmt->BindNull(3));
  ASSERT_OK_AND_ASSIGN(has_row, stmt->Step());
  ASSERT_TRUE(has_row);
  EXPECT_EQ(stmt->ColumnInt64(0), 2);
  EXPECT_TRUE(stmt->ColumnIsNull(2));
  EXPECT_THAT(stmt->BindText(1, std::string("a\0b", 3)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("NUL")));
}

TEST_F(PgStoreTest, TheCallDeadlineBoundsEachStatementOfATransaction) {
  std::unique_ptr<PgConnection> conn = Admin(env_->uri());
  {
    const DeadlineScope scope(absl::Now() + absl::Milliseconds(100));
    ASSERT_OK_AND_ASSIGN(sql::Transaction txn, sql::Transaction::BeginRead(*conn));
    const absl::Time start = absl::Now();
    EXPECT_THAT(conn->Execute("SELECT pg_sleep(5)"),
                StatusIs(absl::StatusCode::kDeadlineExceeded, HasSubstr("57014")));
    EXPECT_LT(absl::Now() - start, absl::Seconds(2));
  }
  // Past the deadline nothing more starts; without one the session serves.
  {
    const DeadlineScope past(absl::Now() - absl::Milliseconds(1));
    EXPECT_THAT(sql::Transaction::BeginRead(*conn), StatusIs(absl::StatusCode::kDeadlineExceeded));
  }
  ASSERT_OK_AND_ASSIGN(sql::Transaction txn, sql::Transaction::BeginRead(*conn));
  EXPECT_THAT(conn->QueryInt64("SELECT 1"), IsOkAndHolds(1));
  EXPECT_THAT(conn->Execute("SELECT pg_sleep(0.2)"), IsOk());  // no timeout left over
}

}  // namespace
}  // namespace newsgraph::store::testing
