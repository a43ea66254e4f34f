#include "shared/resolution/resolver.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shared/base/status_macros.h"
#include "shared/resolution/canonical_key.h"
#include "shared/resolution/name_normalizer.h"

namespace newsgraph::resolution {
namespace {

using Candidates = std::vector<EntityRecord>;

// An alias form to look up (rule 4).
struct AliasProbe {
  std::string normalized;
  bool one_word_entities_only = false;  // adopt only entities named by this one word
};

bool IsCompatible(const EntityRecord& candidate, const v1::ArticleEntity& entity,
                  const EntityContext& context) {
  if (!context.country.empty() && !candidate.country_code.empty() &&
      context.country != candidate.country_code) {
    return false;
  }
  if (entity.type() == v1::ENTITY_TYPE_LOCATION &&
      entity.subtype() != v1::ENTITY_SUBTYPE_UNSPECIFIED &&
      candidate.subtype != v1::ENTITY_SUBTYPE_UNSPECIFIED &&
      entity.subtype() != candidate.subtype) {
    return false;
  }
  return true;
}

Resolution Linked(MatchRule rule, EntityRecord record) {
  return Resolution{rule, std::move(record)};
}

Resolution NewEntity(const v1::ArticleEntity& entity, std::string canonical_key,
                     std::string name_key) {
  Resolution resolution;
  resolution.rule = MatchRule::kNew;
  resolution.record.entity_id = EntityIdForKey(canonical_key);
  resolution.record.canonical_key = std::move(canonical_key);
  resolution.record.name_key = std::move(name_key);
  resolution.record.type = entity.type();
  return resolution;
}

template <typename Pred>
Candidates Where(const Candidates& candidates, Pred pred) {
  Candidates kept;
  for (const EntityRecord& candidate : candidates) {
    if (pred(candidate)) kept.push_back(candidate);
  }
  return kept;
}

bool Contains(const Candidates& candidates, const std::string& entity_id) {
  return std::any_of(candidates.begin(), candidates.end(),
                     [&](const EntityRecord& c) { return c.entity_id == entity_id; });
}

// Rule 2's tie-breaks among several compatible people: the only one of the
// context's country, else the only one with a role of a title the article
// gives.
absl::StatusOr<std::optional<EntityRecord>> BreakSurnameTie(const Candidates& compatible,
                                                            const EntityContext& context,
                                                            CandidateSource& source) {
  if (!context.country.empty()) {
    Candidates same_country =
        Where(compatible, [&](const EntityRecord& c) { return c.country_code == context.country; });
    if (same_country.size() == 1) return std::optional<EntityRecord>(same_country.front());
  }
  if (context.role_keys.empty()) return std::optional<EntityRecord>();
  Candidates same_role;
  for (const EntityRecord& candidate : compatible) {
    NG_ASSIGN_OR_RETURN(std::vector<std::string> keys, source.RoleKeysOf(candidate.entity_id));
    const bool shares = std::any_of(keys.begin(), keys.end(), [&](const std::string& key) {
      return std::find(context.role_keys.begin(), context.role_keys.end(), key) !=
             context.role_keys.end();
    });
    if (shares) same_role.push_back(candidate);
  }
  if (same_role.size() == 1) return std::optional<EntityRecord>(same_role.front());
  return std::optional<EntityRecord>();
}

// Rule 2.
absl::StatusOr<std::optional<EntityRecord>> MatchSurname(const v1::ArticleEntity& entity,
                                                         const EntityContext& context,
                                                         std::string_view word,
                                                         CandidateSource& source) {
  NG_ASSIGN_OR_RETURN(Candidates found, source.FindPeopleByLastWord(word, kMaxCandidates));
  if (found.size() >= static_cast<size_t>(kMaxCandidates)) return std::optional<EntityRecord>();
  const Candidates compatible = Where(found, [&](const EntityRecord& c) {
    return CountWords(NormalizeName(c.display_name)) > 1 && IsCompatible(c, entity, context);
  });
  if (compatible.size() == 1) return std::optional<EntityRecord>(compatible.front());
  if (compatible.empty()) return std::optional<EntityRecord>();
  return BreakSurnameTie(compatible, context, source);
}

// Rule 3: the member of a name-key family that `context` picks.
std::optional<EntityRecord> PickFromFamily(const Candidates& family, const std::string& name_key,
                                           const EntityContext& context) {
  const EntityRecord* plain = nullptr;
  for (const EntityRecord& member : family) {
    if (member.canonical_key == name_key) plain = &member;
  }
  if (!context.country.empty()) {
    const std::string qualified = QualifiedKey(name_key, context.country);
    for (const EntityRecord& member : family) {
      if (member.canonical_key == qualified) return member;
    }
    if (plain != nullptr &&
        (plain->country_code.empty() || plain->country_code == context.country)) {
      return *plain;
    }
    return std::nullopt;
  }
  if (plain != nullptr) return *plain;
  if (family.empty()) return std::nullopt;
  return *std::min_element(family.begin(), family.end(),
                           [](const EntityRecord& a, const EntityRecord& b) {
                             if (a.article_count != b.article_count) {
                               return a.article_count > b.article_count;
                             }
                             return a.canonical_key < b.canonical_key;
                           });
}

std::vector<AliasProbe> AliasProbes(const v1::ArticleEntity& entity,
                                    const std::string& normalized_name) {
  const bool person = entity.type() == v1::ENTITY_TYPE_PERSON;
  std::vector<AliasProbe> probes;
  if (!(person && CountWords(normalized_name) == 1)) probes.push_back({normalized_name, false});
  const size_t max_probes = probes.size() + kMaxAliasProbes;
  for (const std::string& alias : entity.aliases()) {
    if (probes.size() >= max_probes) break;
    std::string normalized = NormalizeName(alias);
    if (normalized.empty()) continue;
    if (std::any_of(probes.begin(), probes.end(),
                    [&](const AliasProbe& p) { return p.normalized == normalized; }) ||
        normalized == normalized_name) {
      continue;
    }
    const bool one_word = CountWords(normalized) == 1;
    switch (entity.type()) {
      case v1::ENTITY_TYPE_PERSON:
        probes.push_back({std::move(normalized), one_word});
        break;
      case v1::ENTITY_TYPE_LOCATION:
        probes.push_back({std::move(normalized), false});
        break;
      default:
        if (!one_word || LooksLikeAcronym(alias)) probes.push_back({std::move(normalized), false});
        break;
    }
  }
  return probes;
}

// Rule 4.
absl::StatusOr<std::optional<EntityRecord>> MatchAlias(const v1::ArticleEntity& entity,
                                                       const EntityContext& context,
                                                       const std::string& normalized_name,
                                                       CandidateSource& source) {
  Candidates compatible;
  for (const AliasProbe& probe : AliasProbes(entity, normalized_name)) {
    NG_ASSIGN_OR_RETURN(Candidates found,
                        source.FindByAlias(entity.type(), probe.normalized, kMaxCandidates));
    if (found.size() >= static_cast<size_t>(kMaxCandidates)) return std::optional<EntityRecord>();
    for (EntityRecord& candidate : found) {
      if (probe.one_word_entities_only &&
          NormalizeName(candidate.display_name) != probe.normalized) {
        continue;
      }
      if (IsCompatible(candidate, entity, context) && !Contains(compatible, candidate.entity_id)) {
        compatible.push_back(std::move(candidate));
      }
    }
  }
  if (compatible.size() == 1) return std::optional<EntityRecord>(std::move(compatible.front()));
  return std::optional<EntityRecord>();
}

absl::StatusOr<Resolution> ResolveStrongKey(const v1::ArticleEntity& entity,
                                            const CanonicalKey& key, CandidateSource& source) {
  NG_ASSIGN_OR_RETURN(Candidates found, source.FindByNameKey(key.key));
  for (EntityRecord& record : found) {
    if (record.canonical_key == key.key) return Linked(MatchRule::kStrongKey, std::move(record));
  }
  return NewEntity(entity, key.key, key.key);
}

absl::StatusOr<Resolution> ResolveNameKey(const v1::ArticleEntity& entity,
                                          const EntityContext& context, const CanonicalKey& key,
                                          CandidateSource& source) {
  if (entity.type() == v1::ENTITY_TYPE_PERSON && CountWords(key.normalized_name) == 1) {
    NG_ASSIGN_OR_RETURN(std::optional<EntityRecord> person,
                        MatchSurname(entity, context, key.normalized_name, source));
    if (person.has_value()) return Linked(MatchRule::kSurname, *std::move(person));
  }
  NG_ASSIGN_OR_RETURN(Candidates family, source.FindByNameKey(key.key));
  std::optional<EntityRecord> member = PickFromFamily(family, key.key, context);
  if (member.has_value()) return Linked(MatchRule::kNameKey, *std::move(member));
  NG_ASSIGN_OR_RETURN(std::optional<EntityRecord> aliased,
                      MatchAlias(entity, context, key.normalized_name, source));
  if (aliased.has_value()) return Linked(MatchRule::kAlias, *std::move(aliased));
  const bool plain_taken = std::any_of(family.begin(), family.end(), [&](const EntityRecord& m) {
    return m.canonical_key == key.key;
  });
  // A taken plain key means its entity belongs to another country, so the
  // context has one (PickFromFamily takes the plain member otherwise).
  std::string canonical_key = plain_taken ? QualifiedKey(key.key, context.country) : key.key;
  return NewEntity(entity, std::move(canonical_key), key.key);
}

}  // namespace

absl::StatusOr<std::optional<Resolution>> ResolveEntity(const v1::ArticleEntity& entity,
                                                        const EntityContext& context,
                                                        CandidateSource& source) {
  std::optional<CanonicalKey> key = CanonicalKeyOf(entity);
  if (!key.has_value()) return std::optional<Resolution>();
  if (key->kind != KeyKind::kName) {
    NG_ASSIGN_OR_RETURN(Resolution resolution, ResolveStrongKey(entity, *key, source));
    return std::optional<Resolution>(std::move(resolution));
  }
  NG_ASSIGN_OR_RETURN(Resolution resolution, ResolveNameKey(entity, context, *key, source));
  return std::optional<Resolution>(std::move(resolution));
}

}  // namespace newsgraph::resolution
