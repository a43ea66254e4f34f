#include "shared/resolution/resolver.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/resolution/canonical_key.h"
#include "shared/resolution/name_normalizer.h"

namespace newsgraph::resolution {
namespace {

// Stored entities in memory, answering the lookups as the store does.
class FakeCandidateSource final : public CandidateSource {
 public:
  struct Stored {
    EntityRecord record;
    std::vector<std::string> normalized_forms;  // the name and aliases
    std::vector<std::string> role_keys;
  };

  // Stores an entity under `canonical_key` (name key: the part before
  // '#'), named `name`, with `aliases`.
  EntityRecord& Add(std::string canonical_key, std::string name, v1::EntityType type,
                    std::string country = "", std::vector<std::string> aliases = {},
                    v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED) {
    Stored stored;
    stored.record.entity_id = EntityIdForKey(canonical_key);
    stored.record.name_key = canonical_key.substr(0, canonical_key.find('#'));
    stored.record.canonical_key = std::move(canonical_key);
    stored.record.display_name = name;
    stored.record.type = type;
    stored.record.subtype = subtype;
    stored.record.country_code = std::move(country);
    stored.normalized_forms.push_back(NormalizeName(name));
    for (const std::string& alias : aliases)
      stored.normalized_forms.push_back(NormalizeName(alias));
    stored_.push_back(std::move(stored));
    return stored_.back().record;
  }

  void AddRoleKey(const std::string& entity_id, std::string key) {
    for (Stored& s : stored_) {
      if (s.record.entity_id == entity_id) s.role_keys.push_back(key);
    }
  }

  absl::StatusOr<std::vector<EntityRecord>> FindByNameKey(std::string_view name_key) override {
    ++lookups;
    std::vector<EntityRecord> found;
    for (const Stored& s : stored_) {
      if (s.record.name_key == name_key) found.push_back(s.record);
    }
    return found;
  }

  absl::StatusOr<std::vector<EntityRecord>> FindByAlias(v1::EntityType type,
                                                        std::string_view normalized,
                                                        int limit) override {
    ++lookups;
    return Matching(limit, [&](const Stored& s, const std::string& form) {
      return s.record.type == type && form == normalized;
    });
  }

  absl::StatusOr<std::vector<EntityRecord>> FindPeopleByLastWord(std::string_view word,
                                                                 int limit) override {
    ++lookups;
    return Matching(limit, [&](const Stored& s, const std::string& form) {
      return s.record.type == v1::ENTITY_TYPE_PERSON && LastWord(form) == word;
    });
  }

  absl::StatusOr<std::vector<std::string>> RoleKeysOf(std::string_view entity_id) override {
    ++lookups;
    for (const Stored& s : stored_) {
      if (s.record.entity_id == entity_id) return s.role_keys;
    }
    return std::vector<std::string>();
  }

  int lookups = 0;

 private:
  template <typename Pred>
  std::vector<EntityRecord> Matching(int limit, Pred pred) {
    std::vector<EntityRecord> found;
    for (const Stored& s : stored_) {
      for (const std::string& form : s.normalized_forms) {
        if (pred(s, form)) {
          found.push_back(s.record);
          break;
        }
      }
      if (static_cast<int>(found.size()) == limit) break;
    }
    return found;
  }

  std::deque<Stored> stored_;  // stable references for Add()
};

v1::ArticleEntity Entity(std::string name, v1::EntityType type, std::string country = "",
                         std::vector<std::string> aliases = {},
                         v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED) {
  v1::ArticleEntity entity;
  entity.set_name(std::move(name));
  entity.set_type(type);
  entity.set_country_code(std::move(country));
  entity.set_subtype(subtype);
  for (std::string& alias : aliases) entity.add_aliases(std::move(alias));
  return entity;
}

EntityContext Context(std::string country = "", std::vector<std::string> role_keys = {}) {
  EntityContext context;
  context.country = std::move(country);
  context.role_keys = std::move(role_keys);
  return context;
}

class ResolverTest : public ::testing::Test {
 protected:
  Resolution Resolve(const v1::ArticleEntity& entity, const EntityContext& context = Context()) {
    absl::StatusOr<std::optional<Resolution>> resolution = ResolveEntity(entity, context, source_);
    EXPECT_TRUE(resolution.ok()) << resolution.status();
    EXPECT_TRUE(resolution.ok() && resolution->has_value()) << entity.DebugString();
    return resolution.ok() && resolution->has_value() ? **resolution : Resolution();
  }

  FakeCandidateSource source_;
};

constexpr auto kPerson = v1::ENTITY_TYPE_PERSON;
constexpr auto kOrganization = v1::ENTITY_TYPE_ORGANIZATION;
constexpr auto kLocation = v1::ENTITY_TYPE_LOCATION;

TEST_F(ResolverTest, ACountryIsItsIsoCode) {
  const EntityRecord& stored =
      source_.Add("country:GEO", "Georgia", kLocation, "GEO", {}, v1::ENTITY_SUBTYPE_COUNTRY);
  const Resolution linked =
      Resolve(Entity("Republic of Georgia", kLocation, "GEO", {}, v1::ENTITY_SUBTYPE_COUNTRY));
  EXPECT_EQ(linked.rule, MatchRule::kStrongKey);
  EXPECT_EQ(linked.record.entity_id, stored.entity_id);

  const Resolution fresh =
      Resolve(Entity("Azerbaijan", kLocation, "AZE", {}, v1::ENTITY_SUBTYPE_COUNTRY));
  EXPECT_TRUE(fresh.is_new());
  EXPECT_EQ(fresh.record.canonical_key, "country:AZE");
  EXPECT_EQ(fresh.record.entity_id, EntityIdForKey("country:AZE"));
  EXPECT_EQ(fresh.record.type, kLocation);
}

TEST_F(ResolverTest, ANewNameIsKeyedByIt) {
  const Resolution fresh = Resolve(Entity("Zakir Hasanov", kPerson));
  EXPECT_TRUE(fresh.is_new());
  EXPECT_EQ(fresh.record.canonical_key, "person:zakir hasanov");
  EXPECT_EQ(fresh.record.name_key, "person:zakir hasanov");
  EXPECT_EQ(fresh.record.entity_id, "eceff30be7ae96a8");
}

TEST_F(ResolverTest, SpellingVariantsMeetOnTheNameKeyInOneLookup) {
  const EntityRecord& stored =
      source_.Add("person:recep tayyip erdogan", "Recep Tayyip Erdoğan", kPerson);
  const Resolution linked = Resolve(Entity("RECEP TAYYIP ERDOGAN", kPerson));
  EXPECT_EQ(linked.rule, MatchRule::kNameKey);
  EXPECT_EQ(linked.record.entity_id, stored.entity_id);
  EXPECT_EQ(source_.lookups, 1);
}

TEST_F(ResolverTest, ASurnameAloneLinksToTheOnePersonItEnds) {
  const EntityRecord& hasanov =
      source_.Add("person:zakir hasanov", "Zakir Hasanov", kPerson, "AZE", {"Hasanov"});
  source_.Add("person:irakli garibashvili", "Irakli Garibashvili", kPerson, "GEO");
  Resolution linked = Resolve(Entity("Hasanov", kPerson));
  EXPECT_EQ(linked.rule, MatchRule::kSurname);
  EXPECT_EQ(linked.record.entity_id, hasanov.entity_id);
  // Through the full name's last word, with no alias stored.
  linked = Resolve(Entity("Garibashvili", kPerson, "GEO"));
  EXPECT_EQ(linked.rule, MatchRule::kSurname);
  EXPECT_EQ(linked.record.display_name, "Irakli Garibashvili");
}

TEST_F(ResolverTest, ASurnameOfAnotherCountryIsSomebodyElse) {
  source_.Add("person:zakir hasanov", "Zakir Hasanov", kPerson, "AZE");
  const Resolution fresh = Resolve(Entity("Hasanov", kPerson), Context("TUR"));
  EXPECT_TRUE(fresh.is_new());
  EXPECT_EQ(fresh.record.canonical_key, "person:hasanov");
}

TEST_F(ResolverTest, SeveralPeopleOfOneSurnameAreToldApartByCountryThenRole) {
  const EntityRecord& zakir = source_.Add("person:zakir hasanov", "Zakir Hasanov", kPerson, "AZE");
  const EntityRecord& rustam = source_.Add("person:rustam hasanov", "Rustam Hasanov", kPerson);
  source_.AddRoleKey(rustam.entity_id, "ambassador");

  // Both are compatible with an article that gives no context: ambiguous.
  Resolution resolution = Resolve(Entity("Hasanov", kPerson));
  EXPECT_TRUE(resolution.is_new());
  EXPECT_EQ(resolution.record.canonical_key, "person:hasanov");

  // The country picks the one of that country.
  resolution = Resolve(Entity("Hasanov", kPerson), Context("AZE"));
  EXPECT_EQ(resolution.rule, MatchRule::kSurname);
  EXPECT_EQ(resolution.record.entity_id, zakir.entity_id);

  // A role title picks the one holding it.
  resolution = Resolve(Entity("Hasanov", kPerson), Context("", {"ambassador"}));
  EXPECT_EQ(resolution.rule, MatchRule::kSurname);
  EXPECT_EQ(resolution.record.entity_id, rustam.entity_id);
}

TEST_F(ResolverTest, AnAmbiguousSurnameGoesToItsOwnOneWordEntity) {
  source_.Add("person:zakir hasanov", "Zakir Hasanov", kPerson);
  source_.Add("person:rustam hasanov", "Rustam Hasanov", kPerson);
  const EntityRecord& one_word = source_.Add("person:hasanov", "Hasanov", kPerson);
  const Resolution resolution = Resolve(Entity("Hasanov", kPerson));
  EXPECT_EQ(resolution.rule, MatchRule::kNameKey);
  EXPECT_EQ(resolution.record.entity_id, one_word.entity_id);
}

TEST_F(ResolverTest, TooManyCandidatesAreAmbiguous) {
  for (int i = 0; i < kMaxCandidates; ++i) {
    source_.Add("person:john" + std::to_string(i) + " smith", "John" + std::to_string(i) + " Smith",
                kPerson);
  }
  EXPECT_TRUE(Resolve(Entity("Smith", kPerson)).is_new());
}

TEST_F(ResolverTest, AnAcronymLinksToTheBodyThatHasItAsAlias) {
  const EntityRecord& guam = source_.Add(
      "organization:guam organization for democracy and economic development",
      "GUAM Organization for Democracy and Economic Development", kOrganization, "", {"GUAM"});
  const Resolution linked = Resolve(Entity("GUAM", kOrganization));
  EXPECT_EQ(linked.rule, MatchRule::kAlias);
  EXPECT_EQ(linked.record.entity_id, guam.entity_id);
}

TEST_F(ResolverTest, AFullNameFindsTheBodyStoredUnderItsAcronym) {
  const EntityRecord& nato = source_.Add("organization:nato", "NATO", kOrganization);
  const Resolution linked =
      Resolve(Entity("North Atlantic Treaty Organization", kOrganization, "", {"NATO"}));
  EXPECT_EQ(linked.rule, MatchRule::kAlias);
  EXPECT_EQ(linked.record.entity_id, nato.entity_id);
}

TEST_F(ResolverTest, OneCommonWordIsNotEnoughToLinkBodies) {
  source_.Add("organization:parliament of tunisia", "Parliament of Tunisia", kOrganization, "",
              {"Parliament"});
  const Resolution fresh =
      Resolve(Entity("Parliament of the United Kingdom", kOrganization, "", {"Parliament"}));
  EXPECT_TRUE(fresh.is_new());
}

TEST_F(ResolverTest, AnAliasSharedByBodiesOfTwoCountriesNeedsTheCountry) {
  const EntityRecord& aze =
      source_.Add("organization:ministry of defense of azerbaijan",
                  "Ministry of Defense of Azerbaijan", kOrganization, "AZE", {"Defense Ministry"});
  source_.Add("organization:ministry of defense of georgia", "Ministry of Defense of Georgia",
              kOrganization, "GEO", {"Defense Ministry"});
  EXPECT_TRUE(Resolve(Entity("Defense Ministry", kOrganization)).is_new());
  const Resolution linked =
      Resolve(Entity("Defence Ministry", kOrganization, "AZE"), Context("AZE"));
  EXPECT_EQ(linked.rule, MatchRule::kAlias);
  EXPECT_EQ(linked.record.entity_id, aze.entity_id);
}

TEST_F(ResolverTest, NamesakesOfDifferentCountriesStaySeparate) {
  source_.Add("person:ahmed hassan", "Ahmed Hassan", kPerson, "EGY");
  // Another country: a qualified key of the same family.
  const Resolution sudanese = Resolve(Entity("Ahmed Hassan", kPerson, "SDN"), Context("SDN"));
  EXPECT_TRUE(sudanese.is_new());
  EXPECT_EQ(sudanese.record.canonical_key, "person:ahmed hassan#SDN");
  EXPECT_EQ(sudanese.record.name_key, "person:ahmed hassan");
  source_.Add("person:ahmed hassan#SDN", "Ahmed Hassan", kPerson, "SDN");

  Resolution again = Resolve(Entity("Ahmed Hassan", kPerson, "SDN"), Context("SDN"));
  EXPECT_EQ(again.rule, MatchRule::kNameKey);
  EXPECT_EQ(again.record.canonical_key, "person:ahmed hassan#SDN");
  again = Resolve(Entity("Ahmed Hassan", kPerson, "EGY"), Context("EGY"));
  EXPECT_EQ(again.record.canonical_key, "person:ahmed hassan");
  // Without a country, the plain key.
  again = Resolve(Entity("Ahmed Hassan", kPerson));
  EXPECT_EQ(again.record.canonical_key, "person:ahmed hassan");
}

TEST_F(ResolverTest, ATitleAloneNeverSplitsAPerson) {
  const EntityRecord& stored = source_.Add("person:levan izoria", "Levan Izoria", kPerson, "GEO");
  source_.AddRoleKey(stored.entity_id, "defense minister");
  const Resolution linked =
      Resolve(Entity("Levan Izoria", kPerson), Context("GEO", {"ambassador"}));
  EXPECT_EQ(linked.record.entity_id, stored.entity_id);
}

TEST_F(ResolverTest, AnEntityOfUnknownCountryTakesTheFirstCountryGiven) {
  const EntityRecord& stored = source_.Add("organization:twitter", "Twitter", kOrganization);
  const Resolution linked = Resolve(Entity("Twitter", kOrganization, "USA"), Context("USA"));
  EXPECT_EQ(linked.rule, MatchRule::kNameKey);
  EXPECT_EQ(linked.record.entity_id, stored.entity_id);
}

TEST_F(ResolverTest, PlacesOfAnotherSubtypeDoNotMatch) {
  source_.Add("country:GEO", "Georgia", kLocation, "GEO", {"Georgian"}, v1::ENTITY_SUBTYPE_COUNTRY);
  // The US state.
  EXPECT_TRUE(
      Resolve(Entity("Georgia", kLocation, "USA", {}, v1::ENTITY_SUBTYPE_REGION), Context("USA"))
          .is_new());
  // A country without its code finds the country through its name or a demonym.
  Resolution linked = Resolve(Entity("Georgia", kLocation, "", {}, v1::ENTITY_SUBTYPE_COUNTRY));
  EXPECT_EQ(linked.rule, MatchRule::kAlias);
  EXPECT_EQ(linked.record.canonical_key, "country:GEO");
  linked = Resolve(Entity("Sakartvelo", kLocation, "", {"Georgian"}));
  EXPECT_EQ(linked.record.canonical_key, "country:GEO");
}

TEST_F(ResolverTest, AFullNameAdoptsTheEntityOfItsSurnameButNotAnotherFullName) {
  const EntityRecord& one_word = source_.Add("person:talakvadze", "Talakvadze", kPerson);
  Resolution linked = Resolve(Entity("Archil Talakvadze", kPerson, "", {"Talakvadze"}));
  EXPECT_EQ(linked.rule, MatchRule::kAlias);
  EXPECT_EQ(linked.record.entity_id, one_word.entity_id);

  source_.Add("person:rustam hasanov", "Rustam Hasanov", kPerson, "", {"Hasanov"});
  EXPECT_TRUE(Resolve(Entity("Zakir Hasanov", kPerson, "", {"Hasanov"})).is_new());
}

TEST_F(ResolverTest, NamesWithoutLettersAreNotResolved) {
  absl::StatusOr<std::optional<Resolution>> resolution =
      ResolveEntity(Entity("...", kPerson), Context(), source_);
  ASSERT_TRUE(resolution.ok());
  EXPECT_FALSE(resolution->has_value());
  EXPECT_EQ(source_.lookups, 0);
}

}  // namespace
}  // namespace newsgraph::resolution
