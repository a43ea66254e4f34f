// The event coder run by the real extractor: the seed article's five gold
// events, and focused cases on short sentences (passive voice, negation,
// future cooperation, coordinated actors), no events, bad input.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/events/event_coder.h"
#include "ingest_service/extract/extractor.h"
#include "shared/date/partial_date.h"
#include "tests/extract/ner/extraction_test_support.h"

namespace newsgraph::extract::events {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using extract::testing::ExtractText;

std::vector<std::string> Names(const google::protobuf::RepeatedPtrField<v1::EventParticipant>& list) {
  std::vector<std::string> out;
  for (const v1::EventParticipant& p : list) out.push_back(p.name());
  return out;
}

// The first event of `category` whose actors include `actor`, or nullptr.
const v1::Event* Find(const v1::Article& article, v1::EventCategory category,
                      const std::string& actor) {
  for (const v1::Event& e : article.events()) {
    if (e.category() != category) continue;
    for (const v1::EventParticipant& p : e.actors()) {
      if (p.name() == actor) return &e;
    }
  }
  return nullptr;
}

std::string Dump(const v1::Article& article) {
  std::string out;
  for (const v1::Event& e : article.events()) out += e.ShortDebugString() + "\n";
  return out;
}

std::string Substring(const v1::Article& article, const v1::TextSpan& span) {
  // Test texts are ASCII, so code points are bytes.
  return article.content().substr(span.start(), span.end() - span.start());
}

class SeedArticleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream in(std::string(NEWSGRAPH_CORPUS_DIR) + "/seed/azernews-2020-01-24.txt");
    if (!in) return;
    std::ostringstream text;
    text << in.rdbuf();
    content_ = new std::string(text.str());
    article::ArticleInput input;
    input.content = *content_;
    auto read = article::ReadArticle(input, article::ReaderLimits());
    ASSERT_TRUE(read.ok()) << read.status();
    auto extractor = Extractor::Create(ExtractorOptions());
    ASSERT_TRUE(extractor.ok()) << extractor.status();
    article_ = new v1::Article(*std::move(read));
    ASSERT_TRUE((*extractor)->Extract(article_).ok());
  }
  void SetUp() override {
    if (article_ == nullptr) GTEST_SKIP() << "no corpus at " << NEWSGRAPH_CORPUS_DIR;
  }
  static const v1::Article& article() { return *article_; }

  static std::string* content_;
  static v1::Article* article_;
};
std::string* SeedArticleTest::content_ = nullptr;
v1::Article* SeedArticleTest::article_ = nullptr;

TEST_F(SeedArticleTest, SigningOfThePlanIsOneEventWithTwoMentions) {
  const v1::Event* e =
      Find(article(), v1::EVENT_CATEGORY_SUPPORT, "Ministry of Defense of Azerbaijan");
  ASSERT_NE(e, nullptr) << Dump(article());
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Ministry of Defense of Azerbaijan",
                                                       "Ministry of Defense of Georgia"));
  EXPECT_TRUE(e->recipients().empty());
  EXPECT_EQ(e->cameo_code(), "057");
  EXPECT_EQ(e->quad_class(), v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_DOUBLE_EQ(e->score(), 8.0);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2020-01-21");
  EXPECT_EQ(e->location().name(), "Tbilisi");
  EXPECT_EQ(e->object(), "Bilateral Cooperation Plan for 2020");
  ASSERT_EQ(e->mentions_size(), 2);
  EXPECT_EQ(Substring(article(), e->mentions(0).trigger_span()), "signed");
  EXPECT_EQ(e->mentions(0).sentence_index() + 2, e->mentions(1).sentence_index());
  EXPECT_TRUE(e->mentions(0).article().empty());
  EXPECT_EQ(e->actors(0).sector(), "MIL");
  EXPECT_TRUE(e->actors(0).has_entity_index());
  EXPECT_EQ(e->name(), "");
}

TEST_F(SeedArticleTest, VisitsOfHasanov) {
  std::vector<std::string> hosts;
  for (const v1::Event& e : article().events()) {
    if (e.category() != v1::EVENT_CATEGORY_CONSULT || e.mode() != "visit") continue;
    EXPECT_THAT(Names(e.actors()), ElementsAre("Zakir Hasanov"));
    EXPECT_EQ(date::FormatIsoDate(e.date()), "2020-01-21");
    EXPECT_EQ(e.actors(0).country_code(), "AZE");
    EXPECT_EQ(e.actors(0).sector(), "MIL");
    for (const std::string& name : Names(e.recipients())) hosts.push_back(name);
  }
  EXPECT_THAT(hosts, UnorderedElementsAre("Irakli Garibashvili", "Archil Talakvadze"))
      << Dump(article());
}

TEST_F(SeedArticleTest, GabalaEventsOfJune2019) {
  const v1::Event* signing = Find(article(), v1::EVENT_CATEGORY_SUPPORT, "Levan Izoria");
  ASSERT_NE(signing, nullptr) << Dump(article());
  EXPECT_THAT(Names(signing->actors()), UnorderedElementsAre("Zakir Hasanov", "Levan Izoria"));
  EXPECT_EQ(date::FormatIsoDate(signing->date()), "2019-06");
  EXPECT_EQ(signing->location().name(), "Gabala");
  const v1::Event* meeting = Find(article(), v1::EVENT_CATEGORY_CONSULT, "Turkey");
  ASSERT_NE(meeting, nullptr) << Dump(article());
  EXPECT_THAT(Names(meeting->actors()), UnorderedElementsAre("Georgia", "Azerbaijan", "Turkey"));
  EXPECT_EQ(meeting->mode(), "multilateral");
  EXPECT_EQ(date::FormatIsoDate(meeting->date()), "2019-06");
  EXPECT_EQ(meeting->location().name(), "Gabala");
}

TEST(EventCoderTest, PassiveVoiceAgentActsAndSubjectIsActedOn) {
  const v1::Article article =
      ExtractText("Opposition leader Viktar Babaryka was arrested by the KGB on January 20, 2020.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_COERCE, "KGB");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Viktar Babaryka"));
  EXPECT_EQ(e->mode(), "arrest");
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2020-01-20");
  EXPECT_EQ(e->mentions(0).rule(), "lexicon:arrested:passive");
}

TEST(EventCoderTest, NegatedCooperationIsReject) {
  const v1::Article article = ExtractText("Germany refused to sign the agreement with Iran.");
  ASSERT_EQ(article.events_size(), 1) << Dump(article);
  const v1::Event& e = article.events(0);
  EXPECT_EQ(e.category(), v1::EVENT_CATEGORY_REJECT);
  EXPECT_EQ(e.quad_class(), v1::QUAD_CLASS_VERBAL_CONFLICT);
  EXPECT_LT(e.score(), 0);
  EXPECT_THAT(Names(e.actors()), ElementsAre("Germany"));
}

TEST(EventCoderTest, FutureCooperationIsAgree) {
  const v1::Article article = ExtractText("France will sign a trade deal with Brazil next year.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_AGREE, "France");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_TRUE(e->future());
  EXPECT_EQ(e->cameo_code().substr(0, 2), "03");
  EXPECT_EQ(Find(article, v1::EVENT_CATEGORY_SUPPORT, "France"), nullptr);
}

TEST(EventCoderTest, CoordinatedActorsAreOneEvent) {
  const v1::Article article =
      ExtractText("Egypt, Greece and Cyprus condemned Turkey in a joint statement.");
  ASSERT_EQ(article.events_size(), 1) << Dump(article);
  const v1::Event& e = article.events(0);
  EXPECT_EQ(e.category(), v1::EVENT_CATEGORY_ACCUSE);
  EXPECT_THAT(Names(e.actors()), UnorderedElementsAre("Egypt", "Greece", "Cyprus"));
  EXPECT_THAT(Names(e.recipients()), ElementsAre("Turkey"));
  EXPECT_FALSE(e.date().precision() != v1::DATE_PRECISION_UNSPECIFIED)
      << "no time in the text: no date";
}

// The subject of a clause opened by "after" is its actor, though "after"
// is also a preposition.
TEST(EventCoderTest, SubjectOfAfterClauseActs) {
  const v1::Article article = ExtractText(
      "The move comes after the European Union sanctioned Iran in January 2019.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_SANCTION, "European Union");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Iran"));
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2019-01");
}

// "X announced it had ...": the pronoun is the speaker of the speech verb;
// "with the government of Syria" joins Syria to a joint action.
TEST(EventCoderTest, ReportedSpeechPronounIsTheSpeaker) {
  const v1::Article article = ExtractText(
      "On October 13, 2019, the Syrian Democratic Forces announced it had entered into an "
      "agreement with the government of Syria.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_SUPPORT, "Syrian Democratic Forces");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Syrian Democratic Forces", "Syria"));
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2019-10-13");
}

// "blame him": the pronoun object is the person it refers to.
TEST(EventCoderTest, PronounObjectIsRecipient) {
  const v1::Article article = ExtractText(
      "Brazilian President Jair Bolsonaro spoke on Monday. Greenpeace has continued to blame him "
      "for the fires.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_ACCUSE, "Greenpeace");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Jair Bolsonaro"));
}

// "Merkel, the Chancellor of Germany," is one actor: the apposition names
// her office.
TEST(EventCoderTest, AppositionOfficeIsNotASecondActor) {
  const v1::Article article = ExtractText(
      "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_REQUEST, "Angela Merkel");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->actors()), ElementsAre("Angela Merkel"));
}

// The light verb's subject does the noun's action, across "after".
TEST(EventCoderTest, LightVerbSubjectJoinsPhoneCall) {
  const v1::Article article = ExtractText(
      "The announcement was made after US President Donald Trump had a phone conversation with "
      "Turkish President Recep Tayyip Erdogan.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_CONSULT, "Donald Trump");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Donald Trump", "Recep Tayyip Erdogan"));
}

// A date in a clause of its own does not date the action.
TEST(EventCoderTest, DateOfSubordinateClauseIsNotTheEventDate) {
  const v1::Article article = ExtractText(
      "Oleksiy Honcharuk filed his resignation after the recording was uploaded on January 15, "
      "2020.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_RETREAT, "Oleksiy Honcharuk");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_EQ(e->date().precision(), v1::DATE_PRECISION_UNSPECIFIED) << Dump(article);
}

// A fronted date dates the main verb, not a nearer date inside the subject;
// across a speech verb it dates the speech, not the reported action.
TEST(EventCoderTest, FrontedDateAndReportedSpeech) {
  const v1::Article rally = ExtractText(
      "On July 30, 2020, Sviatlana Tsikhanouskaya, a candidate in the election to be held on "
      "August 9, 2020, held a rally in Minsk.");
  const v1::Event* e = Find(rally, v1::EVENT_CATEGORY_PROTEST, "Sviatlana Tsikhanouskaya");
  ASSERT_NE(e, nullptr) << Dump(rally);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2020-07-30");
  const v1::Article asked = ExtractText(
      "On September 10, 2019, President Donald Trump announced he had asked for John Bolton's "
      "resignation on September 9, 2019.");
  e = Find(asked, v1::EVENT_CATEGORY_REQUEST, "Donald Trump");
  ASSERT_NE(e, nullptr) << Dump(asked);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2019-09-09");
}

// One sentence with no named actor and no date is too weak to keep.
TEST(EventCoderTest, WeakEventsAreDropped) {
  const v1::Article article = ExtractText(
      "Alexander Lukashenko spoke to reporters. She asked for support from the voters.");
  EXPECT_EQ(article.events_size(), 0) << Dump(article);
}

TEST(EventCoderTest, ArticleWithoutEventsGetsNone) {
  const v1::Article article = ExtractText(
      "The weather in Paris was mild.\n\nTourists from Germany enjoyed the museums.");
  EXPECT_EQ(article.events_size(), 0) << Dump(article);
}

TEST(EventCoderTest, GarbageInputDoesNotCrash) {
  EXPECT_FALSE(CodeEvents(nullptr).ok());
  v1::Article article;
  article.add_sentences()->set_text("met met signed by by , , 's'");
  article.mutable_sentences(0)->mutable_span()->set_end(5);  // inconsistent on purpose
  v1::EntityMention* m = article.add_mentions();
  m->set_entity_index(7);  // no such entity
  m->set_sentence_index(3);
  article.add_roles()->set_person_index(-2);
  article.add_dates()->set_sentence_index(99);
  article.add_quotes()->set_speaker_index(42);
  EXPECT_TRUE(CodeEvents(&article).ok());
  EXPECT_EQ(article.events_size(), 0);
  const v1::Article noise = ExtractText("\"\" ,,, ; : -- met signed 's 't by by of of");
  EXPECT_EQ(noise.events_size(), 0) << Dump(noise);
}

}  // namespace
}  // namespace newsgraph::extract::events
