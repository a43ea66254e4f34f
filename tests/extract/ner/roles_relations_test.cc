// Roles (title, office or rank with affiliation and status) and the
// relations a text states, on real sentences from the corpus.
#include <optional>
#include <string>
#include <string_view>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/ner/extraction_test_support.h"

namespace newsgraph::extract::testing {
namespace {

using ::testing::NotNull;

struct RoleView {
  std::string person;
  std::string title;
  std::string affiliation;  // empty: none
  v1::RoleStatus status;
  v1::RoleKind kind;
  bool implied;
};

std::string EntityName(const v1::Article& a, int index) {
  return index >= 0 && index < a.entities_size() ? a.entities(index).name() : "";
}

// The role of `person` whose title is `title`, if any.
std::optional<RoleView> FindRole(const v1::Article& a, std::string_view person,
                                 std::string_view title) {
  for (const v1::Role& r : a.roles()) {
    if (EntityName(a, r.person_index()) != person || r.title() != title) continue;
    return RoleView{EntityName(a, r.person_index()), r.title(),
                    r.has_affiliation_index() ? EntityName(a, r.affiliation_index()) : "",
                    r.status(), r.kind(), r.implied()};
  }
  return std::nullopt;
}

std::string Roles(const v1::Article& a) {
  std::string out;
  for (const v1::Role& r : a.roles()) {
    out += EntityName(a, r.person_index()) + ": " + r.title() + " @ " +
           (r.has_affiliation_index() ? EntityName(a, r.affiliation_index()) : "-") + "; ";
  }
  return out;
}

bool HasRelation(const v1::Article& a, v1::RelationType type, std::string_view subject,
                 std::string_view object) {
  for (const v1::Relation& r : a.relations()) {
    if (r.type() == type && EntityName(a, r.subject_index()) == subject &&
        EntityName(a, r.object_index()) == object) {
      return true;
    }
  }
  return false;
}

std::string Relations(const v1::Article& a) {
  std::string out;
  for (const v1::Relation& r : a.relations()) {
    out += EntityName(a, r.subject_index()) + " -" + v1::RelationType_Name(r.type()) + "-> " +
           EntityName(a, r.object_index()) + "; ";
  }
  return out;
}

TEST(RolesTest, TitleOfACountryAndARankBeforeTheName) {
  const v1::Article a = ExtractText(
      "The Plan was signed during the meeting between Defense Minister of Azerbaijan, Colonel "
      "General Zakir Hasanov and his counterpart Irakli Garibashvili in Tbilisi on January 21.");
  const auto minister = FindRole(a, "Zakir Hasanov", "Defense Minister");
  ASSERT_TRUE(minister.has_value()) << Roles(a);
  EXPECT_EQ(minister->affiliation, "Azerbaijan");
  EXPECT_EQ(minister->status, v1::ROLE_STATUS_CURRENT);
  EXPECT_EQ(minister->kind, v1::ROLE_KIND_OFFICE);
  const auto rank = FindRole(a, "Zakir Hasanov", "Colonel General");
  ASSERT_TRUE(rank.has_value()) << Roles(a);
  EXPECT_EQ(rank->kind, v1::ROLE_KIND_RANK);
  // "his counterpart": the same office, for the other side.
  bool counterpart = false;
  for (const v1::Role& r : a.roles()) {
    counterpart |= EntityName(a, r.person_index()) == "Irakli Garibashvili" && r.implied();
  }
  EXPECT_TRUE(counterpart) << Roles(a);
}

TEST(RolesTest, AFormerMinisterByDemonym) {
  const v1::Article a = ExtractText(
      "Earlier, Hasanov and ex-Georgian Defence Minister Levan Izoria signed a bilateral "
      "military agreement for 2019.");
  const auto role = FindRole(a, "Levan Izoria", "Defence Minister");
  ASSERT_TRUE(role.has_value()) << Roles(a);
  EXPECT_EQ(role->affiliation, "Georgia");
  EXPECT_EQ(role->status, v1::ROLE_STATUS_FORMER);
}

TEST(RolesTest, ATitleOfABodyWithItsCountry) {
  const v1::Article a = ExtractText(
      "On the same day, Hasanov met with Chairman of the Parliament of Georgia Archil Talakvadze "
      "as part of the official visit of Azerbaijan Defense Ministry delegation to Georgia.");
  const auto role = FindRole(a, "Archil Talakvadze", "Chairman");
  ASSERT_TRUE(role.has_value()) << Roles(a);
  EXPECT_EQ(role->affiliation, "Parliament of Georgia");
  EXPECT_TRUE(HasRelation(a, v1::RELATION_TYPE_PART_OF, "Parliament of Georgia", "Georgia"))
      << Relations(a);
}

TEST(RolesTest, TheSpokespersonOfAPersonWithATitle) {
  const v1::Article a = ExtractText(
      "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said the talks would "
      "continue.");
  const auto chancellor = FindRole(a, "Angela Merkel", "Chancellor");
  ASSERT_TRUE(chancellor.has_value()) << Roles(a);
  EXPECT_EQ(chancellor->affiliation, "Germany");
  bool spokesperson = false;
  for (const v1::Role& r : a.roles()) {
    spokesperson |= EntityName(a, r.person_index()) == "Steffen Seibert" &&
                    r.title().find("spokesperson") != std::string::npos;
  }
  EXPECT_TRUE(spokesperson) << Roles(a);
}

TEST(RolesTest, ARankAfterAnOfficeIsARoleOfItsOwn) {
  const v1::Article a = ExtractText(
      "Azerbaijani Defense Minister Colonel General Zakir Hasanov met his Georgian counterpart.");
  const auto minister = FindRole(a, "Zakir Hasanov", "Defense Minister");
  ASSERT_TRUE(minister.has_value()) << Roles(a);
  EXPECT_EQ(minister->affiliation, "Azerbaijan");
  const auto rank = FindRole(a, "Zakir Hasanov", "Colonel General");
  ASSERT_TRUE(rank.has_value()) << Roles(a);
  EXPECT_EQ(rank->kind, v1::ROLE_KIND_RANK);
}

TEST(RolesTest, TheBodyAfterThePersonsName) {
  const v1::Article a = ExtractText(
      "Defense Minister Zakir Hasanov of Azerbaijan inspected troops in Gabala on Friday.");
  const auto role = FindRole(a, "Zakir Hasanov", "Defense Minister");
  ASSERT_TRUE(role.has_value()) << Roles(a);
  EXPECT_EQ(role->affiliation, "Azerbaijan");
}

TEST(RolesTest, FormerByWord) {
  const v1::Article a = ExtractText(
      "Former Georgian President Mikheil Saakashvili has described the relations as close.");
  const auto role = FindRole(a, "Mikheil Saakashvili", "President");
  ASSERT_TRUE(role.has_value()) << Roles(a);
  EXPECT_EQ(role->affiliation, "Georgia");
  EXPECT_EQ(role->status, v1::ROLE_STATUS_FORMER);
}

TEST(RelationsTest, FoundingMembersOfAnOrganization) {
  const v1::Article a = ExtractText(
      "Azerbaijan and Georgia are also among the four founding members of GUAM Organization for "
      "Democracy and Economic Development established in 1997.");
  const v1::ArticleEntity* guam = nullptr;
  for (const v1::ArticleEntity& e : a.entities()) {
    if (e.type() == v1::ENTITY_TYPE_ORGANIZATION) guam = &e;
  }
  ASSERT_THAT(guam, NotNull()) << Relations(a);
  EXPECT_TRUE(HasRelation(a, v1::RELATION_TYPE_MEMBER_OF, "Azerbaijan", guam->name()))
      << Relations(a);
  EXPECT_TRUE(HasRelation(a, v1::RELATION_TYPE_MEMBER_OF, "Georgia", guam->name()))
      << Relations(a);
}

TEST(RelationsTest, APlaceAndTheCountryItIsIn) {
  const v1::Article a = ExtractText(
      "Drone attacks hit oil facilities in Abqaiq, in eastern Saudi Arabia, on Saturday.");
  EXPECT_TRUE(HasRelation(a, v1::RELATION_TYPE_LOCATED_IN, "Abqaiq", "Saudi Arabia"))
      << Relations(a);
}

TEST(RelationsTest, ARelativeNamedByAPronoun) {
  const v1::Article a = ExtractText(
      "Thaksin Shinawatra fled abroad in 2008. His sister Yingluck Shinawatra later became prime "
      "minister.");
  EXPECT_TRUE(HasRelation(a, v1::RELATION_TYPE_RELATIVE_OF, "Yingluck Shinawatra",
                          "Thaksin Shinawatra") ||
              HasRelation(a, v1::RELATION_TYPE_RELATIVE_OF, "Thaksin Shinawatra",
                          "Yingluck Shinawatra"))
      << Relations(a);
}

TEST(RelationsTest, AJournalistOfAnOutlet) {
  const v1::Article a = ExtractText(
      "BBC's Jonathan Marcus says the strikes mark a significant escalation.");
  bool affiliated = false;
  for (const v1::Relation& r : a.relations()) {
    affiliated |= r.type() == v1::RELATION_TYPE_AFFILIATED_WITH &&
                  EntityName(a, r.subject_index()) == "Jonathan Marcus";
  }
  EXPECT_TRUE(affiliated) << Relations(a);
}

TEST(RelationsTest, RelationsCarryProvenance) {
  const v1::Article a = ExtractText(
      "Azerbaijan and Georgia are also among the four founding members of GUAM Organization for "
      "Democracy and Economic Development established in 1997.");
  ASSERT_GT(a.relations_size(), 0);
  for (const v1::Relation& r : a.relations()) {
    EXPECT_FALSE(r.rule().empty());
    EXPECT_EQ(r.sentence_index(), 0);
    EXPECT_GT(r.confidence(), 0.0);
  }
}

}  // namespace
}  // namespace newsgraph::extract::testing
