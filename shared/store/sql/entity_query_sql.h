// The SQL behind SearchEntities, built from the query with every value
// bound as a parameter. Pure functions; thread-safe.
//
// EntityFilterToSql: an SQL boolean expression over `entities AS e`:
//   type, subtype   = !=  the enum value name (checked: INVALID_ARGUMENT
//                   for a name that is not a value of its enum)
//   country_code    = !=  exact text ("" is an entity without a country)
//   NOT / AND / OR  nest (depth at most kMaxFilterSqlDepth)
//
// SearchEntitiesSql: rows of NG_ENTITY_COLUMNS (entity_reader.h), best
// first, after `offset`
// rows, at most limit + 1 (the extra row says whether more follow). With a
// normalized text, one range scan of entity_terms [text,
// PrefixUpperBound(text)) finds every name and alias with a word that
// starts with it (when the text's last word has fewer than 3 bytes, only
// the words themselves match, not as a prefix: "eu", not "europe"); each
// entity takes its best rank (see SearchEntitiesQuery), 0 when its display
// name is the text; ties by
// article_count descending, then entity_id. Without a text, every entity
// of the filter by article_count descending, then entity_id, read in the
// order of the index entities_by_popularity (a coarse count) and sorted
// within each popularity as far as the page needs.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ENTITY_QUERY_SQL_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ENTITY_QUERY_SQL_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "shared/store/entity_query.h"
#include "shared/store/sql/sql_fragment.h"

namespace newsgraph::store::sql {

absl::StatusOr<SqlFragment> EntityFilterToSql(const EntityFilter& filter);

// `normalized_text` is resolution::NormalizeName(query.text), "" to
// browse. INVALID_ARGUMENT for a bad filter, offset or limit.
absl::StatusOr<SqlFragment> SearchEntitiesSql(const SearchEntitiesQuery& query,
                                              std::string_view normalized_text);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ENTITY_QUERY_SQL_H_
