#include "shared/store/sqlite/sqlite_status.h"

#include <errno.h>
#include <sqlite3.h>
#include <sys/statvfs.h>

#include <cstring>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "shared/deadline/deadline_scope.h"

namespace newsgraph::store::sqlite {
namespace {

absl::string_view AbslView(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// The errno behind a failed I/O call of `db` on the database at `path`.
// SQLite keeps it for the connection only where the failure surfaced in a
// statement, not, e.g., when a COMMIT could not write the log; then the
// files' own last errors (the log's first: commits write there) tell, and
// failing those, whether the file system is mounted read-only now.
int SystemErrno(sqlite3* db, std::string_view path) {
  if (const int kept = sqlite3_system_errno(db); kept != 0) return kept;
  sqlite3_file* log = nullptr;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log);
  if (log != nullptr && log->pMethods != nullptr) {
    int last = 0;
    log->pMethods->xFileControl(log, SQLITE_FCNTL_LAST_ERRNO, &last);
    if (last != 0) return last;
  }
  int last = 0;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_LAST_ERRNO, &last);
  if (last != 0) return last;
  return FileSystemIsReadOnly(path) ? EROFS : 0;
}

}  // namespace

bool FileSystemIsReadOnly(std::string_view path) {
  struct statvfs stats {};
  const std::string file(path);
  return statvfs(file.c_str(), &stats) == 0 && (stats.f_flag & ST_RDONLY) != 0;
}

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

FileFault FileFaultOf(int result_code, int system_errno) {
  const int primary = result_code & 0xff;
  if (primary == SQLITE_FULL) return FileFault::kDiskFull;
  if (result_code == SQLITE_READONLY_DBMOVED) return FileFault::kMoved;
  if (primary == SQLITE_READONLY) return FileFault::kReadOnly;
  if (primary != SQLITE_IOERR && primary != SQLITE_CANTOPEN) return FileFault::kNone;
  if (result_code == SQLITE_IOERR_NOMEM) return FileFault::kNone;  // memory, not disk
  switch (system_errno) {
    case ENOSPC:
    case EDQUOT:
      return FileFault::kDiskFull;
    case EROFS:
      return FileFault::kReadOnly;
    default:
      return FileFault::kNone;
  }
}

absl::Status SqliteError(int rc, sqlite3* db, std::string_view path, std::string_view operation) {
  int code = rc;
  int system_errno = 0;
  std::string detail = sqlite3_errstr(rc);
  if (db != nullptr) {
    // The extended code says more (e.g. SQLITE_READONLY_DBMOVED), but only
    // when it belongs to the same failure.
    const int extended = sqlite3_extended_errcode(db);
    if ((extended & 0xff) == (rc & 0xff)) code = extended;
    detail = sqlite3_errmsg(db);
    // Only I/O and open failures have one.
    if ((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_CANTOPEN) {
      system_errno = SystemErrno(db, path);
    }
  }
  if (system_errno != 0) absl::StrAppend(&detail, ": ", std::strerror(system_errno));
  const absl::StatusCode status_code = SqliteCodeToStatusCode(code);
  if (status_code == absl::StatusCode::kOk) return absl::OkStatus();
  if ((code & 0xff) == SQLITE_INTERRUPT) {
    return DeadlineExceeded(absl::StrCat("while ", AbslView(operation), " on SQLite database ",
                                         AbslView(path)));
  }
  const std::string failure = absl::StrCat(AbslView(operation), " on SQLite database ",
                                           AbslView(path), " failed: ", detail,
                                           " (SQLite code ", code, ")");
  switch (FileFaultOf(code, system_errno)) {
    case FileFault::kDiskFull:
      return absl::ResourceExhaustedError(absl::StrCat(
          "the store's disk is full: ", failure,
          "; free space on the file system that holds it (or move the store to a larger one), "
          "then retry: no restart is needed"));
    case FileFault::kReadOnly:
      return absl::FailedPreconditionError(absl::StrCat(
          "the store is read-only: ", failure,
          "; make it writable (remount its file system read-write, or fix the file's "
          "permissions), then retry"));
    case FileFault::kMoved:
      return absl::FailedPreconditionError(absl::StrCat(
          "the store's database file was moved or deleted while the service had it open: ", failure,
          "; put the file back at ", AbslView(path),
          " (with its -wal and -shm files) or restart the service with --store naming where it "
          "is now"));
    case FileFault::kNone:
      break;
  }
  return absl::Status(status_code, failure);
}

}  // namespace newsgraph::store::sqlite
