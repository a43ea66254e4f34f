// Tests of SpeakerCues (speaker_cues.h) on the clauses that introduce or
// follow quotations in the corpora.
#include "ingest_service/extract/quotes/speaker_cues.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract::quotes {
namespace {

using testing::KnownEntity;

// A clause with its mentions, tokenized whole.
class Clause {
 public:
  Clause(const std::string& text, const std::vector<KnownEntity>& entities)
      : article_(testing::ArticleWith(text, entities)), bytes_(article_) {
    mentions_ = &bytes_.mentions();
    passages_ = FindQuotedPassages(bytes_.text(), bytes_.paragraphs());
    tokenizer_ = std::make_unique<ClauseTokenizer>(bytes_.text(), bytes_.mentions(), passages_);
    tokenizer_->Tokenize({0, bytes_.text().size()}, &tokens_);
    cues_ = std::make_unique<SpeakerCues>(*tokenizer_, bytes_.mentions(), tokens_);
  }

  const SpeakerCues& cues() const { return *cues_; }
  size_t size() const { return tokens_.size(); }

  // What a cue points at: the mention's text, "pronoun:he", "role:party",
  // "unnamed:officials" or "none".
  std::string Describe(const SpeakerCue& cue) const {
    const std::string_view text = bytes_.text();
    switch (cue.kind) {
      case SpeakerCue::Kind::kMention: {
        const ByteSpan span = (*mentions_)[cue.mention].span;
        return std::string(text.substr(span.begin, span.end - span.begin));
      }
      case SpeakerCue::Kind::kPronoun: {
        const size_t end = text.find_first_of(" ,.", cue.position);
        return "pronoun:" + std::string(text.substr(cue.position, end - cue.position));
      }
      case SpeakerCue::Kind::kDescription:
        return "role:" + std::string(cue.role_word);
      case SpeakerCue::Kind::kUnnamed: {
        const size_t end = text.find_first_of(" ,.", cue.position);
        return "unnamed:" + std::string(text.substr(cue.position, end - cue.position));
      }
      case SpeakerCue::Kind::kNone:
        break;
    }
    return "none";
  }

  // The subject of the last speech verb.
  std::string SubjectOfLastVerb() const {
    const int verb = cues_->LastSpeechVerb(0, size());
    if (verb < 0) return "no verb";
    return Describe(cues_->SubjectBefore(static_cast<size_t>(verb), 0));
  }

 private:
  v1::Article article_;
  ArticleBytes bytes_;
  const std::vector<MentionBytes>* mentions_ = nullptr;
  std::vector<QuotedPassage> passages_;
  std::unique_ptr<ClauseTokenizer> tokenizer_;
  std::vector<Token> tokens_;
  std::unique_ptr<SpeakerCues> cues_;
};

const KnownEntity kSeibert{"Steffen Seibert", v1::ENTITY_TYPE_PERSON, {}};
const KnownEntity kMerkel{"Angela Merkel", v1::ENTITY_TYPE_PERSON, {}};

TEST(SpeakerCuesTest, SubjectThroughAppositionAndPossessive) {
  // wikinews/2019/016
  Clause clause(
      "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is "
      "possible",
      {kSeibert, kMerkel});
  EXPECT_EQ(clause.SubjectOfLastVerb(), "Steffen Seibert");
}

TEST(SpeakerCuesTest, SubjectSkipsObjectsOfPrepositions) {
  // wikinews/2019/097
  Clause tam("Hong Kong director of Amnesty International Man-kei Tam said in a statement",
             {{"Man-kei Tam", v1::ENTITY_TYPE_PERSON, {}},
              {"Amnesty International", v1::ENTITY_TYPE_ORGANIZATION, {}},
              {"Hong Kong", v1::ENTITY_TYPE_LOCATION, {}}});
  EXPECT_EQ(tam.SubjectOfLastVerb(), "Man-kei Tam");
  // wikinews/2019/069
  Clause alouini("Souhail Alouini, a member of Parliament, said,",
                 {{"Souhail Alouini", v1::ENTITY_TYPE_PERSON, {}},
                  {"Parliament", v1::ENTITY_TYPE_ORGANIZATION, {}}});
  EXPECT_EQ(alouini.SubjectOfLastVerb(), "Souhail Alouini");
  // wikinews/2019/070: a phrase between subject and verb.
  Clause sisi("AU chairperson President Abdel Fattah el-Sisi of Egypt said,",
              {{"Abdel Fattah el-Sisi", v1::ENTITY_TYPE_PERSON, {}},
               {"African Union", v1::ENTITY_TYPE_ORGANIZATION, {"AU"}},
               {"Egypt", v1::ENTITY_TYPE_LOCATION, {}}});
  EXPECT_EQ(sisi.SubjectOfLastVerb(), "Abdel Fattah el-Sisi");
}

TEST(SpeakerCuesTest, SubjectAcrossCoordinationAndRelativeClause) {
  // wikinews/2019/134
  Clause sdf(
      "One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal "
      "and said it was previously given",
      {{"Syrian Democratic Forces", v1::ENTITY_TYPE_ORGANIZATION, {"SDF"}}});
  EXPECT_EQ(sdf.SubjectOfLastVerb(), "Syrian Democratic Forces");
  // wikinews/2020/002: ", which includes the Quds Force," is skipped.
  Clause irgc(
      "The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force, "
      "declared that Soleimani was",
      {{"Islamic Revolutionary Guard Corps",
        v1::ENTITY_TYPE_ORGANIZATION,
        {"Iranian Revolutionary Guard Corps", "IRGC"}},
       {"Quds Force", v1::ENTITY_TYPE_ORGANIZATION, {}},
       {"Qasem Soleimani", v1::ENTITY_TYPE_PERSON, {"Soleimani"}}});
  EXPECT_EQ(irgc.SubjectOfLastVerb(), "Iranian Revolutionary Guard Corps");
}

TEST(SpeakerCuesTest, PronounAndDescriptionSubjects) {
  Clause he("He also commented on the Turkish-Libyan maritime border agreement, calling it", {});
  EXPECT_EQ(he.SubjectOfLastVerb(), "pronoun:He");
  // wikinews/2019/070
  Clause commissioner("The commissioner said,", {});
  EXPECT_EQ(commissioner.SubjectOfLastVerb(), "role:commissioner");
  // wikinews/2019/030
  Clause party("the party informed the press.", {});
  EXPECT_EQ(party.SubjectOfLastVerb(), "role:party");
  // wikinews/2019/010: the verb after "to" belongs to the subject of "went".
  Clause went("He went on to add", {});
  EXPECT_EQ(went.SubjectOfLastVerb(), "pronoun:He");
  Clause expected("The minister is expected to say", {});
  EXPECT_EQ(expected.SubjectOfLastVerb(), "role:minister");
}

TEST(SpeakerCuesTest, UnnamedSpeakers) {
  // wikinews/2019/069: an official the text does not name.
  Clause official(", a government official said.", {});
  EXPECT_EQ(official.SubjectOfLastVerb(), "unnamed:official");
  Clause officials("German officials said.", {{"Germany", v1::ENTITY_TYPE_LOCATION, {"German"}}});
  EXPECT_EQ(officials.SubjectOfLastVerb(), "unnamed:officials");
  // A place does not speak.
  Clause iran("Iran acknowledged its government had", {{"Iran", v1::ENTITY_TYPE_LOCATION, {}}});
  EXPECT_EQ(iran.SubjectOfLastVerb(), "unnamed:Iran");
}

TEST(SpeakerCuesTest, SpokesmanForAnOrganization) {
  Clause clause("A spokesman for Microsoft said",
                {{"Microsoft", v1::ENTITY_TYPE_ORGANIZATION, {}}});
  EXPECT_EQ(clause.SubjectOfLastVerb(), "Microsoft");
}

TEST(SpeakerCuesTest, ReportingOutletIsNotTheSpeaker) {
  // wikinews/2019/046: "as reported by" is skipped for the verb before it.
  Clause clause("President Erdogan said — as reported by Hurriyet Daily News —",
                {{"Recep Tayyip Erdoğan", v1::ENTITY_TYPE_PERSON, {"Erdogan"}},
                 {"Hurriyet Daily News", v1::ENTITY_TYPE_ORGANIZATION, {}}});
  EXPECT_EQ(clause.SubjectOfLastVerb(), "Erdogan");
}

TEST(SpeakerCuesTest, SpeakerAfterTheVerb) {
  // wikinews/2019/097
  Clause katya("said a protester using the pseudonym Katya.",
               {{"Katya", v1::ENTITY_TYPE_PERSON, {}}});
  ASSERT_EQ(katya.cues().FirstSpeechVerb(0, katya.size(), 12), 0);
  EXPECT_TRUE(katya.cues().StartsClause(0, 0));
  EXPECT_EQ(katya.Describe(katya.cues().SpeakerAfter(0, katya.size())), "Katya");
  Clause minister("said the minister.", {});
  EXPECT_EQ(minister.Describe(minister.cues().SpeakerAfter(0, minister.size())), "role:minister");
}

TEST(SpeakerCuesTest, AccordingToAndStatements) {
  // wikinews/2019/016
  Clause tweet(", according to a tweet on Monday by US Secretary of State Mike Pompeo.",
               {{"Mike Pompeo", v1::ENTITY_TYPE_PERSON, {}},
                {"United States", v1::ENTITY_TYPE_LOCATION, {"US"}}});
  EXPECT_EQ(tweet.Describe(tweet.cues().AccordingTo(0, tweet.size())), "Mike Pompeo");
  // wikinews/2019/134: a possessive after "according to" names the speaker.
  Clause office("According to a statement released by Erdogan's office,",
                {{"Recep Tayyip Erdoğan", v1::ENTITY_TYPE_PERSON, {"Erdogan"}}});
  EXPECT_EQ(office.Describe(office.cues().AccordingTo(0, office.size())), "Erdogan");
  Clause him("According to him, it was among the largest operations", {});
  EXPECT_EQ(him.Describe(him.cues().AccordingTo(0, him.size())), "pronoun:him");
  // wikinews/2019/030
  Clause king("The palace issued the following statement from the king:", {});
  EXPECT_EQ(king.Describe(king.cues().StatementAuthor(0, king.size())), "role:king");
  // wikinews/2019/089: the object's statement is not the speaker's.
  Clause bolsonaro("Brazilian President Jair Bolsonaro opposed Macron's statement:",
                   {{"Jair Bolsonaro", v1::ENTITY_TYPE_PERSON, {}},
                    {"Emmanuel Macron", v1::ENTITY_TYPE_PERSON, {"Macron"}},
                    {"Brazil", v1::ENTITY_TYPE_LOCATION, {"Brazilian"}}});
  EXPECT_EQ(bolsonaro.Describe(bolsonaro.cues().StatementAuthor(0, bolsonaro.size())), "none");
  EXPECT_EQ(bolsonaro.Describe(bolsonaro.cues().ClauseSubject(0, bolsonaro.size())),
            "Jair Bolsonaro");
}

TEST(SpeakerCuesTest, ClauseSubjectTakesTheHeadOfTheNounPhrase) {
  // wikinews/2019/070
  Clause oramah("African Export–Import Bank president Okey Oramah said the use of currencies",
                {{"Okey Oramah", v1::ENTITY_TYPE_PERSON, {}},
                 {"African Export–Import Bank", v1::ENTITY_TYPE_ORGANIZATION, {}}});
  EXPECT_EQ(oramah.Describe(oramah.cues().ClauseSubject(0, oramah.size())), "Okey Oramah");
  // wikinews/2019/016 title: a place is the subject, so no one speaks.
  Clause title("Germany bans Mahan Air of Iran, citing",
               {{"Germany", v1::ENTITY_TYPE_LOCATION, {}},
                {"Mahan Air", v1::ENTITY_TYPE_ORGANIZATION, {}},
                {"Iran", v1::ENTITY_TYPE_LOCATION, {}}});
  EXPECT_EQ(title.Describe(title.cues().ClauseSubject(0, title.size())), "unnamed:Germany");
  EXPECT_TRUE(title.cues().IsParticipleClause(title.size() - 1));
}

TEST(SpeakerCuesTest, VerbsUsedAsNounsAreNotSpeechVerbs) {
  Clause clause("In his remarks on the reports", {});
  EXPECT_EQ(clause.cues().LastSpeechVerb(0, clause.size()), -1);
  EXPECT_TRUE(clause.cues().HasStatementFrame(0, clause.size()));
}

}  // namespace
}  // namespace newsgraph::extract::quotes
