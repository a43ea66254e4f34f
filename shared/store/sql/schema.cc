#include "shared/store/sql/schema.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "absl/types/span.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/transaction.h"

namespace newsgraph::store::sql {
namespace {

absl::Status CheckNumbering(absl::Span<const Migration> migrations) {
  for (size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version != static_cast<int>(i) + 1) {
      return absl::InternalError(absl::StrCat("migration #", i, " has version ",
                                              migrations[i].version, "; expected ", i + 1));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckNotNewer(const Connection& conn, int version, int latest) {
  if (version <= latest) return absl::OkStatus();
  return absl::FailedPreconditionError(
      absl::StrCat(conn.description(), " has schema version ", version,
                   ", newer than the latest this program knows (", latest,
                   "): run a newer newsgraph build, or open another file"));
}

// A file without schema_migrations must be empty: we do not adopt tables
// that another program created.
absl::Status CheckFreshDatabase(Connection& conn) {
  NG_ASSIGN_OR_RETURN(const int64_t tables, conn.CountTables());
  if (tables == 0) return absl::OkStatus();
  return absl::FailedPreconditionError(
      absl::StrCat(conn.description(),
                   " has tables but no schema_migrations: it is not a newsgraph store"));
}

absl::Status Apply(Connection& conn, const Migration& migration) {
  NG_RETURN_IF_ERROR(conn.Execute(migration.sql));
  if (migration.backfill != nullptr) NG_RETURN_IF_ERROR(migration.backfill(conn));
  NG_ASSIGN_OR_RETURN(StatementLease record,
                      conn.Prepare("INSERT INTO schema_migrations (version, description, "
                                   "applied_at_us) VALUES (?, ?, ?)"));
  NG_RETURN_IF_ERROR(record->BindInt64(1, migration.version));
  NG_RETURN_IF_ERROR(record->BindText(2, migration.description));
  NG_RETURN_IF_ERROR(record->BindInt64(3, absl::ToUnixMicros(absl::Now())));
  return record->Run();
}

}  // namespace

absl::StatusOr<int> ReadSchemaVersion(Connection& conn) {
  NG_ASSIGN_OR_RETURN(const bool has_table, conn.HasTable("schema_migrations"));
  if (!has_table) return 0;
  NG_ASSIGN_OR_RETURN(const int64_t version,
                      conn.QueryInt64("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  return static_cast<int>(version);
}

absl::Status MigrateSchema(Connection& conn, absl::Span<const Migration> migrations) {
  NG_RETURN_IF_ERROR(CheckNumbering(migrations));
  const int latest = static_cast<int>(migrations.size());
  NG_ASSIGN_OR_RETURN(int version, ReadSchemaVersion(conn));
  NG_RETURN_IF_ERROR(CheckNotNewer(conn, version, latest));
  if (version == latest) return absl::OkStatus();

  NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginWrite(conn));
  // Another process may have migrated while we waited for the lock.
  NG_ASSIGN_OR_RETURN(version, ReadSchemaVersion(conn));
  NG_RETURN_IF_ERROR(CheckNotNewer(conn, version, latest));
  if (version == 0) {
    NG_RETURN_IF_ERROR(CheckFreshDatabase(conn));
    NG_RETURN_IF_ERROR(
        conn.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                     "description TEXT NOT NULL, applied_at_us BIGINT NOT NULL)"));
  }
  for (const Migration& migration : migrations.subspan(static_cast<size_t>(version))) {
    NG_RETURN_IF_ERROR(Apply(conn, migration));
  }
  return txn.Commit();
}

}  // namespace newsgraph::store::sql
