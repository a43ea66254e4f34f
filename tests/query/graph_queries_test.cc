// GraphQueries over a mock store: request validation, the related-entities
// filter, FindPaths over the store's edges and ties, timelines.
#include "query_service/graph_queries.h"

#include <map>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/store/store_factory.h"
#include "tests/testing/mock_article_store.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::query {
namespace {

using ::newsgraph::testing::StatusIs;
using ::testing::_;
using ::testing::AllOf;
using ::testing::DoAll;
using ::testing::HasSubstr;
using ::testing::Invoke;
using ::testing::Return;
using ::testing::SaveArg;
using ::testing::SetArgPointee;

constexpr char kA[] = "aaaaaaaaaaaaaaaa";
constexpr char kB[] = "bbbbbbbbbbbbbbbb";
constexpr char kC[] = "cccccccccccccccc";

std::string Name(const char* id) { return std::string("entities/") + id; }

class GraphQueriesTest : public ::testing::Test {
 protected:
  store::RelatedEntitiesQuery SeenRelated(const std::string& filter, int page_size = 0) {
    store::RelatedEntitiesQuery seen;
    EXPECT_CALL(store_, ListRelatedEntities(_))
        .WillOnce(DoAll(SaveArg<0>(&seen), Return(std::vector<v1::RelatedEntity>())));
    v1::ListRelatedEntitiesRequest request;
    request.set_entity(Name(kA));
    request.set_filter(filter);
    request.set_page_size(page_size);
    absl::StatusOr<v1::ListRelatedEntitiesResponse> response =
        queries_.ListRelatedEntities(request);
    EXPECT_TRUE(response.ok()) << filter << ": " << response.status();
    return seen;
  }

  absl::Status RelatedError(const std::string& filter) {
    v1::ListRelatedEntitiesRequest request;
    request.set_entity(Name(kA));
    request.set_filter(filter);
    return queries_.ListRelatedEntities(request).status();
  }

  absl::StatusOr<v1::GetRelationshipResponse> Relationship(
      const v1::GetRelationshipRequest& request) {
    v1::GetRelationshipResponse response;
    absl::Status status = queries_.GetRelationship(request, &response);
    if (!status.ok()) return status;
    return response;
  }

  testing::MockArticleStore store_;
  GraphQueries queries_{&store_};
};

TEST_F(GraphQueriesTest, GetRelationshipPassesIdsAndSizes) {
  v1::Relationship relationship;
  relationship.set_event_count(3);
  const auto answer = DoAll(SetArgPointee<3>(relationship), Return(absl::OkStatus()));
  EXPECT_CALL(store_, GetRelationship(std::string_view(kA), std::string_view(kB),
                                      kDefaultRelationshipEvents, _))
      .WillOnce(answer);
  EXPECT_CALL(store_, GetRelationship(std::string_view(kA), std::string_view(kB), 7, _))
      .WillOnce(answer);
  EXPECT_CALL(store_, GetRelationship(std::string_view(kA), std::string_view(kB),
                                      kMaxRelationshipEvents, _))
      .WillOnce(answer);
  v1::GetRelationshipRequest request;
  request.set_entity(Name(kA));
  request.set_other_entity(Name(kB));
  ASSERT_OK_AND_ASSIGN(v1::GetRelationshipResponse response, Relationship(request));
  EXPECT_EQ(response.relationship().event_count(), 3);
  request.set_max_events(7);
  EXPECT_TRUE(Relationship(request).ok());
  request.set_max_events(5000);
  EXPECT_TRUE(Relationship(request).ok());
}

TEST_F(GraphQueriesTest, GetRelationshipValidation) {
  EXPECT_CALL(store_, GetRelationship(_, _, _, _)).Times(0);
  v1::GetRelationshipRequest request;
  request.set_entity(Name(kA));
  request.set_other_entity(Name(kA));
  EXPECT_THAT(Relationship(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("same entity")));
  request.set_other_entity("Georgia");
  EXPECT_THAT(Relationship(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("other_entity")));
  request.set_entity("");
  request.set_other_entity(Name(kB));
  EXPECT_THAT(Relationship(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("entity")));
  request.set_entity(Name(kA));
  request.set_max_events(-1);
  EXPECT_THAT(Relationship(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("max_events")));
}

TEST_F(GraphQueriesTest, GetRelationshipNotFoundPassesThrough) {
  EXPECT_CALL(store_, GetRelationship(_, _, _, _))
      .WillOnce(Return(absl::NotFoundError("entity bbbbbbbbbbbbbbbb not found")));
  v1::GetRelationshipRequest request;
  request.set_entity(Name(kA));
  request.set_other_entity(Name(kB));
  EXPECT_THAT(Relationship(request),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr(kB)));
}

TEST_F(GraphQueriesTest, RelatedFilterKinds) {
  store::RelatedEntitiesQuery q = SeenRelated("");
  EXPECT_EQ(q.entity_id, kA);
  EXPECT_TRUE(q.include_events);
  EXPECT_TRUE(q.include_relations);
  EXPECT_EQ(q.limit, kDefaultRelatedEntities);

  q = SeenRelated("kind = EVENT");
  EXPECT_TRUE(q.include_events);
  EXPECT_FALSE(q.include_relations);
  q = SeenRelated("kind = RELATION");
  EXPECT_FALSE(q.include_events);
  EXPECT_TRUE(q.include_relations);
  EXPECT_FALSE(q.relation_type.has_value());
  q = SeenRelated("kind = MEMBER_OF");
  EXPECT_FALSE(q.include_events);
  EXPECT_EQ(q.relation_type, "MEMBER_OF");
  q = SeenRelated("kind = role");
  EXPECT_EQ(q.relation_type, "ROLE");
  q = SeenRelated("kind = CONSULT");
  EXPECT_TRUE(q.include_events);
  EXPECT_FALSE(q.include_relations);
  EXPECT_EQ(q.category, v1::EVENT_CATEGORY_CONSULT);
}

TEST_F(GraphQueriesTest, RelatedFilterDates) {
  store::RelatedEntitiesQuery q = SeenRelated("date >= \"2020-01\"");
  EXPECT_EQ(q.min_date_key, "2020-01-01");
  EXPECT_EQ(q.max_date_key, "");
  EXPECT_FALSE(q.include_relations);
  q = SeenRelated("date > \"2020-01\"");
  EXPECT_EQ(q.min_date_key, "2020-02-01");
  q = SeenRelated("date <= \"2020-02\"");
  EXPECT_EQ(q.max_date_key, "2020-02-29");
  q = SeenRelated("date < \"2020\"");
  EXPECT_EQ(q.max_date_key, "2019-12-31");
  q = SeenRelated("date > \"2019-12-31\" AND date < \"2020-03-01\"");
  EXPECT_EQ(q.min_date_key, "2020-01-01");
  EXPECT_EQ(q.max_date_key, "2020-02-29");
}

TEST_F(GraphQueriesTest, RelatedFilterTypesAndSizes) {
  store::RelatedEntitiesQuery q = SeenRelated("type = PERSON AND kind = EVENT", 5);
  EXPECT_EQ(q.entity_type, v1::ENTITY_TYPE_PERSON);
  EXPECT_FALSE(q.exclude_entity_type);
  EXPECT_FALSE(q.include_relations);
  EXPECT_EQ(q.limit, 5);
  q = SeenRelated("type != LOCATION", 1000);
  EXPECT_EQ(q.entity_type, v1::ENTITY_TYPE_LOCATION);
  EXPECT_TRUE(q.exclude_entity_type);
  EXPECT_EQ(q.limit, kMaxRelatedEntities);
}

TEST_F(GraphQueriesTest, RelatedFilterErrors) {
  EXPECT_CALL(store_, ListRelatedEntities(_)).Times(0);
  EXPECT_THAT(RelatedError("kind = EVENT OR kind = RELATION"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("AND only")));
  EXPECT_THAT(RelatedError("NOT kind = EVENT"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("AND only")));
  EXPECT_THAT(RelatedError("colour = red"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("colour"), HasSubstr("kind, date, type"))));
  EXPECT_THAT(RelatedError("kind = FRIEND"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("FRIEND"), HasSubstr("MEMBER_OF"), HasSubstr("CONSULT"))));
  EXPECT_THAT(RelatedError("kind != EVENT"), StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(RelatedError("date = \"2020\""),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("date takes")));
  EXPECT_THAT(RelatedError("date != \"2020\""), StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(RelatedError("date >= \"soon\""),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("YYYY-MM-DD")));
  EXPECT_THAT(RelatedError("type = PLANET"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("PERSON")));
  EXPECT_THAT(RelatedError("type > PERSON"), StatusIs(absl::StatusCode::kInvalidArgument));

  v1::ListRelatedEntitiesRequest request;
  request.set_entity("entities/nope");
  EXPECT_THAT(queries_.ListRelatedEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument));
  request.set_entity(Name(kA));
  request.set_page_size(-3);
  EXPECT_THAT(queries_.ListRelatedEntities(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_size")));
}

v1::FindPathsRequest Paths(const char* from, const char* to, int max_hops = 0,
                           int max_paths = 0) {
  v1::FindPathsRequest request;
  request.set_entity(Name(from));
  request.set_other_entity(Name(to));
  request.set_max_hops(max_hops);
  request.set_max_paths(max_paths);
  return request;
}

TEST_F(GraphQueriesTest, FindPathsValidation) {
  EXPECT_CALL(store_, GetGraphEdges(_, _)).Times(0);
  EXPECT_THAT(queries_.FindPaths(Paths(kA, kA)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("same entity")));
  EXPECT_THAT(queries_.FindPaths(Paths(kA, kB, -1)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("max_hops")));
  EXPECT_THAT(queries_.FindPaths(Paths(kA, kB, 0, -1)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("max_paths")));
  v1::FindPathsRequest bad = Paths(kA, kB);
  bad.set_entity("Levan Izoria");
  EXPECT_THAT(queries_.FindPaths(bad), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_F(GraphQueriesTest, FindPathsNotFoundForAnUnknownEntity) {
  EXPECT_CALL(store_, GetEntity(std::string_view(kA))).WillRepeatedly(Return(v1::Entity()));
  EXPECT_CALL(store_, GetEntity(std::string_view(kB)))
      .WillRepeatedly(Return(absl::NotFoundError("entity bbbbbbbbbbbbbbbb not found")));
  EXPECT_CALL(store_, GetGraphEdges(_, _)).Times(0);
  EXPECT_THAT(queries_.FindPaths(Paths(kA, kB)),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr(kB)));
  EXPECT_THAT(queries_.FindPaths(Paths(kB, kA)), StatusIs(absl::StatusCode::kNotFound));
}

TEST_F(GraphQueriesTest, FindPathsAssemblesStepsFromTies) {
  // a - c - b.
  const std::map<std::string, std::vector<store::GraphEdge>> edges = {
      {kA, {{kC, 2}}}, {kB, {{kC, 1}}}, {kC, {{kA, 2}, {kB, 1}}}};
  EXPECT_CALL(store_, GetEntity(_)).WillRepeatedly(Return(v1::Entity()));
  EXPECT_CALL(store_, GetGraphEdges(_, _))
      .WillRepeatedly(Invoke([&edges](std::string_view id, int limit) {
        auto it = edges.find(std::string(id));
        std::vector<store::GraphEdge> out;
        if (it != edges.end()) out = it->second;
        EXPECT_GT(limit, 0);
        return absl::StatusOr<std::vector<store::GraphEdge>>(out);
      }));
  EXPECT_CALL(store_, GetTieWeight(_, _))
      .WillRepeatedly(Invoke([&edges](std::string_view from, std::string_view to) {
        int64_t weight = 0;
        for (const store::GraphEdge& e : edges.at(std::string(from))) {
          if (e.entity_id == to) weight = e.weight;
        }
        return absl::StatusOr<int64_t>(weight);
      }));
  EXPECT_CALL(store_, GetTie(_, _))
      .WillRepeatedly(Invoke([](std::string_view from, std::string_view to) {
        v1::PathStep step;
        step.mutable_from_entity()->set_name(Name(std::string(from).c_str()));
        step.mutable_to_entity()->set_name(Name(std::string(to).c_str()));
        step.set_kind("EVENT");
        step.add_evidence()->set_text("They met.");
        return absl::StatusOr<v1::PathStep>(step);
      }));
  ASSERT_OK_AND_ASSIGN(v1::FindPathsResponse response, queries_.FindPaths(Paths(kA, kB)));
  ASSERT_EQ(response.paths_size(), 1);
  ASSERT_EQ(response.paths(0).steps_size(), 2);
  EXPECT_EQ(response.paths(0).steps(0).from_entity().name(), Name(kA));
  EXPECT_EQ(response.paths(0).steps(0).to_entity().name(), Name(kC));
  EXPECT_EQ(response.paths(0).steps(1).from_entity().name(), Name(kC));
  EXPECT_EQ(response.paths(0).steps(1).to_entity().name(), Name(kB));
  EXPECT_FALSE(response.truncated());

  // max_hops 1: no path of one step.
  ASSERT_OK_AND_ASSIGN(v1::FindPathsResponse none, queries_.FindPaths(Paths(kA, kB, 1)));
  EXPECT_EQ(none.paths_size(), 0);
}

TEST_F(GraphQueriesTest, FindPathsPassesStoreErrors) {
  EXPECT_CALL(store_, GetEntity(_)).WillRepeatedly(Return(v1::Entity()));
  EXPECT_CALL(store_, GetTieWeight(_, _)).WillRepeatedly(Return(0));
  EXPECT_CALL(store_, GetGraphEdges(_, _))
      .WillRepeatedly(Return(absl::UnavailableError("database is busy")));
  EXPECT_THAT(queries_.FindPaths(Paths(kA, kB)), StatusIs(absl::StatusCode::kUnavailable));
  EXPECT_CALL(store_, GetTieWeight(_, _))
      .WillRepeatedly(Return(absl::UnavailableError("database is busy")));
  EXPECT_THAT(queries_.FindPaths(Paths(kA, kB)), StatusIs(absl::StatusCode::kUnavailable));
}

TEST_F(GraphQueriesTest, FindPathsOfTiedEntitiesReadsNoEdges) {
  EXPECT_CALL(store_, GetEntity(_)).WillRepeatedly(Return(v1::Entity()));
  EXPECT_CALL(store_, GetTieWeight(std::string_view(kA), std::string_view(kB)))
      .WillOnce(Return(7));
  EXPECT_CALL(store_, GetGraphEdges(_, _)).Times(0);
  EXPECT_CALL(store_, GetTie(std::string_view(kA), std::string_view(kB)))
      .WillOnce(Invoke([](std::string_view from, std::string_view to) {
        v1::PathStep step;
        step.mutable_from_entity()->set_name(Name(std::string(from).c_str()));
        step.mutable_to_entity()->set_name(Name(std::string(to).c_str()));
        step.set_kind("ROLE");
        return absl::StatusOr<v1::PathStep>(step);
      }));
  ASSERT_OK_AND_ASSIGN(v1::FindPathsResponse response, queries_.FindPaths(Paths(kA, kB)));
  ASSERT_EQ(response.paths_size(), 1);
  ASSERT_EQ(response.paths(0).steps_size(), 1);
  EXPECT_EQ(response.paths(0).steps(0).kind(), "ROLE");
  EXPECT_FALSE(response.truncated());
}

TEST_F(GraphQueriesTest, TimelineValidationAndBuckets) {
  v1::GetTimelineRequest request;
  request.set_entity(Name(kA));
  request.set_start_date("2020");
  request.set_end_date("2020-01");
  request.set_granularity(v1::TIME_GRANULARITY_DAY);
  const std::vector<store::DatedEventCount> rows = {
      {"2019-12-31", v1::QUAD_CLASS_VERBAL_COOPERATION, 1},
      {"2020-01-31", v1::QUAD_CLASS_VERBAL_CONFLICT, 2},
      {"", v1::QUAD_CLASS_VERBAL_COOPERATION, 1}};
  EXPECT_CALL(store_, CountEventsByDate(std::string_view(kA), std::string_view("")))
      .WillOnce(Return(rows));
  ASSERT_OK_AND_ASSIGN(v1::GetTimelineResponse timeline, queries_.GetTimeline(request));
  ASSERT_EQ(timeline.buckets_size(), 1);
  EXPECT_EQ(timeline.buckets(0).conflict_count(), 2);
  EXPECT_EQ(timeline.event_count(), 2);
  EXPECT_EQ(timeline.undated_event_count(), 1);

  request.set_other_entity(Name(kB));
  EXPECT_CALL(store_, CountEventsByDate(std::string_view(kA), std::string_view(kB)))
      .WillOnce(Return(rows));
  EXPECT_TRUE(queries_.GetTimeline(request).ok());

  request.set_other_entity(Name(kA));
  EXPECT_THAT(queries_.GetTimeline(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("same entity")));
  request.clear_other_entity();
  request.set_start_date("2021");
  EXPECT_THAT(queries_.GetTimeline(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("before")));
  request.set_start_date("last week");
  EXPECT_THAT(queries_.GetTimeline(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("start_date")));
  request.set_start_date("");
  request.set_granularity(static_cast<v1::TimeGranularity>(42));
  EXPECT_THAT(queries_.GetTimeline(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("granularity")));
}

// FindPaths over a real (in-memory SQLite) store.
class GraphQueriesOnAStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<store::ArticleStore>> opened =
        store::OpenStore("sqlite::memory:", store::StoreOptions{});
    ASSERT_TRUE(opened.ok()) << opened.status();
    store_ = *std::move(opened);
    queries_ = std::make_unique<GraphQueries>(store_.get());
  }

  // Stores an article naming `people` (name, ISO country) with one CONSULT
  // event per (actor, recipient) index pair; returns the entities' names.
  std::vector<std::string> Put(const std::string& id,
                               const std::vector<std::pair<std::string, std::string>>& people,
                               const std::vector<std::pair<int, int>>& meetings) {
    v1::Article article;
    article.set_article_id(id);
    article.set_source("Wire");
    article.add_sentences()->set_text("The ministers met on Tuesday.");
    for (const auto& [name, country] : people) {
      v1::ArticleEntity* e = article.add_entities();
      e->set_name(name);
      e->set_type(v1::ENTITY_TYPE_PERSON);
      e->set_country_code(country);
    }
    int day = 1;
    for (const auto& [actor, recipient] : meetings) {
      v1::Event* event = article.add_events();
      event->set_category(v1::EVENT_CATEGORY_CONSULT);
      event->set_quad_class(v1::QUAD_CLASS_VERBAL_COOPERATION);
      event->mutable_date()->set_year(2020);
      event->mutable_date()->set_month(1);
      event->mutable_date()->set_day(day++);
      event->mutable_date()->set_precision(v1::DATE_PRECISION_DAY);
      for (const auto& [index, list] :
           {std::pair{actor, event->mutable_actors()}, {recipient, event->mutable_recipients()}}) {
        v1::EventParticipant* p = list->Add();
        p->set_entity_index(index);
        p->set_name(people[index].first);
        p->set_country_code(people[index].second);
      }
      event->add_mentions()->set_sentence_index(0);
    }
    absl::StatusOr<store::PutOutcome> put = store_->PutArticle(article);
    EXPECT_TRUE(put.ok()) << put.status();
    std::vector<std::string> names;
    if (put.ok()) {
      for (const v1::ArticleEntity& e : put->article.entities()) names.push_back(e.entity());
    }
    return names;
  }

  std::unique_ptr<store::ArticleStore> store_;
  std::unique_ptr<GraphQueries> queries_;
};

TEST_F(GraphQueriesOnAStoreTest, PathsWithEvidenceOnEveryStep) {
  const std::vector<std::string> names =
      Put("a1", {{"Zakir Hasanov", "AZE"}, {"Irakli Garibashvili", "GEO"}, {"Levan Izoria", "GEO"}},
          {{0, 1}, {0, 2}});
  ASSERT_EQ(names.size(), 3u);
  v1::FindPathsRequest request;
  request.set_entity(names[1]);
  request.set_other_entity(names[2]);
  ASSERT_OK_AND_ASSIGN(v1::FindPathsResponse response, queries_->FindPaths(request));
  ASSERT_EQ(response.paths_size(), 1);
  ASSERT_EQ(response.paths(0).steps_size(), 2);
  EXPECT_EQ(response.paths(0).steps(0).to_entity().display_name(), "Zakir Hasanov");
  for (const v1::PathStep& step : response.paths(0).steps()) {
    EXPECT_EQ(step.kind(), "EVENT");
    EXPECT_EQ(step.label(), "CONSULT");
    ASSERT_EQ(step.evidence_size(), 1);
    EXPECT_EQ(step.evidence(0).text(), "The ministers met on Tuesday.");
  }
  request.set_other_entity("entities/0123456789abcdef");
  EXPECT_THAT(queries_->FindPaths(request), StatusIs(absl::StatusCode::kNotFound));
}

TEST_F(GraphQueriesOnAStoreTest, NoPathThroughACountryNoArticleNames) {
  // Two Azerbaijani-Georgian meetings; no article names either country.
  const std::vector<std::string> names =
      Put("a1",
          {{"Zakir Hasanov", "AZE"}, {"Irakli Garibashvili", "GEO"},
           {"Elmar Mammadyarov", "AZE"}, {"David Zalkaliani", "GEO"}},
          {{0, 1}, {2, 3}});
  ASSERT_EQ(names.size(), 4u);
  v1::FindPathsRequest request;
  request.set_entity(names[0]);
  request.set_other_entity(names[2]);
  ASSERT_OK_AND_ASSIGN(v1::FindPathsResponse response, queries_->FindPaths(request));
  EXPECT_EQ(response.paths_size(), 0) << response.DebugString();
}

}  // namespace
}  // namespace newsgraph::query
