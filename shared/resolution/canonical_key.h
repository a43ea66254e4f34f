// Canonical keys and entity ids: what makes two mentions in two articles
// the same stored entity, and the stable id every replica derives from it.
//
// The canonical key of an ArticleEntity:
//   * a country (LOCATION, subtype COUNTRY, with a valid country_code):
//     "country:GEO";
//   * another place with a gazetteer_id: the id itself, "geonames:611717";
//   * anything else: its type and normalized name (name_normalizer.h),
//     "person:zakir hasanov", "organization:ministry of defense of georgia".
// Country and gazetteer keys are strong: they are matched exactly and
// nothing else. Name keys are the "name key" of a family: when two
// different entities share a name but not a country (see resolver.h), the
// second is stored under the qualified key "person:ahmed hassan#SDN".
//
// The entity id is the first 64 bits of the SHA-256 of the canonical key,
// as 16 lowercase hex digits; the resource name is "entities/{id}". Two
// writers that create the entity for one key therefore create one row.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_SHARED_RESOLUTION_CANONICAL_KEY_H_
#define NEWSGRAPH_SHARED_RESOLUTION_CANONICAL_KEY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::resolution {

enum class KeyKind {
  kCountry,    // "country:GEO"
  kGazetteer,  // "geonames:611717"
  kName,       // "person:zakir hasanov"
};

struct CanonicalKey {
  KeyKind kind = KeyKind::kName;
  std::string key;              // the canonical key (for kName, the family's name key)
  std::string normalized_name;  // NormalizeName(entity.name)
};

// Names whose normalized form is longer than this are not names (a run of
// text an extractor took for one); they get no name key.
inline constexpr size_t kMaxNameBytes = 200;

// The key of `entity`; nullopt when it has none: no gazetteer id or
// country code to key on, and a name without a letter or digit or longer
// than kMaxNameBytes.
std::optional<CanonicalKey> CanonicalKeyOf(const v1::ArticleEntity& entity);

// The key of the entity of family `name_key` that belongs to `country`.
std::string QualifiedKey(std::string_view name_key, std::string_view country);

// A valid ISO 3166-1 alpha-3 code in capitals ("geo" -> "GEO"); "" for
// anything that is not three ASCII letters.
std::string NormalizeCountryCode(std::string_view code);

// The lowercase word of a type in name keys: "person", "organization",
// "location", "misc"; "entity" for ENTITY_TYPE_UNSPECIFIED.
std::string_view TypeWord(v1::EntityType type);

// The canonical key of the country with ISO 3166-1 alpha-3 code `iso3`
// (normalized): EntityIdForKey(CountryKey("GEO")) is Georgia's id.
std::string CountryKey(std::string_view iso3);

// 16 lowercase hex digits: the first 8 bytes of SHA-256(key).
std::string EntityIdForKey(std::string_view key);

inline constexpr std::string_view kEntityNamePrefix = "entities/";

// "entities/" + entity_id.
std::string EntityResourceName(std::string_view entity_id);

// Whether `id` has the form EntityIdForKey gives.
bool IsEntityId(std::string_view id);

}  // namespace newsgraph::resolution

#endif  // NEWSGRAPH_SHARED_RESOLUTION_CANONICAL_KEY_H_
