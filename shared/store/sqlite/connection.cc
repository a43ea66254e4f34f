#include "shared/store/sqlite/connection.h"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/store/sqlite/fts_bm25_inputs.h"
#include "shared/store/sqlite/fts_text_index.h"
#include "shared/store/sqlite/sqlite_status.h"
#include "shared/store/sqlite/statement.h"

namespace newsgraph::store::sqlite {
namespace {

// SQLite calls the progress handler about every this many virtual machine
// instructions of a statement (some microseconds of work): often enough to
// stop a long scan soon after the deadline, rarely enough to cost nothing
// measurable (without a deadline the check is a thread-local load).
constexpr int kProgressInterval = 1000;

// Interrupts the running statement (SQLITE_INTERRUPT, which SqliteError
// reports as DEADLINE_EXCEEDED) once the thread's call deadline passed.
int StopPastDeadline(void* /*unused*/) { return DeadlinePassed() ? 1 : 0; }

// An SQLite URI that opens the file at `path` read-only, `immutable` when
// asked (URI syntax: %, ? and # in the path are escaped).
std::string ReadOnlyUri(const std::string& path, bool immutable) {
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      absl::StrAppend(&uri, c == '%' ? "%25" : c == '?' ? "%3f" : "%23");
    } else {
      uri.push_back(c);
    }
  }
  absl::StrAppend(&uri, "?mode=ro", immutable ? "&immutable=1" : "");
  return uri;
}

// Why the database at `path`, opened read-only by SQLite, cannot be written.
std::string ReadOnlyReason(const std::string& path) {
  if (FileSystemIsReadOnly(path)) return "its file system is mounted read-only";
  // A write-protected file, or a file system the kernel turned read-only
  // after an error (statvfs may not show that).
  return "the file or its file system refuses writes";
}

}  // namespace

absl::StatusOr<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path,
                                                             const ConnectionOptions& options) {
  const bool writer = options.role == ConnectionOptions::Role::kWriter;
  if (writer && options.file_read_only) {
    return absl::InvalidArgumentError("a writer cannot open a read-only file");
  }
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  std::string filename = path;
  if (options.file_read_only && path != kMemoryPath) {
    // On a file system mounted read-only, with no write-ahead log left
    // behind, the file holds the whole database and nothing can change
    // it, while SQLite could not create the log's index there: open it
    // immutable. A file that is only write-protected may still be written
    // by someone allowed to, so it keeps SQLite's locking.
    std::error_code error;  // the overload that does not throw
    const bool has_log = std::filesystem::exists(path + "-wal", error);
    const bool immutable = !has_log && !error && FileSystemIsReadOnly(path);
    filename = ReadOnlyUri(path, immutable);
    flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
  } else {
    flags |= SQLITE_OPEN_READWRITE | (writer ? SQLITE_OPEN_CREATE : 0);
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(filename.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    absl::Status status = SqliteError(rc, db, path, "opening");
    sqlite3_close_v2(db);  // a no-op for null
    return status;
  }
  // SQLite falls back to read-only when the file cannot be opened for
  // writing; a writer would only fail later, less clearly.
  if (writer && sqlite3_db_readonly(db, "main") == 1) {
    sqlite3_close_v2(db);
    return absl::FailedPreconditionError(
        absl::StrCat("the store is read-only: SQLite database ", path,
                     " cannot be opened for writing (", ReadOnlyReason(path),
                     "); remount its file system read-write or fix the file's permissions, or "
                     "point the store at a writable path"));
  }
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(db, path));
  NG_RETURN_IF_ERROR(conn->Configure(options));
  return conn;
}

SqliteConnection::SqliteConnection(sqlite3* db, std::string path)
    : db_(db), path_(std::move(path)), description_(absl::StrCat("SQLite database ", path_)) {}

SqliteConnection::~SqliteConnection() {
  ClearStatementCache();  // finalize every statement first, so that close succeeds
  sqlite3_close_v2(db_);
}

absl::Status SqliteConnection::Configure(const ConnectionOptions& options) {
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_progress_handler(db_, kProgressInterval, &StopPastDeadline, nullptr);
  const int rc = sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  if (rc != SQLITE_OK) return Error(rc, "setting the busy timeout");
  NG_RETURN_IF_ERROR(RegisterBm25Inputs(db_));
  const bool writer = options.role == ConnectionOptions::Role::kWriter;
  if (writer && path_ != kMemoryPath) NG_RETURN_IF_ERROR(EnableWal(options.busy_timeout_ms));
  NG_RETURN_IF_ERROR(
      Execute(options.sync_commits ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"));
  NG_RETURN_IF_ERROR(Execute("PRAGMA foreign_keys = ON"));
  if (writer) {
    // The writer resolves entities inside its transactions, touching rows
    // all over the entity tables: a 64 MiB page cache keeps them in memory,
    // and a 64 MiB WAL lets a page that many commits rewrite be copied
    // into the database once per checkpoint rather than once per commit.
    NG_RETURN_IF_ERROR(Execute("PRAGMA cache_size = -65536"));
    NG_RETURN_IF_ERROR(Execute("PRAGMA wal_autocheckpoint = 16384"));
  }
  if (!writer) {
    NG_RETURN_IF_ERROR(Execute("PRAGMA query_only = ON"));
    // Readers map the file (options.mmap_bytes of it) instead of copying
    // each page through pread into a private cache: the kernel's page
    // cache is shared by every reader connection, and a lookup touching a
    // hub's rows spent a third of its time in page copies. Pages still in
    // the write-ahead log are read as before.
    NG_RETURN_IF_ERROR(Execute(absl::StrCat("PRAGMA mmap_size = ", options.mmap_bytes)));
  }
  return absl::OkStatus();
}

absl::Status SqliteConnection::EnableWal(int busy_timeout_ms) {
  // Switching a fresh file to WAL takes an exclusive lock for a moment; when
  // another process does the same at once SQLite may answer BUSY without
  // calling the busy handler, so retry until the busy timeout.
  const absl::Time deadline = absl::Now() + absl::Milliseconds(busy_timeout_ms);
  while (true) {
    absl::StatusOr<std::string> mode = QueryText("PRAGMA journal_mode = WAL");
    if (mode.ok()) {
      if (absl::AsciiStrToLower(*mode) == "wal") return absl::OkStatus();
      return absl::FailedPreconditionError(absl::StrCat("SQLite database ", path_,
                                                        " cannot use WAL journaling (mode is ",
                                                        *mode, "); use a local file system"));
    }
    if (mode.status().code() != absl::StatusCode::kUnavailable || absl::Now() >= deadline) {
      return mode.status();
    }
    absl::SleepFor(absl::Milliseconds(5));
  }
}

absl::Status SqliteConnection::Execute(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);  // the same text as sqlite3_errmsg, which Error uses
  if (rc == SQLITE_OK) return absl::OkStatus();
  return Error(rc, absl::StrCat("running `", text.substr(0, 60), "`"));
}

absl::StatusOr<std::unique_ptr<sql::Statement>> SqliteConnection::PrepareNew(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error(rc, absl::StrCat("preparing `", std::string(sql.substr(0, 60)), "`"));
  }
  return std::make_unique<SqliteStatement>(stmt, db_, &path_);
}

absl::Status SqliteConnection::RunCached(std::string_view sql) {
  // From the statement cache: BEGIN and COMMIT run on every read of several
  // statements, and preparing them anew each time was a visible share of a
  // lookup's cost.
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt, Prepare(sql));
  return stmt->Run();
}

absl::Status SqliteConnection::BeginWrite() {
  // In WAL mode SQLite goes on writing to a database file that was renamed
  // or deleted while open (only rollback journals check): the commits would
  // succeed into a file nobody opens again. One stat() per write
  // transaction refuses them instead.
  int moved = 0;
  if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved) {
    return SqliteError(SQLITE_READONLY_DBMOVED, nullptr, path_, "starting a write transaction");
  }
  return RunCached("BEGIN IMMEDIATE");
}

absl::Status SqliteConnection::BeginRead() { return RunCached("BEGIN DEFERRED"); }

absl::Status SqliteConnection::Commit() { return RunCached("COMMIT"); }

void SqliteConnection::Rollback() {
  // SQLite may already have rolled back (e.g. after SQLITE_FULL); ROLLBACK
  // outside a transaction would only fail.
  if (in_transaction()) Execute("ROLLBACK").IgnoreError();
}

absl::StatusOr<bool> SqliteConnection::HasTable(std::string_view name) {
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt,
                      Prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, name));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  return has_row && stmt->ColumnInt64(0) > 0;
}

absl::StatusOr<int64_t> SqliteConnection::CountTables() {
  return QueryInt64("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
}

absl::StatusOr<int64_t> SqliteConnection::DataVersion() {
  return QueryInt64("PRAGMA data_version");
}

const sql::TextIndex& SqliteConnection::text_index() const { return FtsTextIndex::Get(); }

absl::Status SqliteConnection::Error(int rc, std::string_view operation) const {
  return SqliteError(rc, db_, path_, operation);
}

}  // namespace newsgraph::store::sqlite
