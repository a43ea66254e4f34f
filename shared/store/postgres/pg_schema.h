// The store's PostgreSQL schema as an ordered list of migrations, applied
// by sql::MigrateSchema (shared/store/sql/schema.h, which describes the
// design). The same versions as the SQLite list (sqlite/schema.h), in
// PostgreSQL's types: BIGINT, DOUBLE PRECISION, BYTEA, TEXT with the "C"
// collation (byte order, which keyset paging and the prefix ranges of
// entity search rely on), identity columns for SQLite's rowids, tsvector
// columns with GIN indexes for SQLite's FTS5 tables (pg_text_index.h).
//
// The tables live in the connection's current schema (the first of its
// search_path), so several stores can share one database, each in its
// own schema (e.g. ?options=-csearch_path%3Dtenant in the URI).
#ifndef NEWSGRAPH_SHARED_STORE_POSTGRES_PG_SCHEMA_H_
#define NEWSGRAPH_SHARED_STORE_POSTGRES_PG_SCHEMA_H_

#include "absl/types/span.h"
#include "shared/store/sql/schema.h"

namespace newsgraph::store::postgres {

// The PostgreSQL migrations, oldest first.
absl::Span<const sql::Migration> Migrations();

}  // namespace newsgraph::store::postgres

#endif  // NEWSGRAPH_SHARED_STORE_POSTGRES_PG_SCHEMA_H_
