// The versioned schema machinery every SQL backend shares: a backend's
// ordered list of migrations (sqlite/schema.h, postgres/pg_schema.h) and
// the code that brings a database up to date when a store opens it.
//
// Design:
//   * Table `schema_migrations(version, description, applied_at_us)` records
//     each migration applied to the database; the schema version is its
//     MAX(version) (0 for a fresh database). The table is the single
//     source of truth.
//   * Migration N is a list of SQL statements run once, in order, after
//     N - 1. All pending migrations run in ONE write transaction, which
//     holds the database's write lock (Connection::BeginWrite): a process
//     that opens the database at the same moment waits for the lock, then
//     sees the migrations recorded and skips them. Nothing is
//     half-applied: an error rolls all back.
//   * A database whose version is newer than the code knows fails with
//     FAILED_PRECONDITION (an older binary must not write to it); so does a
//     database with tables but without `schema_migrations` (not ours).
//   * An up-to-date database is only read, never locked for writing, so
//     readers may open a database they cannot write.
//
// To add migration N+1: append {N+1, "what it does", "SQL; ..."} (and a
// backfill function when existing rows must fill the new tables) to each
// backend's list. Never edit a migration that has shipped.
//
// Thread-safety: the functions use the connection they are given, which
// the caller owns and uses from one thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_SCHEMA_H_
#define NEWSGRAPH_SHARED_STORE_SQL_SCHEMA_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

struct Migration {
  int version;                   // 1, 2, 3, ... without gaps
  std::string_view description;  // recorded in schema_migrations
  std::string_view sql;          // one or more statements
  // Run after `sql`, in the same transaction, when the new tables are
  // derived from rows that older versions stored (null: nothing to do).
  absl::Status (*backfill)(Connection& conn) = nullptr;
};

// The version recorded in the database; 0 for a file without
// schema_migrations.
absl::StatusOr<int> ReadSchemaVersion(Connection& conn);

// Applies the migrations of `migrations` newer than the database's version
// (see the design above). `migrations` must be numbered 1, 2, 3, ...
absl::Status MigrateSchema(Connection& conn, absl::Span<const Migration> migrations);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_SCHEMA_H_
