// ArticleStore contract: SearchEntities (ranking of whole names, aliases
// and prefixes; case and accents; browsing; filters; paging).
#include <algorithm>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/entity_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using Kind = EntityFilter::Kind;
using Op = EntityCompareOp;

// Three articles. Article counts: Georgia 3, Hassan Rouhani 3, the rest 1.
void PutSearchEntities(ArticleStore& store) {
  const std::vector<v1::Article> articles = {
      ArticleNaming("s1", "2020-01-01",
                    {Country("Georgia", "GEO", {"Georgian"}),
                     Organization("Ministry of Defense of Georgia", {"Georgian Defense Ministry"},
                                  "GEO", v1::ENTITY_SUBTYPE_GOVERNMENT),
                     Person("Zakir Hasanov", {"Hasanov"}), Person("Hassan Rouhani"),
                     Person("Recep Tayyip Erdoğan", {"Erdogan"})}),
      ArticleNaming(
          "s2", "2020-01-02",
          {Country("Georgia", "GEO"),
           Organization("Georgian Railway", {}, "GEO", v1::ENTITY_SUBTYPE_COMPANY),
           Person("Hassan Rouhani"),
           Named("Tbilisi", v1::ENTITY_TYPE_LOCATION, {}, "GEO", v1::ENTITY_SUBTYPE_CITY)}),
      ArticleNaming("s3", "2020-01-03",
                    {Country("Georgia", "GEO"), Person("Hassan Rouhani", {}, "IRN"),
                     Named("Georgian", v1::ENTITY_TYPE_MISC)}),
  };
  absl::StatusOr<std::vector<PutOutcome>> put = store.PutArticles(articles);
  ASSERT_TRUE(put.ok()) << put.status();
}

SearchEntitiesQuery Query(std::string text, EntityFilter filter = EntityFilter()) {
  SearchEntitiesQuery query;
  query.text = std::move(text);
  query.filter = std::move(filter);
  query.limit = 100;
  return query;
}

// The display names of the results, in order.
std::vector<std::string> Names(ArticleStore& store, const SearchEntitiesQuery& query) {
  absl::StatusOr<EntityPage> page = store.SearchEntities(query);
  EXPECT_TRUE(page.ok()) << query.text << ": " << page.status();
  if (!page.ok()) return {"<error>"};
  std::vector<std::string> names;
  for (const v1::Entity& entity : page->entities) names.push_back(entity.display_name());
  return names;
}

std::vector<std::string> Names(ArticleStore& store, std::string text) {
  return Names(store, Query(std::move(text)));
}

// `a` and `b` in entity_id order (the tie-break of equal ranks and counts).
std::vector<std::string> ByIdOrder(ArticleStore& store, const std::string& a,
                                   const std::string& b) {
  absl::StatusOr<EntityPage> pa = store.SearchEntities(Query(a));
  absl::StatusOr<EntityPage> pb = store.SearchEntities(Query(b));
  if (!pa.ok() || !pb.ok() || pa->entities.empty() || pb->entities.empty()) return {"<error>"};
  if (pa->entities[0].entity_id() < pb->entities[0].entity_id()) return {a, b};
  return {b, a};
}

}  // namespace

TEST_P(ArticleStoreContractTest, SearchRanksTheNameThenAliasesThenWordsThenPrefixes) {
  PutSearchEntities(store());
  // Georgia by its name; the ministry by a whole word of its name; two
  // names that start with the word (equal counts: by id).
  std::vector<std::string> expected = {"Georgia", "Ministry of Defense of Georgia"};
  for (const std::string& name : ByIdOrder(store(), "Georgian Railway", "Georgian")) {
    expected.push_back(name);
  }
  EXPECT_EQ(Names(store(), "georgia"), expected);
  // "Georgian": the MISC entity of that name, Georgia by its alias, then two
  // bodies whose name or alias starts with the word (equal counts: by id).
  expected = {"Georgian", "Georgia"};
  for (const std::string& name :
       ByIdOrder(store(), "Georgian Railway", "Ministry of Defense of Georgia")) {
    expected.push_back(name);
  }
  EXPECT_EQ(Names(store(), "georgian"), expected);
}

TEST_P(ArticleStoreContractTest, SearchFindsPeopleBySurnameAndPrefix) {
  PutSearchEntities(store());
  EXPECT_THAT(Names(store(), "Hasanov"), ElementsAre("Zakir Hasanov"));
  // Prefixes of words; ties by article count.
  EXPECT_THAT(Names(store(), "has"), ElementsAre("Hassan Rouhani", "Zakir Hasanov"));
  EXPECT_THAT(Names(store(), "zakir has"), ElementsAre("Zakir Hasanov"));
  EXPECT_THAT(Names(store(), "rouh"), ElementsAre("Hassan Rouhani"));
  EXPECT_THAT(Names(store(), "tbil"), ElementsAre("Tbilisi"));
  // One or two letters are not a prefix, only a word.
  EXPECT_THAT(Names(store(), "tb"), IsEmpty());
  EXPECT_THAT(Names(store(), "zakir ha"), IsEmpty());
  EXPECT_THAT(Names(store(), "hasanova"), IsEmpty());
  EXPECT_THAT(Names(store(), "xyz"), IsEmpty());
}

TEST_P(ArticleStoreContractTest, SearchIgnoresCaseAccentsPunctuationAndALeadingThe) {
  PutSearchEntities(store());
  EXPECT_THAT(Names(store(), "ERDOĞAN"), ElementsAre("Recep Tayyip Erdoğan"));
  EXPECT_THAT(Names(store(), "recep tayyip erdogan"), ElementsAre("Recep Tayyip Erdoğan"));
  EXPECT_THAT(Names(store(), "  Erdo "), ElementsAre("Recep Tayyip Erdoğan"));
  EXPECT_THAT(Names(store(), "the Georgia"), Names(store(), "georgia"));
  EXPECT_THAT(Names(store(), "ministry of defence"), ElementsAre("Ministry of Defense of Georgia"));
  EXPECT_THAT(Names(store(), "Zakir-Hasanov"), ElementsAre("Zakir Hasanov"));
}

TEST_P(ArticleStoreContractTest, SearchRejectsATextWithoutLettersAndBadPages) {
  PutSearchEntities(store());
  EXPECT_THAT(store().SearchEntities(Query("!!!")),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no letter or digit")));
  SearchEntitiesQuery query = Query("georgia");
  query.limit = 0;
  EXPECT_THAT(store().SearchEntities(query), StatusIs(absl::StatusCode::kInvalidArgument));
  query.limit = 10;
  query.offset = -1;
  EXPECT_THAT(store().SearchEntities(query), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, AnEmptySearchBrowsesTheMostReportedFirst) {
  PutSearchEntities(store());
  const std::vector<std::string> all = Names(store(), "");
  ASSERT_EQ(all.size(), 8u);
  EXPECT_EQ(std::vector<std::string>(all.begin(), all.begin() + 2),
            ByIdOrder(store(), "Georgia", "Hassan Rouhani"));
  EXPECT_THAT(Names(store(), "   "), all);
}

TEST_P(ArticleStoreContractTest, SearchFiltersByTypeSubtypeAndCountry) {
  PutSearchEntities(store());
  const EntityFilter people = EntityCond(EntityField::kType, Op::kEq, "ENTITY_TYPE_PERSON");
  std::vector<std::string> names = Names(store(), Query("", people));
  std::sort(names.begin(), names.end());
  EXPECT_THAT(names, ElementsAre("Hassan Rouhani", "Recep Tayyip Erdoğan", "Zakir Hasanov"));

  const EntityFilter bodies = EntityCond(EntityField::kType, Op::kEq, "ENTITY_TYPE_ORGANIZATION");
  EXPECT_THAT(Names(store(), Query("georgia", bodies)),
              ElementsAre("Ministry of Defense of Georgia", "Georgian Railway"));

  const EntityFilter georgian_non_country = EntityJunction(
      Kind::kAnd, {EntityCond(EntityField::kCountryCode, Op::kEq, "GEO"),
                   EntityJunction(Kind::kNot, {EntityCond(EntityField::kSubtype, Op::kEq,
                                                          "ENTITY_SUBTYPE_COUNTRY")})});
  names = Names(store(), Query("", georgian_non_country));
  std::sort(names.begin(), names.end());
  EXPECT_THAT(names, ElementsAre("Georgian Railway", "Ministry of Defense of Georgia", "Tbilisi"));

  const EntityFilter either = EntityJunction(
      Kind::kOr, {EntityCond(EntityField::kCountryCode, Op::kEq, "IRN"),
                  EntityCond(EntityField::kSubtype, Op::kEq, "ENTITY_SUBTYPE_CITY")});
  names = Names(store(), Query("", either));
  std::sort(names.begin(), names.end());
  EXPECT_THAT(names, ElementsAre("Hassan Rouhani", "Tbilisi"));

  const EntityFilter no_country = EntityCond(EntityField::kCountryCode, Op::kEq, "");
  names = Names(store(), Query("", no_country));
  std::sort(names.begin(), names.end());
  EXPECT_THAT(names, ElementsAre("Georgian", "Recep Tayyip Erdoğan", "Zakir Hasanov"));

  const EntityFilter not_a_person = EntityCond(EntityField::kType, Op::kNe, "ENTITY_TYPE_PERSON");
  EXPECT_THAT(Names(store(), Query("has", not_a_person)), IsEmpty());
}

TEST_P(ArticleStoreContractTest, SearchRejectsUnknownEnumValuesInFilters) {
  EXPECT_THAT(store().SearchEntities(
                  Query("", EntityCond(EntityField::kType, Op::kEq, "ENTITY_TYPE_ROBOT"))),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("ENTITY_TYPE_ROBOT")));
  EXPECT_THAT(store().SearchEntities(Query("", EntityCond(EntityField::kSubtype, Op::kNe, "CITY"))),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("EntitySubtype")));
  EXPECT_THAT(store().SearchEntities(Query("", EntityJunction(Kind::kAnd, {}))),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, SearchPagesByOffset) {
  PutSearchEntities(store());
  for (const std::string text : {"", "georgia", "g"}) {
    const std::vector<std::string> all = Names(store(), text);
    std::vector<std::string> paged;
    SearchEntitiesQuery query = Query(text);
    query.limit = 2;
    for (int pages = 0; pages < 20; ++pages) {
      ASSERT_OK_AND_ASSIGN(EntityPage page, store().SearchEntities(query));
      EXPECT_LE(page.entities.size(), 2u);
      for (const v1::Entity& entity : page.entities) paged.push_back(entity.display_name());
      if (!page.has_more) break;
      query.offset += static_cast<int64_t>(page.entities.size());
    }
    EXPECT_EQ(paged, all) << text;
  }
}

TEST_P(ArticleStoreContractTest, SearchResultsCarryAliasesAndRoles) {
  v1::Article article = ArticleNaming(
      "a1", "2020-01-24", {Person("Zakir Hasanov", {"Hasanov"}), Country("Azerbaijan", "AZE")});
  AddRole(article, 0, "Defense Minister", 1);
  ASSERT_OK(store().PutArticle(article).status());
  ASSERT_OK_AND_ASSIGN(EntityPage page, store().SearchEntities(Query("hasanov")));
  ASSERT_EQ(page.entities.size(), 1u);
  EXPECT_FALSE(page.has_more);
  EXPECT_THAT(page.entities[0].aliases(), ElementsAre("Hasanov"));
  ASSERT_EQ(page.entities[0].roles_size(), 1);
  EXPECT_EQ(page.entities[0].roles(0).affiliation_name(), "Azerbaijan");
  EXPECT_EQ(page.entities[0].article_count(), 1);
}

TEST_P(ArticleStoreContractTest, SearchResultsAreTheEntitiesGetEntityReads) {
  // Two namesakes, one with a role: one page mixes entities with and without roles.
  v1::Article article =
      ArticleNaming("a1", "2020-01-24",
                    {Person("Zakir Hasanov", {"Hasanov"}), Person("Ali Hasanov", {"Hasanov"}),
                     Country("Azerbaijan", "AZE")});
  AddRole(article, 0, "Defense Minister", 2);
  ASSERT_OK(store().PutArticle(article).status());
  ASSERT_OK_AND_ASSIGN(EntityPage page, store().SearchEntities(Query("hasanov")));
  ASSERT_EQ(page.entities.size(), 2u);
  int with_roles = 0;
  for (const v1::Entity& found : page.entities) {
    ASSERT_OK_AND_ASSIGN(const v1::Entity got, store().GetEntity(found.entity_id()));
    EXPECT_EQ(found.SerializeAsString(), got.SerializeAsString()) << found.display_name();
    with_roles += found.roles_size() > 0 ? 1 : 0;
  }
  EXPECT_EQ(with_roles, 1);
}

}  // namespace newsgraph::store::testing
