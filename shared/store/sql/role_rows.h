// Reads and writes of entity_roles (schema version 2): one row per
// person, role (RoleKey of the title) and body, by primary key.
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ROLE_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ROLE_ROWS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/resolution/entity_record.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// The stored role (entity_id, role_key, affiliation_id), or nullopt.
absl::StatusOr<std::optional<resolution::RoleRecord>> FindRole(Connection& conn,
                                                               std::string_view entity_id,
                                                               std::string_view role_key,
                                                               std::string_view affiliation_id);

// The role keys stored for `entity_id`.
absl::StatusOr<std::vector<std::string>> FindRoleKeys(Connection& conn, std::string_view entity_id);

// Inserts `record` or overwrites the stored row's merged fields, adding
// `articles` to its article count.
absl::Status UpsertRole(Connection& conn, const resolution::RoleRecord& record, int64_t articles);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ROLE_ROWS_H_
