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
// "the network" after the trigger is the media company named before.
TEST(EventCoderTest, DefiniteDescriptionIsTheOrganizationNamedBefore) {
  const v1::Article article = ExtractText(
      "ABS-CBN Corporation is the largest broadcaster in the Philippines. Philippine President "
      "Rodrigo Duterte accused the network of \"swindling\".");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_ACCUSE, "Rodrigo Duterte");
  ASSERT_NE(e, nullptr) << Dump(article);
  ASSERT_EQ(e->recipients_size(), 1) << Dump(article);
  EXPECT_EQ(e->recipients(0).name().substr(0, 7), "ABS-CBN");
}

// "criticized the move", "The operation was condemned by X": the actor of
// the earlier action the noun names receives the reaction.
TEST(EventCoderTest, ReactionToTheMoveTargetsItsActor) {
  const v1::Article move = ExtractText(
      "On Wednesday, Turkish President Recep Tayyip Erdogan expelled the Greek ambassador. The "
      "European Union criticized the move.");
  const v1::Event* e = Find(move, v1::EVENT_CATEGORY_ACCUSE, "European Union");
  ASSERT_NE(e, nullptr) << Dump(move);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Recep Tayyip Erdogan"));
  const v1::Article operation = ExtractText(
      "On Wednesday, Turkey began a military offensive with airstrikes. The operation was "
      "condemned by members of the European Union.");
  e = Find(operation, v1::EVENT_CATEGORY_ACCUSE, "European Union");
  ASSERT_NE(e, nullptr) << Dump(operation);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Turkey"));
}

// A passive agent named with "by" after a place or manner phrase acts.
TEST(EventCoderTest, LatePassiveAgentActs) {
  const v1::Article article = ExtractText(
      "Turkey was condemned in a joint statement by Egypt, Greece and Cyprus on October 8, 2019.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_ACCUSE, "Egypt");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Egypt", "Greece", "Cyprus"));
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Turkey"));
}

// "A was signed between A, B and C": the signers act, the thing signed does
// not; "UK-based retailer Tesco": the place qualifies the company.
TEST(EventCoderTest, PassiveSigningBetweenAndBasedModifiers) {
  const v1::Article memo = ExtractText(
      "In 2017, a memorandum of understanding about the pipeline was signed between Cyprus, "
      "Greece and Israel.");
  const v1::Event* e = Find(memo, v1::EVENT_CATEGORY_SUPPORT, "Cyprus");
  ASSERT_NE(e, nullptr) << Dump(memo);
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Cyprus", "Greece", "Israel"));
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2017");
  const v1::Article deal = ExtractText(
      "On Thursday, UK-based retailer Tesco and Denmark-based retailer Salling Group announced "
      "their agreement.");
  ASSERT_EQ(deal.events_size(), 1) << Dump(deal);
  EXPECT_THAT(Names(deal.events(0).actors()), UnorderedElementsAre("Tesco", "Salling Group"));
}

// A report that names no actor joins the event with the same recipient.
TEST(EventCoderTest, ReportWithoutActorJoinsEventOfSameRecipient) {
  const v1::Article article = ExtractText(
      "In August 2020, Alexei Navalny was airlifted by the Cinema for Peace Foundation. Navalny "
      "was airlifted from Omsk to Berlin in August 2020.",
      "2020-09-05");
  int aid = 0;
  for (const v1::Event& e : article.events()) aid += e.category() == v1::EVENT_CATEGORY_AID;
  EXPECT_EQ(aid, 1) << Dump(article);
}

// Words of a trigger's form in another sense code nothing.
TEST(EventCoderTest, IdiomsAreNotEvents) {
  for (const char* text : {
           "The European Union sanctioned Iran over alleged assassination plots in Denmark.",
           "The National Telecommunications Commission ordered ABS-CBN off the air, and the "
           "network signed off that night.",
           "Hirtenberger Defence Group also acknowledged the deal.",
           "Hong Kong student groups had set a deadline, but this deadline was not met by Carrie "
           "Lam.",
           "Tesco stated its intention to leave the Polish market altogether.",
       }) {
    const v1::Article article = ExtractText(text);
    for (const v1::Event& e : article.events()) {
      EXPECT_NE(e.category(), v1::EVENT_CATEGORY_ACCUSE) << text << "\n" << Dump(article);
      EXPECT_NE(e.category(), v1::EVENT_CATEGORY_SUPPORT) << text << "\n" << Dump(article);
      EXPECT_NE(e.category(), v1::EVENT_CATEGORY_CONCEDE) << text << "\n" << Dump(article);
      EXPECT_NE(e.category(), v1::EVENT_CATEGORY_REJECT) << text << "\n" << Dump(article);
      EXPECT_NE(e.category(), v1::EVENT_CATEGORY_RETREAT) << text << "\n" << Dump(article);
    }
  }
}

// "attacked the proclamation" is criticism; what a request asks for is not
// an event of its own.
TEST(EventCoderTest, VerbalAttackAndRequestedAction) {
  const v1::Article attacked = ExtractText(
      "Turkish President Recep Tayyip Erdogan attacked the proclamation by Donald Trump.");
  EXPECT_NE(Find(attacked, v1::EVENT_CATEGORY_ACCUSE, "Recep Tayyip Erdogan"), nullptr)
      << Dump(attacked);
  EXPECT_EQ(Find(attacked, v1::EVENT_CATEGORY_ASSAULT, "Recep Tayyip Erdogan"), nullptr)
      << Dump(attacked);
  const v1::Article asked = ExtractText(
      "Iraqi Prime Minister Adil Abdul-Mahdi recommended the United States troops in Iraq "
      "withdraw.");
  EXPECT_NE(Find(asked, v1::EVENT_CATEGORY_REQUEST, "Adil Abdul-Mahdi"), nullptr) << Dump(asked);
  for (const v1::Event& e : asked.events()) {
    EXPECT_NE(e.category(), v1::EVENT_CATEGORY_RETREAT) << Dump(asked);
  }
}

// "In his talk at the Atlantic Council, Mitsotakis reaffirmed": the name
// after the fronted phrase's comma is the subject; so is the name before a
// relative clause that ends before the verb.
TEST(EventCoderTest, SubjectAfterFrontedPhraseAndBeforeRelativeClause) {
  const v1::Article fronted = ExtractText(
      "In his Tuesday talk at the think tank Atlantic Council's Washington headquarters, Greek "
      "Prime Minister Kyriakos Mitsotakis reaffirmed the offer.");
  EXPECT_NE(Find(fronted, v1::EVENT_CATEGORY_AGREE, "Kyriakos Mitsotakis"), nullptr)
      << Dump(fronted);
  EXPECT_EQ(Find(fronted, v1::EVENT_CATEGORY_AGREE, "Atlantic Council"), nullptr)
      << Dump(fronted);
  const v1::Article relative = ExtractText(
      "US President Donald Trump spoke on Sunday. Brett McGurk, who was Trump's Special "
      "Presidential Envoy to the international military intervention against ISIL until "
      "December, also criticized Turkey via Twitter.");
  const v1::Event* e = Find(relative, v1::EVENT_CATEGORY_ACCUSE, "Brett McGurk");
  ASSERT_NE(e, nullptr) << Dump(relative);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Turkey"));
}

// An undated report takes the date of the same actor's action in the
// sentence before, or of the hearing "during the hearing" points back to.
TEST(EventCoderTest, DateFromNeighbouringReports) {
  const v1::Article call = ExtractText(
      "On October 6, 2019, Donald Trump announced a withdrawal from Syria. The announcement was made "
      "after Trump had a phone conversation with Recep Tayyip Erdogan.",
      "2019-10-08");
  const v1::Event* e = Find(call, v1::EVENT_CATEGORY_CONSULT, "Donald Trump");
  ASSERT_NE(e, nullptr) << Dump(call);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2019-10-06") << Dump(call);
  const v1::Article hearing = ExtractText(
      "A Senate hearing was conducted on February 24, 2020. Carlo Katigbak apologized to Rodrigo "
      "Duterte during the hearing.",
      "2020-05-06");
  e = Find(hearing, v1::EVENT_CATEGORY_CONCEDE, "Carlo Katigbak");
  ASSERT_NE(e, nullptr) << Dump(hearing);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2020-02-24") << Dump(hearing);
}

// "the December 20, 2019 signing" dates the signing; "Also on October 13,
// 2019, X announced a withdrawal" dates the announced withdrawal.
TEST(EventCoderTest, DateOfTriggerNounAndAnnouncedNoun) {
  const v1::Article signing = ExtractText(
      "On January 5, 2020, the United States celebrated the December 20, 2019 signing of the "
      "Eastern Mediterranean Bill.",
      "2020-01-10");
  const v1::Event* e = Find(signing, v1::EVENT_CATEGORY_SUPPORT, "United States");
  ASSERT_NE(e, nullptr) << Dump(signing);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2019-12-20");
  const v1::Article announced = ExtractText(
      "Also on October 13, 2019, the United States announced a complete withdrawal from the "
      "region, beyond the withdrawal from the \"immediate area\" first announced on October 6, "
      "2019.",
      "2019-10-15");
  e = Find(announced, v1::EVENT_CATEGORY_CONCEDE, "United States");
  ASSERT_NE(e, nullptr) << Dump(announced);
  EXPECT_EQ(date::FormatIsoDate(e->date()), "2019-10-13");
}

// A capital acting in diplomacy stands for its country; praise and a
// signing by the same actor stay two events.
TEST(EventCoderTest, CapitalActsForItsCountry) {
  const v1::Article article = ExtractText(
      "Greece and Libya dispute the border. Athens expelled the Libyan ambassador to Greece.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_SANCTION, "Greece");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Libya"));
}

// Inside a quotation, "the agreement signed between A and B" is signed by A
// and B, not by the speaker.
TEST(EventCoderTest, QuotedSigningBetweenTwoSidesKeepsSpeakerOut) {
  const v1::Article article = ExtractText(
      "Greek Prime Minister Kyriakos Mitsotakis said: \"It is important to point out that the "
      "agreement signed between Turkey and Libya infringes upon our rights.\"");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_SUPPORT, "Turkey");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Turkey", "Libya"));
}

// New triggers: "count on", "expect from", "designated ... as a terrorist
// organization", "named ... as terrorists", "characterized ... as";
// "disappointed by X's decision" targets X.
TEST(EventCoderTest, LabelsAndExpectations) {
  const v1::Article count = ExtractText(
      "NATO Secretary General Jens Stoltenberg said: \"I count on Turkey to act with restraint.\"");
  const v1::Event* e = Find(count, v1::EVENT_CATEGORY_REQUEST, "Jens Stoltenberg");
  ASSERT_NE(e, nullptr) << Dump(count);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Turkey"));
  const v1::Article designated = ExtractText(
      "In April 2019, the United States Department of State designated the Islamic Revolutionary "
      "Guard Corps as a terrorist organization.");
  e = Find(designated, v1::EVENT_CATEGORY_SANCTION, "United States Department of State");
  ASSERT_NE(e, nullptr) << Dump(designated);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Islamic Revolutionary Guard Corps"));
  const v1::Article named = ExtractText(
      "Turkish President Recep Tayyip Erdogan named both the Kurdistan Workers' Party (PKK) and "
      "People's Protection Units (YPG) as terrorists.");
  e = Find(named, v1::EVENT_CATEGORY_ACCUSE, "Recep Tayyip Erdogan");
  ASSERT_NE(e, nullptr) << Dump(named);
  EXPECT_GE(e->recipients_size(), 1) << Dump(named);
  const v1::Article not_label = ExtractText("Germany named Angela Merkel as its chancellor.");
  EXPECT_EQ(not_label.events_size(), 0) << Dump(not_label);
  const v1::Article disappointed = ExtractText(
      "The United States was disappointed by the decision of the Parliament of Iraq.");
  e = Find(disappointed, v1::EVENT_CATEGORY_ACCUSE, "United States");
  ASSERT_NE(e, nullptr) << Dump(disappointed);
  EXPECT_THAT(Names(e->recipients()), ElementsAre("Parliament of Iraq"));
}

// "said in a meeting with X": no visitor or host, both sides meet.
TEST(EventCoderTest, MeetingWithHasAllSidesActing) {
  const v1::Article article = ExtractText(
      "Ukrainian President Volodymyr Zelensky said in a meeting with Prime Minister Oleksiy "
      "Honcharuk on January 17, 2020 that the government must be cleared.");
  const v1::Event* e = Find(article, v1::EVENT_CATEGORY_CONSULT, "Volodymyr Zelensky");
  ASSERT_NE(e, nullptr) << Dump(article);
  EXPECT_THAT(Names(e->actors()), UnorderedElementsAre("Volodymyr Zelensky", "Oleksiy Honcharuk"));
  EXPECT_EQ(e->recipients_size(), 0) << Dump(article);
}

// "attack plans" names no attack; "rejects X's resignation": no resignation.
TEST(EventCoderTest, QualifyingAndRejectedNounsAreNotEvents) {
  const v1::Article plans = ExtractText(
      "The Pentagon said the strike by the United States was aimed at deterring future Iranian "
      "attack plans.");
  EXPECT_EQ(Find(plans, v1::EVENT_CATEGORY_ASSAULT, "Iran"), nullptr) << Dump(plans);
  const v1::Article rejected = ExtractText(
      "Ukrainian President Volodymyr Zelensky rejected Prime Minister Oleksiy Honcharuk's "
      "resignation.");
  for (const v1::Event& e : rejected.events()) {
    EXPECT_NE(e.category(), v1::EVENT_CATEGORY_RETREAT) << Dump(rejected);
  }
}

// The subject of a quoted clause is not the speaker named before the
// quotation; "she used Instagram to thank": the pronoun is the subject.
TEST(EventCoderTest, SubjectsInsideQuotationsAndAfterPronouns) {
  const v1::Article quoted = ExtractText(
      "Turkish President Recep Tayyip Erdogan said on March 27, 2019, \"Those who remain silent "
      "when Masjid Al-Aqsa is attacked cannot tell us what to do.\"");
  for (const v1::Event& e : quoted.events()) {
    EXPECT_NE(e.category(), v1::EVENT_CATEGORY_ASSAULT) << Dump(quoted);
  }
  const v1::Article used = ExtractText(
      "Princess Ubolratana Mahidol left the race. She used Instagram to thank her supporters.");
  EXPECT_EQ(Find(used, v1::EVENT_CATEGORY_SUPPORT, "Instagram"), nullptr) << Dump(used);
}

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
