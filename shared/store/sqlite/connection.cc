#include "shared/store/sqlite/connection.h"

#include <sqlite3.h>

#include <cstdint>
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
#include "shared/store/sqlite/sqlite_status.h"

namespace newsgraph::store::sqlite {

absl::StatusOr<std::unique_ptr<Connection>> Connection::Open(const std::string& path,
                                                             const ConnectionOptions& options) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  if (options.role == ConnectionOptions::Role::kWriter) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    absl::Status status = SqliteError(rc, db, path, "opening");
    sqlite3_close_v2(db);  // a no-op for null
    return status;
  }
  std::unique_ptr<Connection> conn(new Connection(db, path));
  NG_RETURN_IF_ERROR(conn->Configure(options));
  return conn;
}

Connection::Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Connection::~Connection() {
  cache_.clear();  // finalize every statement first, so that close succeeds
  sqlite3_close_v2(db_);
}

absl::Status Connection::Configure(const ConnectionOptions& options) {
  sqlite3_extended_result_codes(db_, 1);
  const int rc = sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  if (rc != SQLITE_OK) return Error(rc, "setting the busy timeout");
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
  if (!writer) NG_RETURN_IF_ERROR(Execute("PRAGMA query_only = ON"));
  return absl::OkStatus();
}

absl::Status Connection::EnableWal(int busy_timeout_ms) {
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

absl::Status Connection::Execute(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);  // the same text as sqlite3_errmsg, which Error uses
  if (rc == SQLITE_OK) return absl::OkStatus();
  return Error(rc, absl::StrCat("running `", text.substr(0, 60), "`"));
}

absl::StatusOr<std::unique_ptr<Statement>> Connection::PrepareNew(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error(rc, absl::StrCat("preparing `", std::string(sql.substr(0, 60)), "`"));
  }
  return std::make_unique<Statement>(stmt, db_, &path_);
}

absl::StatusOr<StatementLease> Connection::Prepare(std::string_view sql) {
  auto it = cache_.find(AsAbsl(sql));  // no copy of the text on a hit
  if (it != cache_.end() && !it->second->leased_) return StatementLease(it->second.get(), nullptr);
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Statement> stmt, PrepareNew(sql));
  if (it != cache_.end() || cache_.size() >= kMaxCachedStatements) {
    return StatementLease(nullptr, std::move(stmt));  // in use, or the cache is full
  }
  Statement* cached = stmt.get();
  cache_.emplace(std::string(sql), std::move(stmt));
  return StatementLease(cached, nullptr);
}

absl::StatusOr<std::string> Connection::QueryText(std::string_view sql) {
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Statement> stmt, PrepareNew(sql));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::NotFoundError(absl::StrCat("no row for `", std::string(sql), "`"));
  return std::string(stmt->ColumnText(0));
}

absl::StatusOr<int64_t> Connection::QueryInt64(std::string_view sql) {
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Statement> stmt, PrepareNew(sql));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::NotFoundError(absl::StrCat("no row for `", std::string(sql), "`"));
  return stmt->ColumnInt64(0);
}

absl::Status Connection::Error(int rc, std::string_view operation) const {
  return SqliteError(rc, db_, path_, operation);
}

}  // namespace newsgraph::store::sqlite
