#include "query_service/entity_queries.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/mock_article_store.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::query {
namespace {

using ::newsgraph::testing::StatusIs;
using store::EntityCompareOp;
using store::EntityField;
using store::EntityFilter;
using ::testing::_;
using ::testing::AllOf;
using ::testing::DoAll;
using ::testing::HasSubstr;
using ::testing::Return;
using ::testing::SaveArg;

constexpr char kId[] = "eceff30be7ae96a8";

class EntityQueriesTest : public ::testing::Test {
 protected:
  // Runs SearchEntities with `request` and returns the query the store saw.
  store::SearchEntitiesQuery Seen(const v1::SearchEntitiesRequest& request) {
    store::SearchEntitiesQuery seen;
    EXPECT_CALL(store_, SearchEntities(_))
        .WillOnce(DoAll(SaveArg<0>(&seen), Return(store::EntityPage())));
    absl::StatusOr<v1::SearchEntitiesResponse> response = queries_.SearchEntities(request);
    EXPECT_TRUE(response.ok()) << response.status();
    return seen;
  }

  store::SearchEntitiesQuery SeenFilter(const std::string& filter) {
    v1::SearchEntitiesRequest request;
    request.set_filter(filter);
    return Seen(request);
  }

  testing::MockArticleStore store_;
  paging::PageTokenCodec codec_;
  EntityQueries queries_{&store_, &codec_};
};

TEST_F(EntityQueriesTest, GetChecksTheNameAndAsksTheStore) {
  v1::Entity entity;
  entity.set_entity_id(kId);
  entity.set_display_name("Zakir Hasanov");
  EXPECT_CALL(store_, GetEntity(std::string_view(kId))).WillOnce(Return(entity));
  v1::GetEntityRequest request;
  request.set_name(std::string("entities/") + kId);
  absl::StatusOr<v1::GetEntityResponse> response = queries_.GetEntity(request);
  ASSERT_TRUE(response.ok()) << response.status();
  EXPECT_EQ(response->entity().display_name(), "Zakir Hasanov");

  for (const char* bad : {"", "entities/", "entities/xyz", "entity/eceff30be7ae96a8",
                          "entities/ECEFF30BE7AE96A8", "entities/eceff30be7ae96a",
                          "articles/"
                          "eceff30be7ae96a8",
                          "entities/eceff30be7ae96a8/roles"}) {
    request.set_name(bad);
    EXPECT_THAT(queries_.GetEntity(request),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("entities/{entity_id}")))
        << bad;
  }
}

TEST_F(EntityQueriesTest, GetPassesNotFoundThrough) {
  EXPECT_CALL(store_, GetEntity(_)).WillOnce(Return(absl::NotFoundError("entity x not found")));
  v1::GetEntityRequest request;
  request.set_name(std::string("entities/") + kId);
  EXPECT_THAT(queries_.GetEntity(request), StatusIs(absl::StatusCode::kNotFound));
}

TEST_F(EntityQueriesTest, PageSizesDefaultAndAreCapped) {
  v1::SearchEntitiesRequest request;
  EXPECT_EQ(Seen(request).limit, kDefaultEntityPageSize);
  request.set_page_size(7);
  EXPECT_EQ(Seen(request).limit, 7);
  request.set_page_size(5000);
  EXPECT_EQ(Seen(request).limit, kMaxEntityPageSize);
  request.set_page_size(-1);
  EXPECT_THAT(
      queries_.SearchEntities(request),
      StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_size must not be negative")));
}

TEST_F(EntityQueriesTest, PassesTheTextTrimmedAndRejectsOverlongOnes) {
  v1::SearchEntitiesRequest request;
  request.set_query("  Hasanov ");
  EXPECT_EQ(Seen(request).text, "Hasanov");
  request.set_query(std::string(kMaxEntityQueryBytes + 1, 'a'));
  EXPECT_THAT(queries_.SearchEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("query is")));
}

TEST_F(EntityQueriesTest, FiltersBecomeTypedConditions) {
  store::SearchEntitiesQuery seen = SeenFilter("type = PERSON");
  ASSERT_EQ(seen.filter.kind, EntityFilter::Kind::kCondition);
  EXPECT_EQ(seen.filter.condition.field, EntityField::kType);
  EXPECT_EQ(seen.filter.condition.op, EntityCompareOp::kEq);
  EXPECT_EQ(seen.filter.condition.text, "ENTITY_TYPE_PERSON");

  seen = SeenFilter("subtype != entity_subtype_country");
  EXPECT_EQ(seen.filter.condition.field, EntityField::kSubtype);
  EXPECT_EQ(seen.filter.condition.op, EntityCompareOp::kNe);
  EXPECT_EQ(seen.filter.condition.text, "ENTITY_SUBTYPE_COUNTRY");

  seen = SeenFilter("country_code = \"geo\"");
  EXPECT_EQ(seen.filter.condition.field, EntityField::kCountryCode);
  EXPECT_EQ(seen.filter.condition.text, "GEO");

  seen = SeenFilter("country_code = \"\"");
  EXPECT_EQ(seen.filter.condition.text, "");

  seen = SeenFilter("type = PERSON AND (country_code = GEO OR -subtype = LOCATION_OTHER)");
  ASSERT_EQ(seen.filter.kind, EntityFilter::Kind::kAnd);
  ASSERT_EQ(seen.filter.children.size(), 2u);
  EXPECT_EQ(seen.filter.children[1].kind, EntityFilter::Kind::kOr);
  EXPECT_EQ(seen.filter.children[1].children[1].kind, EntityFilter::Kind::kNot);
  EXPECT_EQ(seen.filter.children[1].children[1].children[0].condition.text,
            "ENTITY_SUBTYPE_LOCATION_OTHER");

  EXPECT_EQ(SeenFilter("").filter.kind, EntityFilter::Kind::kTrue);
}

TEST_F(EntityQueriesTest, BadFiltersNameTheFieldOrValue) {
  struct Case {
    const char* filter;
    const char* message;
  };
  for (const Case& c : {
           Case{"name = \"Hasanov\"", "unknown field 'name'"},
           Case{"type = ROBOT", "\"ROBOT\" is not a type; use one of PERSON, ORGANIZATION"},
           Case{"type = UNSPECIFIED", "is not a type"},
           Case{"subtype = TOWN", "\"TOWN\" is not a subtype; use one of GOVERNMENT"},
           Case{"country_code = Georgia", "not an ISO 3166-1 alpha-3 code"},
           Case{"type : PERSON", "type takes = or !="},
           Case{"country_code > \"GEO\"", "country_code takes = or !="},
           Case{"type = ", "filter"},
       }) {
    v1::SearchEntitiesRequest request;
    request.set_filter(c.filter);
    EXPECT_THAT(queries_.SearchEntities(request),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr(c.message)))
        << c.filter;
  }
}

TEST_F(EntityQueriesTest, PageTokensResumeOnlyTheSameQuery) {
  store::EntityPage first;
  first.entities.resize(2);
  first.has_more = true;
  store::SearchEntitiesQuery seen;
  EXPECT_CALL(store_, SearchEntities(_))
      .WillOnce(Return(first))
      .WillOnce(DoAll(SaveArg<0>(&seen), Return(store::EntityPage())));

  v1::SearchEntitiesRequest request;
  request.set_query("hasanov");
  request.set_filter("type = PERSON");
  request.set_page_size(2);
  absl::StatusOr<v1::SearchEntitiesResponse> page1 = queries_.SearchEntities(request);
  ASSERT_TRUE(page1.ok()) << page1.status();
  EXPECT_EQ(page1->entities_size(), 2);
  ASSERT_FALSE(page1->next_page_token().empty());

  request.set_page_token(page1->next_page_token());
  absl::StatusOr<v1::SearchEntitiesResponse> page2 = queries_.SearchEntities(request);
  ASSERT_TRUE(page2.ok()) << page2.status();
  EXPECT_EQ(seen.offset, 2);
  EXPECT_TRUE(page2->next_page_token().empty());

  // The same token with another query or filter is refused; so is a
  // tampered one.
  request.set_query("izoria");
  EXPECT_THAT(queries_.SearchEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("different query")));
  request.set_query("hasanov");
  request.set_filter("type = ORGANIZATION");
  EXPECT_THAT(queries_.SearchEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("different query")));
  request.set_filter("type = PERSON");
  request.set_page_token(page1->next_page_token() + "x");
  EXPECT_THAT(queries_.SearchEntities(request), StatusIs(absl::StatusCode::kInvalidArgument));
  // An article listing's token is not an entity search's.
  internal::v1::PageTokenPayload foreign;
  foreign.set_query_fingerprint(paging::QueryFingerprint({"SearchArticles", "hasanov", ""}));
  request.set_page_token(codec_.Encode(foreign));
  EXPECT_THAT(queries_.SearchEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("different query")));
}

TEST_F(EntityQueriesTest, StoreErrorsPassThrough) {
  EXPECT_CALL(store_, SearchEntities(_))
      .WillOnce(Return(absl::InvalidArgumentError("entity search text \"!!!\" has no letter")))
      .WillOnce(Return(absl::UnavailableError("busy")));
  v1::SearchEntitiesRequest request;
  request.set_query("!!!");
  EXPECT_THAT(queries_.SearchEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument, AllOf(HasSubstr("!!!"))));
  EXPECT_THAT(queries_.SearchEntities(request), StatusIs(absl::StatusCode::kUnavailable));
}

}  // namespace
}  // namespace newsgraph::query
