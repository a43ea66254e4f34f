#include "shared/store/sqlite/sqlite_store.h"

#include <errno.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/sql_article_store.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sqlite/fts_search_ranker.h"
#include "shared/store/sqlite/schema.h"

namespace newsgraph::store::sqlite {
namespace {

// We create the database file, never its directory: a missing directory is
// a configuration mistake better reported than papered over.
absl::Status CheckDirectory(const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    return absl::FailedPreconditionError(absl::StrCat("directory ", dir.string(),
                                                      " of SQLite database ", path,
                                                      " does not exist; create it first"));
  }
  // SQLite would only say that it cannot open the missing file.
  if (!std::filesystem::exists(path, error) && access(dir.c_str(), W_OK) != 0 &&
      errno == EROFS) {
    return absl::FailedPreconditionError(
        absl::StrCat("the store is read-only: SQLite database ", path,
                     " does not exist and cannot be created, its directory ", dir.string(),
                     " is on a file system mounted read-only; remount it read-write, or point "
                     "the store at a writable path"));
  }
  return absl::OkStatus();
}

absl::Status CheckOptions(const StoreOptions& options) {
  if (options.read_connections < 0 || options.busy_timeout_ms < 0 ||
      options.sqlite_mmap_bytes < 0 || options.search_cache_bytes < 0) {
    return absl::InvalidArgumentError(
        "store options: read_connections, busy_timeout_ms, sqlite_mmap_bytes and "
        "search_cache_bytes must not be negative");
  }
  return absl::OkStatus();
}

std::unique_ptr<sql::SearchRanker> NewSearchRanker(const StoreOptions& options) {
  FtsSearchRanker::Options ranker;
  ranker.cache_bytes = static_cast<size_t>(options.search_cache_bytes);
  return std::make_unique<FtsSearchRanker>(ranker);
}

// Whether the file at `path` exists but cannot be written.
bool IsReadOnlyFile(const std::string& path) {
  if (access(path.c_str(), W_OK) == 0) return false;
  return errno == EROFS || errno == EACCES || errno == EPERM;
}

// The store on a database that cannot be written (allow_read_only): every
// connection read-only, the schema as it is.
absl::StatusOr<std::unique_ptr<ArticleStore>> OpenReadOnlySqliteStore(
    const std::string& path, const StoreOptions& options) {
  ConnectionOptions conn_options;
  conn_options.role = ConnectionOptions::Role::kReader;
  conn_options.file_read_only = true;
  conn_options.busy_timeout_ms = options.busy_timeout_ms;
  conn_options.mmap_bytes = options.sqlite_mmap_bytes;
  // The store's writes fail with FAILED_PRECONDITION on this connection.
  NG_ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> writer,
                      SqliteConnection::Open(path, conn_options));
  NG_ASSIGN_OR_RETURN(const int version, ReadSchemaVersion(*writer));
  if (version != LatestSchemaVersion()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "SQLite database ", path, " is read-only and has schema version ", version,
        " where this build needs ", LatestSchemaVersion(),
        ": open it once with write access (ingest_service brings the schema up to date), or "
        "use the newsgraph build that wrote it"));
  }
  std::vector<std::unique_ptr<sql::Connection>> readers;
  for (int i = 0; i < options.read_connections; ++i) {
    NG_ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> reader,
                        SqliteConnection::Open(path, conn_options));
    readers.push_back(std::move(reader));
  }
  return std::make_unique<sql::SqlArticleStore>(std::move(writer), std::move(readers),
                                                LatestSchemaVersion(), NewSearchRanker(options));
}

}  // namespace

absl::StatusOr<std::unique_ptr<ArticleStore>> OpenSqliteStore(const std::string& path,
                                                              const StoreOptions& options) {
  NG_RETURN_IF_ERROR(CheckOptions(options));
  const bool in_memory = path == kMemoryPath;
  if (!in_memory) NG_RETURN_IF_ERROR(CheckDirectory(path));
  if (!in_memory && options.allow_read_only && IsReadOnlyFile(path)) {
    return OpenReadOnlySqliteStore(path, options);
  }
  ConnectionOptions conn_options;
  conn_options.busy_timeout_ms = options.busy_timeout_ms;
  conn_options.sync_commits = options.sync_commits;
  NG_ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> writer,
                      SqliteConnection::Open(path, conn_options));
  NG_RETURN_IF_ERROR(MigrateSchema(*writer));

  // Each connection to ":memory:" is a database of its own: readers would
  // see nothing, so an in-memory store reads through its writer.
  const int reader_count = in_memory ? 0 : options.read_connections;
  conn_options.role = ConnectionOptions::Role::kReader;
  conn_options.mmap_bytes = options.sqlite_mmap_bytes;
  std::vector<std::unique_ptr<sql::Connection>> readers;
  for (int i = 0; i < reader_count; ++i) {
    NG_ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> reader,
                        SqliteConnection::Open(path, conn_options));
    readers.push_back(std::move(reader));
  }
  return std::make_unique<sql::SqlArticleStore>(std::move(writer), std::move(readers),
                                                LatestSchemaVersion(), NewSearchRanker(options));
}

}  // namespace newsgraph::store::sqlite
