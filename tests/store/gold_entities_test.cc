// Cross-article resolution on real annotations: the entities and roles a
// careful analyst took out of the seed article and the 24 annotated
// Wikinews articles (../shared/eval/*.gold.jsonl, read in place next to
// the corpus) are stored as 25 articles' extraction, and the people,
// countries and bodies that several articles name must come out as one
// entity each, with the right counts, aliases and roles over time.
// Skipped when the annotations are absent.
#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "shared/date/partial_date.h"
#include "shared/resolution/name_normalizer.h"
#include "shared/store/store_factory.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;

std::string EvalDir() { return std::string(NEWSGRAPH_CORPUS_DIR) + "/../eval"; }

v1::EntityType TypeOf(const std::string& type) {
  v1::EntityType value = v1::ENTITY_TYPE_UNSPECIFIED;
  v1::EntityType_Parse("ENTITY_TYPE_" + type, &value);
  return value;
}

v1::EntitySubtype SubtypeOf(const std::string& type, const std::string& subtype) {
  v1::EntitySubtype value = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  if (subtype == "OTHER") {
    v1::EntitySubtype_Parse("ENTITY_SUBTYPE_" + type + "_OTHER", &value);
  } else {
    v1::EntitySubtype_Parse("ENTITY_SUBTYPE_" + subtype, &value);
  }
  return value;
}

v1::RoleStatus StatusOf(const std::string& status) {
  if (status == "former") return v1::ROLE_STATUS_FORMER;
  if (status == "acting") return v1::ROLE_STATUS_ACTING;
  if (status == "elect") return v1::ROLE_STATUS_ELECT;
  return v1::ROLE_STATUS_CURRENT;
}

std::string StringOr(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// The index of the entity named `name` (name or alias, normalized), or -1.
int IndexOf(const v1::Article& article, const std::string& name) {
  const std::string wanted = resolution::NormalizeName(name);
  for (int i = 0; i < article.entities_size(); ++i) {
    const v1::ArticleEntity& entity = article.entities(i);
    if (resolution::NormalizeName(entity.name()) == wanted) return i;
    for (const std::string& alias : entity.aliases()) {
      if (resolution::NormalizeName(alias) == wanted) return i;
    }
  }
  return -1;
}

// One gold record as an article whose extraction holds its entities and
// roles.
v1::Article ArticleOf(const nlohmann::json& gold) {
  const std::string doc = gold.at("doc").get<std::string>();
  v1::Article article = MakeArticle(doc);
  article.clear_mentions();
  article.clear_entities();
  article.clear_roles();
  article.clear_relations();
  article.clear_events();
  *article.mutable_published_date() = Date(gold.at("published").get<std::string>());
  for (const nlohmann::json& e : gold.at("entities")) {
    v1::ArticleEntity* entity = article.add_entities();
    const std::string type = e.at("type").get<std::string>();
    entity->set_name(e.at("name").get<std::string>());
    entity->set_type(TypeOf(type));
    entity->set_subtype(SubtypeOf(type, StringOr(e, "subtype")));
    entity->set_country_code(StringOr(e, "country"));
    for (const nlohmann::json& alias : e.value("aliases", nlohmann::json::array())) {
      entity->add_aliases(alias.get<std::string>());
    }
  }
  for (const nlohmann::json& r : gold.value("roles", nlohmann::json::array())) {
    const int person = IndexOf(article, r.at("person").get<std::string>());
    if (person < 0) continue;
    v1::Role* role = article.add_roles();
    role->set_person_index(person);
    role->set_title(r.at("title").get<std::string>());
    role->set_kind(StringOr(r, "kind") == "rank" ? v1::ROLE_KIND_RANK : v1::ROLE_KIND_OFFICE);
    role->set_status(StatusOf(StringOr(r, "status")));
    const int body = IndexOf(article, StringOr(r, "of"));
    if (body >= 0) role->set_affiliation_index(body);
  }
  return article;
}

class GoldEntitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* file : {"seed.gold.jsonl", "dev.gold.jsonl"}) {
      std::ifstream in(EvalDir() + "/" + file);
      if (!in) GTEST_SKIP() << "no gold annotations at " << EvalDir();
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty()) articles_.push_back(ArticleOf(nlohmann::json::parse(line)));
      }
    }
    ASSERT_OK_AND_ASSIGN(store_, OpenStore("sqlite://" + dir_.File("gold.db"), StoreOptions{}));
    for (const v1::Article& article : articles_) {
      ASSERT_OK_AND_ASSIGN(PutOutcome put, store_->PutArticle(article));
      stored_.push_back(put.article);
    }
  }

  // The entity the stored articles name `name` (of `type`), which must be
  // one and the same in every article that names it.
  std::string EntityNamed(const std::string& name, v1::EntityType type) {
    std::string entity;
    for (const v1::Article& article : stored_) {
      for (const v1::ArticleEntity& e : article.entities()) {
        if (e.name() != name || e.type() != type) continue;
        if (entity.empty()) entity = e.entity();
        EXPECT_EQ(e.entity(), entity) << name << " in " << article.article_id();
      }
    }
    return entity;
  }

  // How many stored articles link to `resource`.
  int ArticlesLinking(const std::string& resource) {
    int articles = 0;
    for (const v1::Article& article : stored_) {
      articles += std::any_of(article.entities().begin(), article.entities().end(),
                              [&](const v1::ArticleEntity& e) { return e.entity() == resource; });
    }
    return articles;
  }

  // The entity named `name`; its article count must be the number of
  // articles that link to it.
  v1::Entity Get(const std::string& name, v1::EntityType type) {
    const std::string resource = EntityNamed(name, type);
    EXPECT_FALSE(resource.empty()) << name;
    absl::StatusOr<v1::Entity> entity =
        store_->GetEntity(resource.substr(std::string("entities/").size()));
    EXPECT_TRUE(entity.ok()) << name << ": " << entity.status();
    if (!entity.ok()) return v1::Entity();
    EXPECT_EQ(entity->article_count(), ArticlesLinking(resource)) << name;
    return *entity;
  }

  const v1::EntityRole* RoleOf(const v1::Entity& entity, const std::string& title,
                               const std::string& body) {
    for (const v1::EntityRole& role : entity.roles()) {
      if (resolution::NormalizeName(role.title()) == resolution::NormalizeName(title) &&
          role.affiliation_name() == body) {
        return &role;
      }
    }
    ADD_FAILURE() << entity.display_name() << " has no role " << title << " of '" << body << "'";
    return nullptr;
  }

  ScopedTempDir dir_;
  std::vector<v1::Article> articles_;
  std::vector<v1::Article> stored_;
  std::unique_ptr<ArticleStore> store_;
};

TEST_F(GoldEntitiesTest, EveryAnnotatedEntityIsResolved) {
  ASSERT_EQ(stored_.size(), 25u);
  size_t entities = 0;
  for (const v1::Article& article : stored_) {
    for (const v1::ArticleEntity& entity : article.entities()) {
      EXPECT_FALSE(entity.entity().empty()) << entity.name();
      ++entities;
    }
  }
  EXPECT_EQ(entities, 499u);
}

TEST_F(GoldEntitiesTest, PeopleNamedInSeveralArticlesAreOneEntity) {
  const v1::Entity trump = Get("Donald Trump", v1::ENTITY_TYPE_PERSON);
  EXPECT_EQ(trump.article_count(), 8);
  EXPECT_THAT(trump.aliases(), Contains("Trump"));
  EXPECT_EQ(date::FormatIsoDate(trump.first_seen_date()), "2019-01-23");
  EXPECT_EQ(date::FormatIsoDate(trump.last_seen_date()), "2020-01-10");
  if (const v1::EntityRole* role = RoleOf(trump, "President", "United States")) {
    EXPECT_EQ(role->article_count(), 6);
    EXPECT_EQ(date::FormatIsoDate(role->first_seen_date()), "2019-01-23");
    EXPECT_EQ(date::FormatIsoDate(role->last_seen_date()), "2019-11-07");
    EXPECT_EQ(role->status(), v1::ROLE_STATUS_CURRENT);
  }
  if (const v1::EntityRole* role = RoleOf(trump, "President", "")) {
    EXPECT_EQ(role->article_count(), 2);
  }

  const v1::Entity pompeo = Get("Mike Pompeo", v1::ENTITY_TYPE_PERSON);
  EXPECT_EQ(pompeo.article_count(), 5);
  EXPECT_EQ(pompeo.country_code(), "USA");  // from the body of his office
  ASSERT_EQ(pompeo.roles_size(), 1);        // "Secretary of State" and "secretary of state"
  EXPECT_EQ(pompeo.roles(0).article_count(), 5);
  EXPECT_EQ(date::FormatIsoDate(pompeo.roles(0).last_seen_date()), "2020-01-13");

  const v1::Entity erdogan = Get("Recep Tayyip Erdoğan", v1::ENTITY_TYPE_PERSON);
  EXPECT_EQ(erdogan.display_name(), "Recep Tayyip Erdoğan");
  EXPECT_THAT(erdogan.aliases(), IsSupersetOf({"Erdogan", "Erdoğan"}));
}

TEST_F(GoldEntitiesTest, CountriesAndBodiesNamedInSeveralArticlesAreOneEntity) {
  const v1::Entity us = Get("United States", v1::ENTITY_TYPE_LOCATION);
  EXPECT_EQ(us.article_count(), 15);
  EXPECT_EQ(us.country_code(), "USA");
  EXPECT_THAT(us.aliases(), IsSupersetOf({"US", "U.S.", "American", "USA"}));
  EXPECT_EQ(Get("European Union", v1::ENTITY_TYPE_ORGANIZATION).article_count(), 6);
  EXPECT_EQ(Get("NATO", v1::ENTITY_TYPE_ORGANIZATION).article_count(), 3);
  EXPECT_EQ(Get("Twitter", v1::ENTITY_TYPE_ORGANIZATION).article_count(), 5);
}

TEST_F(GoldEntitiesTest, SearchFindsThemByNameAliasAndPrefix) {
  auto top = [&](const std::string& text) {
    SearchEntitiesQuery query;
    query.text = text;
    absl::StatusOr<EntityPage> page = store_->SearchEntities(query);
    EXPECT_TRUE(page.ok()) << page.status();
    return page.ok() && !page->entities.empty() ? page->entities[0].display_name() : "<none>";
  };
  EXPECT_EQ(top("erdogan"), "Recep Tayyip Erdoğan");
  EXPECT_EQ(top("pomp"), "Mike Pompeo");
  EXPECT_EQ(top("U.S."), "United States");
  EXPECT_EQ(top("united"), "United States");  // the most reported of the "United ..."
}

}  // namespace
}  // namespace newsgraph::store::testing
