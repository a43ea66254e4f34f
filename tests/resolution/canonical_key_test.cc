#include "shared/resolution/canonical_key.h"

#include <optional>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::resolution {
namespace {

v1::ArticleEntity Entity(std::string name, v1::EntityType type,
                         v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED,
                         std::string country = "", std::string gazetteer_id = "") {
  v1::ArticleEntity entity;
  entity.set_name(std::move(name));
  entity.set_type(type);
  entity.set_subtype(subtype);
  entity.set_country_code(std::move(country));
  entity.set_gazetteer_id(std::move(gazetteer_id));
  return entity;
}

std::string KeyOf(const v1::ArticleEntity& entity) {
  std::optional<CanonicalKey> key = CanonicalKeyOf(entity);
  return key.has_value() ? key->key : "<none>";
}

TEST(CanonicalKeyTest, CountriesAreKeyedByTheirIsoCode) {
  const v1::ArticleEntity georgia =
      Entity("Georgia", v1::ENTITY_TYPE_LOCATION, v1::ENTITY_SUBTYPE_COUNTRY, "GEO");
  std::optional<CanonicalKey> key = CanonicalKeyOf(georgia);
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(key->kind, KeyKind::kCountry);
  EXPECT_EQ(key->key, "country:GEO");
  EXPECT_EQ(key->normalized_name, "georgia");
  // Another name of the same country, a code in small letters, spaces.
  EXPECT_EQ(KeyOf(Entity("Republic of Georgia", v1::ENTITY_TYPE_LOCATION,
                         v1::ENTITY_SUBTYPE_COUNTRY, " geo ")),
            "country:GEO");
  // Not a valid code: keyed by name.
  EXPECT_EQ(KeyOf(Entity("Georgia", v1::ENTITY_TYPE_LOCATION, v1::ENTITY_SUBTYPE_COUNTRY, "GE")),
            "location:georgia");
  // The US state of Georgia is a region of the USA, not the country.
  EXPECT_EQ(KeyOf(Entity("Georgia", v1::ENTITY_TYPE_LOCATION, v1::ENTITY_SUBTYPE_REGION, "USA")),
            "location:georgia");
}

TEST(CanonicalKeyTest, GazetteerPlacesAreKeyedByTheirId) {
  std::optional<CanonicalKey> key = CanonicalKeyOf(Entity(
      "Tbilisi", v1::ENTITY_TYPE_LOCATION, v1::ENTITY_SUBTYPE_CITY, "GEO", "geonames:611717"));
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(key->kind, KeyKind::kGazetteer);
  EXPECT_EQ(key->key, "geonames:611717");
  // A gazetteer id on something that is not a place does not key it.
  EXPECT_EQ(KeyOf(Entity("Tbilisi Marathon", v1::ENTITY_TYPE_MISC, v1::ENTITY_SUBTYPE_NAMED_EVENT,
                         "", "geonames:1")),
            "misc:tbilisi marathon");
}

TEST(CanonicalKeyTest, OthersAreKeyedByTypeAndNormalizedName) {
  EXPECT_EQ(KeyOf(Entity("Zakir Hasanov", v1::ENTITY_TYPE_PERSON)), "person:zakir hasanov");
  EXPECT_EQ(KeyOf(Entity("ZAKIR HASANOV", v1::ENTITY_TYPE_PERSON)), "person:zakir hasanov");
  EXPECT_EQ(KeyOf(Entity("Recep Tayyip Erdoğan", v1::ENTITY_TYPE_PERSON)),
            KeyOf(Entity("Recep Tayyip Erdogan", v1::ENTITY_TYPE_PERSON)));
  EXPECT_EQ(KeyOf(Entity("The Ministry of Defence of Georgia", v1::ENTITY_TYPE_ORGANIZATION,
                         v1::ENTITY_SUBTYPE_GOVERNMENT, "GEO")),
            "organization:ministry of defense of georgia");
  EXPECT_EQ(KeyOf(Entity("Partnership for Peace Program", v1::ENTITY_TYPE_MISC)),
            "misc:partnership for peace program");
  EXPECT_EQ(KeyOf(Entity("Gabala", v1::ENTITY_TYPE_LOCATION, v1::ENTITY_SUBTYPE_CITY, "AZE")),
            "location:gabala");
  EXPECT_EQ(KeyOf(Entity("Somebody", v1::ENTITY_TYPE_UNSPECIFIED)), "entity:somebody");
  // The same name as another type is another entity.
  EXPECT_NE(KeyOf(Entity("Georgia", v1::ENTITY_TYPE_PERSON)),
            KeyOf(Entity("Georgia", v1::ENTITY_TYPE_LOCATION)));
}

TEST(CanonicalKeyTest, NamesWithoutLettersHaveNoKey) {
  EXPECT_FALSE(CanonicalKeyOf(Entity("", v1::ENTITY_TYPE_PERSON)).has_value());
  EXPECT_FALSE(CanonicalKeyOf(Entity("--", v1::ENTITY_TYPE_ORGANIZATION)).has_value());
  EXPECT_FALSE(CanonicalKeyOf(v1::ArticleEntity()).has_value());
  // Nor do runs of text too long to be a name.
  EXPECT_FALSE(CanonicalKeyOf(Entity(std::string(300, 'a'), v1::ENTITY_TYPE_MISC)).has_value());
  EXPECT_TRUE(CanonicalKeyOf(Entity(std::string(200, 'a'), v1::ENTITY_TYPE_MISC)).has_value());
  // A strong key needs no name.
  EXPECT_TRUE(
      CanonicalKeyOf(Entity("", v1::ENTITY_TYPE_LOCATION, v1::ENTITY_SUBTYPE_COUNTRY, "AZE"))
          .has_value());
}

TEST(CanonicalKeyTest, QualifiedKeysNameTheCountry) {
  EXPECT_EQ(QualifiedKey("person:ahmed hassan", "SDN"), "person:ahmed hassan#SDN");
}

TEST(CountryCodeTest, NormalizesOrRejects) {
  EXPECT_EQ(NormalizeCountryCode("AZE"), "AZE");
  EXPECT_EQ(NormalizeCountryCode("aze"), "AZE");
  EXPECT_EQ(NormalizeCountryCode(" Tur "), "TUR");
  EXPECT_EQ(NormalizeCountryCode("AZ"), "");
  EXPECT_EQ(NormalizeCountryCode("AZER"), "");
  EXPECT_EQ(NormalizeCountryCode("A1Z"), "");
  EXPECT_EQ(NormalizeCountryCode(""), "");
}

TEST(EntityIdTest, IsTheStartOfTheSha256OfTheKey) {
  // printf 'country:GEO' | sha256sum
  EXPECT_EQ(EntityIdForKey("country:GEO"), "c53feb7f26983c67");
  EXPECT_EQ(EntityIdForKey("person:zakir hasanov"), "eceff30be7ae96a8");
  EXPECT_NE(EntityIdForKey("person:zakir hasanov"), EntityIdForKey("person:zakir hasanov#AZE"));
  EXPECT_TRUE(IsEntityId(EntityIdForKey("")));
  EXPECT_EQ(EntityResourceName("c53feb7f26983c67"), "entities/c53feb7f26983c67");
}

TEST(EntityIdTest, RecognizesWellFormedIds) {
  EXPECT_TRUE(IsEntityId("c53feb7f26983c67"));
  EXPECT_FALSE(IsEntityId("C53FEB7F26983C67"));
  EXPECT_FALSE(IsEntityId("c53feb7f26983c6"));
  EXPECT_FALSE(IsEntityId("c53feb7f26983c677"));
  EXPECT_FALSE(IsEntityId("g53feb7f26983c67"));
  EXPECT_FALSE(IsEntityId(""));
}

}  // namespace
}  // namespace newsgraph::resolution
