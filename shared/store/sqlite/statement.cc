#include "shared/store/sqlite/statement.h"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/store/sqlite/sqlite_status.h"

namespace newsgraph::store::sqlite {

SqliteStatement::SqliteStatement(sqlite3_stmt* stmt, sqlite3* db, const std::string* path)
    : stmt_(stmt), db_(db), path_(path) {}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

absl::Status SqliteStatement::Check(int rc, std::string_view operation) const {
  if (rc == SQLITE_OK) return absl::OkStatus();
  return SqliteError(rc, db_, *path_, operation);
}

absl::Status SqliteStatement::BindInt64(int index, int64_t value) {
  return Check(sqlite3_bind_int64(stmt_, index, value), "binding a parameter");
}

absl::Status SqliteStatement::BindDouble(int index, double value) {
  return Check(sqlite3_bind_double(stmt_, index, value), "binding a parameter");
}

absl::Status SqliteStatement::BindNull(int index) {
  return Check(sqlite3_bind_null(stmt_, index), "binding a parameter");
}

absl::Status SqliteStatement::BindText(int index, std::string_view value) {
  // SQLITE_TRANSIENT: SQLite copies the text, so callers may pass views
  // of temporaries.
  return Check(
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
      "binding a parameter");
}

absl::Status SqliteStatement::BindBlob(int index, std::string_view value) {
  return Check(sqlite3_bind_blob64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT),
               "binding a parameter");
}

absl::StatusOr<bool> SqliteStatement::Step() {
  // Between rows (the caller decodes each one): the progress handler only
  // sees SQLite's own work.
  if (DeadlinePassed()) {
    return DeadlineExceeded(absl::StrCat("while reading the rows of `",
                                         std::string(sql().substr(0, 60)), "` on SQLite database ",
                                         *path_));
  }
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(rc, db_, *path_,
                     absl::StrCat("running `", std::string(sql().substr(0, 60)), "`"));
}

int64_t SqliteStatement::ColumnInt64(int column) const { return sqlite3_column_int64(stmt_, column); }

double SqliteStatement::ColumnDouble(int column) const { return sqlite3_column_double(stmt_, column); }

bool SqliteStatement::ColumnIsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string_view SqliteStatement::ColumnText(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return {};
  return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view SqliteStatement::ColumnBlob(int column) const {
  const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  if (blob == nullptr) return {};
  return std::string_view(blob, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string_view SqliteStatement::sql() const {
  const char* text = sqlite3_sql(stmt_);
  return text == nullptr ? std::string_view() : std::string_view(text);
}

}  // namespace newsgraph::store::sqlite
