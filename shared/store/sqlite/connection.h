// Connection: an RAII owner of one SQLite connection (sqlite3*), set up the
// way the store needs it (WAL, synchronous, busy timeout, foreign keys,
// extended result codes), with a cache of prepared statements.
//
// Ownership: the connection owns its cached statements and finalizes them
// before closing. Every StatementLease must end before the connection is
// destroyed.
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

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/sqlite/statement.h"

namespace newsgraph::store::sqlite {

struct ConnectionOptions {
  // The writer creates the file and turns WAL on; a reader opens an
  // existing file and refuses writes (PRAGMA query_only).
  enum class Role { kWriter, kReader };
  Role role = Role::kWriter;
  int busy_timeout_ms = 5000;
  bool sync_commits = true;  // synchronous=FULL, else NORMAL
};

// The path that opens a private in-memory database.
inline constexpr std::string_view kMemoryPath = ":memory:";

class Connection {
 public:
  // Opens `path` (a file path, or kMemoryPath). Errors are mapped by
  // SqliteError; a writer of a file database that cannot switch to WAL
  // fails with FAILED_PRECONDITION.
  static absl::StatusOr<std::unique_ptr<Connection>> Open(const std::string& path,
                                                          const ConnectionOptions& options);

  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more SQL statements that return no rows.
  [[nodiscard]] absl::Status Execute(std::string_view sql);

  // A prepared statement for `sql`, from the cache when possible. The
  // lease resets the statement when it ends.
  [[nodiscard]] absl::StatusOr<StatementLease> Prepare(std::string_view sql);

  // The first column of the first row of `sql` (e.g. a PRAGMA), as text or
  // integer; NOT_FOUND when there is no row.
  [[nodiscard]] absl::StatusOr<std::string> QueryText(std::string_view sql);
  [[nodiscard]] absl::StatusOr<int64_t> QueryInt64(std::string_view sql);

  // A status for a failed `operation` on this connection.
  absl::Status Error(int rc, std::string_view operation) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }
  // Rows the last INSERT, UPDATE or DELETE to finish changed.
  int64_t Changes() const { return sqlite3_changes64(db_); }

 private:
  // Statements kept prepared per connection. Listing SQL varies with the
  // filter's shape, so past this size new shapes are prepared per use.
  static constexpr size_t kMaxCachedStatements = 128;

  Connection(sqlite3* db, std::string path);
  absl::Status Configure(const ConnectionOptions& options);
  absl::Status EnableWal(int busy_timeout_ms);
  absl::StatusOr<std::unique_ptr<Statement>> PrepareNew(std::string_view sql);

  sqlite3* db_;
  const std::string path_;
  absl::flat_hash_map<std::string, std::unique_ptr<Statement>> cache_;
};

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_CONNECTION_H_
