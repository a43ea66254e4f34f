// Reads one canonical entity (schema version 2) into a v1.Entity: the
// entity row with its aliases (most often seen first, the display name
// left out) and its roles (oldest first, with the body's name). Two
// indexed statements; callers wanting one snapshot wrap them in a read
// transaction. DATA_LOSS when the stored surface forms do not decode.
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ENTITY_READER_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ENTITY_READER_H_

#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "newsgraph/v1/entity.pb.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// The entity with `entity_id`, or nullopt.
absl::StatusOr<std::optional<v1::Entity>> ReadEntity(Connection& conn, std::string_view entity_id);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ENTITY_READER_H_
