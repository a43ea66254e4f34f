#include "shared/store/sqlite/schema.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sql/pair_stats_rows.h"
#include "shared/store/store_factory.h"
#include "tests/store/entity_builders.h"
#include "tests/store/graph_aggregate_fixture.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sqlite {
namespace {

using sql::Migration;
using testing::GraphAnswers;

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::IsOkAndHolds;
using ::newsgraph::store::testing::ScopedTempDir;
using ::newsgraph::store::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;

class SchemaTest : public ::testing::Test {
 protected:
  std::unique_ptr<SqliteConnection> Open() {
    ConnectionOptions options;
    absl::StatusOr<std::unique_ptr<SqliteConnection>> conn = SqliteConnection::Open(path_, options);
    EXPECT_THAT(conn, IsOk());
    return conn.ok() ? *std::move(conn) : nullptr;
  }

  // The real migrations plus `extra`, numbered after them.
  std::vector<Migration> WithExtra(std::vector<Migration> extra) {
    std::vector<Migration> all(Migrations().begin(), Migrations().end());
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
  }

  ScopedTempDir dir_;
  const std::string path_ = dir_.File("schema.db");
};

TEST_F(SchemaTest, MigrationsAreNumberedWithoutGaps) {
  ASSERT_FALSE(Migrations().empty());
  for (size_t i = 0; i < Migrations().size(); ++i) {
    EXPECT_EQ(Migrations()[i].version, static_cast<int>(i) + 1);
    EXPECT_FALSE(Migrations()[i].description.empty());
  }
  EXPECT_EQ(LatestSchemaVersion(), static_cast<int>(Migrations().size()));
}

TEST_F(SchemaTest, AFreshFileHasVersionZeroAndMigratesToTheLatest) {
  std::unique_ptr<SqliteConnection> conn = Open();
  EXPECT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(0));
  ASSERT_THAT(MigrateSchema(*conn), IsOk());
  EXPECT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(LatestSchemaVersion()));
  EXPECT_THAT(conn->QueryInt64("SELECT applied_at_us > 0 FROM schema_migrations"), IsOkAndHolds(1));
}

TEST_F(SchemaTest, MigratingAgainChangesNothing) {
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(MigrateSchema(*conn), IsOk());
  ASSERT_THAT(MigrateSchema(*conn), IsOk());
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM schema_migrations"),
              IsOkAndHolds(LatestSchemaVersion()));
}

TEST_F(SchemaTest, AppliesOnlyTheNewMigrations) {
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(MigrateSchema(*conn), IsOk());
  ASSERT_THAT(conn->Execute("INSERT INTO articles (article_id, published_key, create_time_us, "
                            "source, format, url, title, basic) "
                            "VALUES ('kept', '', 0, '', '', '', '', x'')"),
              IsOk());
  const int next = LatestSchemaVersion() + 1;
  const std::vector<Migration> migrations =
      WithExtra({{next, "events",
                  "CREATE TABLE future_events (event_id TEXT PRIMARY KEY);"
                  "CREATE INDEX future_events_by_id ON future_events (event_id);"}});
  ASSERT_THAT(MigrateSchema(*conn, migrations), IsOk());
  EXPECT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(next));
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM future_events"), IsOkAndHolds(0));
  EXPECT_THAT(conn->QueryText("SELECT article_id FROM articles"), IsOkAndHolds("kept"));
  EXPECT_THAT(conn->QueryText("SELECT description FROM schema_migrations WHERE version = " +
                              std::to_string(next)),
              IsOkAndHolds("events"));
}

TEST_F(SchemaTest, VersionFourCountsTheEventsStoredBefore) {
  // A store at version 3 with two events between a pair, one undated.
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(MigrateSchema(*conn, Migrations().subspan(0, 3)), IsOk());
  ASSERT_THAT(conn->Execute("INSERT INTO pair_events VALUES "
                            "('a', 'b', '2020-01-21', 1, 5, 1, 3.5, '2020-01-21'), "
                            "('b', 'a', '2020-01-21', 1, 5, 1, 3.5, '2020-01-21'), "
                            "('a', 'b', '', 2, 17, 4, -10, '')"),
              IsOk());
  ASSERT_THAT(MigrateSchema(*conn), IsOk());
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM pair_stats"), IsOkAndHolds(2));
  v1::Relationship ab;
  ASSERT_THAT(ReadPairStats(*conn, "a", "b", &ab), IsOk());
  EXPECT_EQ(ab.event_count(), 2);
  EXPECT_DOUBLE_EQ(ab.mean_score(), -3.25);
  EXPECT_EQ(ab.first_date().day(), 21);
  ASSERT_EQ(ab.months_size(), 1);
  EXPECT_EQ(ab.months(0).event_count(), 1);
  ASSERT_EQ(ab.categories_size(), 2);
  EXPECT_EQ(ab.quad_class_counts(3), 1);
  v1::Relationship none;
  ASSERT_THAT(ReadPairStats(*conn, "a", "c", &none), IsOk());
  EXPECT_EQ(none.event_count(), 0);
}

TEST_F(SchemaTest, VersionFiveAggregatesTheRowsStoredBefore) {
  const std::string uri = "sqlite://" + path_;
  std::vector<std::string> ids;
  std::vector<std::string> before;
  {
    ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, OpenStore(uri, StoreOptions{}));
    ASSERT_OK_AND_ASSIGN(PutOutcome put,
                         store->PutArticle(testing::ArticleTyingManyPairs("v4", 12)));
    ids = testing::EntityIdsOf(put.article);
    before = GraphAnswers(*store, ids);
  }
  // More pairs than one insert of the backfill writes.
  EXPECT_THAT(Open()->QueryInt64("SELECT count(*) FROM related_tallies"),
              IsOkAndHolds(::testing::Gt(64)));
  // Back to version 4: the rows, without the aggregates.
  {
    std::unique_ptr<SqliteConnection> conn = Open();
    ASSERT_THAT(conn->Execute("DROP TABLE entity_event_days; DROP TABLE related_tallies; "
                              "DELETE FROM schema_migrations WHERE version = 5"),
                IsOk());
    ASSERT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(4));
  }
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store, OpenStore(uri, StoreOptions{}));
  EXPECT_EQ(GraphAnswers(*store, ids), before);
  // Not vacuous: every entity has events, and the role counts too.
  EXPECT_THAT(before, ::testing::Contains(HasSubstr("relation_article_count: 1")));
  EXPECT_THAT(before, ::testing::Contains(HasSubstr("2019-06-01/")));
  EXPECT_THAT(before, ::testing::Contains(HasSubstr(" days /")));
  std::unique_ptr<SqliteConnection> conn = Open();
  EXPECT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(5));
}

TEST_F(SchemaTest, AFailingMigrationLeavesNothingBehind) {
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(MigrateSchema(*conn), IsOk());
  const int next = LatestSchemaVersion() + 1;
  const std::vector<Migration> migrations =
      WithExtra({{next, "good then bad", "CREATE TABLE half (x); CREATE TABLE half (x);"}});
  EXPECT_THAT(MigrateSchema(*conn, migrations),
              StatusIs(absl::StatusCode::kInternal, HasSubstr("already exists")));
  EXPECT_FALSE(conn->in_transaction());
  EXPECT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(LatestSchemaVersion()));
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM sqlite_master WHERE name = 'half'"),
              IsOkAndHolds(0));
}

TEST_F(SchemaTest, RefusesAFileNewerThanTheCode) {
  std::unique_ptr<SqliteConnection> conn = Open();
  const int next = LatestSchemaVersion() + 1;
  ASSERT_THAT(MigrateSchema(*conn, WithExtra({{next, "future", "CREATE TABLE future (x);"}})),
              IsOk());
  EXPECT_THAT(MigrateSchema(*conn),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr(path_), HasSubstr("schema version " + std::to_string(next)),
                             HasSubstr("newer"))));
}

TEST_F(SchemaTest, RejectsAMisnumberedList) {
  std::unique_ptr<SqliteConnection> conn = Open();
  const std::vector<Migration> gap = WithExtra({{LatestSchemaVersion() + 2, "gap", "SELECT 1;"}});
  EXPECT_THAT(MigrateSchema(*conn, gap), StatusIs(absl::StatusCode::kInternal));
  EXPECT_THAT(ReadSchemaVersion(*conn), IsOkAndHolds(0));
}

}  // namespace
}  // namespace newsgraph::store::sqlite
