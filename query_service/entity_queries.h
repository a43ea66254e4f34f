// EntityQueries: the logic behind the QueryService's entity methods
// (GetEntity, SearchEntities) in plain C++ (no gRPC): validates requests,
// parses the filter into the store's typed EntityFilter, applies the page
// size rules and the signed page tokens, asks the store, builds responses.
//
// SearchEntitiesRequest.filter (AIP-160, shared/filter), fields and values:
//   type          = !=  PERSON, ORGANIZATION, LOCATION, MISC (or the enum
//                       value name, ENTITY_TYPE_PERSON; any case)
//   subtype       = !=  an EntitySubtype: COUNTRY, CITY, GOVERNMENT, IGO ...
//                       (or ENTITY_SUBTYPE_COUNTRY; any case)
//   country_code  = !=  an ISO 3166-1 alpha-3 code ("GEO", any case), or
//                       "" for entities without a country
// combined with AND, OR, NOT / - and parentheses.
//
// Thread-safe: holds only pointers to thread-safe collaborators, which it
// does not own and which must outlive it.
//
// Example:
//   EntityQueries queries(store.get(), &codec);
//   absl::StatusOr<v1::SearchEntitiesResponse> page = queries.SearchEntities(request);
#ifndef NEWSGRAPH_QUERY_SERVICE_ENTITY_QUERIES_H_
#define NEWSGRAPH_QUERY_SERVICE_ENTITY_QUERIES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "newsgraph/v1/query_service.pb.h"
#include "shared/filter/filter.h"
#include "shared/paging/page_token.h"
#include "shared/store/article_store.h"

namespace newsgraph::query {

inline constexpr int kDefaultEntityPageSize = 20;
inline constexpr int kMaxEntityPageSize = 100;
inline constexpr size_t kMaxEntityQueryBytes = 256;

class EntityQueries {
 public:
  EntityQueries(store::ArticleStore* store, const paging::PageTokenCodec* codec)
      : store_(store), codec_(codec) {}

  // INVALID_ARGUMENT for a malformed name; NOT_FOUND for an unknown entity.
  absl::StatusOr<v1::GetEntityResponse> GetEntity(const v1::GetEntityRequest& request) const;

  // INVALID_ARGUMENT for a negative page size, a query over
  // kMaxEntityQueryBytes or without a letter or digit, a bad filter or
  // page token.
  absl::StatusOr<v1::SearchEntitiesResponse> SearchEntities(
      const v1::SearchEntitiesRequest& request) const;

 private:
  store::ArticleStore* const store_;
  const paging::PageTokenCodec* const codec_;
};

// The entity id in a resource name `entities/{entity_id}` (16 lowercase
// hex digits).
absl::StatusOr<std::string> EntityIdFromName(std::string_view name);

// The typed filter of a parsed SearchEntitiesRequest.filter;
// INVALID_ARGUMENT naming the field, operator or value at fault.
absl::StatusOr<store::EntityFilter> ToEntityFilter(const filter::Expr& expr);

// Parses `text` and converts it; the empty filter matches every entity.
absl::StatusOr<store::EntityFilter> ParseEntityFilter(std::string_view text);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_ENTITY_QUERIES_H_
