// Tests of ReferentResolver (referent_resolver.h): pronouns and definite
// descriptions resolved to entities in real passages.
#include "ingest_service/extract/quotes/referent_resolver.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract::quotes {
namespace {

using testing::KnownEntity;

class Passage {
 public:
  Passage(const std::string& text, const std::vector<KnownEntity>& entities)
      : article_(testing::ArticleWith(text, entities)), bytes_(article_) {
    for (const v1::ArticleEntity& entity : article_.entities()) types_.push_back(entity.type());
    passages_ = FindQuotedPassages(bytes_.text(), bytes_.paragraphs());
    resolver_ = std::make_unique<ReferentResolver>(bytes_.text(), bytes_.mentions(),
                                                   bytes_.first_mentions(), passages_, types_);
  }

  ReferentResolver& resolver() { return *resolver_; }
  const std::vector<QuotedPassage>& passages() const { return passages_; }

  // The entity name, or "none".
  std::string Name(int entity) const {
    return entity < 0 ? "none" : article_.entities(entity).name();
  }
  // The position of the n-th (from 0) occurrence of `needle`.
  size_t Find(std::string_view needle, int n = 0) const {
    size_t pos = bytes_.text().find(needle);
    for (int i = 0; i < n; ++i) pos = bytes_.text().find(needle, pos + 1);
    return pos;
  }

 private:
  v1::Article article_;
  ArticleBytes bytes_;
  std::vector<v1::EntityType> types_;
  std::vector<QuotedPassage> passages_;
  std::unique_ptr<ReferentResolver> resolver_;
};

const KnownEntity kMitsotakis{"Kyriakos Mitsotakis", v1::ENTITY_TYPE_PERSON, {"Mitsotakis"}};
const KnownEntity kTrump{"Donald Trump", v1::ENTITY_TYPE_PERSON, {"Trump"}};
const KnownEntity kImf{"International Monetary Fund", v1::ENTITY_TYPE_ORGANIZATION, {}};

TEST(ReferentResolverTest, HeIsTheLastPersonInSubjectPosition) {
  // wikinews/2020/006: Trump is the object of "with", so "he" is Mitsotakis.
  Passage passage(
      "Later on Tuesday Mitsotakis met with the International Monetary Fund, then "
      "with President Trump, where he denounced the agreement again.",
      {kMitsotakis, kTrump, kImf});
  const size_t he = passage.Find(" he ") + 1;
  EXPECT_EQ(passage.Name(passage.resolver().ResolvePronoun(PronounKind::kMale, he)),
            "Kyriakos Mitsotakis");
  // "it" is the organization.
  EXPECT_EQ(passage.Name(passage.resolver().ResolvePronoun(PronounKind::kOrganization, he)),
            "International Monetary Fund");
}

TEST(ReferentResolverTest, PreviousSpeakerWinsOverAPersonInsideTheQuotation) {
  // wikinews/2020/012: "he added" after a quotation attributed to Honcharuk.
  Passage passage(
      "He said Zelensky is \"a model of honesty for me\"; however, \"to remove any "
      "doubts, I wrote a resignation offer\", he added.",
      {{"Volodymyr Zelensky", v1::ENTITY_TYPE_PERSON, {"Zelensky"}},
       {"Oleksiy Honcharuk", v1::ENTITY_TYPE_PERSON, {"Honcharuk"}}});
  ASSERT_EQ(passage.passages().size(), 2u);
  passage.resolver().AddSpeaker(passage.passages()[0].outer.end, 1);
  const size_t he = passage.Find("he added");
  EXPECT_EQ(passage.Name(passage.resolver().ResolvePronoun(PronounKind::kMale, he)),
            "Oleksiy Honcharuk");
}

TEST(ReferentResolverTest, MentionsInsideQuotationsAreNotReferents) {
  // wikinews/2019/046
  Passage passage(
      "Erdogan said, \"Unfortunately, Trump is behaving like a bully boy.\" On the "
      "live television he said more.",
      {{"Recep Tayyip Erdoğan", v1::ENTITY_TYPE_PERSON, {"Erdogan"}}, kTrump});
  const size_t he = passage.Find(" he said") + 1;
  EXPECT_EQ(passage.Name(passage.resolver().ResolvePronoun(PronounKind::kMale, he)),
            "Recep Tayyip Erdoğan");
}

TEST(ReferentResolverTest, SheSkipsMenWithMaleTitles) {
  Passage passage("Princess Ubolratana met Mr Thaksin Shinawatra. Later she said more.",
                  {{"Ubolratana Mahidol", v1::ENTITY_TYPE_PERSON, {"Princess Ubolratana"}},
                   {"Thaksin Shinawatra", v1::ENTITY_TYPE_PERSON, {}}});
  const size_t she = passage.Find("she");
  EXPECT_EQ(passage.Name(passage.resolver().ResolvePronoun(PronounKind::kFemale, she)),
            "Ubolratana Mahidol");
  EXPECT_EQ(passage.Name(passage.resolver().ResolvePronoun(PronounKind::kMale, she)),
            "Thaksin Shinawatra");
}

TEST(ReferentResolverTest, NoCompatibleReferent) {
  Passage passage("The ministry said it would act. He agreed.", {});
  EXPECT_EQ(passage.resolver().ResolvePronoun(PronounKind::kMale, passage.Find("He")), -1);
  EXPECT_EQ(passage.resolver().ResolvePronoun(PronounKind::kNone, 0), -1);
}

TEST(ReferentResolverTest, DescriptionByTitleBeforeTheName) {
  // wikinews/2019/070
  Passage passage(
      "AU trade and industry commissioner Albert Muchanga announced Benin was to "
      "join. The commissioner said more.",
      {{"Albert Muchanga", v1::ENTITY_TYPE_PERSON, {}},
       {"African Union", v1::ENTITY_TYPE_ORGANIZATION, {"AU"}}});
  const size_t the = passage.Find("The commissioner");
  EXPECT_EQ(
      passage.Name(passage.resolver().ResolveDescription(RoleKind::kPerson, "commissioner", the)),
      "Albert Muchanga");
  EXPECT_EQ(passage.resolver().ResolveDescription(RoleKind::kPerson, "senator", the), -1);
}

TEST(ReferentResolverTest, DescriptionByAppositionOrName) {
  // wikinews/2019/097 and 2019/030
  Passage passage(
      "On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced it. "
      "Thailand's Thai Raksa Chart Party withdrew. The party and the executive spoke.",
      {{"Carrie Lam", v1::ENTITY_TYPE_PERSON, {"Lam"}},
       {"Thai Raksa Chart Party", v1::ENTITY_TYPE_ORGANIZATION, {}},
       {"Hong Kong", v1::ENTITY_TYPE_LOCATION, {}},
       {"Thailand", v1::ENTITY_TYPE_LOCATION, {}}});
  const size_t at = passage.Find("The party");
  EXPECT_EQ(passage.Name(passage.resolver().ResolveDescription(RoleKind::kPerson, "executive", at)),
            "Carrie Lam");
  EXPECT_EQ(
      passage.Name(passage.resolver().ResolveDescription(RoleKind::kOrganization, "party", at)),
      "Thai Raksa Chart Party");
}

}  // namespace
}  // namespace newsgraph::extract::quotes
