#include "shared/resolution/canonical_key.h"

#include <openssl/evp.h>

#include <optional>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "shared/base/string_view.h"
#include "shared/resolution/name_normalizer.h"

namespace newsgraph::resolution {
namespace {

constexpr size_t kEntityIdBytes = 8;

std::string_view Trimmed(std::string_view text) {
  return AsStd(absl::StripAsciiWhitespace(AsAbsl(text)));
}

}  // namespace

std::string NormalizeCountryCode(std::string_view code) {
  const std::string_view trimmed = Trimmed(code);
  if (trimmed.size() != 3) return "";
  std::string upper;
  for (char c : trimmed) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return "";
    upper.push_back(absl::ascii_toupper(static_cast<unsigned char>(c)));
  }
  return upper;
}

std::string_view TypeWord(v1::EntityType type) {
  switch (type) {
    case v1::ENTITY_TYPE_PERSON:
      return "person";
    case v1::ENTITY_TYPE_ORGANIZATION:
      return "organization";
    case v1::ENTITY_TYPE_LOCATION:
      return "location";
    case v1::ENTITY_TYPE_MISC:
      return "misc";
    default:
      return "entity";
  }
}

std::optional<CanonicalKey> CanonicalKeyOf(const v1::ArticleEntity& entity) {
  CanonicalKey key;
  key.normalized_name = NormalizeName(entity.name());
  if (entity.type() == v1::ENTITY_TYPE_LOCATION) {
    const std::string country = NormalizeCountryCode(entity.country_code());
    if (entity.subtype() == v1::ENTITY_SUBTYPE_COUNTRY && !country.empty()) {
      key.kind = KeyKind::kCountry;
      key.key = CountryKey(country);
      return key;
    }
    const std::string_view gazetteer_id = Trimmed(entity.gazetteer_id());
    if (!gazetteer_id.empty() && gazetteer_id.size() <= kMaxNameBytes) {
      key.kind = KeyKind::kGazetteer;
      key.key = std::string(gazetteer_id);
      return key;
    }
  }
  if (key.normalized_name.empty() || key.normalized_name.size() > kMaxNameBytes) {
    return std::nullopt;
  }
  key.kind = KeyKind::kName;
  key.key = absl::StrCat(AsAbsl(TypeWord(entity.type())), ":", key.normalized_name);
  return key;
}

std::string QualifiedKey(std::string_view name_key, std::string_view country) {
  return absl::StrCat(AsAbsl(name_key), "#", AsAbsl(country));
}

std::string CountryKey(std::string_view iso3) { return absl::StrCat("country:", AsAbsl(iso3)); }

std::string EntityIdForKey(std::string_view key) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  EVP_Digest(key.data(), key.size(), digest, &digest_size, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  id.reserve(2 * kEntityIdBytes);
  for (size_t i = 0; i < kEntityIdBytes; ++i) {
    id.push_back(kHex[digest[i] >> 4]);
    id.push_back(kHex[digest[i] & 0xF]);
  }
  return id;
}

std::string EntityResourceName(std::string_view entity_id) {
  return absl::StrCat(AsAbsl(kEntityNamePrefix), AsAbsl(entity_id));
}

bool IsEntityId(std::string_view id) {
  if (id.size() != 2 * kEntityIdBytes) return false;
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace newsgraph::resolution
