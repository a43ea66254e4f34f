// Connection, StatementLease, Transaction and ConnectionPool.
#include "shared/store/sqlite/connection.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/store/sql/connection_pool.h"
#include "shared/store/sql/transaction.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sqlite {
namespace {

using sql::ConnectionPool;
using sql::Statement;
using sql::StatementLease;

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::IsOkAndHolds;
using ::newsgraph::store::testing::ScopedTempDir;
using ::newsgraph::store::testing::StatusIs;
using ::testing::HasSubstr;

class ConnectionTest : public ::testing::Test {
 protected:
  std::unique_ptr<SqliteConnection> Open(ConnectionOptions options = {}) {
    absl::StatusOr<std::unique_ptr<SqliteConnection>> conn = SqliteConnection::Open(path_, options);
    EXPECT_THAT(conn, IsOk());
    return conn.ok() ? *std::move(conn) : nullptr;
  }

  ScopedTempDir dir_;
  const std::string path_ = dir_.File("c.db");
};

TEST_F(ConnectionTest, AppliesTheOptions) {
  ConnectionOptions options;
  options.busy_timeout_ms = 1234;
  std::unique_ptr<SqliteConnection> full = Open(options);
  EXPECT_THAT(full->QueryText("PRAGMA journal_mode"), IsOkAndHolds("wal"));
  EXPECT_THAT(full->QueryInt64("PRAGMA synchronous"), IsOkAndHolds(2));  // FULL
  EXPECT_THAT(full->QueryInt64("PRAGMA foreign_keys"), IsOkAndHolds(1));
  EXPECT_THAT(full->QueryInt64("PRAGMA busy_timeout"), IsOkAndHolds(1234));
  EXPECT_THAT(full->QueryInt64("PRAGMA query_only"), IsOkAndHolds(0));
  EXPECT_THAT(full->QueryInt64("PRAGMA mmap_size"), IsOkAndHolds(0));

  options.sync_commits = false;
  options.role = ConnectionOptions::Role::kReader;
  std::unique_ptr<SqliteConnection> reader = Open(options);
  EXPECT_THAT(reader->QueryInt64("PRAGMA synchronous"), IsOkAndHolds(1));  // NORMAL
  EXPECT_THAT(reader->QueryInt64("PRAGMA query_only"), IsOkAndHolds(1));
  EXPECT_THAT(reader->QueryInt64("PRAGMA mmap_size"), IsOkAndHolds(0));

  // A reader maps as much of the file as asked (SQLite caps it).
  options.mmap_bytes = int64_t{1} << 20;
  EXPECT_THAT(Open(options)->QueryInt64("PRAGMA mmap_size"), IsOkAndHolds(int64_t{1} << 20));
}

TEST_F(ConnectionTest, CachesStatementsButNeverSharesOneInUse) {
  std::unique_ptr<SqliteConnection> conn = Open();
  const Statement* first = nullptr;
  {
    ASSERT_OK_AND_ASSIGN(StatementLease a, conn->Prepare("SELECT 1"));
    first = &*a;
    ASSERT_OK_AND_ASSIGN(StatementLease b, conn->Prepare("SELECT 1"));
    EXPECT_NE(&*b, first);  // `a` is still in use
  }
  ASSERT_OK_AND_ASSIGN(StatementLease again, conn->Prepare("SELECT 1"));
  EXPECT_EQ(&*again, first);
}

TEST_F(ConnectionTest, ALeaseResetsItsStatementSoReadsSeeNewCommits) {
  std::unique_ptr<SqliteConnection> writer = Open();
  ASSERT_THAT(writer->Execute("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2)"), IsOk());
  ConnectionOptions options;
  options.role = ConnectionOptions::Role::kReader;
  std::unique_ptr<SqliteConnection> reader = Open(options);
  {
    ASSERT_OK_AND_ASSIGN(StatementLease stmt, reader->Prepare("SELECT x FROM t"));
    ASSERT_THAT(stmt->Step(), IsOkAndHolds(true));  // a read left open, then the lease ends
  }
  EXPECT_FALSE(reader->in_transaction());
  ASSERT_THAT(writer->Execute("INSERT INTO t VALUES (3)"), IsOk());
  ASSERT_OK_AND_ASSIGN(StatementLease count, reader->Prepare("SELECT count(*) FROM t"));
  ASSERT_THAT(count->Step(), IsOkAndHolds(true));
  EXPECT_EQ(count->ColumnInt64(0), 3);
}

TEST_F(ConnectionTest, ReportsPrepareErrorsWithTheSql) {
  std::unique_ptr<SqliteConnection> conn = Open();
  EXPECT_THAT(conn->Prepare("SELEKT 1"),
              StatusIs(absl::StatusCode::kInternal, ::testing::HasSubstr("SELEKT")));
}

TEST_F(ConnectionTest, ATransactionRollsBackUnlessCommitted) {
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(conn->Execute("CREATE TABLE t (x)"), IsOk());
  {
    ASSERT_OK_AND_ASSIGN(sql::Transaction txn, sql::Transaction::BeginWrite(*conn));
    ASSERT_THAT(conn->Execute("INSERT INTO t VALUES (1)"), IsOk());
  }
  EXPECT_FALSE(conn->in_transaction());
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(0));
  {
    ASSERT_OK_AND_ASSIGN(sql::Transaction txn, sql::Transaction::BeginWrite(*conn));
    ASSERT_THAT(conn->Execute("INSERT INTO t VALUES (1)"), IsOk());
    ASSERT_THAT(txn.Commit(), IsOk());
    EXPECT_THAT(txn.Commit(), StatusIs(absl::StatusCode::kFailedPrecondition));
  }
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(1));
}

TEST_F(ConnectionTest, ASecondImmediateTransactionWaitsThenIsUnavailable) {
  ConnectionOptions options;
  options.busy_timeout_ms = 30;
  std::unique_ptr<SqliteConnection> first = Open(options);
  std::unique_ptr<SqliteConnection> second = Open(options);
  ASSERT_OK_AND_ASSIGN(sql::Transaction txn, sql::Transaction::BeginWrite(*first));
  EXPECT_THAT(sql::Transaction::BeginWrite(*second), StatusIs(absl::StatusCode::kUnavailable));
}

TEST_F(ConnectionTest, ThePoolHandsEachConnectionToOneThreadAtATime) {
  std::vector<std::unique_ptr<sql::Connection>> connections;
  ConnectionOptions options;
  Open(options);  // creates the file
  options.role = ConnectionOptions::Role::kReader;
  for (int i = 0; i < 2; ++i) connections.push_back(Open(options));
  ConnectionPool pool(std::move(connections));
  EXPECT_EQ(pool.size(), 2u);

  std::atomic<int> in_use{0};
  std::atomic<int> max_in_use{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        ConnectionPool::Lease lease = pool.Acquire();
        const int now = ++in_use;
        int seen = max_in_use.load();
        while (now > seen && !max_in_use.compare_exchange_weak(seen, now)) {
        }
        EXPECT_THAT(lease->QueryInt64("SELECT 1"), IsOkAndHolds(1));
        --in_use;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_LE(max_in_use.load(), 2);
  EXPECT_GE(max_in_use.load(), 1);
}

// A query that counts to a billion: seconds of work, unless stopped.
constexpr char kLongQuery[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
    "SELECT count(*) FROM n";

TEST_F(ConnectionTest, AStatementPastTheDeadlineStopsWithDeadlineExceeded) {
  std::unique_ptr<SqliteConnection> conn = Open();
  const absl::Time start = absl::Now();
  DeadlineScope scope(start + absl::Milliseconds(50));
  const absl::StatusOr<int64_t> count = conn->QueryInt64(kLongQuery);
  const absl::Duration took = absl::Now() - start;
  EXPECT_THAT(count, StatusIs(absl::StatusCode::kDeadlineExceeded));
  EXPECT_THAT(std::string(count.status().message()), ::testing::HasSubstr("deadline passed"));
  EXPECT_LT(took, absl::Milliseconds(500));
}

TEST_F(ConnectionTest, AStatementWithinTheDeadlineRuns) {
  std::unique_ptr<SqliteConnection> conn = Open();
  DeadlineScope scope(absl::Now() + absl::Seconds(30));
  EXPECT_THAT(conn->QueryInt64("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 100000) SELECT count(*) FROM n"),
              IsOkAndHolds(100000));
}

TEST_F(ConnectionTest, AWriteStoppedByTheDeadlineStoresNothing) {
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(conn->Execute("CREATE TABLE t (i INTEGER)"), IsOk());
  {
    absl::StatusOr<sql::Transaction> txn = sql::Transaction::BeginWrite(*conn);
    ASSERT_THAT(txn, IsOk());
    ASSERT_THAT(conn->Execute("INSERT INTO t VALUES (1)"), IsOk());
    DeadlineScope scope(absl::Now() + absl::Milliseconds(20));
    EXPECT_THAT(conn->Execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 1000000000) INSERT INTO t SELECT i FROM n"),
                StatusIs(absl::StatusCode::kDeadlineExceeded));
  }  // rolled back
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(0));
  // The connection works on afterwards, without a deadline.
  EXPECT_THAT(conn->Execute("INSERT INTO t VALUES (2)"), IsOk());
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(1));
}

TEST_F(ConnectionTest, AFullDatabaseIsResourceExhaustedAndTheWriterWorksOnOnceThereIsRoom) {
  std::unique_ptr<SqliteConnection> conn = Open();
  ASSERT_THAT(conn->Execute("CREATE TABLE t (b BLOB)"), IsOk());
  absl::StatusOr<int64_t> pages = conn->QueryInt64("PRAGMA page_count");
  ASSERT_THAT(pages, IsOk());
  // A page limit fails writes with SQLITE_FULL, as a full disk does.
  ASSERT_THAT(conn->Execute(absl::StrCat("PRAGMA max_page_count = ", *pages + 20)), IsOk());
  int committed = 0;
  absl::Status failure;
  for (int i = 0; i < 100 && failure.ok(); ++i) {
    absl::StatusOr<sql::Transaction> txn = sql::Transaction::BeginWrite(*conn);
    ASSERT_THAT(txn, IsOk());
    failure = conn->Execute("INSERT INTO t VALUES (zeroblob(16384))");
    if (failure.ok()) failure = txn->Commit();
    if (failure.ok()) ++committed;
  }  // a failed transaction rolls back here
  EXPECT_THAT(failure, StatusIs(absl::StatusCode::kResourceExhausted,
                                HasSubstr("the store's disk is full")));
  EXPECT_GT(committed, 0);
  EXPECT_FALSE(conn->in_transaction());
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(committed));

  ASSERT_THAT(conn->Execute("PRAGMA max_page_count = 1000000"), IsOk());
  absl::StatusOr<sql::Transaction> txn = sql::Transaction::BeginWrite(*conn);
  ASSERT_THAT(txn, IsOk());
  EXPECT_THAT(conn->Execute("INSERT INTO t VALUES (zeroblob(16384))"), IsOk());
  EXPECT_THAT(txn->Commit(), IsOk());
  EXPECT_THAT(conn->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(committed + 1));
}

TEST_F(ConnectionTest, AReadOnlyConnectionReadsThroughTheLogAndRefusesWrites) {
  std::unique_ptr<SqliteConnection> writer = Open();
  ASSERT_THAT(writer->Execute("CREATE TABLE t (i INTEGER); INSERT INTO t VALUES (1)"), IsOk());
  ConnectionOptions read_only;
  read_only.role = ConnectionOptions::Role::kReader;
  read_only.file_read_only = true;

  // The writer's log exists: the reader follows its commits.
  std::unique_ptr<SqliteConnection> reader = Open(read_only);
  EXPECT_THAT(reader->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(1));
  ASSERT_THAT(writer->Execute("INSERT INTO t VALUES (2)"), IsOk());
  EXPECT_THAT(reader->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(2));
  EXPECT_THAT(reader->Execute("INSERT INTO t VALUES (3)"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       HasSubstr("the store is read-only")));

  // The last close folds the log into the file and removes it. On this
  // writable file system the file is then opened read-only but not
  // immutable (someone allowed to may still write it; the immutable
  // snapshot is for read-only mounts, store_fault_e2e_test): it still
  // reads, and refuses writes.
  reader.reset();
  writer.reset();
  ASSERT_FALSE(std::filesystem::exists(path_ + "-wal"));
  std::unique_ptr<SqliteConnection> again = Open(read_only);
  EXPECT_THAT(again->QueryInt64("SELECT count(*) FROM t"), IsOkAndHolds(2));
  EXPECT_THAT(again->Execute("INSERT INTO t VALUES (3)"),
              StatusIs(absl::StatusCode::kFailedPrecondition));
}

TEST_F(ConnectionTest, AReadOnlyFileMayHaveUriCharactersInItsPath) {
  const std::string odd = dir_.File("a?b#c%20d.db");
  {
    absl::StatusOr<std::unique_ptr<SqliteConnection>> writer =
        SqliteConnection::Open(odd, ConnectionOptions());
    ASSERT_THAT(writer, IsOk());
    ASSERT_THAT((*writer)->Execute("CREATE TABLE t (i INTEGER); INSERT INTO t VALUES (7)"),
                IsOk());
  }
  ConnectionOptions read_only;
  read_only.role = ConnectionOptions::Role::kReader;
  read_only.file_read_only = true;
  absl::StatusOr<std::unique_ptr<SqliteConnection>> reader = SqliteConnection::Open(odd, read_only);
  ASSERT_THAT(reader, IsOk());
  EXPECT_THAT((*reader)->QueryInt64("SELECT i FROM t"), IsOkAndHolds(7));
}

}  // namespace
}  // namespace newsgraph::store::sqlite
