// Tests of ExtractQuotes (quote_extractor.h) on passages from the corpora
// (Wikinews, BBC, worldwide-dev), with oracle entity mentions: each
// attribution pattern of news English, the output fields, and what is not
// a quotation.
#include "ingest_service/extract/quotes/quote_extractor.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/article/test_support.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::KnownEntity;
using ::testing::StartsWith;

constexpr v1::EntityType kPerson = v1::ENTITY_TYPE_PERSON;
constexpr v1::EntityType kOrganization = v1::ENTITY_TYPE_ORGANIZATION;
constexpr v1::EntityType kLocation = v1::ENTITY_TYPE_LOCATION;

// Each quotation as "Speaker: text" ("null" for no speaker).
std::vector<std::string> Quotes(const std::string& text, const std::vector<KnownEntity>& entities) {
  const v1::Article article = testing::ArticleWith(text, entities);
  std::vector<std::string> out;
  for (const v1::Quote& quote : ExtractQuotes(article)) {
    out.push_back(testing::SpeakerName(article, quote).value_or("null") + ": " + quote.text());
  }
  return out;
}

TEST(ExtractQuotesTest, SpeakerAfterTheQuotationThenTheSameSpeakerGoingOn) {
  // wikinews/2019/097
  EXPECT_THAT(
      Quotes("\"Our citizens, police and reporters have been injured during violent incidents,\" "
             "Lam continued in the statement. \"There have been chaotic scenes at the airport. "
             "For many people, Hong Kong has become an unfamiliar place.\"",
             {{"Carrie Lam", kPerson, {"Lam"}}, {"Hong Kong", kLocation, {}}}),
      ElementsAre("Carrie Lam: Our citizens, police and reporters have been injured during "
                  "violent incidents,",
                  "Carrie Lam: There have been chaotic scenes at the airport. For many people, "
                  "Hong Kong has become an unfamiliar place."));
}

TEST(ExtractQuotesTest, SaidBeforeTheNameWithAnApposition) {
  // bbc/business/354
  EXPECT_THAT(Quotes("\"Our nation is in peril here,\" said Ahmed Shaheed, the chief government "
                     "spokesman. He estimated the economic cost of the disaster at hundreds of "
                     "millions of dollars. \"It won't be surprising if the cost exceeds our GDP,\" "
                     "he said. \"In the last few years, we made great progress in our standard of "
                     "living.\"",
                     {{"Ahmed Shaheed", kPerson, {"Shaheed"}}}),
              ElementsAre("Ahmed Shaheed: Our nation is in peril here,",
                          "Ahmed Shaheed: It won't be surprising if the cost exceeds our GDP,",
                          "Ahmed Shaheed: In the last few years, we made great progress in our "
                          "standard of living."));
}

TEST(ExtractQuotesTest, QuotationInterruptedByItsAttribution) {
  // wikinews/2019/089 and 2019/104
  const std::vector<KnownEntity> johnson = {{"Boris Johnson", kPerson, {"Johnson"}}};
  EXPECT_THAT(Quotes("\"We stand ready\" tweeted Johnson \"to provide whatever help we can to "
                     "bring them under control.\"",
                     johnson),
              ElementsAre("Boris Johnson: We stand ready",
                          "Boris Johnson: to provide whatever help we can to bring them under "
                          "control."));
  EXPECT_THAT(Quotes("\"I informed John Bolton last night that his services are no longer needed "
                     "at the White House,\" wrote Trump on Twitter, \"and therefore I asked John "
                     "for his resignation.\"",
                     {{"Donald Trump", kPerson, {"Trump"}},
                      {"John R. Bolton", kPerson, {"John Bolton", "Bolton"}}}),
              ElementsAre(StartsWith("Donald Trump: I informed John Bolton"),
                          "Donald Trump: and therefore I asked John for his resignation."));
}

TEST(ExtractQuotesTest, SpeakerNamedBeforeTheQuotationWithAColon) {
  // wikinews/2019/134 and 2019/089
  EXPECT_THAT(Quotes("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "
                     "\"We must always have the backs of our allies, if we expect them to have "
                     "our back.\"",
                     {{"Nikki Haley", kPerson, {}},
                      {"United States", kLocation, {"US"}},
                      {"United Nations", kOrganization, {}},
                      {"Twitter", kOrganization, {}}}),
              ElementsAre(StartsWith("Nikki Haley: We must always")));
  EXPECT_THAT(Quotes("Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French "
                     "president's suggestion evokes a colonialist mentality.\"",
                     {{"Jair Bolsonaro", kPerson, {"Bolsonaro"}},
                      {"Emmanuel Macron", kPerson, {"Macron"}},
                      {"Brazil", kLocation, {"Brazilian"}}}),
              ElementsAre(StartsWith("Jair Bolsonaro: The French president's")));
}

TEST(ExtractQuotesTest, AccordingToAndMediaSpeakers) {
  // wikinews/2019/016 and 2019/065
  EXPECT_THAT(Quotes("Mahan has been the subject of sanctions since 2011. \"The airline transports "
                     "weapons and fighters across the Middle East,\" according to a tweet on "
                     "Monday by US Secretary of State Mike Pompeo.",
                     {{"Mike Pompeo", kPerson, {}},
                      {"United States", kLocation, {"US"}},
                      {"Mahan Air", kOrganization, {"Mahan"}},
                      {"Middle East", kLocation, {}}}),
              ElementsAre(StartsWith("Mike Pompeo: The airline transports")));
  EXPECT_THAT(Quotes("The bill would subject people to its legal system, which the BBC describes "
                     "as \"marred by allegations of torture, forced confessions and arbitrary "
                     "detentions.\"",
                     {{"BBC", kOrganization, {}}}),
              ElementsAre(StartsWith("BBC: marred by allegations")));
}

TEST(ExtractQuotesTest, PronounSpeakerIsThePersonTheTextIsAbout) {
  // wikinews/2019/115
  EXPECT_THAT(Quotes("Rouhani was speaking at the opening of Sacred Defence Week, which features "
                     "military parades. \"The presence of foreign forces can be dangerous for the "
                     "region,\" he said. \"Those who want to link the region’s incidents to the "
                     "Islamic Republic of Iran are lying.\"",
                     {{"Hassan Rouhani", kPerson, {"Rouhani"}},
                      {"Iran", kLocation, {"Islamic Republic of Iran"}}}),
              ElementsAre(StartsWith("Hassan Rouhani: The presence"),
                          StartsWith("Hassan Rouhani: Those who want")));
  // wikinews/2019/046: "they" is the organization.
  EXPECT_THAT(Quotes("The United States Commission on International Religious Freedom (USCIRF) "
                     "also criticized the move. They released a statement which said, \"Hagia "
                     "Sophia bears profound historical and spiritual significance\".",
                     {{"United States Commission on International Religious Freedom",
                       kOrganization,
                       {"USCIRF"}},
                      {"Hagia Sophia", kLocation, {}}}),
              ElementsAre(StartsWith(
                  "United States Commission on International Religious Freedom: Hagia")));
}

TEST(ExtractQuotesTest, DescriptionsResolveToTheEntity) {
  // wikinews/2019/070 and 2019/030
  EXPECT_THAT(Quotes("AU trade and industry commissioner Albert Muchanga announced Benin was to "
                     "join. The commissioner said, \"We haven't yet agreed on rules of origin.\"",
                     {{"Albert Muchanga", kPerson, {}},
                      {"African Union", kOrganization, {"AU"}},
                      {"Benin", kLocation, {}}}),
              ElementsAre("Albert Muchanga: We haven't yet agreed on rules of origin."));
  EXPECT_THAT(Quotes("Thailand's Thai Raksa Chart Party withdrew the nomination.\n\n\"Thai Raksa "
                     "Chart party complies with the royal command,\" the party informed the press.",
                     {{"Thai Raksa Chart Party", kOrganization, {"Thai Raksa Chart"}},
                      {"Thailand", kLocation, {}}}),
              ElementsAre("Thai Raksa Chart Party: Thai Raksa Chart party complies with the "
                          "royal command,"));
}

TEST(ExtractQuotesTest, UnnamedAndUnknownSpeakersStayNull) {
  // wikinews/2019/069
  EXPECT_THAT(Quotes("\"Chahed signed a government decree that bars any person with an "
                     "undisclosed face from access to public headquarters\", a government official "
                     "said.",
                     {{"Youssef Chahed", kPerson, {"Chahed"}}}),
              ElementsAre(StartsWith("null: Chahed signed")));
  // A name with no entity mention.
  EXPECT_THAT(Quotes("\"It creates a powerful chilling effect,\" Longarino said.", {}),
              ElementsAre("null: It creates a powerful chilling effect,"));
}

TEST(ExtractQuotesTest, UnattributedQuotationAfterANarrativeSentence) {
  // wikinews/2019/134: the speaker is the subject of the sentence before.
  EXPECT_THAT(Quotes("Brett McGurk, who was Trump's Special Presidential Envoy to the coalition "
                     "against ISIL until December, also criticized the decision via Twitter. \"The "
                     "WH statement tonight on Syria demonstrates a complete lack of understanding "
                     "of anything happening on the ground.\"",
                     {{"Brett McGurk", kPerson, {"McGurk"}},
                      {"Donald Trump", kPerson, {"Trump"}},
                      {"Islamic State", kOrganization, {"ISIL"}},
                      {"Twitter", kOrganization, {}}}),
              ElementsAre(StartsWith("Brett McGurk: The WH statement")));
}

TEST(ExtractQuotesTest, VerbAfterToAndPronounOfTheLastSpeaker) {
  // wikinews/2019/010
  EXPECT_THAT(
      Quotes("\"What is important about it is that it demonstrates the statue locations are not a "
             "weird ritual place,\" said study co-author Professor Carl Lipo of Binghamton "
             "University. He went on to add \"The exceptions to the rule about being at the coast "
             "actually are met by the fact there is also water.\"",
             {{"Carl Lipo", kPerson, {"Lipo"}}, {"Binghamton University", kOrganization, {}}}),
      ElementsAre(StartsWith("Carl Lipo: What is important"),
                  StartsWith("Carl Lipo: The exceptions to the rule")));
}

TEST(ExtractQuotesTest, OnlyPeopleAndOrganizationsSpeak) {
  // wikinews/2020/009: a place is not a speaker, so the scare quote goes.
  EXPECT_THAT(Quotes("Representatives from Iran acknowledged their government had "
                     "\"unintentionally\" shot down a Ukrainian passenger jet.",
                     {{"Iran", kLocation, {"Iranian"}}}),
              IsEmpty());
  // wikinews/2020/091
  EXPECT_THAT(Quotes("The German government said there was \"unequivocal\" proof he had been "
                     "poisoned.",
                     {{"Germany", kLocation, {"German"}}}),
              IsEmpty());
}

TEST(ExtractQuotesTest, ShortQuotationsWithASpeechVerbAreKept) {
  // wikinews/2020/006 and 2020/053
  const std::vector<KnownEntity> mitsotakis = {{"Kyriakos Mitsotakis", kPerson, {"Mitsotakis"}}};
  EXPECT_THAT(Quotes("Mitsotakis spoke in Washington. He also commented on the maritime border "
                     "agreement, calling it \"null and void\" and \"geographically ridiculous\".",
                     mitsotakis),
              ElementsAre("Kyriakos Mitsotakis: null and void",
                          "Kyriakos Mitsotakis: geographically ridiculous"));
  EXPECT_THAT(Quotes("Philippine President Rodrigo Duterte threatened the network's franchise "
                     "renewal, and he accused the network of \"swindling\".",
                     {{"Rodrigo Duterte", kPerson, {"Duterte"}}}),
              ElementsAre("Rodrigo Duterte: swindling"));
}

TEST(ExtractQuotesTest, ScareQuotesNamesAndTitlesAreNotQuotations) {
  // wikinews/2019/065, 2019/144, 2019/077
  EXPECT_THAT(Quotes("Since then, the territory has been governed under the \"one country, two "
                     "systems\" model.",
                     {}),
              IsEmpty());
  EXPECT_THAT(Quotes("Erdoğan named it \"Operation Peace Spring\" and named the PKK as terrorists.",
                     {{"Recep Tayyip Erdoğan", kPerson, {"Erdoğan"}}}),
              IsEmpty());
  EXPECT_THAT(Quotes("Parliament, however, has repeatedly voted against a \"no deal\" Brexit.",
                     {{"Parliament", kOrganization, {}}}),
              IsEmpty());
}

TEST(ExtractQuotesTest, CurlyQuotesFromWorldwideNews) {
  // worldwide-dev/bol_boliviantimes_2
  EXPECT_THAT(Quotes("Christopher Sabatini, a senior fellow at Chatham House, sees the result as "
                     "vindication. “This is a sign that Bolivia’s democracy is strong,” he says.",
                     {{"Christopher Sabatini", kPerson, {"Sabatini"}},
                      {"Chatham House", kOrganization, {}},
                      {"Bolivia", kLocation, {}}}),
              ElementsAre("Christopher Sabatini: This is a sign that Bolivia’s democracy is "
                          "strong,"));
  // worldwide-dev/cn_article_scmp_43
  EXPECT_THAT(Quotes("“The political honeymoon for Yoon appears to be over as soon as it started,” "
                     "said Eom Gyeong-yeong, director of local political think tank Zeitgeist "
                     "Institute.",
                     {{"Eom Gyeong-yeong", kPerson, {"Eom"}},
                      {"Yoon Suk-yeol", kPerson, {"Yoon"}},
                      {"Zeitgeist Institute", kOrganization, {}}}),
              ElementsAre(StartsWith("Eom Gyeong-yeong: The political honeymoon")));
}

TEST(ExtractQuotesTest, BbcQuotationOverRunInParagraphs) {
  // bbc/business/314: an analyst's quotation over three original
  // paragraphs, then another speaker.
  EXPECT_THAT(
      Quotes("Kaha Kiknavelidze, analyst at Troika Dialog, said: \"I think a decision that Yugansk "
             "should end up with Gazprom was taken a long time ago.\n\n\"I would not exclude that "
             "the structure of the deal has slightly changed. \"Another surprise was that the "
             "winner paid a significant premium.\" However, Gazprom has announced it is not linked "
             "to Baikal. And Paul Collison, chief analyst at Brunswick UBS, said: \"I see no "
             "plausible explanation for the theory.\"",
             {{"Kaha Kiknavelidze", kPerson, {}},
              {"Troika Dialog", kOrganization, {}},
              {"Gazprom", kOrganization, {}},
              {"Paul Collison", kPerson, {}},
              {"Brunswick UBS", kOrganization, {}}}),
      ElementsAre("Kaha Kiknavelidze: I think a decision that Yugansk should end up with Gazprom "
                  "was taken a long time ago. I would not exclude that the structure of the deal "
                  "has slightly changed. Another surprise was that the winner paid a significant "
                  "premium.",
                  "Paul Collison: I see no plausible explanation for the theory."));
}

TEST(ExtractQuotesTest, OutputFieldsPointIntoTheContent) {
  const std::string text = "Erdoğan said, “We will call it a mosque.” UNESCO disagreed.";
  const v1::Article article = testing::ArticleWith(
      text, {{"Recep Tayyip Erdoğan", kPerson, {"Erdoğan"}}, {"UNESCO", kOrganization, {}}});
  const std::vector<v1::Quote> quotes = ExtractQuotes(article);
  ASSERT_EQ(quotes.size(), 1u);
  const v1::Quote& quote = quotes[0];
  EXPECT_EQ(quote.text(), "We will call it a mosque.");
  EXPECT_EQ(article::testing::SpanText(article, quote.span()), quote.text());
  EXPECT_EQ(quote.span().start(), 15);  // code points: "Erdoğan" is 7
  EXPECT_EQ(quote.sentence_index(), 0);
  ASSERT_TRUE(quote.has_speaker_index());
  EXPECT_EQ(quote.speaker_index(), 0);
  EXPECT_EQ(quote.rule(), "verb-before-quote:name");
  EXPECT_GT(quote.confidence(), 0.8);
  EXPECT_LE(quote.confidence(), 1.0);
}

TEST(ExtractQuotesTest, SentenceIndexIsWhereTheQuotationOpens) {
  const std::string text = "Lam spoke. She said: \"One thing. Another thing.\"";
  const v1::Article article = testing::ArticleWith(text, {{"Carrie Lam", kPerson, {"Lam"}}});
  const std::vector<v1::Quote> quotes = ExtractQuotes(article);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].sentence_index(), 1);
  EXPECT_EQ(quotes[0].speaker_index(), 0);
}

TEST(ExtractQuotesTest, ArticleWithoutQuotationsOrText) {
  EXPECT_THAT(ExtractQuotes(v1::Article()), IsEmpty());
  EXPECT_THAT(Quotes("The move comes after the European Union sanctioned Iran.", {}), IsEmpty());
}

}  // namespace
}  // namespace newsgraph::extract
