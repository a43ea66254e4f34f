// SqliteConnection: the sql::Connection of the SQLite backend, an RAII
// owner of one SQLite connection (sqlite3*), set up the way the store
// needs it (WAL, synchronous, busy timeout, foreign keys, extended result
// codes). Its text index is FTS5 (fts_text_index.h).
//
// A database on a read-only file system (or write-protected) can be
// opened by readers that know it (ConnectionOptions.file_read_only): they
// read the write-ahead log when one was left behind, and otherwise open
// the file `immutable`, as a snapshot (SQLite could not create the log's
// index on that file system). A writer refuses such a file with
// FAILED_PRECONDITION.
//
// Write transactions are BEGIN IMMEDIATE (SQLite's one write lock, which
// serializes the writers of every process); read transactions BEGIN
// DEFERRED.
//
// Deadlines: a progress handler interrupts any statement that runs past
// the current thread's call deadline (shared/deadline/deadline_scope.h);
// the statement fails with DEADLINE_EXCEEDED and SQLite rolls back the
// write transaction it was part of.
//
// Thread-safety: none. A connection is used by one thread at a time (the
// store hands it out under a mutex or from a pool); it is opened with
// SQLITE_OPEN_NOMUTEX accordingly.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_CONNECTION_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_CONNECTION_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sqlite {

struct ConnectionOptions {
  // The writer creates the file and turns WAL on; a reader opens an
  // existing file and refuses writes (PRAGMA query_only).
  enum class Role { kWriter, kReader };
  Role role = Role::kWriter;
  // The file cannot be written (read-only file system or write-protected):
  // open it read-only, immutable when it has no write-ahead log. Readers
  // only.
  bool file_read_only = false;
  int busy_timeout_ms = 5000;
  bool sync_commits = true;  // synchronous=FULL, else NORMAL
  // Readers: how much of the file to map (PRAGMA mmap_size; SQLite caps it
  // at its build's SQLITE_MAX_MMAP_SIZE, 2 GiB in Debian's). 0: read pages
  // with pread. StoreOptions::sqlite_mmap_bytes says what it costs.
  int64_t mmap_bytes = 0;
};

// The path that opens a private in-memory database.
inline constexpr std::string_view kMemoryPath = ":memory:";

class SqliteConnection final : public sql::Connection {
 public:
  // Opens `path` (a file path, or kMemoryPath). Errors are mapped by
  // SqliteError; a writer of a file database that is read-only or cannot
  // switch to WAL fails with FAILED_PRECONDITION.
  static absl::StatusOr<std::unique_ptr<SqliteConnection>> Open(const std::string& path,
                                                                const ConnectionOptions& options);

  ~SqliteConnection() override;

  absl::Status Execute(std::string_view sql) override;
  absl::Status BeginWrite() override;
  absl::Status BeginRead() override;
  absl::Status Commit() override;
  void Rollback() override;
  absl::StatusOr<bool> HasTable(std::string_view name) override;
  absl::StatusOr<int64_t> CountTables() override;
  // PRAGMA data_version: it reads the write-ahead log's index, so a commit
  // of any other connection is seen at once.
  absl::StatusOr<int64_t> DataVersion() override;
  const sql::TextIndex& text_index() const override;
  const std::string& description() const override { return description_; }

  // A status for a failed `operation` on this connection.
  absl::Status Error(int rc, std::string_view operation) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

 protected:
  absl::StatusOr<std::unique_ptr<sql::Statement>> PrepareNew(std::string_view sql) override;

 private:
  SqliteConnection(sqlite3* db, std::string path);
  absl::Status Configure(const ConnectionOptions& options);
  absl::Status EnableWal(int busy_timeout_ms);
  // Runs a cached statement that returns no rows (BEGIN, COMMIT).
  absl::Status RunCached(std::string_view sql);

  sqlite3* db_;
  const std::string path_;
  const std::string description_;
};

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_CONNECTION_H_
