// Transaction: an RAII transaction on one Connection. Rolls back when
// destroyed uncommitted, so that an error return anywhere inside leaves
// nothing half-written.
//
// Not thread-safe; the connection must outlive the transaction and stay
// with one thread until it ends.
//
// Example:
//   NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginWrite(conn));
//   NG_RETURN_IF_ERROR(conn.Execute("INSERT ..."));  // rolled back on error
//   NG_RETURN_IF_ERROR(txn.Commit());
#ifndef NEWSGRAPH_SHARED_STORE_SQL_TRANSACTION_H_
#define NEWSGRAPH_SHARED_STORE_SQL_TRANSACTION_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

class Transaction {
 public:
  // Takes the database's write lock now (waiting up to the busy timeout;
  // UNAVAILABLE after it), so the transaction cannot fail later for lack
  // of it (Connection::BeginWrite).
  static absl::StatusOr<Transaction> BeginWrite(Connection& conn);
  // A consistent read snapshot across statements.
  static absl::StatusOr<Transaction> BeginRead(Connection& conn);

  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // Commits; on error the transaction is rolled back.
  [[nodiscard]] absl::Status Commit();

 private:
  explicit Transaction(Connection* conn) : conn_(conn) {}
  void Rollback();

  Connection* conn_;  // null once committed, rolled back or moved from
};

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_TRANSACTION_H_
