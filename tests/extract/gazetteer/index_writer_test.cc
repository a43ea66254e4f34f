// The builder's index writer and the lookup library together, on a small
// hand-made model: what goes in comes out, in the documented order.
#include "ingest_service/extract/gazetteer/builder/index_writer.h"

#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/gazetteer/gazetteer.h"
#include "ingest_service/extract/gazetteer/index_format.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::extract::builder {
namespace {

using ::testing::ElementsAre;

BuildEntry Entry(EntryKind kind, v1::EntitySubtype subtype, std::string name, std::string id,
                 std::string alpha3, std::string alpha2) {
  BuildEntry entry;
  entry.kind = kind;
  entry.subtype = subtype;
  entry.name = std::move(name);
  entry.id = std::move(id);
  entry.alpha3 = std::move(alpha3);
  entry.alpha2 = std::move(alpha2);
  return entry;
}

class IndexWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    BuildEntry georgia = Entry(EntryKind::kCountry, v1::ENTITY_SUBTYPE_COUNTRY, "Georgia",
                               "country:GEO", "GEO", "GE");
    georgia.AddName("Georgian", NameForm::kDemonym);
    georgia.AddName("Georgians", NameForm::kDemonymPlural);
    georgia.AddName("Sakartvelo", NameForm::kAlternateName);
    georgia.AddName("Georgian", NameForm::kAlternateName);  // weaker duplicate: dropped
    georgia_ = model_.Add(std::move(georgia));
    model_.AddCountryCodes(georgia_);
    BuildEntry usa = Entry(EntryKind::kCountry, v1::ENTITY_SUBTYPE_COUNTRY, "United States",
                           "country:USA", "USA", "US");
    usa.AddName("U.S.", NameForm::kAcronym);
    model_.AddCountryCodes(model_.Add(std::move(usa)));
    BuildEntry state = Entry(EntryKind::kRegion, v1::ENTITY_SUBTYPE_REGION, "Georgia",
                             "iso3166-2:US-GA", "USA", "US");
    state_ = model_.Add(std::move(state));
    BuildEntry small_town =
        Entry(EntryKind::kCity, v1::ENTITY_SUBTYPE_CITY, "Georgia", "geonames:1", "USA", "US");
    small_town.population = 2000;
    small_town.detail = "PPL";
    small_town_ = model_.Add(std::move(small_town));
    BuildEntry tbilisi =
        Entry(EntryKind::kCity, v1::ENTITY_SUBTYPE_CITY, "Tbilisi", "geonames:611717", "GEO", "GE");
    tbilisi.population = 1049498;
    tbilisi.detail = "PPLC";
    tbilisi.latitude = 41.69411f;
    tbilisi.longitude = 44.83368f;
    tbilisi.AddName("Tiflis", NameForm::kAlternateName);
    tbilisi_ = model_.Add(std::move(tbilisi));
    model_.entry(georgia_).related = static_cast<int32_t>(tbilisi_);
    BuildEntry gabala = Entry(EntryKind::kCity, v1::ENTITY_SUBTYPE_CITY, "Qutqashen",
                              "geonames:585231", "AZE", "AZ");
    gabala.AddName("Qəbələ", NameForm::kAlternateName);
    gabala_ = model_.Add(std::move(gabala));
    BuildEntry nato = Entry(EntryKind::kOrganization, v1::ENTITY_SUBTYPE_IGO,
                            "North Atlantic Treaty Organization", "org:nato", "", "");
    nato.sector = "IGO";
    nato.AddName("NATO", NameForm::kAcronym);
    model_.Add(std::move(nato));
    model_.AddWordFlags("John", index_format::kGivenNameWord);
    model_.AddWordFlags("police", index_format::kCommonWord);

    // ctest runs each test in its own process, in parallel: one file each.
    path_ = ::testing::TempDir() + "/index_writer_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".bin";
    ASSERT_OK_AND_ASSIGN(stats_, WriteIndex(model_, path_));
    ASSERT_OK_AND_ASSIGN(gazetteer_, Gazetteer::Load(path_));
  }

  std::vector<std::string> Ids(const GazetteerMatches& matches) {
    std::vector<std::string> ids;
    for (const GazetteerMatch& match : matches) ids.emplace_back(match.entry().id());
    return ids;
  }

  GazetteerModel model_;
  uint32_t georgia_ = 0, state_ = 0, small_town_ = 0, tbilisi_ = 0, gabala_ = 0;
  std::string path_;
  IndexStats stats_;
  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(IndexWriterTest, StatsCountWhatWasWritten) {
  EXPECT_EQ(stats_.entries, 7u);
  EXPECT_EQ(gazetteer_->entry_count(), 7u);
  EXPECT_EQ(stats_.max_phrase_words, 4);
  EXPECT_EQ(gazetteer_->max_phrase_words(), 4);
  EXPECT_EQ(stats_.words, 2u);
  EXPECT_EQ(stats_.file_bytes, gazetteer_->file_bytes());
}

TEST_F(IndexWriterTest, AmbiguousNameListsCountryThenRegionThenSmallTown) {
  EXPECT_THAT(Ids(gazetteer_->Lookup("Georgia")),
              ElementsAre("country:GEO", "iso3166-2:US-GA", "geonames:1"));
}

TEST_F(IndexWriterTest, EntryFieldsRoundTrip) {
  const GazetteerMatches matches = gazetteer_->Lookup("Tiflis");
  ASSERT_EQ(matches.size(), 1u);
  const GazetteerEntry tbilisi = matches[0].entry();
  EXPECT_EQ(matches[0].form(), NameForm::kAlternateName);
  EXPECT_EQ(tbilisi.name(), "Tbilisi");
  EXPECT_EQ(tbilisi.kind(), EntryKind::kCity);
  EXPECT_EQ(tbilisi.type(), v1::ENTITY_TYPE_LOCATION);
  EXPECT_EQ(tbilisi.subtype(), v1::ENTITY_SUBTYPE_CITY);
  EXPECT_EQ(tbilisi.country_code(), "GEO");
  EXPECT_EQ(tbilisi.country_alpha2(), "GE");
  EXPECT_EQ(tbilisi.detail(), "PPLC");
  EXPECT_EQ(tbilisi.population(), 1049498u);
  EXPECT_TRUE(tbilisi.has_coordinates());
  EXPECT_NEAR(tbilisi.latitude(), 41.694, 1e-3);
  ASSERT_TRUE(tbilisi.country().has_value());
  EXPECT_EQ(tbilisi.country()->id(), "country:GEO");
  ASSERT_TRUE(tbilisi.country()->related().has_value());
  EXPECT_EQ(tbilisi.country()->related()->index(), tbilisi_);
}

TEST_F(IndexWriterTest, FormsAndDuplicates) {
  const GazetteerMatches georgian = gazetteer_->Lookup("Georgian");
  ASSERT_EQ(georgian.size(), 1u);  // one entry, the stronger form kept
  EXPECT_TRUE(georgian[0].is_demonym());
  EXPECT_EQ(georgian[0].form(), NameForm::kDemonym);
  EXPECT_EQ(gazetteer_->Lookup("Georgians")[0].form(), NameForm::kDemonymPlural);
  const GazetteerMatches nato = gazetteer_->Lookup("NATO");
  ASSERT_EQ(nato.size(), 1u);
  EXPECT_TRUE(nato[0].is_acronym());
  EXPECT_EQ(nato[0].entry().sector(), "IGO");
  EXPECT_EQ(nato[0].entry().type(), v1::ENTITY_TYPE_ORGANIZATION);
  EXPECT_EQ(nato[0].entry().country_code(), "");
  EXPECT_FALSE(nato[0].entry().country().has_value());
}

TEST_F(IndexWriterTest, SpellingVariantsAndFoldedLookup) {
  const GazetteerMatches gabala = gazetteer_->Lookup("Gabala");
  ASSERT_EQ(gabala.size(), 1u);
  EXPECT_TRUE(gabala[0].is_spelling_variant());
  EXPECT_FALSE(gabala[0].is_folded());
  EXPECT_EQ(gabala[0].entry().country_code(), "AZE");
  EXPECT_TRUE(gazetteer_->Lookup("gabala").empty());  // exact lookups are case-sensitive
  const GazetteerMatches folded = gazetteer_->LookupFolded("QƏBƏLƏ");
  ASSERT_EQ(folded.size(), 1u);
  EXPECT_TRUE(folded[0].is_folded());
  EXPECT_THAT(Ids(gazetteer_->LookupFolded("u.s")), ElementsAre("country:USA"));
}

TEST_F(IndexWriterTest, FirstWordsAndWordLists) {
  EXPECT_EQ(gazetteer_->MaxWordsStartingWith("North"), 4);
  EXPECT_EQ(gazetteer_->MaxWordsStartingWith("United"), 2);
  EXPECT_EQ(gazetteer_->MaxWordsStartingWith("Tbilisi"), 1);
  EXPECT_EQ(gazetteer_->MaxWordsStartingWith("Atlantic"), 0);
  EXPECT_TRUE(gazetteer_->IsGivenName("John"));
  EXPECT_TRUE(gazetteer_->IsPersonNameWord("John"));
  EXPECT_FALSE(gazetteer_->IsGivenName("john"));
  EXPECT_TRUE(gazetteer_->IsCommonWord("police"));
  EXPECT_FALSE(gazetteer_->IsDictionaryProperNoun("police"));
}

TEST_F(IndexWriterTest, CountryTable) {
  ASSERT_TRUE(gazetteer_->CountryByAlpha3("USA").has_value());
  EXPECT_EQ(gazetteer_->CountryByAlpha3("USA")->name(), "United States");
  EXPECT_FALSE(gazetteer_->CountryByAlpha3("XYZ").has_value());
  EXPECT_FALSE(gazetteer_->CountryByAlpha3("usa").has_value());
  EXPECT_FALSE(gazetteer_->CountryByAlpha3("US").has_value());
}

TEST_F(IndexWriterTest, RewritingTheSameModelGivesTheSameBytes) {
  const std::string again = path_ + ".again";
  ASSERT_OK(WriteIndex(model_, again).status());
  ASSERT_OK_AND_ASSIGN(const auto reloaded, Gazetteer::Load(again));
  EXPECT_EQ(reloaded->file_bytes(), gazetteer_->file_bytes());
}

}  // namespace
}  // namespace newsgraph::extract::builder
