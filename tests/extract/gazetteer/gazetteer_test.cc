// The lookup library on the index built from the real data: the seed
// article's places and bodies, demonyms, acronyms, ambiguity, spelling
// variants, cities of the corpora, and the common words the NER must not
// take for places.
#include "ingest_service/extract/gazetteer/gazetteer.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::extract {
namespace {

using ::testing::Contains;

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<Gazetteer>> loaded = Gazetteer::Load(DefaultGazetteerPath());
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    gazetteer_ = loaded->release();
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    gazetteer_ = nullptr;
  }

  static const Gazetteer& g() { return *gazetteer_; }

  // The first match of `phrase` of kind `kind`, or nullopt.
  static std::optional<GazetteerMatch> First(std::string_view phrase, EntryKind kind) {
    for (const GazetteerMatch& match : g().Lookup(phrase)) {
      if (match.entry().kind() == kind) return match;
    }
    return std::nullopt;
  }

  static std::vector<std::string> Ids(const GazetteerMatches& matches) {
    std::vector<std::string> ids;
    for (const GazetteerMatch& match : matches) ids.emplace_back(match.entry().id());
    return ids;
  }

  static Gazetteer* gazetteer_;
};

Gazetteer* GazetteerTest::gazetteer_ = nullptr;

TEST_F(GazetteerTest, SeedCountries) {
  for (const auto& [name, code] : std::vector<std::pair<std::string, std::string>>{
           {"Azerbaijan", "AZE"}, {"Georgia", "GEO"}, {"Turkey", "TUR"}}) {
    const GazetteerMatches matches = g().Lookup(name);
    ASSERT_FALSE(matches.empty()) << name;
    const GazetteerEntry first = matches[0].entry();
    EXPECT_EQ(first.kind(), EntryKind::kCountry) << name;
    EXPECT_EQ(first.subtype(), v1::ENTITY_SUBTYPE_COUNTRY) << name;
    EXPECT_EQ(first.country_code(), code) << name;
    EXPECT_EQ(first.id(), "country:" + code) << name;
  }
}

TEST_F(GazetteerTest, SeedCitiesResolveToTheirCountries) {
  // "... held in Gabala in June 2019": GeoNames knows the town as
  // Qutqashen / Qəbələ / Qabala; "Gabala" is the generated romanization.
  const GazetteerMatches gabala = g().Lookup("Gabala");
  ASSERT_FALSE(gabala.empty());
  EXPECT_EQ(gabala[0].entry().kind(), EntryKind::kCity);
  EXPECT_EQ(gabala[0].entry().country_code(), "AZE");
  EXPECT_EQ(gabala[0].entry().id(), "geonames:585231");
  EXPECT_TRUE(gabala[0].is_spelling_variant());
  EXPECT_EQ(gabala[0].entry().country()->name(), "Azerbaijan");

  const GazetteerMatches tbilisi = g().Lookup("Tbilisi");
  ASSERT_FALSE(tbilisi.empty());
  EXPECT_EQ(tbilisi[0].entry().id(), "geonames:611717");
  EXPECT_EQ(tbilisi[0].entry().country_code(), "GEO");
  EXPECT_EQ(tbilisi[0].entry().detail(), "PPLC");
  EXPECT_GT(tbilisi[0].entry().population(), 1000000u);
  EXPECT_NEAR(tbilisi[0].entry().latitude(), 41.69, 0.01);
  EXPECT_NEAR(tbilisi[0].entry().longitude(), 44.83, 0.01);

  const GazetteerMatches baku = g().Lookup("Baku");
  ASSERT_FALSE(baku.empty());
  EXPECT_EQ(baku[0].entry().country_code(), "AZE");
  EXPECT_EQ(baku[0].entry().detail(), "PPLC");
}

TEST_F(GazetteerTest, SeedArticleNamesResolve) {
  const std::filesystem::path seed =
      std::filesystem::path(NEWSGRAPH_CORPUS_DIR) / "seed" / "azernews-2020-01-24.txt";
  std::ifstream in(seed);
  if (!in) GTEST_SKIP() << "no corpus at " << seed;
  std::ostringstream text;
  text << in.rdbuf();
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Azerbaijan", "AZE"}, {"Georgia", "GEO"}, {"Tbilisi", "GEO"},  {"Gabala", "AZE"},
      {"Baku", "AZE"},       {"Turkey", "TUR"},  {"Georgian", "GEO"}, {"Azerbaijani", "AZE"},
      {"Turkish", "TUR"},    {"Kars", "TUR"},    {"Ceyhan", "TUR"}};
  for (const auto& [name, code] : expected) {
    ASSERT_NE(text.str().find(name), std::string::npos) << name << " is not in the seed";
    const GazetteerMatches matches = g().Lookup(name);
    ASSERT_FALSE(matches.empty()) << name;
    EXPECT_EQ(matches[0].entry().country_code(), code) << name;
  }
  // Named programmes such as "Partnership for Peace Program" are not gazetteer
  // entries: the name rules find them (the seed quality floor checks that).
  for (const std::string_view body :
       {"NATO", "GUAM", "TRACECA", "BSEC", "AzerNews", "Baku-Tbilisi-Ceyhan pipeline",
        "Kars-Tbilisi-Baku railway"}) {
    ASSERT_NE(text.str().find(body), std::string::npos) << body;
    EXPECT_FALSE(g().Lookup(body).empty()) << body;
  }
}

TEST_F(GazetteerTest, Demonyms) {
  for (const auto& [demonym, code] :
       std::vector<std::pair<std::string, std::string>>{{"Georgian", "GEO"},
                                                        {"Azerbaijani", "AZE"},
                                                        {"Azeri", "AZE"},
                                                        {"Turkish", "TUR"},
                                                        {"German", "DEU"},
                                                        {"Iranian", "IRN"},
                                                        {"American", "USA"},
                                                        {"British", "GBR"},
                                                        {"Chinese", "CHN"},
                                                        {"Saudi", "SAU"},
                                                        {"Filipino", "PHL"}}) {
    const GazetteerMatches matches = g().Lookup(demonym);
    ASSERT_FALSE(matches.empty()) << demonym;
    EXPECT_TRUE(matches[0].is_demonym()) << demonym;
    EXPECT_EQ(matches[0].form(), NameForm::kDemonym) << demonym;
    EXPECT_EQ(matches[0].entry().country_code(), code) << demonym;
    EXPECT_EQ(matches[0].entry().kind(), EntryKind::kCountry) << demonym;
  }
  for (const auto& [plural, code] :
       std::vector<std::pair<std::string, std::string>>{{"Iranians", "IRN"},
                                                        {"Americans", "USA"},
                                                        {"Georgians", "GEO"},
                                                        {"Turks", "TUR"},
                                                        {"Azerbaijanis", "AZE"},
                                                        {"Saudis", "SAU"}}) {
    const GazetteerMatches matches = g().Lookup(plural);
    ASSERT_FALSE(matches.empty()) << plural;
    EXPECT_EQ(matches[0].form(), NameForm::kDemonymPlural) << plural;
    EXPECT_EQ(matches[0].entry().country_code(), code) << plural;
  }
  const GazetteerMatches middle_eastern = g().Lookup("Middle Eastern");
  ASSERT_FALSE(middle_eastern.empty());
  EXPECT_TRUE(middle_eastern[0].is_demonym());
  EXPECT_EQ(middle_eastern[0].entry().name(), "Middle East");
  EXPECT_EQ(middle_eastern[0].entry().subtype(), v1::ENTITY_SUBTYPE_LOCATION_OTHER);
}

TEST_F(GazetteerTest, Acronyms) {
  const std::vector<std::pair<std::string, std::string>> acronyms = {
      {"NATO", "org:nato"},  {"GUAM", "org:guam"},    {"BSEC", "org:bsec"},
      {"EU", "org:eu"},      {"UN", "org:un"},        {"U.N.", "org:un"},
      {"US", "country:USA"}, {"U.S.", "country:USA"}, {"USA", "country:USA"},
      {"UK", "country:GBR"}, {"UAE", "country:ARE"},  {"ISIS", "org:isis"}};
  for (const auto& [acronym, id] : acronyms) {
    const GazetteerMatches matches = g().Lookup(acronym);
    ASSERT_FALSE(matches.empty()) << acronym;
    EXPECT_TRUE(matches[0].is_acronym()) << acronym;
    EXPECT_EQ(matches[0].entry().id(), id) << acronym;
  }
  const GazetteerEntry nato = g().Lookup("NATO")[0].entry();
  EXPECT_EQ(nato.name(), "North Atlantic Treaty Organization");
  EXPECT_EQ(nato.subtype(), v1::ENTITY_SUBTYPE_IGO);
  EXPECT_EQ(nato.sector(), "IGO");
  EXPECT_EQ(nato.type(), v1::ENTITY_TYPE_ORGANIZATION);
  // TRACECA is the programme's name itself.
  ASSERT_FALSE(g().Lookup("TRACECA").empty());
  EXPECT_EQ(g().Lookup("TRACECA")[0].entry().subtype(), v1::ENTITY_SUBTYPE_IGO);
  // Two-letter ISO codes are not names: "GE" is also General Electric.
  for (const GazetteerMatch& match : g().Lookup("GE")) {
    EXPECT_NE(match.entry().id(), "country:GEO");
  }
}

TEST_F(GazetteerTest, AmbiguityIsSurfacedMostProminentFirst) {
  const std::vector<std::string> georgia = Ids(g().Lookup("Georgia"));
  ASSERT_GE(georgia.size(), 2u);
  EXPECT_EQ(georgia[0], "country:GEO");
  EXPECT_THAT(georgia, Contains("iso3166-2:US-GA"));

  const GazetteerMatches washington = g().Lookup("Washington");
  ASSERT_GE(washington.size(), 3u);
  EXPECT_EQ(washington[0].entry().kind(), EntryKind::kCity);
  EXPECT_EQ(washington[0].entry().detail(), "PPLC");
  EXPECT_EQ(washington[0].entry().country_code(), "USA");
  EXPECT_EQ(washington[1].entry().id(), "iso3166-2:US-WA");
  EXPECT_EQ(washington[1].entry().subtype(), v1::ENTITY_SUBTYPE_REGION);
  EXPECT_EQ(washington[2].entry().kind(), EntryKind::kCity);  // the smaller towns
  EXPECT_LT(washington[2].entry().population(), washington[0].entry().population());
}

TEST_F(GazetteerTest, DiacriticsAndTransliterations) {
  // Azerbaijani spelling, its plain-ASCII spelling and the English one.
  for (const std::string_view spelling : {"Qəbələ", "Qabala", "Gabala"}) {
    const std::optional<GazetteerMatch> city = First(spelling, EntryKind::kCity);
    ASSERT_TRUE(city.has_value()) << spelling;
    EXPECT_EQ(city->entry().id(), "geonames:585231") << spelling;
  }
  EXPECT_EQ(First("Khankendi", EntryKind::kCity)->entry().country_code(), "AZE");
  EXPECT_EQ(First("Sanliurfa", EntryKind::kCity)->entry().country_code(), "TUR");  // Şanlıurfa
  const std::optional<GazetteerMatch> kiskun = First("Kiskunfelegyhaza", EntryKind::kCity);
  ASSERT_TRUE(kiskun.has_value());
  EXPECT_EQ(kiskun->entry().name(), "Kiskunfélegyháza");
  EXPECT_EQ(First("Sao Paulo", EntryKind::kCity)->entry().country_code(), "BRA");
  EXPECT_EQ(First("Poznan", EntryKind::kCity)->entry().country_code(), "POL");
  // The loose fallback: case, marks and punctuation ignored.
  const GazetteerMatches folded = g().LookupFolded("QƏBƏLƏ");
  ASSERT_FALSE(folded.empty());
  EXPECT_TRUE(folded[0].is_folded());
  EXPECT_EQ(folded[0].entry().country_code(), "AZE");
  EXPECT_EQ(g().LookupFolded("Al Qaeda")[0].entry().id(), "org:al-qaeda");
  EXPECT_EQ(g().LookupFolded("washington, d.c.")[0].entry().detail(), "PPLC");
  // Person names with marks ("Rosselló", "José") are checked folded too.
  EXPECT_TRUE(g().IsGivenName("José"));
  EXPECT_TRUE(g().IsGivenName("Jose"));
}

TEST_F(GazetteerTest, TypographicPunctuationInThePhrase) {
  EXPECT_FALSE(g().Lookup("Kars–Tbilisi–Baku railway").empty());
  EXPECT_FALSE(g().Lookup("Côte d’Ivoire").empty());
  EXPECT_FALSE(g().Lookup("South\u00A0Korea").empty());
  EXPECT_FALSE(g().Lookup("  South   Korea ").empty());
  EXPECT_TRUE(g().Lookup("the Netherlands").empty());  // the caller strips "the"
  EXPECT_FALSE(g().Lookup("The Hague").empty());
}

TEST_F(GazetteerTest, CitiesOfTheCorporaResolveToTheirCountries) {
  const std::vector<std::pair<std::string, std::string>> cities = {
      {"Erbil", "IRQ"},     {"Raqqa", "SYR"},    {"Igoumenitsa", "GRC"}, {"Otranto", "ITA"},
      {"Gyula", "HUN"},     {"Damietta", "EGY"}, {"Omsk", "RUS"},        {"Minsk", "BLR"},
      {"Abqaiq", "SAU"},    {"Riyadh", "SAU"},   {"Niamey", "NER"},      {"Tunis", "TUN"},
      {"Tehran", "IRN"},    {"Baghdad", "IRQ"},  {"Athens", "GRC"},      {"Berlin", "DEU"},
      {"Istanbul", "TUR"},  {"Beijing", "CHN"},  {"London", "GBR"},      {"Paris", "FRA"},
      {"The Hague", "NLD"}, {"Kyiv", "UKR"},     {"Kiev", "UKR"},        {"Batumi", "GEO"}};
  for (const auto& [city, code] : cities) {
    const std::optional<GazetteerMatch> match = First(city, EntryKind::kCity);
    ASSERT_TRUE(match.has_value()) << city;
    EXPECT_EQ(match->entry().country_code(), code) << city;
    EXPECT_EQ(match->entry().subtype(), v1::ENTITY_SUBTYPE_CITY) << city;
    EXPECT_THAT(std::string(match->entry().id()), ::testing::StartsWith("geonames:")) << city;
  }
}

TEST_F(GazetteerTest, RegionsAndAdminRegionsOfCities) {
  const std::optional<GazetteerMatch> texas = First("Texas", EntryKind::kRegion);
  ASSERT_TRUE(texas.has_value());
  EXPECT_EQ(texas->entry().id(), "iso3166-2:US-TX");
  EXPECT_EQ(texas->entry().country_code(), "USA");
  EXPECT_EQ(texas->entry().detail(), "State");
  const std::optional<GazetteerMatch> atlanta = First("Atlanta", EntryKind::kCity);
  ASSERT_TRUE(atlanta.has_value());
  EXPECT_EQ(atlanta->entry().admin_region(), "Georgia");
  ASSERT_TRUE(atlanta->entry().related().has_value());
  EXPECT_EQ(atlanta->entry().related()->id(), "iso3166-2:US-GA");
  const std::optional<GazetteerMatch> idlib = First("Idlib", EntryKind::kRegion);
  ASSERT_TRUE(idlib.has_value());
  EXPECT_EQ(idlib->entry().country_code(), "SYR");
}

TEST_F(GazetteerTest, OtherPlacesAndOrganizations) {
  const std::vector<std::tuple<std::string, v1::EntitySubtype, std::string>> expected = {
      {"Middle East", v1::ENTITY_SUBTYPE_LOCATION_OTHER, ""},
      {"Caucasus", v1::ENTITY_SUBTYPE_LOCATION_OTHER, ""},
      {"Balkans", v1::ENTITY_SUBTYPE_LOCATION_OTHER, ""},
      {"Persian Gulf", v1::ENTITY_SUBTYPE_LOCATION_OTHER, ""},
      {"Strait of Hormuz", v1::ENTITY_SUBTYPE_LOCATION_OTHER, ""},
      {"Soviet Union", v1::ENTITY_SUBTYPE_COUNTRY, ""},
      {"Pentagon", v1::ENTITY_SUBTYPE_GOVERNMENT, "USA"},
      {"Kremlin", v1::ENTITY_SUBTYPE_GOVERNMENT, "RUS"},
      {"Knesset", v1::ENTITY_SUBTYPE_GOVERNMENT, "ISR"},
      {"Reuters", v1::ENTITY_SUBTYPE_MEDIA, ""},
      {"Xinhua", v1::ENTITY_SUBTYPE_MEDIA, "CHN"},
      {"Amnesty International", v1::ENTITY_SUBTYPE_NGO, ""},
      {"Taliban", v1::ENTITY_SUBTYPE_ORGANIZATION_OTHER, "AFG"},
      {"African Union", v1::ENTITY_SUBTYPE_IGO, ""}};
  for (const auto& [name, subtype, country] : expected) {
    const GazetteerMatches matches = g().Lookup(name);
    ASSERT_FALSE(matches.empty()) << name;
    EXPECT_EQ(matches[0].entry().subtype(), subtype) << name;
    EXPECT_EQ(matches[0].entry().country_code(), country) << name;
  }
  EXPECT_EQ(g().Lookup("Taliban")[0].entry().sector(), "REB");
  EXPECT_EQ(g().Lookup("Pentagon")[0].entry().sector(), "MIL");
  EXPECT_EQ(g().Lookup("European")[0].entry().name(), "Europe");
}

TEST_F(GazetteerTest, FunctionWordsAreNoPlaces) {
  for (const std::string_view word :
       {"The",     "A",      "An",       "In",        "He",      "She",      "It",        "They",
        "But",     "And",    "For",      "With",      "By",      "To",       "This",      "That",
        "However", "There",  "His",      "Her",       "Their",   "Also",     "After",     "Earlier",
        "Former",  "Deputy", "Minister", "President", "Defense", "Chairman", "Parliament"}) {
    EXPECT_TRUE(g().Lookup(word).empty()) << word << " -> " << g().Lookup(word)[0].entry().id();
  }
}

TEST_F(GazetteerTest, CommonWordsThatAreTownsCarryWhatTheNerNeedsToTellThem) {
  // "Of" is a town of 32,000 in Trabzon, Turkey; "Police" one in Poland.
  // The NER sees the lower-case word in the dictionary, the entry's kind
  // and its population, and can require context ("in Of").
  const GazetteerMatches of = g().Lookup("Of");
  ASSERT_FALSE(of.empty());
  EXPECT_EQ(of[0].entry().country_code(), "TUR");
  EXPECT_GT(of[0].entry().population(), 10000u);
  for (const std::string_view word :
       {"Of", "Police", "Union", "March", "Said", "Most", "Many", "Nice", "Street", "August"}) {
    std::string lower(word);
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    EXPECT_TRUE(g().IsCommonWord(lower)) << word;
    for (const GazetteerMatch& match : g().Lookup(word)) {
      EXPECT_THAT(match.entry().kind(), ::testing::AnyOf(EntryKind::kCity, EntryKind::kRegion))
          << word;
      EXPECT_FALSE(match.is_spelling_variant()) << word;
    }
  }
}

TEST_F(GazetteerTest, WordLists) {
  EXPECT_TRUE(g().IsGivenName("John"));
  EXPECT_TRUE(g().IsGivenName("Mary"));
  EXPECT_FALSE(g().IsGivenName("Tbilisi"));
  EXPECT_TRUE(g().IsPersonNameWord("Smith"));
  EXPECT_TRUE(g().IsPersonNameWord("Levan"));  // the seed's Levan Izoria
  EXPECT_TRUE(g().IsCommonWord("police"));
  EXPECT_TRUE(g().IsCommonWord("of"));
  EXPECT_FALSE(g().IsCommonWord("tbilisi"));
  EXPECT_FALSE(g().IsCommonWord("Police"));  // the caller lower-cases
  EXPECT_TRUE(g().IsDictionaryProperNoun("Georgia"));
  EXPECT_FALSE(g().IsDictionaryProperNoun("police"));
  EXPECT_FALSE(g().IsGivenName(""));
}

TEST_F(GazetteerTest, PhraseLengths) {
  EXPECT_GE(g().max_phrase_words(), 6);  // "United Nations Educational, Scientific and ..."
  EXPECT_LE(g().max_phrase_words(), 10);
  EXPECT_GE(g().MaxWordsStartingWith("United"), 3);
  EXPECT_GE(g().MaxWordsStartingWith("Strait"), 3);
  EXPECT_EQ(g().MaxWordsStartingWith("Xyzzyq"), 0);
  EXPECT_EQ(g().MaxWordsStartingWith("the"), 0);  // no name starts with "the "
  EXPECT_EQ(g().MaxWordsStartingWith("which"), 0);
}

TEST_F(GazetteerTest, CountryByAlpha3) {
  const std::optional<GazetteerEntry> georgia = g().CountryByAlpha3("GEO");
  ASSERT_TRUE(georgia.has_value());
  EXPECT_EQ(georgia->name(), "Georgia");
  ASSERT_TRUE(georgia->related().has_value());
  EXPECT_EQ(georgia->related()->name(), "Tbilisi");
  EXPECT_EQ(g().CountryByAlpha3("AZE")->related()->name(), "Baku");
  EXPECT_EQ(g().CountryByAlpha3("USA")->name(), "United States");
  EXPECT_EQ(g().CountryByAlpha3("USA")->related()->detail(), "PPLC");
  for (const auto& [code, name] :
       std::vector<std::pair<std::string, std::string>>{{"RUS", "Russia"},
                                                        {"IRN", "Iran"},
                                                        {"SYR", "Syria"},
                                                        {"KOR", "South Korea"},
                                                        {"NLD", "Netherlands"},
                                                        {"TUR", "Turkey"},
                                                        {"GBR", "United Kingdom"}}) {
    ASSERT_TRUE(g().CountryByAlpha3(code).has_value()) << code;
    EXPECT_EQ(g().CountryByAlpha3(code)->name(), name);
  }
  EXPECT_FALSE(g().CountryByAlpha3("ZZZ").has_value());
}

TEST_F(GazetteerTest, EveryCountryHasACodeAndEveryCityACountry) {
  size_t countries = 0, cities = 0, cities_without_country = 0;
  for (uint32_t i = 0; i < g().entry_count(); ++i) {
    const GazetteerEntry entry = g().entry(i);
    if (entry.kind() == EntryKind::kCountry) {
      ++countries;
      EXPECT_EQ(entry.country_code().size(), 3u) << entry.name();
    } else if (entry.kind() == EntryKind::kCity) {
      ++cities;
      if (entry.country_code().empty()) ++cities_without_country;
    }
  }
  EXPECT_GE(countries, 240u);
  EXPECT_GT(cities, 130000u);
  EXPECT_LT(cities_without_country, 100u);
}

}  // namespace
}  // namespace newsgraph::extract
