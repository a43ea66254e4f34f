#include "shared/store/sql/transaction.h"

#include <utility>

#include "shared/base/status_macros.h"

namespace newsgraph::store::sql {

absl::StatusOr<Transaction> Transaction::BeginWrite(Connection& conn) {
  NG_RETURN_IF_ERROR(conn.BeginWrite());
  return Transaction(&conn);
}

absl::StatusOr<Transaction> Transaction::BeginRead(Connection& conn) {
  NG_RETURN_IF_ERROR(conn.BeginRead());
  return Transaction(&conn);
}

Transaction::Transaction(Transaction&& other) noexcept
    : conn_(std::exchange(other.conn_, nullptr)) {}

Transaction::~Transaction() { Rollback(); }

absl::Status Transaction::Commit() {
  if (conn_ == nullptr) return absl::FailedPreconditionError("transaction already ended");
  absl::Status status = conn_->Commit();
  if (!status.ok()) {
    Rollback();
    return status;
  }
  conn_ = nullptr;
  return absl::OkStatus();
}

void Transaction::Rollback() {
  if (conn_ == nullptr) return;
  conn_->Rollback();
  conn_ = nullptr;
}

}  // namespace newsgraph::store::sql
