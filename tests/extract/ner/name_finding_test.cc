// The name finder on real sentences from the corpus (the seed, Wikinews,
// and the worldwide news of ../shared/eval), through the whole extractor:
// what each name is, which entity it belongs to, and where it resolves.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extract/ner/extraction_test_support.h"

namespace newsgraph::extract::testing {
namespace {

using ::testing::IsNull;
using ::testing::NotNull;

constexpr v1::EntityType kPerson = v1::ENTITY_TYPE_PERSON;
constexpr v1::EntityType kOrg = v1::ENTITY_TYPE_ORGANIZATION;
constexpr v1::EntityType kPlace = v1::ENTITY_TYPE_LOCATION;

TEST(NameFindingTest, SurnameLinksToTheFullNameInTheArticle) {
  const v1::Article a = ExtractText(
      "The Plan was signed during the meeting between Defense Minister of Azerbaijan, Colonel "
      "General Zakir Hasanov and his counterpart Irakli Garibashvili in Tbilisi on January 21.\n\n"
      "On the same day, Hasanov met with Chairman of the Parliament of Georgia Archil "
      "Talakvadze.");
  const v1::ArticleEntity* hasanov = EntityOfMention(a, "Hasanov");
  ASSERT_THAT(hasanov, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(hasanov->name(), "Zakir Hasanov");
  EXPECT_EQ(hasanov->type(), kPerson);
  EXPECT_EQ(MentionType(a, "Irakli Garibashvili"), kPerson);
  EXPECT_EQ(MentionType(a, "Archil Talakvadze"), kPerson);
  EXPECT_EQ(MentionType(a, "Parliament of Georgia"), kOrg);
  const v1::ArticleEntity* tbilisi = EntityOfMention(a, "Tbilisi");
  ASSERT_THAT(tbilisi, NotNull());
  EXPECT_EQ(tbilisi->country_code(), "GEO");
  // The gazetteer's coordinates, about 41.69 N 44.83 E.
  ASSERT_TRUE(tbilisi->has_latitude());
  EXPECT_NEAR(tbilisi->latitude(), 41.69, 0.05);
  EXPECT_NEAR(tbilisi->longitude(), 44.83, 0.05);
  const v1::ArticleEntity* hasanov_entity = EntityNamed(a, "Zakir Hasanov");
  ASSERT_THAT(hasanov_entity, NotNull());
  EXPECT_FALSE(hasanov_entity->has_latitude());
}

TEST(NameFindingTest, ATownResolvesToItsCountry) {
  const v1::Article a = ExtractText(
      "Earlier, Hasanov and ex-Georgian Defence Minister Levan Izoria signed a bilateral "
      "military agreement for 2019 during the trilateral ministerial meeting held in Gabala in "
      "June 2019.");
  const v1::ArticleEntity* gabala = EntityOfMention(a, "Gabala");
  ASSERT_THAT(gabala, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(gabala->type(), kPlace);
  EXPECT_EQ(gabala->subtype(), v1::ENTITY_SUBTYPE_CITY);
  EXPECT_EQ(gabala->country_code(), "AZE");
  EXPECT_EQ(MentionType(a, "Levan Izoria"), kPerson);
}

TEST(NameFindingTest, GeorgiaIsTheCountryNextToAzerbaijan) {
  const v1::Article a = ExtractText(
      "Touching upon the military-political situation in the region, the parties noted the "
      "importance of mutual support of the territorial integrity of Azerbaijan and Georgia.");
  const v1::ArticleEntity* georgia = EntityNamed(a, "Georgia");
  ASSERT_THAT(georgia, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(georgia->subtype(), v1::ENTITY_SUBTYPE_COUNTRY);
  EXPECT_EQ(georgia->country_code(), "GEO");
}

TEST(NameFindingTest, NamesWithParticlesAndMarks) {
  const v1::Article a = ExtractText(
      "Syrian President Bashar al-Assad met the envoy in Damascus.\n\n"
      "Puerto Rico Governor Ricardo Rosselló resigned after weeks of protests.\n\n"
      "Opposition leader Sviatlana Tsikhanouskaya left for Lithuania.");
  EXPECT_EQ(MentionType(a, "Bashar al-Assad"), kPerson)
      << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Ricardo Rosselló"), kPerson);
  EXPECT_EQ(MentionType(a, "Sviatlana Tsikhanouskaya"), kPerson);
  EXPECT_EQ(MentionType(a, "Damascus"), kPlace);
}

TEST(NameFindingTest, APlaceInCapitalsOpeningTheText) {
  const v1::Article a = ExtractText(
      "CAIRO – 26 July 2022: Minister of Foreign Affairs Sameh Shoukry received the envoy.");
  const v1::ArticleEntity* cairo = EntityOfMention(a, "CAIRO");
  ASSERT_THAT(cairo, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(cairo->type(), kPlace);
  EXPECT_EQ(cairo->country_code(), "EGY");
}

TEST(NameFindingTest, ACountryInsideAPhraseInCapitalsIsNotAPlace) {
  const v1::Article a = ExtractText(
      "TODAY NICARAGUA – Tropical storm Bonnie made landfall in the south of Nicaragua.");
  EXPECT_EQ(MentionType(a, "NICARAGUA"), v1::ENTITY_TYPE_UNSPECIFIED)
      << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Nicaragua"), kPlace);
}

TEST(NameFindingTest, ACityOfMillionsWhoseNameIsAlsoAWord) {
  const v1::Article a = ExtractText(
      "She was awarded a medal by the Shanghai government.\n\n"
      "Chen Xi, a Shanghai-based live streamer, said some in the industry had moved abroad.");
  EXPECT_EQ(MentionType(a, "Shanghai"), kPlace) << ::testing::PrintToString(MentionTexts(a));
  int shanghai = 0;
  for (const v1::EntityMention& m : a.mentions()) shanghai += m.text() == "Shanghai";
  EXPECT_EQ(shanghai, 2) << "the place in \"Shanghai-based\" is a mention of its own";
}

TEST(NameFindingTest, PlaceNounsSayATownIsMeant) {
  const v1::Article a = ExtractText(
      "People in Chiang Mai and Chiang Rai provinces felt tremors.\n\n"
      "Occupancy fell at a hotel in the colonial city of Granada.");
  EXPECT_EQ(MentionType(a, "Chiang Rai"), kPlace) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Granada"), kPlace);
}

TEST(NameFindingTest, ATownAndItsCountryAfterACommaAreOneMention) {
  const v1::Article a = ExtractText(
      "Born in 1937 in the border town of Oujda, Morocco, Bouteflika fought for independence.\n\n"
      "Trade between France, Spain and Italy grew.");
  const v1::ArticleEntity* oujda = EntityOfMention(a, "Oujda, Morocco");
  ASSERT_THAT(oujda, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(oujda->name(), "Oujda");
  EXPECT_EQ(oujda->country_code(), "MAR");
  // A list of countries stays a list.
  EXPECT_EQ(MentionType(a, "Spain"), kPlace);
}

TEST(NameFindingTest, AnUnknownNameEndingInACountryIsABody) {
  const v1::Article a = ExtractText(
      "According to lawyer Rafael Gordon, of NGO Defiende Venezuela, the cases are linked.\n\n"
      "The crisis in South China worsened.");
  const v1::ArticleEntity* ngo = EntityOfMention(a, "Defiende Venezuela");
  ASSERT_THAT(ngo, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(ngo->type(), kOrg);
  EXPECT_EQ(ngo->country_code(), "VEN");
  EXPECT_THAT(EntityOfMention(a, "South China"), IsNull());
}

TEST(NameFindingTest, AnOfficeOwnedByATitleIsOneName) {
  const v1::Article a = ExtractText(
      "The Prosecutor’s Office said it would appeal the ruling on Monday.");
  EXPECT_EQ(MentionType(a, "Prosecutor’s Office"), kOrg)
      << ::testing::PrintToString(MentionTexts(a));
}

TEST(NameFindingTest, CuesThatOnlyBodiesHaveTypeTheWholeArticle) {
  const v1::Article a = ExtractText(
      "The NGO Affairs Bureau on June 5 cancelled Odhikar's registration, which expired in "
      "March.\n\n"
      "Odhikar is reportedly one of the few organisations documenting abuses.\n\n"
      "Novogratz is the founder and CEO of Acumen, a global nonprofit changing the way the world "
      "tackles poverty.");
  EXPECT_EQ(MentionType(a, "Odhikar"), kOrg) << ::testing::PrintToString(MentionTexts(a));
  int odhikar = 0;
  for (const v1::EntityMention& m : a.mentions()) odhikar += m.text() == "Odhikar";
  EXPECT_EQ(odhikar, 2);
  EXPECT_EQ(MentionType(a, "Acumen"), kOrg);
}

TEST(NameFindingTest, PeopleFromWhatTheyDoAndWhoTheyAreWith) {
  const v1::Article a = ExtractText(
      "Austin Li Jiaqi and Viya, who represented their clients via Alibaba, were the top "
      "sellers.\n\n"
      "Chan said he likes the tea, beef satay noodles and the old decor.\n\n"
      "The difference is that the Trump administration took an aggressively pro-Israel line.\n\n"
      "The government of Daniel Ortega and Rosario Murillo announced the first case.");
  EXPECT_EQ(MentionType(a, "Viya"), kPerson) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Chan"), kPerson);
  EXPECT_EQ(MentionType(a, "Trump"), kPerson);
  EXPECT_NE(MentionType(a, "Rosario"), kPlace) << "a given name, not the Argentine city";
}

TEST(NameFindingTest, ThreeWordNamesOfPeople) {
  const v1::Article a = ExtractText(
      "He was refused entry after his sister, Omara Ruiz Urquiola, saw her right to enter Cuba "
      "violated.\n\n"
      "Maylin Fernández Suris, a former judge who presided over the trials, left the country.");
  EXPECT_EQ(MentionType(a, "Omara Ruiz Urquiola"), kPerson)
      << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Maylin Fernández Suris"), kPerson);
  EXPECT_EQ(MentionType(a, "Cuba"), kPlace);
}

TEST(NameFindingTest, HyphenatedPairsNameBothSides) {
  const v1::Article a = ExtractText(
      "He had made commitments at the EU-Nigeria human rights dialogue in March.");
  EXPECT_EQ(MentionType(a, "EU"), kOrg) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Nigeria"), kPlace);
}

TEST(NameFindingTest, AnAcronymDefinedInBracketsKeepsItsMeaning) {
  const v1::Article a = ExtractText(
      "We reflect on the five years of the U.S.-Korea Free Trade Agreement (KORUS), and its "
      "results.\n\n"
      "KORUS has led to a surge in service exports to Korea.");
  const v1::ArticleEntity* agreement = EntityOfMention(a, "KORUS");
  ASSERT_THAT(agreement, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(agreement->type(), v1::ENTITY_TYPE_MISC);
  int korus = 0;
  for (const v1::EntityMention& m : a.mentions()) {
    if (m.text() != "KORUS") continue;
    ++korus;
    EXPECT_EQ(m.type(), v1::ENTITY_TYPE_MISC);
  }
  EXPECT_EQ(korus, 2);
}

TEST(NameFindingTest, AnAcronymAndItsNumberAreOneName) {
  const v1::Article a = ExtractText(
      "Delegates met before COP 27 to agree on the agenda.\n\n"
      "The firm showed its products at GITEX 2022 in Dubai.");
  EXPECT_EQ(MentionType(a, "COP 27"), kOrg) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "GITEX 2022"), v1::ENTITY_TYPE_MISC) << "an edition of an event";
}

TEST(NameFindingTest, FeastsAndAwardsAreNamedThings) {
  const v1::Article a = ExtractText(
      "Offices will close for Eid Al Adha next week.\n\n"
      "The 40th Hong Kong Film Awards took place on Sunday.");
  EXPECT_EQ(MentionType(a, "Eid Al Adha"), v1::ENTITY_TYPE_MISC)
      << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Hong Kong Film Awards"), v1::ENTITY_TYPE_MISC);
}

TEST(NameFindingTest, AnHonorificAloneIsNoName) {
  const v1::Article a = ExtractText(
      "The drama featuring actors Dan Owen and Dr. Richard Tanenbaum is part of the series.");
  EXPECT_EQ(MentionType(a, "Dr"), v1::ENTITY_TYPE_UNSPECIFIED)
      << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(MentionType(a, "Dan Owen"), kPerson);
}

TEST(NameFindingTest, AnUnknownWordAfterInIsAPlace) {
  const v1::Article a = ExtractText(
      "He was held hostage at a fortified house in Nilambur and tortured.");
  EXPECT_EQ(MentionType(a, "Nilambur"), kPlace) << ::testing::PrintToString(MentionTexts(a));
}

// Named programmes are not gazetteer entries (gazetteer_test): the name
// rules find them.
TEST(NameFindingTest, ANamedProgrammeIsANamedThing) {
  const v1::Article a = ExtractText(
      "Regional military and security alliance of Georgia and Azerbaijan develops along NATO's "
      "Partnership for Peace Program and the common protection of Baku-Tbilisi-Ceyhan pipeline "
      "with Turkey.");
  const v1::ArticleEntity* programme = EntityOfMention(a, "Partnership for Peace Program");
  ASSERT_THAT(programme, NotNull()) << ::testing::PrintToString(MentionTexts(a));
  EXPECT_EQ(programme->type(), v1::ENTITY_TYPE_MISC);
}

TEST(NameFindingTest, MentionsCarryProvenance) {
  const v1::Article a = ExtractText("Zakir Hasanov met Irakli Garibashvili in Tbilisi.");
  ASSERT_GT(a.mentions_size(), 0);
  for (const v1::EntityMention& m : a.mentions()) {
    EXPECT_FALSE(m.rule().empty()) << m.text();
    EXPECT_GT(m.confidence(), 0.0) << m.text();
    EXPECT_LE(m.confidence(), 1.0) << m.text();
    EXPECT_EQ(m.sentence_index(), 0) << m.text();
    EXPECT_LT(m.span().start(), m.span().end()) << m.text();
  }
}

}  // namespace
}  // namespace newsgraph::extract::testing
