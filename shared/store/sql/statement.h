// Statement: one prepared SQL statement of a backend (SQLite, PostgreSQL),
// with status-returning bind and step and typed column access, as the
// store's row code uses it. StatementLease: a statement borrowed from a
// Connection's cache, reset (which ends its implicit read transaction)
// and cleared when the lease ends.
//
// SQL is written once for every backend: parameters are `?` (the next
// number) or `?N` (number N); the PostgreSQL backend rewrites them as $N.
//
// Not thread-safe: a statement belongs to its connection, which is used by
// one thread at a time. Text and blob views returned by Column*() are valid
// until the next Step() or Reset().
//
// Example:
//   NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare("SELECT x FROM t WHERE id = ?"));
//   NG_RETURN_IF_ERROR(stmt->BindText(1, id));
//   NG_ASSIGN_OR_RETURN(bool has_row, stmt->Step());
#ifndef NEWSGRAPH_SHARED_STORE_SQL_STATEMENT_H_
#define NEWSGRAPH_SHARED_STORE_SQL_STATEMENT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "shared/store/sql/sql_fragment.h"

namespace newsgraph::store::sql {

class Statement {
 public:
  virtual ~Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are numbered from 1.
  [[nodiscard]] virtual absl::Status BindInt64(int index, int64_t value) = 0;
  [[nodiscard]] virtual absl::Status BindText(int index, std::string_view value) = 0;
  [[nodiscard]] virtual absl::Status BindBlob(int index, std::string_view value) = 0;
  [[nodiscard]] virtual absl::Status BindDouble(int index, double value) = 0;
  [[nodiscard]] virtual absl::Status BindNull(int index) = 0;
  // Binds `value`, or NULL when it has none.
  [[nodiscard]] absl::Status BindOptionalDouble(int index, std::optional<double> value);
  // Binds `values` to parameters first_index, first_index + 1, ...
  [[nodiscard]] absl::Status BindValues(absl::Span<const SqlValue> values, int first_index = 1);

  // Steps once: true when a row is ready, false when the statement is done.
  // The first step runs the statement.
  [[nodiscard]] virtual absl::StatusOr<bool> Step() = 0;
  // Steps to the end, for statements that return no rows.
  [[nodiscard]] absl::Status Run();
  // Rows the last run of this INSERT, UPDATE or DELETE changed.
  virtual int64_t RowsChanged() const = 0;

  // Columns are numbered from 0. A NULL reads as 0 or empty.
  virtual int64_t ColumnInt64(int column) const = 0;
  virtual double ColumnDouble(int column) const = 0;
  virtual bool ColumnIsNull(int column) const = 0;
  virtual std::string_view ColumnText(int column) const = 0;
  virtual std::string_view ColumnBlob(int column) const = 0;

  // Resets the statement and clears its bindings.
  virtual void Reset() = 0;

  // The SQL as written by the caller.
  virtual std::string_view sql() const = 0;

 protected:
  Statement() = default;

 private:
  friend class StatementLease;
  friend class Connection;

  bool leased_ = false;  // whether a StatementLease holds it (cache use)
};

// A statement in use. Resets it when destroyed; owns it when the
// connection's cache did not keep it.
class StatementLease {
 public:
  StatementLease(Statement* cached, std::unique_ptr<Statement> owned);
  ~StatementLease();
  StatementLease(StatementLease&& other) noexcept;
  StatementLease& operator=(StatementLease&&) = delete;
  StatementLease(const StatementLease&) = delete;
  StatementLease& operator=(const StatementLease&) = delete;

  Statement* operator->() const { return stmt_; }
  Statement& operator*() const { return *stmt_; }

 private:
  Statement* stmt_;
  std::unique_ptr<Statement> owned_;
};

// Runs `stmt`, an INSERT ... RETURNING of one integer column (the new
// row's key), and returns that value.
absl::StatusOr<int64_t> InsertedRowId(Statement& stmt);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_STATEMENT_H_
