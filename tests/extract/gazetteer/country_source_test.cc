#include "ingest_service/extract/gazetteer/builder/country_source.h"

#include <fstream>

#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::extract::builder {
namespace {

TEST(CountrySourceTest, PluralDemonyms) {
  EXPECT_EQ(PluralDemonym("Georgian"), "Georgians");
  EXPECT_EQ(PluralDemonym("Azerbaijani"), "Azerbaijanis");
  EXPECT_EQ(PluralDemonym("Iranian"), "Iranians");
  EXPECT_EQ(PluralDemonym("South Korean"), "South Koreans");
  EXPECT_EQ(PluralDemonym("Thai"), "Thais");
  EXPECT_EQ(PluralDemonym("Chinese"), "");
  EXPECT_EQ(PluralDemonym("French"), "");
  EXPECT_EQ(PluralDemonym("Turkish"), "");
  EXPECT_EQ(PluralDemonym("Swiss"), "");
  EXPECT_EQ(PluralDemonym(""), "");
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(CountrySourceTest, AddsNamesDemonymsAbbreviationsAndOverrides) {
  CountryInputs inputs;
  inputs.world_countries_json = WriteTemp("countries.json", R"([
    {"name": {"common": "Türkiye", "official": "Republic of Türkiye"}, "cca2": "TR",
     "cca3": "TUR", "independent": true, "altSpellings": ["TR", "Turkiye"],
     "demonyms": {"eng": {"m": "Turkish", "f": "Turkish"}}, "capital": ["Ankara"],
     "latlng": [39, 35]},
    {"name": {"common": "United States", "official": "United States of America"},
     "cca2": "US", "cca3": "USA", "independent": true,
     "demonyms": {"eng": {"m": "American", "f": "American"}}},
    {"name": {"common": "American Samoa", "official": "American Samoa"}, "cca2": "AS",
     "cca3": "ASM", "independent": false,
     "demonyms": {"eng": {"m": "American Samoan, American", "f": "American Samoan"}}}
  ])");
  inputs.country_names_tsv = WriteTemp("names.tsv",
                                       "alpha3\tcanonical\tnames\tdemonyms\tplurals\n"
                                       "TUR\tTurkey\tTurkiye\t\tTurks\n");
  inputs.abbreviations_tsv = WriteTemp("abbr.tsv", "abbreviation\talpha3\nU.S.\tUSA\n");
  GazetteerModel model;
  ASSERT_OK_AND_ASSIGN(const auto capitals, AddCountries(inputs, model));
  ASSERT_EQ(capitals.size(), 3u);
  const BuildEntry& turkey = model.entry(*model.CountryByAlpha3("TUR"));
  EXPECT_EQ(turkey.name, "Turkey");
  EXPECT_EQ(turkey.id, "country:TUR");
  const auto has = [](const BuildEntry& entry, std::string_view text, NameForm form) {
    for (const BuildName& name : entry.names) {
      if (name.text == text && name.form == form) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(turkey, "Türkiye", NameForm::kName));
  EXPECT_TRUE(has(turkey, "Turkish", NameForm::kDemonym));
  EXPECT_TRUE(has(turkey, "Turks", NameForm::kDemonymPlural));
  EXPECT_FALSE(has(turkey, "TR", NameForm::kAlternateName));  // codes are not names
  const BuildEntry& usa = model.entry(*model.CountryByAlpha3("USA"));
  EXPECT_TRUE(has(usa, "U.S.", NameForm::kAcronym));
  EXPECT_TRUE(has(usa, "Americans", NameForm::kDemonymPlural));
  // A territory does not take a sovereign country's demonym.
  const BuildEntry& samoa = model.entry(*model.CountryByAlpha3("ASM"));
  EXPECT_FALSE(has(samoa, "American", NameForm::kDemonym));
  EXPECT_TRUE(has(samoa, "American Samoan", NameForm::kDemonym));
}

TEST(CountrySourceTest, UnknownCountryInAbbreviationsIsAnError) {
  CountryInputs inputs;
  inputs.world_countries_json = WriteTemp("empty.json", "[]");
  inputs.country_names_tsv =
      WriteTemp("names2.tsv", "alpha3\tcanonical\tnames\tdemonyms\tplurals\n");
  inputs.abbreviations_tsv = WriteTemp("abbr2.tsv", "abbreviation\talpha3\nXX\tXXX\n");
  GazetteerModel model;
  EXPECT_THAT(AddCountries(inputs, model),
              newsgraph::testing::StatusIs(absl::StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace newsgraph::extract::builder
