// PgConnection: the sql::Connection of the PostgreSQL backend, one libpqxx
// connection (a libpq session) set up the way the store needs it.
//
// Write transactions take a transaction-scoped advisory lock
// (pg_advisory_xact_lock on kWriteLockKey) right after BEGIN: the writers
// of every process, on any machine, take turns, as on SQLite. Entity
// resolution then reads every earlier commit, no two writers create one
// entity twice, an article stored by one writer is seen by the next, and
// the watch log's sequence numbers (identity columns) are taken in commit
// order. Waiting for the lock (and for any row lock) is bounded by
// lock_timeout = busy_timeout_ms, then UNAVAILABLE. Read transactions are
// REPEATABLE READ READ ONLY: one snapshot across statements. Under a
// call deadline (shared/deadline/deadline_scope.h) each transaction sets
// statement_timeout to the time left, so the server cancels a statement
// past it (DEADLINE_EXCEEDED).
//
// Statements are server-side prepared statements (named s1, s2, ... per
// session), their parameters sent as text (bytea in hex form), their
// results read as text. A session lost (server restart, network) fails the
// statement in flight with UNAVAILABLE; Revive() reconnects before the
// next operation.
//
// Thread-safety: none; used by one thread at a time.
#ifndef NEWSGRAPH_SHARED_STORE_POSTGRES_PG_CONNECTION_H_
#define NEWSGRAPH_SHARED_STORE_POSTGRES_PG_CONNECTION_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/sql/connection.h"

#include <pqxx/connection>  // pqxx::connection is an alias: it cannot be declared ahead

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace newsgraph::store::postgres {

// The advisory lock every writer holds for its transaction.
inline constexpr int64_t kWriteLockKey = 0x6e67'7772'6974'6501;  // "ngwrite\x01"

struct PgConnectionOptions {
  // A reader's transactions are read-only (default_transaction_read_only).
  bool reader = false;
  int lock_timeout_ms = 5000;
  // synchronous_commit: on waits for the commit's WAL flush (durable on
  // OK); off may lose the last commits if the server itself crashes.
  bool sync_commits = true;
};

class PgConnection final : public sql::Connection {
 public:
  // Connects to `uri` (a libpq connection URI or key=value string).
  // UNAVAILABLE when the server cannot be reached; FAILED_PRECONDITION when
  // it refuses the login or the database does not exist. Messages never
  // repeat the URI (it may hold a password).
  static absl::StatusOr<std::unique_ptr<PgConnection>> Open(const std::string& uri,
                                                            const PgConnectionOptions& options);

  ~PgConnection() override;

  absl::Status Execute(std::string_view sql) override;
  absl::Status BeginWrite() override;
  absl::Status BeginRead() override;
  absl::Status Commit() override;
  void Rollback() override;
  absl::StatusOr<bool> HasTable(std::string_view name) override;
  absl::StatusOr<int64_t> CountTables() override;
  const sql::TextIndex& text_index() const override;
  const std::string& description() const override { return description_; }
  absl::Status Revive() override;

  // A status for an exception thrown by libpqxx while doing `operation`.
  // Call from a catch block only.
  absl::Status CurrentError(std::string_view operation) const;

  // The transaction statements run in: the open one, or a fresh
  // autocommit one (owned by `scratch`).
  pqxx::transaction_base& Executor(std::unique_ptr<pqxx::transaction_base>& scratch);

  // Drops the server's copy of prepared statement `name` of `session`
  // (nothing when that session is gone).
  void Unprepare(const std::string& name, int64_t session);

  // Counts reconnections, so statements prepared on an earlier session
  // know that they are gone.
  int64_t session() const { return session_; }

 protected:
  absl::StatusOr<std::unique_ptr<sql::Statement>> PrepareNew(std::string_view sql) override;

 private:
  PgConnection(std::string uri, PgConnectionOptions options);
  absl::Status Connect();
  absl::Status Configure();
  absl::Status BeginWith(bool write);

  const std::string uri_;
  const PgConnectionOptions options_;
  std::string description_;
  // The concrete type: pqxx 6.4's connection_base has no virtual destructor, so
  // deleting through it would skip closing the session (and leak it).
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::transaction_base> txn_;  // the open transaction, if any
  int64_t next_statement_ = 1;
  int64_t session_ = 0;
};

}  // namespace newsgraph::store::postgres

#endif  // NEWSGRAPH_SHARED_STORE_POSTGRES_PG_CONNECTION_H_
