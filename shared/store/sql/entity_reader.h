// Reads canonical entities (schema version 2) into v1.Entity: the entity
// row with its aliases (most often seen first, the display name left out)
// and its roles (oldest first, with the body's name). The row says whether
// the entity has roles, so that the roles' statement runs only for those
// that do. Callers wanting one snapshot wrap the statements in a read
// transaction. DATA_LOSS when the stored surface forms do not decode.
//
// A query that finds entities can select NG_ENTITY_COLUMNS and build them
// with ReadEntityColumns, rather than look each up again:
//   SELECT NG_ENTITY_COLUMNS FROM entities AS e WHERE ...;  // each row:
//   NG_ASSIGN_OR_RETURN(EntityRow row, ReadEntityColumns(stmt));
//   ...once that statement is done:
//   if (row.has_roles) NG_RETURN_IF_ERROR(ReadRoles(conn, &row.entity));
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ENTITY_READER_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ENTITY_READER_H_

#include <optional>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/entity.pb.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/statement.h"

namespace newsgraph::store::sql {

// The columns ReadEntityColumns reads, in order, of `entities AS e`: a
// macro, so that statements can be string literals.
#define NG_ENTITY_COLUMNS                                                                      \
  "e.entity_id, e.display_name, e.type, e.subtype, e.country_code, e.sector, e.gazetteer_id, " \
  "e.latitude, e.longitude, e.mention_count, e.article_count, e.first_seen_date, "            \
  "e.last_seen_date, e.create_time_us, e.update_time_us, e.aliases, "                         \
  "CASE WHEN EXISTS (SELECT 1 FROM entity_roles AS r WHERE r.entity_id = e.entity_id) "     \
  "THEN 1 ELSE 0 END"

// An entity read from a row, without its roles yet.
struct EntityRow {
  v1::Entity entity;
  bool has_roles = false;  // ReadRoles would find some
};

// The entity in the current row of `stmt`, whose first columns are
// NG_ENTITY_COLUMNS.
absl::StatusOr<EntityRow> ReadEntityColumns(const Statement& stmt);

// Appends the entity's roles (one statement).
absl::Status ReadRoles(Connection& conn, v1::Entity* entity);

// The entity with `entity_id`, or nullopt.
absl::StatusOr<std::optional<v1::Entity>> ReadEntity(Connection& conn, std::string_view entity_id);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ENTITY_READER_H_
