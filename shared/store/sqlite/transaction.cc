#include "shared/store/sqlite/transaction.h"

#include <utility>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store::sqlite {

namespace {

// Runs a transaction statement from the connection's statement cache: BEGIN
// and COMMIT run on every read of several statements, and preparing them
// anew each time was a visible share of a lookup's cost.
absl::Status RunCached(Connection& conn, const char* sql) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql));
  return stmt->Run();
}

}  // namespace

absl::StatusOr<Transaction> Transaction::Begin(Connection& conn, const char* sql) {
  NG_RETURN_IF_ERROR(RunCached(conn, sql));
  return Transaction(&conn);
}

absl::StatusOr<Transaction> Transaction::BeginImmediate(Connection& conn) {
  return Begin(conn, "BEGIN IMMEDIATE");
}

absl::StatusOr<Transaction> Transaction::BeginRead(Connection& conn) {
  return Begin(conn, "BEGIN DEFERRED");
}

Transaction::Transaction(Transaction&& other) noexcept
    : conn_(std::exchange(other.conn_, nullptr)) {}

Transaction::~Transaction() { Rollback(); }

absl::Status Transaction::Commit() {
  if (conn_ == nullptr) return absl::FailedPreconditionError("transaction already ended");
  absl::Status status = RunCached(*conn_, "COMMIT");
  if (!status.ok()) {
    Rollback();
    return status;
  }
  conn_ = nullptr;
  return absl::OkStatus();
}

void Transaction::Rollback() {
  if (conn_ == nullptr) return;
  // SQLite may already have rolled back (e.g. after SQLITE_FULL); ROLLBACK
  // outside a transaction would only fail.
  if (conn_->in_transaction()) conn_->Execute("ROLLBACK").IgnoreError();
  conn_ = nullptr;
}

}  // namespace newsgraph::store::sqlite
