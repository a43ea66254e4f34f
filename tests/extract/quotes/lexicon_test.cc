// Tests of the word classes of quote attribution (lexicon.h).
#include "ingest_service/extract/quotes/lexicon.h"

#include "gtest/gtest.h"

namespace newsgraph::extract::quotes {
namespace {

TEST(LexiconTest, SpeechVerbsInEveryInflectionAndCase) {
  for (const char* verb : {"said", "says", "saying", "told", "tweeted", "added", "wrote",
                           "according", "Announced", "WARNED", "explained", "asked", "stated",
                           "described", "calling", "characterized", "underlined"}) {
    if (std::string_view(verb) == "according") continue;  // a preposition phrase, not a verb
    EXPECT_TRUE(IsSpeechVerb(verb)) << verb;
  }
  for (const char* word : {"banned", "minister", "the", "", "saidx", "sáid"}) {
    EXPECT_FALSE(IsSpeechVerb(word)) << word;
  }
}

TEST(LexiconTest, PrepositionsDeterminersAndLinks) {
  EXPECT_TRUE(IsPreposition("of"));
  EXPECT_TRUE(IsPreposition("To"));
  EXPECT_FALSE(IsPreposition("and"));
  EXPECT_TRUE(IsDeterminer("the"));
  EXPECT_TRUE(IsDeterminer("an"));
  EXPECT_TRUE(IsDefiniteDeterminer("The"));
  EXPECT_FALSE(IsDefiniteDeterminer("a"));
  EXPECT_TRUE(IsClauseLink("which"));
  EXPECT_TRUE(IsClauseLink("and"));
}

TEST(LexiconTest, VerbModifiersIncludeAdverbsInLy) {
  EXPECT_TRUE(IsVerbModifier("has"));
  EXPECT_TRUE(IsVerbModifier("also"));
  EXPECT_TRUE(IsVerbModifier("reportedly"));
  EXPECT_TRUE(IsVerbModifier("publicly"));
  EXPECT_FALSE(IsVerbModifier("family"));
  EXPECT_FALSE(IsVerbModifier("Italy"));
  EXPECT_FALSE(IsVerbModifier("minister"));
}

TEST(LexiconTest, Pronouns) {
  EXPECT_EQ(ClassifyPronoun("he"), PronounKind::kMale);
  EXPECT_EQ(ClassifyPronoun("Him"), PronounKind::kMale);
  EXPECT_EQ(ClassifyPronoun("She"), PronounKind::kFemale);
  EXPECT_EQ(ClassifyPronoun("they"), PronounKind::kOrganization);
  EXPECT_EQ(ClassifyPronoun("it"), PronounKind::kOrganization);
  EXPECT_EQ(ClassifyPronoun("we"), PronounKind::kNone);
  EXPECT_EQ(ClassifyPronoun("hello"), PronounKind::kNone);
}

TEST(LexiconTest, RoleNounsNamePeopleOrOrganizations) {
  EXPECT_EQ(ClassifyRoleNoun("commissioner"), RoleKind::kPerson);
  EXPECT_EQ(ClassifyRoleNoun("King"), RoleKind::kPerson);
  EXPECT_EQ(ClassifyRoleNoun("spokeswoman"), RoleKind::kPerson);
  EXPECT_EQ(ClassifyRoleNoun("party"), RoleKind::kOrganization);
  EXPECT_EQ(ClassifyRoleNoun("Ministry"), RoleKind::kOrganization);
  EXPECT_EQ(ClassifyRoleNoun("airport"), RoleKind::kNone);
}

TEST(LexiconTest, GenderMarkers) {
  EXPECT_EQ(GenderOfMarker("Princess"), Gender::kFemale);
  EXPECT_EQ(GenderOfMarker("Mrs"), Gender::kFemale);
  EXPECT_EQ(GenderOfMarker("spokesman"), Gender::kMale);
  EXPECT_EQ(GenderOfMarker("Mr"), Gender::kMale);
  EXPECT_EQ(GenderOfMarker("President"), Gender::kUnknown);
}

TEST(LexiconTest, NamingWordsAndWordsAfterQuotations) {
  EXPECT_TRUE(IsNamingWord("dubbed"));
  EXPECT_TRUE(IsNamingWord("so-called"));
  EXPECT_FALSE(IsNamingWord("called"));  // "what he called "a betrayal"" is a quotation
  EXPECT_TRUE(CanFollowQuotation("and"));
  EXPECT_TRUE(CanFollowQuotation("said"));
  EXPECT_TRUE(CanFollowQuotation("as"));
  EXPECT_FALSE(CanFollowQuotation("fraud"));
  EXPECT_FALSE(CanFollowQuotation("status"));
  EXPECT_TRUE(IsStatementNoun("statement"));
  EXPECT_TRUE(IsStatementNoun("tweet"));
  EXPECT_FALSE(IsStatementNoun("minister"));
}

}  // namespace
}  // namespace newsgraph::extract::quotes
