// The answer cache NameLookup keeps per thread across articles: it never
// changes an answer, it is emptied for another gazetteer and when full, and
// an article extracted with a warm cache reads exactly as with a cold one.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/gazetteer/gazetteer.h"
#include "ingest_service/extract/ner/name_lookup.h"
#include "tests/extract/ner/extraction_test_support.h"

namespace newsgraph::extract {
namespace {

std::unique_ptr<Gazetteer> LoadGazetteer() {
  auto loaded = Gazetteer::Load(DefaultGazetteerPath());
  EXPECT_TRUE(loaded.ok()) << loaded.status();
  return loaded.ok() ? *std::move(loaded) : nullptr;
}

std::vector<std::string> Names(const std::vector<GazetteerHit>& hits) {
  std::vector<std::string> out;
  for (const GazetteerHit& hit : hits) out.emplace_back(hit.id);
  return out;
}

TEST(LookupCacheTest, RemembersWithoutChangingAnyAnswer) {
  const std::unique_ptr<Gazetteer> gazetteer = LoadGazetteer();
  ASSERT_NE(gazetteer, nullptr);
  const NameLookup uncached(gazetteer.get());
  LookupCache cache;
  for (int round = 0; round < 2; ++round) {  // cold, then warm
    const NameLookup cached(gazetteer.get(), &cache);
    for (const char* phrase : {"Tbilisi", "Georgia", "NATO", "Nato", "CAIRO", "Erdoğan",
                               "Zakir", "nowhere-at-all", "Washington"}) {
      std::vector<GazetteerHit> a, b;
      EXPECT_EQ(cached.Find(phrase, &a), uncached.Find(phrase, &b)) << phrase;
      EXPECT_EQ(Names(a), Names(b)) << phrase << " in round " << round;
      EXPECT_EQ(cached.Has(phrase), uncached.Has(phrase)) << phrase;
      EXPECT_EQ(cached.IsGivenName(phrase), uncached.IsGivenName(phrase)) << phrase;
      EXPECT_EQ(cached.IsFamilyName(phrase), uncached.IsFamilyName(phrase)) << phrase;
      EXPECT_EQ(cached.IsCommonWordAsWritten(phrase), uncached.IsCommonWordAsWritten(phrase))
          << phrase;
      EXPECT_EQ(cached.MaxWordsStartingWith(phrase), uncached.MaxWordsStartingWith(phrase))
          << phrase;
    }
  }
  EXPECT_FALSE(cache.hits.empty());
  EXPECT_FALSE(cache.facts.empty());
  EXPECT_EQ(cache.gazetteer_id, gazetteer->instance_id());
}

TEST(LookupCacheTest, AnotherGazetteerEmptiesIt) {
  const std::unique_ptr<Gazetteer> first = LoadGazetteer();
  const std::unique_ptr<Gazetteer> second = LoadGazetteer();
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_NE(first->instance_id(), second->instance_id());
  LookupCache cache;
  std::vector<GazetteerHit> hits;
  NameLookup(first.get(), &cache).Find("Tbilisi", &hits);
  ASSERT_FALSE(cache.hits.empty());
  const NameLookup other(second.get(), &cache);
  EXPECT_TRUE(cache.hits.empty());
  EXPECT_EQ(cache.gazetteer_id, second->instance_id());
  ASSERT_TRUE(other.Find("Tbilisi", &hits));
  EXPECT_EQ(hits.front().country, "GEO");
}

TEST(LookupCacheTest, IsEmptiedWhenFull) {
  const std::unique_ptr<Gazetteer> gazetteer = LoadGazetteer();
  ASSERT_NE(gazetteer, nullptr);
  LookupCache cache;
  {
    const NameLookup lookup(gazetteer.get(), &cache);
    for (size_t i = 0; i <= LookupCache::kMaxEntries; ++i) lookup.Has(absl::StrCat("Word", i));
  }
  ASSERT_GT(cache.hits.size(), LookupCache::kMaxEntries);
  const NameLookup next(gazetteer.get(), &cache);
  EXPECT_TRUE(cache.hits.empty());
  EXPECT_TRUE(cache.facts.empty());
}

TEST(LookupCacheTest, AnArticleReadsTheSameWarmAsCold) {
  constexpr char kText[] =
      "The Plan was signed during the meeting between Defense Minister of Azerbaijan, Colonel "
      "General Zakir Hasanov and his counterpart Irakli Garibashvili in Tbilisi on January 21.\n\n"
      "Hasanov said NATO and GUAM remain important.";
  const v1::Article cold = testing::ExtractText(kText);
  // Other articles warm this thread's cache in between.
  testing::ExtractText("Chan said he likes the tea in Shanghai. Odhikar's registration expired.");
  testing::ExtractText("CAIRO – 26 July 2022: Minister of Foreign Affairs Sameh Shoukry met.");
  const v1::Article warm = testing::ExtractText(kText);
  EXPECT_EQ(cold.SerializeAsString(), warm.SerializeAsString());
  EXPECT_GT(cold.mentions_size(), 5);
}

}  // namespace
}  // namespace newsgraph::extract
