// Statement: an RAII owner of one prepared SQLite statement (finalized on
// destruction), with status-returning bind and step, and typed column
// access. StatementLease: a statement borrowed from a Connection's cache,
// reset (which ends its implicit read transaction) and cleared when the
// lease ends.
//
// Not thread-safe: a statement belongs to its connection, which is used by
// one thread at a time. Text and blob views returned by Column*() are valid
// until the next Step() or Reset().
//
// Example:
//   NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare("SELECT x FROM t WHERE id = ?"));
//   NG_RETURN_IF_ERROR(stmt->BindText(1, id));
//   NG_ASSIGN_OR_RETURN(bool has_row, stmt->Step());
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_STATEMENT_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "shared/store/sqlite/sql_fragment.h"

namespace newsgraph::store::sqlite {

class Statement {
 public:
  // Takes ownership of `stmt`, prepared on `db`. `path` names the database
  // in error messages and must outlive the statement.
  Statement(sqlite3_stmt* stmt, sqlite3* db, const std::string* path);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  [[nodiscard]] absl::Status BindInt64(int index, int64_t value);
  [[nodiscard]] absl::Status BindText(int index, std::string_view value);
  [[nodiscard]] absl::Status BindBlob(int index, std::string_view value);
  [[nodiscard]] absl::Status BindDouble(int index, double value);
  // Binds `value`, or NULL when it has none.
  [[nodiscard]] absl::Status BindOptionalDouble(int index, std::optional<double> value);
  // Binds `values` to parameters first_index, first_index + 1, ...
  [[nodiscard]] absl::Status BindValues(absl::Span<const SqlValue> values, int first_index = 1);

  // Steps once: true when a row is ready, false when the statement is done.
  [[nodiscard]] absl::StatusOr<bool> Step();
  // Steps to the end, for statements that return no rows.
  [[nodiscard]] absl::Status Run();

  int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;
  bool ColumnIsNull(int column) const;
  std::string_view ColumnText(int column) const;
  std::string_view ColumnBlob(int column) const;

  // Resets the statement and clears its bindings.
  void Reset();

  std::string_view sql() const;

 private:
  friend class StatementLease;
  friend class Connection;

  absl::Status Check(int rc, std::string_view operation) const;

  sqlite3_stmt* stmt_;
  sqlite3* db_;
  const std::string* path_;
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

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_STATEMENT_H_
