// Connection: one connection to the store's database, as the store's row
// code uses it, whatever the backend (sqlite/connection.h,
// postgres/pg_connection.h): statements prepared once and cached,
// transactions, and the backend's full-text index (TextIndex).
//
// Ownership: the connection owns its cached statements. Every
// StatementLease must end before the connection is destroyed; a backend's
// destructor calls ClearStatementCache() before it closes the database.
//
// Thread-safety: none. A connection is used by one thread at a time (the
// store hands it out under a mutex or from a pool).
#ifndef NEWSGRAPH_SHARED_STORE_SQL_CONNECTION_H_
#define NEWSGRAPH_SHARED_STORE_SQL_CONNECTION_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/sql/statement.h"

namespace newsgraph::store::sql {

class TextIndex;

class Connection {
 public:
  virtual ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more SQL statements that return no rows.
  [[nodiscard]] virtual absl::Status Execute(std::string_view sql) = 0;

  // A prepared statement for `sql`, from the cache when possible. The
  // lease resets the statement when it ends. DEADLINE_EXCEEDED once the
  // thread's call deadline (shared/deadline/deadline_scope.h) has passed.
  [[nodiscard]] absl::StatusOr<StatementLease> Prepare(std::string_view sql);

  // The first column of the first row of `sql`, as text or integer;
  // NOT_FOUND when there is no row.
  [[nodiscard]] absl::StatusOr<std::string> QueryText(std::string_view sql);
  [[nodiscard]] absl::StatusOr<int64_t> QueryInt64(std::string_view sql);

  // Transactions (see transaction.h, which calls these). A write
  // transaction holds the database's single write lock from its start to
  // its end: writers of every process take turns, so that entity
  // resolution and event numbering see every earlier commit. A read
  // transaction sees one snapshot across statements.
  [[nodiscard]] virtual absl::Status BeginWrite() = 0;
  [[nodiscard]] virtual absl::Status BeginRead() = 0;
  [[nodiscard]] virtual absl::Status Commit() = 0;
  virtual void Rollback() = 0;  // a no-op outside a transaction

  // Makes the connection usable again when its session was lost (the
  // server restarted, the network failed), so that one failed operation
  // does not fail every later one. Call between operations only: no
  // StatementLease may be outstanding. A no-op when the session is fine.
  [[nodiscard]] virtual absl::Status Revive() { return absl::OkStatus(); }

  // Whether a table of that name exists in the store's schema.
  [[nodiscard]] virtual absl::StatusOr<bool> HasTable(std::string_view name) = 0;
  // How many tables the store's schema holds (0 for a fresh database).
  [[nodiscard]] virtual absl::StatusOr<int64_t> CountTables() = 0;

  // A number that changes whenever another connection, of this process or
  // another, commits a change to the database: two equal readings mean
  // nothing was committed in between. Not changed by this connection's own
  // commits. UNIMPLEMENTED where the backend cannot tell cheaply
  // (PostgreSQL).
  [[nodiscard]] virtual absl::StatusOr<int64_t> DataVersion() {
    return absl::UnimplementedError(description() + " cannot tell cheaply when its data changes");
  }

  // The backend's full-text index of article titles, bodies and authors.
  virtual const TextIndex& text_index() const = 0;

  // "SQLite database /path", "PostgreSQL database newsgraph on host:port":
  // names the database in error messages (never with a password).
  virtual const std::string& description() const = 0;

 protected:
  Connection() = default;

  // A new statement for `sql` (placeholders as in statement.h).
  virtual absl::StatusOr<std::unique_ptr<Statement>> PrepareNew(std::string_view sql) = 0;

  // Finalizes every cached statement; backends call it before closing.
  void ClearStatementCache() { cache_.clear(); }

 private:
  // Statements kept prepared per connection. Listing SQL varies with the
  // filter's shape, so past this size new shapes are prepared per use.
  static constexpr size_t kMaxCachedStatements = 128;

  absl::flat_hash_map<std::string, std::unique_ptr<Statement>> cache_;
};

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_CONNECTION_H_
