// The store's SQLite schema as an ordered list of migrations (applied by
// sql::MigrateSchema, shared/store/sql/schema.h, which describes the
// design). To add migration N+1, append it here and to the PostgreSQL list
// (postgres/pg_schema.cc). Never edit a migration that has shipped.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_SCHEMA_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_SCHEMA_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/schema.h"

namespace newsgraph::store::sqlite {

using sql::ReadSchemaVersion;

// The SQLite migrations, oldest first.
absl::Span<const sql::Migration> Migrations();

// The version the code knows: the last migration's.
int LatestSchemaVersion();

// Applies the SQLite migrations newer than the database's version (to
// apply a part of the list, call sql::MigrateSchema).
absl::Status MigrateSchema(sql::Connection& conn);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_SCHEMA_H_
