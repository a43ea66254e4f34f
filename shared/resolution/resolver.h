// ResolveEntity: which canonical entity an ArticleEntity of a newly stored
// article names: an existing one (found through a CandidateSource) or a
// new one, with its canonical key and id (canonical_key.h).
//
// Rules, in order; the first that decides wins:
//  1. Strong keys. A country (ISO code) or a gazetteer place is the entity
//     stored under that key, else a new one. Nothing else matches them.
//  2. Surnames. A person named by one word only ("Hasanov": the article
//     never gives the full name, or the name would be fuller) is the
//     person with a name of several words, or an alias, that ends with
//     that word, when exactly one such person is compatible; among
//     several, the only one of the same country, else the only one that
//     holds a role of the same title (RoleKey).
//  3. The name key's family (type + normalized name, and its
//     country-qualified variants). With a known country C: the member
//     qualified for C, else the plain member when its country is C or
//     unknown. With no country: the plain member, else the most reported.
//  4. Aliases. The only compatible entity of the same type whose name or
//     an alias, normalized, equals the entity's name or one of its
//     aliases. Alias forms used: places, all; organizations and misc,
//     those of several words or that look like acronyms ("NATO"); people,
//     those of several words, and one-word aliases only to adopt an entity
//     whose own name is that one word (stored before the full name was).
//  5. A new entity, under the plain name key, or, when the plain key is
//     taken by an entity of another country, under QualifiedKey(key, C).
//
// Compatible: countries equal or either unknown; for places, subtypes
// equal or either unspecified (a COUNTRY is not a CITY of the same name).
//
// Disambiguation: people and bodies that share a name are told apart by
// country only: the entity's own, or for people the country of the body
// of a role the article gives them ("Defense Minister of Georgia"). Role
// titles never split a person (people hold many offices over a career);
// they choose between several people of one surname. When a lookup
// returns kMaxCandidates entities the rule counts as ambiguous and does
// not decide.
//
// Convergence: every decision depends only on the article and the stored
// entities, and new entities get ids from their keys, so writers that
// resolve the same entity against the same state create the same row; a
// store with concurrent writers makes the key unique and merges on
// conflict (insert-or-merge), so that a race never leaves two rows.
//
// Thread-compatible: ResolveEntity uses `source` from the calling thread.
#ifndef NEWSGRAPH_SHARED_RESOLUTION_RESOLVER_H_
#define NEWSGRAPH_SHARED_RESOLUTION_RESOLVER_H_

#include <optional>

#include "absl/status/statusor.h"
#include "newsgraph/v1/extraction.pb.h"
#include "shared/resolution/candidate_source.h"
#include "shared/resolution/entity_context.h"
#include "shared/resolution/entity_record.h"

namespace newsgraph::resolution {

inline constexpr int kMaxCandidates = 16;
// At most this many alias forms of one entity are looked up (rule 4).
inline constexpr int kMaxAliasProbes = 4;

// Which rule decided.
enum class MatchRule { kStrongKey, kSurname, kNameKey, kAlias, kNew };

struct Resolution {
  MatchRule rule = MatchRule::kNew;
  // The stored entity it links to, as stored; for kNew, a fresh record
  // with entity_id, canonical_key, name_key and type set.
  EntityRecord record;
  bool is_new() const { return rule == MatchRule::kNew; }
};

// The canonical entity of `entity`, whose article context is `context`;
// nullopt when the entity cannot be keyed (no name with a letter or digit
// and no strong key). Errors are the source's.
absl::StatusOr<std::optional<Resolution>> ResolveEntity(const v1::ArticleEntity& entity,
                                                        const EntityContext& context,
                                                        CandidateSource& source);

}  // namespace newsgraph::resolution

#endif  // NEWSGRAPH_SHARED_RESOLUTION_RESOLVER_H_
