// SqliteStatement: the sql::Statement of the SQLite backend, an RAII owner
// of one prepared sqlite3_stmt (finalized on destruction).
//
// Not thread-safe: a statement belongs to its connection, which is used by
// one thread at a time.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_STATEMENT_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/store/sql/statement.h"

namespace newsgraph::store::sqlite {

class SqliteStatement final : public sql::Statement {
 public:
  // Takes ownership of `stmt`, prepared on `db`. `path` names the database
  // in error messages and must outlive the statement.
  SqliteStatement(sqlite3_stmt* stmt, sqlite3* db, const std::string* path);
  ~SqliteStatement() override;

  absl::Status BindInt64(int index, int64_t value) override;
  absl::Status BindText(int index, std::string_view value) override;
  absl::Status BindBlob(int index, std::string_view value) override;
  absl::Status BindDouble(int index, double value) override;
  absl::Status BindNull(int index) override;
  absl::StatusOr<bool> Step() override;
  int64_t RowsChanged() const override { return sqlite3_changes64(db_); }
  int64_t ColumnInt64(int column) const override;
  double ColumnDouble(int column) const override;
  bool ColumnIsNull(int column) const override;
  std::string_view ColumnText(int column) const override;
  std::string_view ColumnBlob(int column) const override;
  void Reset() override;
  std::string_view sql() const override;

 private:
  absl::Status Check(int rc, std::string_view operation) const;

  sqlite3_stmt* stmt_;
  sqlite3* db_;
  const std::string* path_;
};

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_STATEMENT_H_
