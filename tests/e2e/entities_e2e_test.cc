// End to end: two hand-written articles that name the same people and
// places go in through the ingest service; whatever entities the extractor
// finds in them come back out of the query service resolved to canonical
// entities: stored records carry their resource names, GetEntity and
// SearchEntities find them, the same name in both articles is one entity
// counted twice, and re-ingest changes no count. These are the store's
// guarantees given whatever entities the articles carry, so the test holds
// with any extractor (and trivially with none); GetEntity and
// SearchEntities errors are checked regardless.
#include <grpcpp/client_context.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/resolution/canonical_key.h"
#include "shared/resolution/entity_context.h"
#include "shared/resolution/name_normalizer.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/two_articles.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using testing::ServicePair;

using testing::kFirstArticle;
using testing::kSecondArticle;

class EntitiesE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
  }

  v1::CreateArticleResponse Ingest(const std::string& text) {
    v1::CreateArticleRequest request;
    request.set_text(text);
    request.set_source("Example Times");
    grpc::ClientContext context;
    v1::CreateArticleResponse response;
    const grpc::Status status = pair_->ingest()->CreateArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response;
  }

  grpc::Status GetEntity(const std::string& name, v1::Entity* entity) {
    v1::GetEntityRequest request;
    request.set_name(name);
    grpc::ClientContext context;
    v1::GetEntityResponse response;
    const grpc::Status status = pair_->query()->GetEntity(&context, request, &response);
    *entity = response.entity();
    return status;
  }

  v1::Entity MustGetEntity(const std::string& name) {
    v1::Entity entity;
    const grpc::Status status = GetEntity(name, &entity);
    EXPECT_TRUE(status.ok()) << name << ": " << status.error_message();
    return entity;
  }

  grpc::Status Search(const std::string& query, const std::string& filter, int page_size,
                      v1::SearchEntitiesResponse* response) {
    v1::SearchEntitiesRequest request;
    request.set_query(query);
    request.set_filter(filter);
    request.set_page_size(page_size);
    grpc::ClientContext context;
    return pair_->query()->SearchEntities(&context, request, response);
  }

  v1::Article GetArticle(const std::string& name) {
    v1::GetArticleRequest request;
    request.set_name(name);
    grpc::ClientContext context;
    v1::GetArticleResponse response;
    const grpc::Status status = pair_->query()->GetArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response.article();
  }

  std::unique_ptr<ServicePair> pair_;
};

// The resolved entities of `article` by canonical key and the country
// resolution sees for them (shared/resolution), leaving out one-word names
// of people.
std::map<std::string, std::string> KeyedEntities(const v1::Article& article) {
  const std::vector<resolution::EntityContext> contexts = resolution::ContextsOf(article);
  std::map<std::string, std::string> keyed;
  for (int i = 0; i < article.entities_size(); ++i) {
    const v1::ArticleEntity& e = article.entities(i);
    const std::optional<resolution::CanonicalKey> key = resolution::CanonicalKeyOf(e);
    if (!key.has_value() || e.entity().empty()) continue;
    if (e.type() == v1::ENTITY_TYPE_PERSON && key->kind == resolution::KeyKind::kName &&
        resolution::CountWords(key->normalized_name) == 1) {
      continue;
    }
    keyed[key->key + "|" + contexts[static_cast<size_t>(i)].country] = e.entity();
  }
  return keyed;
}

// What the store promises about one stored article's entities.
void ExpectResolved(const v1::Article& article) {
  for (const v1::ArticleEntity& entity : article.entities()) {
    if (entity.name().empty() && entity.country_code().empty()) continue;
    EXPECT_THAT(entity.entity(), MatchesRegex("entities/[0-9a-f]{16}")) << entity.DebugString();
  }
}

TEST_F(EntitiesE2eTest, BothArticlesNameTheSameCanonicalEntities) {
  const v1::CreateArticleResponse first = Ingest(kFirstArticle);
  const v1::CreateArticleResponse second = Ingest(kSecondArticle);
  ASSERT_FALSE(first.already_exists());
  ASSERT_FALSE(second.already_exists());
  ExpectResolved(first.article());
  ExpectResolved(second.article());
  RecordProperty("entities_in_first", first.article().entities_size());
  RecordProperty("entities_in_second", second.article().entities_size());

  // The query service returns the same records.
  EXPECT_EQ(GetArticle(first.article().name()).entities_size(), first.article().entities_size());
  for (int i = 0; i < first.article().entities_size(); ++i) {
    EXPECT_EQ(GetArticle(first.article().name()).entities(i).entity(),
              first.article().entities(i).entity());
  }

  // Every resolved entity can be fetched and found by its name.
  for (const v1::Article* article : {&first.article(), &second.article()}) {
    for (const v1::ArticleEntity& e : article->entities()) {
      if (e.entity().empty()) continue;
      const v1::Entity entity = MustGetEntity(e.entity());
      EXPECT_EQ(entity.name(), e.entity());
      EXPECT_EQ(entity.type(), e.type()) << e.DebugString();
      EXPECT_GE(entity.article_count(), 1);
      EXPECT_GE(entity.mention_count(), 1);
      EXPECT_FALSE(entity.display_name().empty());
      if (e.name().empty()) continue;
      v1::SearchEntitiesResponse found;
      const grpc::Status status = Search(e.name(), "", 100, &found);
      if (status.error_code() == grpc::StatusCode::INVALID_ARGUMENT &&
          status.error_message().find("no letter or digit") != std::string::npos) {
        continue;  // a name without words, resolved by its country code
      }
      ASSERT_TRUE(status.ok()) << e.name() << ": " << status.error_message();
      bool listed = false;
      for (const v1::Entity& hit : found.entities()) listed |= hit.name() == e.entity();
      EXPECT_TRUE(listed) << e.name() << " not found by SearchEntities";
    }
  }
  // One canonical key in both articles, in the same country context, is
  // one entity in two articles (one-word names of people aside: a later
  // article may hold the full name they are a surname of).
  const std::map<std::string, std::string> in_first = KeyedEntities(first.article());
  const std::map<std::string, std::string> in_second = KeyedEntities(second.article());
  for (const auto& [key, name] : in_second) {
    auto it = in_first.find(key);
    if (it == in_first.end()) continue;
    EXPECT_EQ(name, it->second) << key;
    EXPECT_GE(MustGetEntity(name).article_count(), 2) << key;
  }
}

// The entity of `article` named `name`, or an empty one.
v1::ArticleEntity EntityNamed(const v1::Article& article, std::string_view name) {
  for (const v1::ArticleEntity& e : article.entities()) {
    if (e.name() == name) return e;
  }
  ADD_FAILURE() << name << " is not among the entities of " << article.title();
  return v1::ArticleEntity();
}

TEST_F(EntitiesE2eTest, TheExtractorsFindingsAreResolvedAcrossArticles) {
  const v1::Article first = Ingest(kFirstArticle).article();
  const v1::Article second = Ingest(kSecondArticle).article();

  // The same person, country and city in both articles are one entity each.
  for (std::string_view name : {"Zakir Hasanov", "Irakli Garibashvili", "Azerbaijan", "Georgia",
                                "Tbilisi"}) {
    const v1::ArticleEntity in_first = EntityNamed(first, name);
    const v1::ArticleEntity in_second = EntityNamed(second, name);
    ASSERT_FALSE(in_first.entity().empty()) << name;
    EXPECT_EQ(in_first.entity(), in_second.entity()) << name;
    EXPECT_EQ(MustGetEntity(in_first.entity()).article_count(), 2) << name;
  }

  // Hasanov: a person of Azerbaijan, his surname an alias, his office dated.
  const v1::Entity hasanov = MustGetEntity(EntityNamed(first, "Zakir Hasanov").entity());
  EXPECT_EQ(hasanov.type(), v1::ENTITY_TYPE_PERSON);
  EXPECT_THAT(hasanov.aliases(), ::testing::Contains("Hasanov"));
  bool minister = false;
  for (const v1::EntityRole& role : hasanov.roles()) {
    if (role.title().find("Defense Minister") == std::string::npos) continue;
    minister = true;
    EXPECT_EQ(role.affiliation_name(), "Azerbaijan") << role.DebugString();
    EXPECT_EQ(role.first_seen_date().day(), 21) << role.DebugString();
    EXPECT_EQ(role.last_seen_date().day(), 24) << role.DebugString();
  }
  EXPECT_TRUE(minister) << hasanov.DebugString();

  // Gabala resolves to Azerbaijan, with the gazetteer's coordinates.
  const v1::ArticleEntity gabala = EntityNamed(second, "Gabala");
  EXPECT_EQ(gabala.country_code(), "AZE");
  const v1::Entity place = MustGetEntity(gabala.entity());
  EXPECT_TRUE(place.has_latitude()) << place.DebugString();

  // Found by surname and by prefix, with a type filter.
  v1::SearchEntitiesResponse found;
  ASSERT_TRUE(Search("Hasanov", "type = PERSON", 10, &found).ok());
  ASSERT_GE(found.entities_size(), 1);
  EXPECT_EQ(found.entities(0).name(), hasanov.name());
  ASSERT_TRUE(Search("Garib", "", 10, &found).ok());
  ASSERT_GE(found.entities_size(), 1);
  EXPECT_EQ(found.entities(0).display_name(), "Irakli Garibashvili");

  // Dates and quotes come along: "on Tuesday" is the article's own date.
  bool tuesday = false;
  for (const v1::DateMention& date : first.dates()) {
    tuesday |= date.text().find("Tuesday") != std::string::npos && date.value().day() == 21;
  }
  EXPECT_TRUE(tuesday) << first.ShortDebugString();
}

TEST_F(EntitiesE2eTest, ReingestChangesNoCount) {
  const v1::CreateArticleResponse first = Ingest(kFirstArticle);
  std::map<std::string, int64_t> counts;
  for (const v1::ArticleEntity& e : first.article().entities()) {
    if (!e.entity().empty()) counts[e.entity()] = MustGetEntity(e.entity()).mention_count();
  }
  const v1::CreateArticleResponse again = Ingest(kFirstArticle);
  EXPECT_TRUE(again.already_exists());
  for (const auto& [name, mentions] : counts) {
    const v1::Entity entity = MustGetEntity(name);
    EXPECT_EQ(entity.mention_count(), mentions) << name;
    EXPECT_EQ(entity.article_count(), 1) << name;
  }
}

TEST_F(EntitiesE2eTest, SearchFiltersAndPagesEntities) {
  Ingest(kFirstArticle);
  Ingest(kSecondArticle);
  v1::SearchEntitiesResponse people;
  ASSERT_TRUE(Search("", "type = PERSON", 100, &people).ok());
  for (const v1::Entity& entity : people.entities()) {
    EXPECT_EQ(entity.type(), v1::ENTITY_TYPE_PERSON) << entity.display_name();
  }
  // Paging through everything one at a time visits each entity once.
  v1::SearchEntitiesResponse all;
  ASSERT_TRUE(Search("", "", 100, &all).ok());
  std::vector<std::string> paged;
  std::string token;
  for (int pages = 0; pages < 1000; ++pages) {
    v1::SearchEntitiesRequest request;
    request.set_page_size(1);
    request.set_page_token(token);
    grpc::ClientContext context;
    v1::SearchEntitiesResponse page;
    const grpc::Status status = pair_->query()->SearchEntities(&context, request, &page);
    ASSERT_TRUE(status.ok()) << status.error_message();
    for (const v1::Entity& entity : page.entities()) paged.push_back(entity.name());
    token = page.next_page_token();
    if (token.empty()) break;
  }
  std::vector<std::string> listed;
  for (const v1::Entity& entity : all.entities()) listed.push_back(entity.name());
  EXPECT_EQ(paged, listed);
}

TEST_F(EntitiesE2eTest, BadEntityRequestsSayWhatToFix) {
  v1::Entity entity;
  grpc::Status status = GetEntity("entities/0000000000000000", &entity);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND) << status.error_message();
  status = GetEntity("entities/Hasanov", &entity);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("entities/{entity_id}"));

  v1::SearchEntitiesResponse response;
  status = Search("", "", -1, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("page_size"));
  status = Search("", "kind = PERSON", 0, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("kind"));
  status = Search("", "type = ROBOT", 0, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("ROBOT"));
  status = Search("?!", "", 0, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  status = Search("", "", 0, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
}

}  // namespace
}  // namespace newsgraph
