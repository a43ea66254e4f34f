#include "shared/store/sqlite/sqlite_status.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "shared/deadline/deadline_scope.h"

namespace newsgraph::store::sqlite {
namespace {

absl::string_view AbslView(std::string_view s) { return absl::string_view(s.data(), s.size()); }

}  // namespace

absl::StatusCode SqliteCodeToStatusCode(int result_code) {
  switch (result_code) {
    case SQLITE_IOERR_NOMEM:
      return absl::StatusCode::kResourceExhausted;
    case SQLITE_CONSTRAINT_PRIMARYKEY:
    case SQLITE_CONSTRAINT_UNIQUE:
      return absl::StatusCode::kAlreadyExists;
    default:
      break;
  }
  switch (result_code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return absl::StatusCode::kOk;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::StatusCode::kUnavailable;
    case SQLITE_FULL:
    case SQLITE_NOMEM:
      return absl::StatusCode::kResourceExhausted;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return absl::StatusCode::kFailedPrecondition;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return absl::StatusCode::kDataLoss;
    case SQLITE_TOOBIG:
      return absl::StatusCode::kInvalidArgument;
    case SQLITE_INTERRUPT:
      return absl::StatusCode::kDeadlineExceeded;
    default:
      return absl::StatusCode::kInternal;
  }
}

absl::Status SqliteError(int rc, sqlite3* db, std::string_view path, std::string_view operation) {
  int code = rc;
  std::string detail = sqlite3_errstr(rc);
  if (db != nullptr) {
    // The extended code says more (e.g. SQLITE_READONLY_DBMOVED), but only
    // when it belongs to the same failure.
    const int extended = sqlite3_extended_errcode(db);
    if ((extended & 0xff) == (rc & 0xff)) code = extended;
    detail = sqlite3_errmsg(db);
  }
  const absl::StatusCode status_code = SqliteCodeToStatusCode(code);
  if (status_code == absl::StatusCode::kOk) return absl::OkStatus();
  if ((code & 0xff) == SQLITE_INTERRUPT) {
    return DeadlineExceeded(absl::StrCat("while ", AbslView(operation), " on SQLite database ",
                                         AbslView(path)));
  }
  return absl::Status(status_code,
                      absl::StrCat(AbslView(operation), " on SQLite database ", AbslView(path),
                                   " failed: ", detail, " (SQLite code ", code, ")"));
}

}  // namespace newsgraph::store::sqlite
