// Reads and writes of the canonical entity tables (entities, entity_terms,
// article_entities; schema version 2) for
// resolution inside a write transaction: the candidate lookups behind
// EntityCache, and the insert-or-merge writes of one article's
// contribution. Every statement is a cached prepared statement that runs
// on an index (entity_id, canonical_key, or the entity_terms key).
//
// Writes add counts in SQL (`count = count + ?`), so the same statements
// stay correct with concurrent writers on a server database; the merged
// fields (name, forms, dates) are computed by the caller from the row it
// read in the same transaction (a server database reads it FOR UPDATE).
//
// Thread-safety: uses the caller's connection, from the caller's thread.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ENTITY_ROWS_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ENTITY_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "newsgraph/v1/extraction.pb.h"
#include "shared/resolution/entity_context.h"
#include "shared/resolution/entity_record.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// The entities whose name key is `name_key`: canonical key `name_key` or
// `name_key#...`.
absl::StatusOr<std::vector<resolution::EntityRecord>> FindEntitiesByNameKey(
    Connection& conn, std::string_view name_key);

// Up to `limit` entities with an entity_terms row `term` (only rows that
// are a whole name or alias when `whole_only`), of `type`.
absl::StatusOr<std::vector<resolution::EntityRecord>> FindEntitiesByTerm(
    Connection& conn, std::string_view term, bool whole_only, v1::EntityType type, int limit);

// Inserts a new entity `record` with these counts, created and updated
// at `time_us`; when its entity_id is taken (a concurrent writer of a
// server database created it first), merges into that row instead, as
// UpdateEntity does (the popularity is then UpdatePopularity's job).
absl::Status InsertEntity(Connection& conn, const resolution::EntityRecord& record,
                          int64_t mentions, int64_t articles, int64_t time_us);

// Overwrites the stored entity's merged fields (name, subtype, country,
// sector, gazetteer id, surface forms, dates) from `record`, adds the
// counts, and sets the update time to `time_us` unless it is later. With
// `move_popularity` (the count crosses a power of two), also recomputes
// the popularity from the new count; without, leaves its index alone.
absl::Status UpdateEntity(Connection& conn, const resolution::EntityRecord& record,
                          int64_t mentions, int64_t articles, int64_t time_us,
                          bool move_popularity);

// Recomputes the stored popularity from the stored article count.
absl::Status UpdatePopularity(Connection& conn, std::string_view entity_id);

// Indexes new surface forms of the entity for lookups and search: the
// word tails of each normalized form (none for a form without a letter or
// digit).
absl::Status InsertTerms(Connection& conn, std::string_view entity_id,
                         absl::Span<const std::string> forms);

// Records that article `doc_id` names each entity of `links` (entity id,
// mentions), a few rows per statement. REQUIRES: the ids are distinct and
// not yet linked to the article.
absl::Status InsertArticleEntities(Connection& conn, int64_t doc_id,
                                   absl::Span<const std::pair<std::string, int64_t>> links);

// The stored names of enum values, and back (UNSPECIFIED for unknown text).
const std::string& EntityTypeText(v1::EntityType type);
const std::string& EntitySubtypeText(v1::EntitySubtype subtype);
v1::EntityType ParseEntityType(std::string_view text);
v1::EntitySubtype ParseEntitySubtype(std::string_view text);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ENTITY_ROWS_H_
