#include "shared/store/sqlite/sqlite_status.h"

#include <errno.h>
#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/base/status_macros.h"
#include "shared/store/sqlite/connection.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sqlite {
namespace {

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::ScopedTempDir;
using ::newsgraph::store::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(SqliteCodeToStatusCodeTest, MapsEachFamilyToItsCanonicalCode) {
  using C = absl::StatusCode;
  const std::pair<int, C> cases[] = {
      {SQLITE_OK, C::kOk},
      {SQLITE_DONE, C::kOk},
      {SQLITE_BUSY, C::kUnavailable},
      {SQLITE_BUSY_SNAPSHOT, C::kUnavailable},
      {SQLITE_LOCKED, C::kUnavailable},
      {SQLITE_LOCKED_SHAREDCACHE, C::kUnavailable},
      {SQLITE_FULL, C::kResourceExhausted},
      {SQLITE_NOMEM, C::kResourceExhausted},
      {SQLITE_IOERR_NOMEM, C::kResourceExhausted},
      {SQLITE_READONLY, C::kFailedPrecondition},
      {SQLITE_READONLY_DBMOVED, C::kFailedPrecondition},
      {SQLITE_CANTOPEN, C::kFailedPrecondition},
      {SQLITE_CANTOPEN_ISDIR, C::kFailedPrecondition},
      {SQLITE_PERM, C::kFailedPrecondition},
      {SQLITE_AUTH, C::kFailedPrecondition},
      {SQLITE_CORRUPT, C::kDataLoss},
      {SQLITE_CORRUPT_VTAB, C::kDataLoss},
      {SQLITE_NOTADB, C::kDataLoss},
      {SQLITE_CONSTRAINT_UNIQUE, C::kAlreadyExists},
      {SQLITE_CONSTRAINT_PRIMARYKEY, C::kAlreadyExists},
      {SQLITE_CONSTRAINT_FOREIGNKEY, C::kInternal},
      {SQLITE_TOOBIG, C::kInvalidArgument},
      {SQLITE_INTERRUPT, C::kDeadlineExceeded},
      {SQLITE_ERROR, C::kInternal},
      {SQLITE_IOERR, C::kInternal},
      {SQLITE_MISUSE, C::kInternal},
      {SQLITE_SCHEMA, C::kInternal},
  };
  for (const auto& [rc, code] : cases) {
    EXPECT_EQ(SqliteCodeToStatusCode(rc), code) << sqlite3_errstr(rc) << " (" << rc << ")";
  }
}

TEST(FileFaultOfTest, TellsAFullDiskAndAReadOnlyFileSystemWhateverTheCode) {
  EXPECT_EQ(FileFaultOf(SQLITE_FULL, 0), FileFault::kDiskFull);
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_WRITE, ENOSPC), FileFault::kDiskFull);
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_FSYNC, EDQUOT), FileFault::kDiskFull);
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_SHMSIZE, ENOSPC), FileFault::kDiskFull);
  EXPECT_EQ(FileFaultOf(SQLITE_READONLY, 0), FileFault::kReadOnly);
  EXPECT_EQ(FileFaultOf(SQLITE_READONLY_DBMOVED, 0), FileFault::kMoved);
  EXPECT_EQ(FileFaultOf(SQLITE_READONLY_RECOVERY, 0), FileFault::kReadOnly);
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_WRITE, EROFS), FileFault::kReadOnly);
  EXPECT_EQ(FileFaultOf(SQLITE_CANTOPEN, EROFS), FileFault::kReadOnly);
  // Memory is not disk; other I/O errors and other codes say nothing.
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_NOMEM, ENOSPC), FileFault::kNone);
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_WRITE, EIO), FileFault::kNone);
  EXPECT_EQ(FileFaultOf(SQLITE_IOERR_WRITE, 0), FileFault::kNone);
  EXPECT_EQ(FileFaultOf(SQLITE_BUSY, EROFS), FileFault::kNone);
  EXPECT_EQ(FileFaultOf(SQLITE_CORRUPT, ENOSPC), FileFault::kNone);
}

TEST(SqliteErrorTest, NamesTheOperationPathAndCode) {
  EXPECT_THAT(SqliteError(SQLITE_CORRUPT, nullptr, "/data/ng.db", "committing"),
              StatusIs(absl::StatusCode::kDataLoss,
                       "committing on SQLite database /data/ng.db failed: database disk image "
                       "is malformed (SQLite code 11)"));
  EXPECT_THAT(SqliteError(SQLITE_OK, nullptr, "x", "y"), IsOk());
}

TEST(SqliteErrorTest, AFullDiskSaysSoAndWhatToDo) {
  EXPECT_THAT(SqliteError(SQLITE_FULL, nullptr, "/data/ng.db", "committing"),
              StatusIs(absl::StatusCode::kResourceExhausted,
                       "the store's disk is full: committing on SQLite database /data/ng.db "
                       "failed: database or disk is full (SQLite code 13); free space on the "
                       "file system that holds it (or move the store to a larger one), then "
                       "retry: no restart is needed"));
}

TEST(SqliteErrorTest, AReadOnlyStoreSaysSoAndWhatToDo) {
  EXPECT_THAT(SqliteError(SQLITE_READONLY, nullptr, "/data/ng.db", "committing"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr("the store is read-only: committing on SQLite database "
                                       "/data/ng.db failed"),
                             HasSubstr("remount its file system read-write"))));
}

// A writer connection on a new database at `path`, after running `sql`.
absl::StatusOr<std::unique_ptr<SqliteConnection>> WriterWith(const std::string& path,
                                                             std::string_view sql) {
  NG_ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> conn,
                      SqliteConnection::Open(path, ConnectionOptions()));
  NG_RETURN_IF_ERROR(conn->Execute(sql));
  return conn;
}

TEST(SqliteErrorTest, UsesTheConnectionsMessageAndExtendedCode) {
  ScopedTempDir dir;
  ASSERT_OK_AND_ASSIGN(
      std::unique_ptr<SqliteConnection> conn,
      WriterWith(dir.File("x.db"),
                 "CREATE TABLE t (id TEXT PRIMARY KEY); INSERT INTO t VALUES ('a')"));
  EXPECT_THAT(
      conn->Execute("INSERT INTO t VALUES ('a')"),
      StatusIs(absl::StatusCode::kAlreadyExists,
               AllOf(HasSubstr("UNIQUE constraint failed: t.id"), HasSubstr(dir.File("x.db")),
                     HasSubstr(std::to_string(SQLITE_CONSTRAINT_PRIMARYKEY)))));
}

TEST(SqliteErrorTest, AWriteThroughAReadOnlyConnectionIsFailedPrecondition) {
  ScopedTempDir dir;
  ConnectionOptions options;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<SqliteConnection> writer,
                       SqliteConnection::Open(dir.File("x.db"), options));
  ASSERT_THAT(writer->Execute("CREATE TABLE t (x)"), IsOk());
  options.role = ConnectionOptions::Role::kReader;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<SqliteConnection> reader,
                       SqliteConnection::Open(dir.File("x.db"), options));
  EXPECT_THAT(reader->Execute("INSERT INTO t VALUES (1)"),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("readonly")));
}

TEST(SqliteErrorTest, AWriteToAFileRenamedWhileOpenSaysItMoved) {
  ScopedTempDir dir;
  ASSERT_OK_AND_ASSIGN(
      std::unique_ptr<SqliteConnection> conn,
      WriterWith(dir.File("x.db"), "CREATE TABLE t (x); INSERT INTO t VALUES (1)"));
  ASSERT_THAT(conn->BeginWrite(), IsOk());
  conn->Rollback();
  ASSERT_EQ(std::rename(dir.File("x.db").c_str(), dir.File("elsewhere.db").c_str()), 0);
  EXPECT_THAT(conn->BeginWrite(),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr("moved or deleted while the service had it open"),
                             HasSubstr("put the file back at " + dir.File("x.db")),
                             Not(HasSubstr("remount")))));
  // Put back, it takes writes again.
  ASSERT_EQ(std::rename(dir.File("elsewhere.db").c_str(), dir.File("x.db").c_str()), 0);
  ASSERT_THAT(conn->BeginWrite(), IsOk());
  conn->Rollback();
}

TEST(SqliteErrorTest, AWriteToAFileDeletedWhileOpenIsRefused) {
  ScopedTempDir dir;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<SqliteConnection> conn,
                       WriterWith(dir.File("x.db"), "CREATE TABLE t (x)"));
  ASSERT_EQ(std::remove(dir.File("x.db").c_str()), 0);
  EXPECT_THAT(conn->BeginWrite(),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("moved or deleted")));
}

TEST(SqliteErrorTest, AReaderOfAMissingFileIsFailedPrecondition) {
  ScopedTempDir dir;
  ConnectionOptions options;
  options.role = ConnectionOptions::Role::kReader;  // readers never create
  EXPECT_THAT(SqliteConnection::Open(dir.File("absent.db"), options),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr("opening"), HasSubstr(dir.File("absent.db")))));
}

}  // namespace
}  // namespace newsgraph::store::sqlite
