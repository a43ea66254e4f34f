// ArticleStore contract: entity resolution on write and GetEntity (stable
// ids, one entity across articles, surnames, acronyms, namesakes, counts
// that re-ingest never doubles, roles over time, event participants).
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "shared/resolution/canonical_key.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/entity_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

// The entity id in a resource name "entities/{id}".
std::string IdOf(const std::string& name) {
  EXPECT_THAT(name, StartsWith("entities/"));
  return name.substr(std::string("entities/").size());
}

std::string ExpectedName(std::string_view canonical_key) {
  return resolution::EntityResourceName(resolution::EntityIdForKey(canonical_key));
}

// Stores `article` and returns the stored record.
v1::Article Put(ArticleStore& store, const v1::Article& article) {
  absl::StatusOr<PutOutcome> put = store.PutArticle(article);
  EXPECT_TRUE(put.ok()) << put.status();
  return put.ok() ? put->article : v1::Article();
}

v1::Entity Get(ArticleStore& store, const std::string& resource_name) {
  absl::StatusOr<v1::Entity> entity = store.GetEntity(IdOf(resource_name));
  EXPECT_TRUE(entity.ok()) << resource_name << ": " << entity.status();
  return entity.ok() ? *entity : v1::Entity();
}

// The seed article's people and bodies (AzerNews, 2020-01-24).
v1::Article SeedArticle(std::string_view id = "seed") {
  v1::Article article = ArticleNaming(
      id, "2020-01-24",
      {Country("Azerbaijan", "AZE", {"Azerbaijani"}), Person("Zakir Hasanov", {"Hasanov"}),
       Country("Georgia", "GEO", {"Georgian"}), Person("Irakli Garibashvili", {"Garibashvili"}),
       Organization("GUAM Organization for Democracy and Economic Development", {"GUAM"}, "",
                    v1::ENTITY_SUBTYPE_IGO),
       Person("Levan Izoria", {"Izoria"})});
  AddRole(article, 1, "Defense Minister", 0);
  AddRole(article, 1, "Colonel General")->set_kind(v1::ROLE_KIND_RANK);
  AddRole(article, 3, "Defense Minister", 2);
  AddRole(article, 5, "Defence Minister", 2, v1::ROLE_STATUS_FORMER);
  AddMentions(article, 1, "Zakir Hasanov");
  AddMentions(article, 1, "Hasanov", 3);
  AddMentions(article, 0, "Azerbaijani", 2);
  AddMentions(article, 0, "Azerbaijan");
  return article;
}

}  // namespace

TEST_P(ArticleStoreContractTest, StoredRecordsNameTheCanonicalEntities) {
  const v1::Article stored = Put(store(), SeedArticle());
  ASSERT_EQ(stored.entities_size(), 6);
  EXPECT_EQ(stored.entities(0).entity(), ExpectedName("country:AZE"));
  EXPECT_EQ(stored.entities(1).entity(), ExpectedName("person:zakir hasanov"));
  EXPECT_EQ(stored.entities(1).entity(), "entities/eceff30be7ae96a8");
  EXPECT_EQ(stored.entities(4).entity(),
            ExpectedName("organization:guam organization for democracy and economic development"));
  ASSERT_OK_AND_ASSIGN(v1::Article got, store().GetArticle("seed", /*full_records=*/true));
  EXPECT_TRUE(ProtoEquals(got, stored)) << got.DebugString();
}

TEST_P(ArticleStoreContractTest, EntitiesWithoutAKeyStayUnresolved) {
  v1::Article article = ArticleNaming(
      "a1", "2020-01-01", {Person("..."), Person("Zakir Hasanov"), v1::ArticleEntity()});
  article.mutable_entities(0)->set_entity("entities/bogus");
  const v1::Article stored = Put(store(), article);
  EXPECT_EQ(stored.entities(0).entity(), "");
  EXPECT_EQ(stored.entities(1).entity(), ExpectedName("person:zakir hasanov"));
  EXPECT_EQ(stored.entities(2).entity(), "");
}

TEST_P(ArticleStoreContractTest, GetEntityReturnsEverythingTheArticleSaid) {
  const v1::Article stored = Put(store(), SeedArticle());
  const v1::Entity hasanov = Get(store(), stored.entities(1).entity());
  EXPECT_EQ(hasanov.name(), stored.entities(1).entity());
  EXPECT_EQ(hasanov.entity_id(), "eceff30be7ae96a8");
  EXPECT_EQ(hasanov.display_name(), "Zakir Hasanov");
  EXPECT_EQ(hasanov.type(), v1::ENTITY_TYPE_PERSON);
  EXPECT_EQ(hasanov.country_code(), "AZE");  // from the body of his office
  EXPECT_THAT(hasanov.aliases(), ElementsAre("Hasanov"));
  EXPECT_EQ(hasanov.mention_count(), 4);
  EXPECT_EQ(hasanov.article_count(), 1);
  EXPECT_EQ(hasanov.first_seen_date().year(), 2020);
  EXPECT_EQ(hasanov.last_seen_date().day(), 24);
  EXPECT_TRUE(hasanov.has_create_time());
  EXPECT_TRUE(ProtoEquals(hasanov.update_time(), stored.create_time()));
  ASSERT_EQ(hasanov.roles_size(), 2);
  std::vector<std::string> titles = {hasanov.roles(0).title(), hasanov.roles(1).title()};
  EXPECT_THAT(titles, UnorderedElementsAre("Defense Minister", "Colonel General"));
  for (const v1::EntityRole& role : hasanov.roles()) {
    if (role.title() != "Defense Minister") continue;
    EXPECT_EQ(role.affiliation(), stored.entities(0).entity());
    EXPECT_EQ(role.affiliation_name(), "Azerbaijan");
    EXPECT_EQ(role.status(), v1::ROLE_STATUS_CURRENT);
    EXPECT_EQ(role.kind(), v1::ROLE_KIND_OFFICE);
    EXPECT_EQ(role.article_count(), 1);
  }

  const v1::Entity azerbaijan = Get(store(), stored.entities(0).entity());
  EXPECT_EQ(azerbaijan.display_name(), "Azerbaijan");
  EXPECT_EQ(azerbaijan.subtype(), v1::ENTITY_SUBTYPE_COUNTRY);
  EXPECT_EQ(azerbaijan.country_code(), "AZE");
  EXPECT_THAT(azerbaijan.aliases(), ElementsAre("Azerbaijani"));
  EXPECT_EQ(azerbaijan.mention_count(), 3);
}

TEST_P(ArticleStoreContractTest, GetEntityOfAnUnknownIdIsNotFound) {
  EXPECT_THAT(store().GetEntity("0123456789abcdef"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("0123456789abcdef")));
  EXPECT_THAT(store().GetEntity(""), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, TwoArticlesNamingOnePersonShareTheEntity) {
  const v1::Article first = Put(store(), SeedArticle("a1"));
  v1::Article later =
      ArticleNaming("a2", "2020-03-02",
                    {Person("ZAKIR HASANOV"), Country("Republic of Azerbaijan", "AZE", {"Azeri"})});
  AddMentions(later, 0, "Zakir Hasanov", 2);
  const v1::Article second = Put(store(), later);
  EXPECT_EQ(second.entities(0).entity(), first.entities(1).entity());
  EXPECT_EQ(second.entities(1).entity(), first.entities(0).entity());

  const v1::Entity hasanov = Get(store(), first.entities(1).entity());
  EXPECT_EQ(hasanov.article_count(), 2);
  EXPECT_EQ(hasanov.mention_count(), 4 + 2);
  EXPECT_EQ(hasanov.display_name(), "Zakir Hasanov");
  // Most often seen first.
  EXPECT_THAT(hasanov.aliases(), ElementsAre("Hasanov", "ZAKIR HASANOV"));
  EXPECT_EQ(date::FormatIsoDate(hasanov.first_seen_date()), "2020-01-24");
  EXPECT_EQ(date::FormatIsoDate(hasanov.last_seen_date()), "2020-03-02");

  const v1::Entity azerbaijan = Get(store(), first.entities(0).entity());
  EXPECT_EQ(azerbaijan.display_name(), "Republic of Azerbaijan");  // the fullest name
  EXPECT_THAT(azerbaijan.aliases(), ElementsAre("Azerbaijani", "Azerbaijan", "Azeri"));
}

TEST_P(ArticleStoreContractTest, EntityIdsAreStableAcrossStoresOnOneDatabase) {
  if (!environment().SharesDatabase()) GTEST_SKIP() << "stores do not share a database";
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> other, environment().Open());
  const v1::Article first = Put(store(), SeedArticle("a1"));
  const v1::Article second =
      Put(*other,
          ArticleNaming("a2", "2020-02-01", {Person("Zakir Hasanov"), Country("Georgia", "GEO")}));
  EXPECT_EQ(second.entities(0).entity(), first.entities(1).entity());
  EXPECT_EQ(second.entities(1).entity(), first.entities(2).entity());
  const v1::Entity seen_by_first = Get(store(), second.entities(0).entity());
  EXPECT_EQ(seen_by_first.article_count(), 2);
}

TEST_P(ArticleStoreContractTest, ASurnameAloneLinksToThePersonAlreadyStored) {
  const v1::Article first = Put(store(), SeedArticle("a1"));
  // A later article that never gives the full name.
  v1::Article later =
      ArticleNaming("a2", "2020-02-01", {Person("Garibashvili"), Country("Georgia", "GEO")});
  AddRole(later, 0, "Minister of Defence", 1);
  const v1::Article second = Put(store(), later);
  EXPECT_EQ(second.entities(0).entity(), first.entities(3).entity());
  const v1::Entity person = Get(store(), first.entities(3).entity());
  EXPECT_EQ(person.display_name(), "Irakli Garibashvili");
  EXPECT_EQ(person.article_count(), 2);
  // "Minister of Defence" is the same office as "Defense Minister".
  ASSERT_EQ(person.roles_size(), 1);
  EXPECT_EQ(person.roles(0).article_count(), 2);
}

TEST_P(ArticleStoreContractTest, ASurnameOfSeveralPeopleIsNotGuessed) {
  Put(store(), ArticleNaming("a1", "2020-01-01", {Person("Zakir Hasanov")}));
  Put(store(), ArticleNaming("a2", "2020-01-02", {Person("Rustam Hasanov")}));
  const v1::Article third = Put(store(), ArticleNaming("a3", "2020-01-03", {Person("Hasanov")}));
  EXPECT_EQ(third.entities(0).entity(), ExpectedName("person:hasanov"));
}

TEST_P(ArticleStoreContractTest, AnAcronymLinksToTheBodyWhoseAliasItIs) {
  const v1::Article first = Put(store(), SeedArticle("a1"));
  const v1::Article second =
      Put(store(), ArticleNaming("a2", "2020-05-01", {Organization("GUAM")}));
  EXPECT_EQ(second.entities(0).entity(), first.entities(4).entity());
  // And the other way round: a full name finds the body stored by its acronym.
  const v1::Article nato = Put(store(), ArticleNaming("a3", "2020-05-02", {Organization("NATO")}));
  const v1::Article full = Put(
      store(), ArticleNaming(
                   "a4", "2020-05-03",
                   {Organization("North Atlantic Treaty Organization", {"NATO", "the Alliance"})}));
  EXPECT_EQ(full.entities(0).entity(), nato.entities(0).entity());
  EXPECT_EQ(Get(store(), nato.entities(0).entity()).display_name(),
            "North Atlantic Treaty Organization");
}

TEST_P(ArticleStoreContractTest, NamesakesOfDifferentCountriesAreDifferentEntities) {
  v1::Article egypt =
      ArticleNaming("a1", "2020-01-01", {Person("Ahmed Hassan"), Country("Egypt", "EGY")});
  AddRole(egypt, 0, "Minister of Health", 1);
  v1::Article sudan =
      ArticleNaming("a2", "2020-01-02", {Person("Ahmed Hassan"), Country("Sudan", "SDN")});
  AddRole(sudan, 0, "Governor", 1);
  const v1::Article first = Put(store(), egypt);
  const v1::Article second = Put(store(), sudan);
  EXPECT_NE(first.entities(0).entity(), second.entities(0).entity());
  EXPECT_EQ(Get(store(), first.entities(0).entity()).country_code(), "EGY");
  EXPECT_EQ(Get(store(), second.entities(0).entity()).country_code(), "SDN");
  // Without a country, an article's "Ahmed Hassan" is the first one.
  const v1::Article third =
      Put(store(), ArticleNaming("a3", "2020-01-03", {Person("Ahmed Hassan")}));
  EXPECT_EQ(third.entities(0).entity(), first.entities(0).entity());
}

TEST_P(ArticleStoreContractTest, ReingestingNeverCountsTwice) {
  const v1::Article first = Put(store(), SeedArticle("a1"));
  ASSERT_OK_AND_ASSIGN(PutOutcome again, store().PutArticle(SeedArticle("a1")));
  EXPECT_FALSE(again.created);
  EXPECT_TRUE(ProtoEquals(again.article, first));
  ASSERT_OK_AND_ASSIGN(
      std::vector<PutOutcome> batch,
      store().PutArticles({SeedArticle("a1"), SeedArticle("a2"), SeedArticle("a2")}));
  EXPECT_FALSE(batch[0].created);
  EXPECT_TRUE(batch[1].created);
  EXPECT_FALSE(batch[2].created);
  const v1::Entity hasanov = Get(store(), first.entities(1).entity());
  EXPECT_EQ(hasanov.article_count(), 2);
  EXPECT_EQ(hasanov.mention_count(), 8);
  ASSERT_EQ(hasanov.aliases_size(), 1);
  for (const v1::EntityRole& role : hasanov.roles()) EXPECT_EQ(role.article_count(), 2);
}

TEST_P(ArticleStoreContractTest, AFailedBatchLeavesNoEntities) {
  const std::vector<v1::Article> batch = {SeedArticle("a1"), MakeArticle("")};
  EXPECT_THAT(store().PutArticles(batch), StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(store().GetEntity("eceff30be7ae96a8"), StatusIs(absl::StatusCode::kNotFound));
}

TEST_P(ArticleStoreContractTest, OneBatchNamingAnEntityTwiceCreatesItOnce) {
  ASSERT_OK_AND_ASSIGN(std::vector<PutOutcome> outcomes,
                       store().PutArticles({SeedArticle("a1"), SeedArticle("a2")}));
  EXPECT_EQ(outcomes[0].article.entities(1).entity(), outcomes[1].article.entities(1).entity());
  EXPECT_EQ(Get(store(), outcomes[0].article.entities(1).entity()).article_count(), 2);
}

TEST_P(ArticleStoreContractTest, AnEntityListedTwiceInOneArticleCountsOneArticle) {
  v1::Article article = ArticleNaming(
      "a1", "2020-01-01", {Person("Zakir Hasanov"), Person("Hasanov"), Person("Zakir Hasanov")});
  const v1::Article stored = Put(store(), article);
  EXPECT_EQ(stored.entities(1).entity(), stored.entities(0).entity());
  EXPECT_EQ(stored.entities(2).entity(), stored.entities(0).entity());
  const v1::Entity person = Get(store(), stored.entities(0).entity());
  EXPECT_EQ(person.article_count(), 1);
  EXPECT_EQ(person.mention_count(), 3);
}

TEST_P(ArticleStoreContractTest, RolesAreDatedByTheArticlesThatReportThem) {
  // Stored out of order: the 2020 article that calls him former first.
  v1::Article newest =
      ArticleNaming("a2", "2020-01-24", {Person("Levan Izoria"), Country("Georgia", "GEO")});
  AddRole(newest, 0, "Defence Minister", 1, v1::ROLE_STATUS_FORMER);
  v1::Article oldest =
      ArticleNaming("a1", "2018-07-05", {Person("Levan Izoria"), Country("Georgia", "GEO")});
  AddRole(oldest, 0, "Minister of Defense", 1, v1::ROLE_STATUS_CURRENT);
  v1::Article undated =
      ArticleNaming("a3", "", {Person("Levan Izoria"), Country("Georgia", "GEO")});
  AddRole(undated, 0, "Defense Minister", 1, v1::ROLE_STATUS_CURRENT);
  const v1::Article stored = Put(store(), newest);
  Put(store(), oldest);
  Put(store(), undated);

  const v1::Entity izoria = Get(store(), stored.entities(0).entity());
  ASSERT_EQ(izoria.roles_size(), 1);
  const v1::EntityRole& role = izoria.roles(0);
  EXPECT_EQ(role.title(), "Defence Minister");
  EXPECT_EQ(role.affiliation(), stored.entities(1).entity());
  EXPECT_EQ(role.affiliation_name(), "Georgia");
  EXPECT_EQ(role.status(), v1::ROLE_STATUS_FORMER);  // the latest article's
  EXPECT_EQ(date::FormatIsoDate(role.first_seen_date()), "2018-07-05");
  EXPECT_EQ(date::FormatIsoDate(role.last_seen_date()), "2020-01-24");
  EXPECT_EQ(role.article_count(), 3);
  EXPECT_EQ(izoria.article_count(), 3);
  EXPECT_EQ(date::FormatIsoDate(izoria.first_seen_date()), "2018-07-05");
  EXPECT_EQ(date::FormatIsoDate(izoria.last_seen_date()), "2020-01-24");
}

TEST_P(ArticleStoreContractTest, RolesAreListedOldestFirst) {
  v1::Article later = ArticleNaming("a2", "2021-01-01", {Person("Irakli Garibashvili")});
  AddRole(later, 0, "Prime Minister");
  v1::Article earlier = ArticleNaming("a1", "2019-09-01", {Person("Irakli Garibashvili")});
  AddRole(earlier, 0, "Defense Minister");
  const v1::Article stored = Put(store(), later);
  Put(store(), earlier);
  const v1::Entity person = Get(store(), stored.entities(0).entity());
  ASSERT_EQ(person.roles_size(), 2);
  EXPECT_EQ(person.roles(0).title(), "Defense Minister");
  EXPECT_EQ(person.roles(1).title(), "Prime Minister");
  EXPECT_EQ(person.roles(1).affiliation(), "");
}

TEST_P(ArticleStoreContractTest, EventParticipantsGetTheCanonicalNames) {
  v1::Article article = ArticleNaming(
      "a1", "2020-01-21",
      {Person("Zakir Hasanov"), Person("Irakli Garibashvili"),
       Named("Tbilisi", v1::ENTITY_TYPE_LOCATION, {}, "GEO", v1::ENTITY_SUBTYPE_CITY)});
  v1::Event* event = article.add_events();
  event->add_actors()->set_entity_index(0);
  event->add_recipients()->set_entity_index(1);
  event->mutable_location()->set_entity_index(2);
  event->add_actors()->set_entity_index(9);  // out of range: left alone
  const v1::Article stored = Put(store(), article);
  ASSERT_EQ(stored.events_size(), 1);
  EXPECT_EQ(stored.events(0).actors(0).entity(), stored.entities(0).entity());
  EXPECT_EQ(stored.events(0).recipients(0).entity(), stored.entities(1).entity());
  EXPECT_EQ(stored.events(0).location().entity(), stored.entities(2).entity());
  EXPECT_EQ(stored.events(0).actors(1).entity(), "");
}

TEST_P(ArticleStoreContractTest, PlacesByGazetteerIdAndCountriesByCode) {
  v1::ArticleEntity tbilisi =
      Named("Tbilisi", v1::ENTITY_TYPE_LOCATION, {"Tiflis"}, "GEO", v1::ENTITY_SUBTYPE_CITY);
  tbilisi.set_gazetteer_id("geonames:611717");
  const v1::Article first = Put(store(), ArticleNaming("a1", "2020-01-01", {tbilisi}));
  EXPECT_EQ(first.entities(0).entity(), ExpectedName("geonames:611717"));
  tbilisi.set_name("T'bilisi");
  const v1::Article second = Put(store(), ArticleNaming("a2", "2020-01-02", {tbilisi}));
  EXPECT_EQ(second.entities(0).entity(), first.entities(0).entity());
  const v1::Entity place = Get(store(), first.entities(0).entity());
  EXPECT_EQ(place.gazetteer_id(), "geonames:611717");
  EXPECT_EQ(place.subtype(), v1::ENTITY_SUBTYPE_CITY);
  EXPECT_EQ(place.country_code(), "GEO");
  EXPECT_EQ(place.article_count(), 2);
}

TEST_P(ArticleStoreContractTest, PlacesKeepTheirCoordinates) {
  v1::ArticleEntity tbilisi =
      Named("Tbilisi", v1::ENTITY_TYPE_LOCATION, {}, "GEO", v1::ENTITY_SUBTYPE_CITY);
  tbilisi.set_gazetteer_id("geonames:611717");
  tbilisi.set_latitude(41.69411);
  tbilisi.set_longitude(44.83368);
  const v1::Article first = Put(store(), ArticleNaming("coords-1", "2020-01-24", {tbilisi}));
  // A later article without coordinates does not erase them.
  tbilisi.clear_latitude();
  tbilisi.clear_longitude();
  Put(store(), ArticleNaming("coords-2", "2020-02-01", {tbilisi}));
  const v1::Entity entity = Get(store(), first.entities(0).entity());
  ASSERT_TRUE(entity.has_latitude());
  ASSERT_TRUE(entity.has_longitude());
  EXPECT_DOUBLE_EQ(entity.latitude(), 41.69411);
  EXPECT_DOUBLE_EQ(entity.longitude(), 44.83368);
  EXPECT_EQ(entity.article_count(), 2);
  // A person has none.
  const v1::Article person = Put(store(), ArticleNaming("coords-3", "", {Person("Zakir Hasanov")}));
  const v1::Entity hasanov = Get(store(), person.entities(0).entity());
  EXPECT_FALSE(hasanov.has_latitude());
  EXPECT_FALSE(hasanov.has_longitude());
}

}  // namespace newsgraph::store::testing
