// A GoogleMock ArticleStore, for unit tests of the code above the store.
// Its constructor and destructor are defined in mock_article_store.cc, as
// gMock's cookbook advises ("Making the Compilation Faster"): the mock's
// methods and vtable are then compiled once, in that file, instead of in
// every test file that includes this header.
#ifndef NEWSGRAPH_TESTS_TESTING_MOCK_ARTICLE_STORE_H_
#define NEWSGRAPH_TESTS_TESTING_MOCK_ARTICLE_STORE_H_

#include "gmock/gmock.h"
#include "shared/store/article_store.h"

namespace newsgraph::testing {

class MockArticleStore final : public store::ArticleStore {
 public:
  MockArticleStore();
  ~MockArticleStore() override;

  MOCK_METHOD(absl::StatusOr<store::PutOutcome>, PutArticle, (const v1::Article&), (override));
  MOCK_METHOD(absl::StatusOr<std::vector<store::PutOutcome>>, PutArticles,
              (absl::Span<const v1::Article>), (override));
  MOCK_METHOD(absl::StatusOr<v1::Article>, GetArticle, (std::string_view, bool), (override));
  MOCK_METHOD(absl::StatusOr<store::ArticlePage>, ListArticles, (const store::ListArticlesQuery&),
              (override));
  MOCK_METHOD(absl::StatusOr<store::SearchPage>, SearchArticles,
              (const store::SearchArticlesQuery&), (override));
  MOCK_METHOD(absl::StatusOr<int64_t>, CountArticles, (), (override));
  MOCK_METHOD(absl::StatusOr<v1::Entity>, GetEntity, (std::string_view), (override));
  MOCK_METHOD(absl::StatusOr<store::EntityPage>, SearchEntities,
              (const store::SearchEntitiesQuery&), (override));
  MOCK_METHOD(absl::StatusOr<v1::Event>, GetEvent, (std::string_view), (override));
  MOCK_METHOD(absl::StatusOr<store::EventPage>, ListEvents,
              (const store::ListEventsQuery&, store::EventSink*), (override));
  MOCK_METHOD(absl::StatusOr<store::WatchBatch>, WatchEvents, (const store::WatchEventsQuery&),
              (override));
  MOCK_METHOD(absl::StatusOr<int64_t>, LatestEventSequence, (), (override));
  MOCK_METHOD(absl::StatusOr<int64_t>, DataVersion, (), (override));
  MOCK_METHOD(absl::Status, GetRelationship,
              (std::string_view, std::string_view, int, v1::Relationship*), (override));
  MOCK_METHOD(absl::StatusOr<std::vector<v1::RelatedEntity>>, ListRelatedEntities,
              (const store::RelatedEntitiesQuery&), (override));
  MOCK_METHOD(absl::StatusOr<std::vector<store::GraphEdge>>, GetGraphEdges,
              (std::string_view, int), (override));
  MOCK_METHOD(absl::StatusOr<int64_t>, GetTieWeight, (std::string_view, std::string_view),
              (override));
  MOCK_METHOD(absl::StatusOr<v1::PathStep>, GetTie, (std::string_view, std::string_view),
              (override));
  MOCK_METHOD(absl::StatusOr<std::vector<store::DatedEventCount>>, CountEventsByDate,
              (std::string_view, std::string_view), (override));
};

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_MOCK_ARTICLE_STORE_H_
