#include "shared/resolution/entity_context.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::resolution {
namespace {

using ::testing::ElementsAre;
using ::testing::FieldsAre;
using ::testing::IsEmpty;

v1::ArticleEntity* AddEntity(v1::Article& article, std::string name, v1::EntityType type,
                             std::string country = "") {
  v1::ArticleEntity* entity = article.add_entities();
  entity->set_name(std::move(name));
  entity->set_type(type);
  entity->set_country_code(std::move(country));
  return entity;
}

void AddMention(v1::Article& article, int entity_index, std::string text) {
  v1::EntityMention* mention = article.add_mentions();
  mention->set_entity_index(entity_index);
  mention->set_text(std::move(text));
}

v1::Role* AddRole(v1::Article& article, int person, std::string title, int affiliation = -1) {
  v1::Role* role = article.add_roles();
  role->set_person_index(person);
  role->set_title(std::move(title));
  if (affiliation >= 0) role->set_affiliation_index(affiliation);
  return role;
}

// The seed article: "Azerbaijani Defense Minister, Colonel General Zakir
// Hasanov ... Hasanov ... Georgia's former Defence Minister Levan Izoria".
v1::Article SeedLike() {
  v1::Article article;
  AddEntity(article, "Azerbaijan", v1::ENTITY_TYPE_LOCATION, "AZE")->add_aliases("Azerbaijani");
  AddEntity(article, "Zakir Hasanov", v1::ENTITY_TYPE_PERSON)->add_aliases("Hasanov");
  AddEntity(article, "Georgia", v1::ENTITY_TYPE_LOCATION, "geo");
  AddEntity(article, "Levan Izoria", v1::ENTITY_TYPE_PERSON);
  AddMention(article, 0, "Azerbaijani");
  AddMention(article, 1, "Zakir Hasanov");
  AddMention(article, 1, "Hasanov");
  AddMention(article, 1, "Hasanov");
  AddMention(article, 1, "HASANOV");
  AddMention(article, 2, "Georgia");
  AddMention(article, 3, "Levan Izoria");
  AddMention(article, 7, "out of range");
  AddRole(article, 1, "Defense Minister", 0);
  AddRole(article, 1, "Colonel General");
  AddRole(article, 1, "Minister of Defence", 0);  // the same office, other words
  AddRole(article, 3, "Defence Minister", 2)->set_status(v1::ROLE_STATUS_FORMER);
  return article;
}

TEST(ContextsOfTest, CountsMentionsAndSurfaceForms) {
  const std::vector<EntityContext> contexts = ContextsOf(SeedLike());
  ASSERT_EQ(contexts.size(), 4u);
  EXPECT_EQ(contexts[1].mention_count, 4);
  EXPECT_THAT(contexts[1].forms, ElementsAre(FieldsAre("Zakir Hasanov", 1), FieldsAre("Hasanov", 2),
                                             FieldsAre("HASANOV", 1)));
  // A listed form the mentions never use still counts once.
  EXPECT_THAT(contexts[0].forms,
              ElementsAre(FieldsAre("Azerbaijan", 1), FieldsAre("Azerbaijani", 1)));
  EXPECT_EQ(contexts[0].mention_count, 1);
}

TEST(ContextsOfTest, NounsThatReferBackAreMentionsButNotForms) {
  v1::Article article;
  AddEntity(article, "Bilateral Cooperation Plan for 2020", v1::ENTITY_TYPE_MISC);
  AddMention(article, 0, "Bilateral Cooperation Plan for 2020");
  AddMention(article, 0, "the Plan");
  article.mutable_mentions(1)->set_form(static_cast<v1::MentionForm>(4));  // a nominal
  AddMention(article, 0, "BCP");
  article.mutable_mentions(2)->set_form(v1::MENTION_FORM_ACRONYM);
  const std::vector<EntityContext> contexts = ContextsOf(article);
  EXPECT_EQ(contexts[0].mention_count, 3);
  EXPECT_THAT(contexts[0].forms, ElementsAre(FieldsAre("Bilateral Cooperation Plan for 2020", 1),
                                             FieldsAre("BCP", 1)));
}

TEST(ContextsOfTest, PrefersTheDeclaredMentionCount) {
  v1::Article article = SeedLike();
  article.mutable_entities(1)->set_mention_count(9);
  EXPECT_EQ(ContextsOf(article)[1].mention_count, 9);
  article.clear_mentions();
  article.mutable_entities(1)->set_mention_count(0);
  EXPECT_EQ(ContextsOf(article)[1].mention_count, 1);  // named at least once
}

TEST(ContextsOfTest, TakesThePersonsCountryFromTheBodyOfARole) {
  const std::vector<EntityContext> contexts = ContextsOf(SeedLike());
  EXPECT_EQ(contexts[0].country, "AZE");
  EXPECT_EQ(contexts[1].country, "AZE");  // Defense Minister of Azerbaijan
  EXPECT_EQ(contexts[2].country, "GEO");  // normalized
  EXPECT_EQ(contexts[3].country, "GEO");  // former Defence Minister of Georgia
  EXPECT_THAT(contexts[1].role_keys, ElementsAre("defense minister", "colonel general"));
  EXPECT_THAT(contexts[3].role_keys, ElementsAre("defense minister"));
  EXPECT_THAT(contexts[0].role_keys, IsEmpty());
}

TEST(ContextsOfTest, TheEntitysOwnCountryWins) {
  v1::Article article = SeedLike();
  article.mutable_entities(1)->set_country_code("TUR");
  EXPECT_EQ(ContextsOf(article)[1].country, "TUR");
}

TEST(ContextsOfTest, IgnoresBadIndexesAndOverlongForms) {
  v1::Article article;
  AddEntity(article, std::string(300, 'x'), v1::ENTITY_TYPE_MISC);
  AddRole(article, -1, "President");
  AddRole(article, 5, "President");
  AddRole(article, 0, "President", 0);  // its own body
  AddMention(article, -3, "x");
  const std::vector<EntityContext> contexts = ContextsOf(article);
  ASSERT_EQ(contexts.size(), 1u);
  EXPECT_THAT(contexts[0].forms, IsEmpty());
  EXPECT_EQ(contexts[0].country, "");
  EXPECT_THAT(contexts[0].role_keys, ElementsAre("president"));
}

TEST(ContextsOfTest, KeepsAtMostTheMaximumNumberOfForms) {
  v1::Article article;
  AddEntity(article, "United States", v1::ENTITY_TYPE_LOCATION, "USA");
  for (int i = 0; i < 100; ++i) AddMention(article, 0, "US" + std::to_string(i));
  const std::vector<EntityContext> contexts = ContextsOf(article);
  EXPECT_EQ(contexts[0].forms.size(), kMaxSurfaceForms);
  EXPECT_EQ(contexts[0].mention_count, 100);
}

TEST(RoleKeyTest, TheSameOfficeInOtherWordsHasOneKey) {
  EXPECT_EQ(RoleKey("Defense Minister"), "defense minister");
  EXPECT_EQ(RoleKey("Minister of Defence"), "defense minister");
  EXPECT_EQ(RoleKey("the minister of defense"), "defense minister");
  EXPECT_EQ(RoleKey("Secretary of State"), "secretary state");
  EXPECT_NE(RoleKey("Deputy Defense Minister"), RoleKey("Defense Minister"));
  EXPECT_EQ(RoleKey("Chairman of the Parliament"), "chairman parliament");
  EXPECT_EQ(RoleKey(" of the "), "");
  EXPECT_EQ(RoleKey(""), "");
}

}  // namespace
}  // namespace newsgraph::resolution
