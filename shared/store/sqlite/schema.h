// The store's SQLite schema as an ordered list of migrations, and the code
// that brings a database file up to date when a store opens it.
//
// Design:
//   * Table `schema_migrations(version, description, applied_at_us)` records
//     each migration applied to the file; the schema version is its
//     MAX(version) (0 for a fresh file). The table is the single source of
//     truth (PRAGMA user_version is not used).
//   * Migration N is a list of SQL statements run once, in order, after
//     N - 1. All pending migrations run in ONE `BEGIN IMMEDIATE`
//     transaction: a process that opens the file at the same moment waits
//     on the write lock (busy timeout), then sees the migrations recorded
//     and skips them. Nothing is half-applied: an error rolls all back.
//   * A file whose version is newer than the code knows fails with
//     FAILED_PRECONDITION (an older binary must not write to it); so does a
//     non-empty SQLite file without `schema_migrations` (not ours).
//   * An up-to-date file is only read, never locked for writing, so
//     readers may open a file they cannot write.
//
// To add migration N+1: append {N+1, "what it does", "SQL; ..."} (and a
// backfill function when existing rows must fill the new tables) to the
// list in schema.cc. Never edit a migration that has shipped.
//
// Thread-safety: the functions use the connection they are given, which
// the caller owns and uses from one thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_SCHEMA_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_SCHEMA_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "shared/store/sqlite/connection.h"

namespace newsgraph::store::sqlite {

struct Migration {
  int version;                   // 1, 2, 3, ... without gaps
  std::string_view description;  // recorded in schema_migrations
  std::string_view sql;          // one or more statements
  // Run after `sql`, in the same transaction, when the new tables are
  // derived from rows that older versions stored (null: nothing to do).
  absl::Status (*backfill)(Connection& conn) = nullptr;
};

// The store's migrations, oldest first.
absl::Span<const Migration> Migrations();

// The version the code knows: the last migration's.
int LatestSchemaVersion();

// The version recorded in the database; 0 for a file without
// schema_migrations.
absl::StatusOr<int> ReadSchemaVersion(Connection& conn);

// Applies the migrations of `migrations` newer than the database's version
// (see the design above). `migrations` must be numbered 1, 2, 3, ...
absl::Status MigrateSchema(Connection& conn, absl::Span<const Migration> migrations = Migrations());

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_SCHEMA_H_
