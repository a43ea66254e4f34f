#include "tests/store/graph_aggregate_fixture.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "shared/model/event_classes.h"
#include "tests/store/entity_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {

void AddEventTo(v1::Article& article, v1::EventCategory category, std::string_view date,
                std::vector<int> actors, std::vector<int> recipients) {
  v1::Event* event = article.add_events();
  event->set_category(category);
  event->set_quad_class(model::QuadClassOf(category));
  if (!date.empty()) *event->mutable_date() = Date(date);
  auto participant = [&article](int index) {
    v1::EventParticipant p;
    p.set_entity_index(index);
    p.set_name(article.entities(index).name());
    p.set_country_code(article.entities(index).country_code());
    return p;
  };
  for (int i : actors) *event->add_actors() = participant(i);
  for (int i : recipients) *event->add_recipients() = participant(i);
  event->add_mentions()->set_sentence_index(0);
}

std::vector<std::string> GraphAnswers(ArticleStore& store, const std::vector<std::string>& ids) {
  std::vector<std::string> answers;
  for (const std::string& id : ids) {
    absl::StatusOr<std::vector<DatedEventCount>> days = store.CountEventsByDate(id, "");
    EXPECT_THAT(days, IsOk());
    std::vector<std::string> day_rows;
    if (days.ok()) {
      for (const DatedEventCount& d : *days) {
        day_rows.push_back(absl::StrCat(d.date_key, "/", d.quad_class, "=", d.count));
      }
    }
    std::sort(day_rows.begin(), day_rows.end());
    answers.push_back(absl::StrCat(id, " days ", absl::StrJoin(day_rows, " ")));
    RelatedEntitiesQuery query;
    query.entity_id = id;
    query.limit = 100;
    absl::StatusOr<std::vector<v1::RelatedEntity>> related = store.ListRelatedEntities(query);
    EXPECT_THAT(related, IsOk());
    if (related.ok()) {
      for (const v1::RelatedEntity& r : *related) {
        answers.push_back(absl::StrCat(id, " related ", r.ShortDebugString()));
      }
    }
    absl::StatusOr<std::vector<GraphEdge>> edges = store.GetGraphEdges(id, 100);
    EXPECT_THAT(edges, IsOk());
    if (edges.ok()) {
      for (const GraphEdge& e : *edges) {
        answers.push_back(absl::StrCat(id, " edge ", e.entity_id, "=", e.weight));
      }
    }
  }
  return answers;
}

v1::Article ArticleTyingManyPairs(std::string_view id, int people) {
  std::vector<v1::ArticleEntity> entities = {Country("Azerbaijan", "AZE"),
                                             Country("Georgia", "GEO")};
  for (int i = 0; i < people; ++i) {
    entities.push_back(Person(absl::StrCat("Person Number", i), {}, i % 2 == 0 ? "AZE" : "GEO"));
  }
  v1::Article article = ArticleNaming(id, "2020-01-24", entities);
  std::vector<int> first_half, second_half;
  for (int i = 0; i < people; ++i) (i < people / 2 ? first_half : second_half).push_back(i + 2);
  AddEventTo(article, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", first_half, second_half);
  AddEventTo(article, v1::EVENT_CATEGORY_ACCUSE, "", {1}, {0});
  AddEventTo(article, v1::EVENT_CATEGORY_COOPERATE, "2019-06", {0, 2}, {1});
  AddRole(article, 2, "Defense Minister", 0)->set_sentence_index(0);
  return article;
}

std::vector<std::string> EntityIdsOf(const v1::Article& stored) {
  std::vector<std::string> ids;
  for (const v1::ArticleEntity& e : stored.entities()) {
    ids.push_back(e.entity().substr(e.entity().find('/') + 1));
  }
  return ids;
}

}  // namespace newsgraph::store::testing
