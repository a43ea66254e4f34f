// The typed entity queries of ArticleStore (GetEntity, SearchEntities):
// a filter tree over an entity's type, subtype and country, mirroring
// ArticleFilter, and the search request and page. Plain values; callers
// (the query service) translate the API's filter syntax into them.
#ifndef NEWSGRAPH_SHARED_STORE_ENTITY_QUERY_H_
#define NEWSGRAPH_SHARED_STORE_ENTITY_QUERY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsgraph/v1/entity.pb.h"

namespace newsgraph::store {

// The fields an entity filter may test, each with = and != only.
enum class EntityField {
  kType,         // text: an EntityType value name, "ENTITY_TYPE_PERSON"
  kSubtype,      // text: an EntitySubtype value name, "ENTITY_SUBTYPE_COUNTRY"
  kCountryCode,  // text: ISO 3166-1 alpha-3 in capitals, "GEO"; "" for none
};

enum class EntityCompareOp { kEq, kNe };

// One condition `field op text`. Stores answer INVALID_ARGUMENT for a type
// or subtype name that is not a value of its enum.
struct EntityCondition {
  EntityField field = EntityField::kType;
  EntityCompareOp op = EntityCompareOp::kEq;
  std::string text;
};

// A typed filter tree. kTrue matches every entity.
struct EntityFilter {
  enum class Kind { kTrue, kAnd, kOr, kNot, kCondition };
  Kind kind = Kind::kTrue;
  std::vector<EntityFilter> children;  // kAnd, kOr: >= 1; kNot: exactly 1
  EntityCondition condition;           // kCondition only
};

// Search over canonical names and aliases, compared in normalized form
// (resolution::NormalizeName: case, accents, punctuation and a leading
// "the" do not matter). Ranking, best first:
//   0  the canonical (display) name equals the text;
//   1  an alias equals the text;
//   2  a name or alias has the text's words as whole words, from one of
//      its words on ("hasanov" in "Zakir Hasanov");
//   3  a name or alias has a word that starts with the text ("hasa",
//      "zakir has"), the text's last word taken as a prefix when it has at
//      least 3 letters (normalized bytes): "eu" finds "EU", not "Europe";
// ties by article_count (descending), then entity_id. An empty text
// matches every entity of the filter, the most reported first.
struct SearchEntitiesQuery {
  std::string text;  // raw, as the user typed it; "" browses
  EntityFilter filter;
  int64_t offset = 0;  // entities to skip, for paging; >= 0
  int limit = 20;      // >= 1
};

struct EntityPage {
  std::vector<v1::Entity> entities;  // with aliases and roles
  bool has_more = false;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_ENTITY_QUERY_H_
