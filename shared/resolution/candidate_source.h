// CandidateSource: the lookups resolution needs from wherever canonical
// entities are kept (the store, inside its write transaction; a fake in
// tests). Each is meant to be one indexed query.
//
// Implementations are used from one thread at a time (the store's writer
// holds its lock while resolving).
#ifndef NEWSGRAPH_SHARED_RESOLUTION_CANDIDATE_SOURCE_H_
#define NEWSGRAPH_SHARED_RESOLUTION_CANDIDATE_SOURCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "newsgraph/v1/extraction.pb.h"
#include "shared/resolution/entity_record.h"

namespace newsgraph::resolution {

class CandidateSource {
 public:
  virtual ~CandidateSource() = default;

  // The entities whose name key is `name_key`: the family's entity stored
  // under the key itself and those stored under QualifiedKey(name_key, *).
  // For a strong key (country, gazetteer), the one entity with that key.
  virtual absl::StatusOr<std::vector<EntityRecord>> FindByNameKey(std::string_view name_key) = 0;

  // Up to `limit` entities of `type` with a name or alias whose normalized
  // form is exactly `normalized`.
  virtual absl::StatusOr<std::vector<EntityRecord>> FindByAlias(v1::EntityType type,
                                                                std::string_view normalized,
                                                                int limit) = 0;

  // Up to `limit` people with a name or alias whose normalized form ends
  // with the word `word` (or is that word).
  virtual absl::StatusOr<std::vector<EntityRecord>> FindPeopleByLastWord(std::string_view word,
                                                                         int limit) = 0;

  // The RoleKey()s of the roles stored for `entity_id`.
  virtual absl::StatusOr<std::vector<std::string>> RoleKeysOf(std::string_view entity_id) = 0;
};

}  // namespace newsgraph::resolution

#endif  // NEWSGRAPH_SHARED_RESOLUTION_CANDIDATE_SOURCE_H_
