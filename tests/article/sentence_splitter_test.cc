#include "ingest_service/article/sentence_splitter.h"

#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::article {
namespace {

using ::testing::ElementsAreArray;

std::vector<std::string> Split(std::string_view paragraph) {
  std::vector<ByteRange> ranges;
  const absl::Status status = SplitSentences(paragraph, &ranges);
  EXPECT_TRUE(status.ok()) << status;
  std::vector<std::string> sentences;
  for (const ByteRange& r : ranges) sentences.emplace_back(Slice(paragraph, r));
  return sentences;
}

struct Case {
  const char* name;
  std::string paragraph;
  std::vector<std::string> sentences;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

class SentenceSplitterTest : public ::testing::TestWithParam<Case> {};

TEST_P(SentenceSplitterTest, Splits) {
  EXPECT_THAT(Split(GetParam().paragraph), ElementsAreArray(GetParam().sentences));
}

// Paragraphs taken verbatim from the corpora (Reuters keeps its hard line
// wraps, which must not end sentences).
INSTANTIATE_TEST_SUITE_P(
    ReutersRanksAndTitles, SentenceSplitterTest,
    ::testing::Values(
        Case{"ViceAdmLtCol",
             "The two other victims of the scandal are former National\nSecurity Adviser Vice "
             "Adm. John Poindexter who resigned and\nMarine Lt. Col. Oliver North who was fired "
             "after it was\ndisclosed last November 23 that profits from the Iran arms sale\nwere "
             "diverted to the contras. The two, pictured by the Tower\ncommission as the key "
             "operators of the Iran arms deal, have\nrefused to testify.",
             {"The two other victims of the scandal are former National\nSecurity Adviser Vice "
              "Adm. John Poindexter who resigned and\nMarine Lt. Col. Oliver North who was fired "
              "after it was\ndisclosed last November 23 that profits from the Iran arms sale\nwere "
              "diverted to the contras.",
              "The two, pictured by the Tower\ncommission as the key operators of the Iran arms "
              "deal, have\nrefused to testify."}},
        Case{"MajGen",
             "Walsh said he was also urging the committees to delay\ngranting immunity for a third "
             "key figure, retired Air Force\nMaj. Gen. Richard Secord, a close North associate.",
             {"Walsh said he was also urging the committees to delay\ngranting immunity for a "
              "third key figure, retired Air Force\nMaj. Gen. Richard Secord, a close North "
              "associate."}},
        Case{"CaptAndInitial",
             "Capt. Henry A. Duffy, president of the Air Line Pilots\nAssociation, told a group "
             "of aviation executives meeting in\nAtlanta Duffy said the pilots' union has a "
             "contract through\n1988 with Eastern Airlines.",
             {"Capt. Henry A. Duffy, president of the Air Line Pilots\nAssociation, told a group "
              "of aviation executives meeting in\nAtlanta Duffy said the pilots' union has a "
              "contract through\n1988 with Eastern Airlines."}},
        Case{"CplUsSgt",
             "Marine Cpl. Arnold Bracy, 21, was charged yesterday with\nespionage, conspiracy and "
             "failure to follow lawful orders in a\ncase which U.S. officials have said involved "
             "sex with Soviet\nwomen. Sgt. Clayton Lonetree, whose arrest triggered the\nspy-sex "
             "scandal, has already been charged with espionage.",
             {"Marine Cpl. Arnold Bracy, 21, was charged yesterday with\nespionage, conspiracy "
              "and failure to follow lawful orders in a\ncase which U.S. officials have said "
              "involved sex with Soviet\nwomen.",
              "Sgt. Clayton Lonetree, whose arrest triggered the\nspy-sex scandal, has already "
              "been charged with espionage."}},
        Case{"GovSen",
             "U.S. Trade Representative Clayton\nYeutter declined to comment publicly on a rumor "
             "that Nebraska\nGov. Kay Orr was considering appointing him to replace\nDemocratic "
             "Sen. Edward Zorinsky, who died last week.",
             {"U.S. Trade Representative Clayton\nYeutter declined to comment publicly on a rumor "
              "that Nebraska\nGov. Kay Orr was considering appointing him to replace\nDemocratic "
              "Sen. Edward Zorinsky, who died last week."}},
        Case{"Dr",
             "The research team, led by Dr. John Spika, said the number\nof people who have "
             "developed the chloramphenicol-resistant\ninfection in Los Angeles County alone "
             "jumped from 69 in 1984 to\n298 the following year. Two of those victims died and "
             "half the\nvictims in their study of 45 patients had to be hospitalized\nfor their "
             "illness.",
             {"The research team, led by Dr. John Spika, said the number\nof people who have "
              "developed the chloramphenicol-resistant\ninfection in Los Angeles County alone "
              "jumped from 69 in 1984 to\n298 the following year.",
              "Two of those victims died and half the\nvictims in their study of 45 patients had "
              "to be hospitalized\nfor their illness."}},
        Case{"RepAndInitialsInBrackets",
             "The Reagan administration proposed in trade legislation\noffered Congress last "
             "month that authority to monitor coffee\nimports be resumed. That authority lapsed "
             "in September 1986. A\nbill also was introduced by Rep. Frank Guarini (D-N.J.).",
             {"The Reagan administration proposed in trade legislation\noffered Congress last "
              "month that authority to monitor coffee\nimports be resumed.",
              "That authority lapsed in September 1986.",
              "A\nbill also was introduced by Rep. Frank Guarini (D-N.J.)."}},
        Case{"SaintThenSentenceEnd",
             "The money was used to completely repay its debt to First\nNational Bank of St. "
             "Paul. It would not say how much that was.\nThe bank took a discount on its gross "
             "amount and accepted\n125,000 shares of Class C preferred stock which is "
             "convertible\ninto 375,000 shares of common.",
             {"The money was used to completely repay its debt to First\nNational Bank of St. "
              "Paul.",
              "It would not say how much that was.",
              "The bank took a discount on its gross amount and accepted\n125,000 shares of Class "
              "C preferred stock which is convertible\ninto 375,000 shares of common."}},
        Case{"AttyGen",
             "He said he learned of the contra diversion -- which may\nhave broken U.S. laws and "
             "will be the top priority of\ncongressional investigative hearings on this affair "
             "-- only\nwhen Atty. Gen. Edwin Meese told him on November 25.",
             {"He said he learned of the contra diversion -- which may\nhave broken U.S. laws and "
              "will be the top priority of\ncongressional investigative hearings on this affair "
              "-- only\nwhen Atty. Gen. Edwin Meese told him on November 25."}},
        Case{"Months",
             "Kevin Mukri said 186 of the Navy's 340 A-6E aircraft, built\nby Grumman Corp, were "
             "grounded on Feb. 20 after a Jan. 14 A-6E\ncrash during a training flight near El "
             "Centro, Calif., which\nkilled one of two crewmen aboard.",
             {"Kevin Mukri said 186 of the Navy's 340 A-6E aircraft, built\nby Grumman Corp, were "
              "grounded on Feb. 20 after a Jan. 14 A-6E\ncrash during a training flight near El "
              "Centro, Calif., which\nkilled one of two crewmen aboard."}},
        Case{"Sept",
             "Hiram Walker Resources Ltd, the previous owner, reported\nliquor profits of 282 mln "
             "Canadian dlrs in the fiscal year\nending Sept. 30, 1985, 278 mln dlrs in 1984, 267 "
             "mln in 1983,\n294 mln in 1982 and 280 mln in 1981.",
             {"Hiram Walker Resources Ltd, the previous owner, reported\nliquor profits of 282 mln "
              "Canadian dlrs in the fiscal year\nending Sept. 30, 1985, 278 mln dlrs in 1984, 267 "
              "mln in 1983,\n294 mln in 1982 and 280 mln in 1981."}},
        Case{"JuniorMidSentence",
             "Penril further said director Clifford L. Alexander Jr. has\nresigned from the "
             "board.  It gave no reason.",
             {"Penril further said director Clifford L. Alexander Jr. has\nresigned from the "
              "board.",
              "It gave no reason."}},
        Case{"AmPm",
             "There was no immediate sign of Italian or Canadian\nofficials. Monetary sources "
             "have said a fully blown meeting of\nthe Group of Seven is expected to begin around "
             "3 p.m. local\ntime (1900 gmt) and last at least until 6 p.m. (2200 gmt), when\na "
             "communique is expected to be issued.",
             {"There was no immediate sign of Italian or Canadian\nofficials.",
              "Monetary sources have said a fully blown meeting of\nthe Group of Seven is "
              "expected to begin around 3 p.m. local\ntime (1900 gmt) and last at least until 6 "
              "p.m. (2200 gmt), when\na communique is expected to be issued."}}));

INSTANTIATE_TEST_SUITE_P(
    ReutersCompanyEndings, SentenceSplitterTest,
    ::testing::Values(
        Case{"IncThe",
             "Both issues will be offered through underwriting groups led\nby Merrill Lynch "
             "Capital Markets and Salomon Brothers Inc. The\ntwo issues are separate and "
             "independent.",
             {"Both issues will be offered through underwriting groups led\nby Merrill Lynch "
              "Capital Markets and Salomon Brothers Inc.",
              "The\ntwo issues are separate and independent."}},
        Case{"IncHe",
             "\"It's getting a little confusing,\" said James Carroll,\nanalyst at PaineWebber "
             "Group Inc. He said the arguments cited\nby Hughes yesterday for not doing the "
             "merger \"tend to be weak.\"\nHughes said yesterday that as a condition of the "
             "merger it\nwanted Reed Tool and other businesses sold prior to April 22,\nthe "
             "projected merger date. A government decree allowed a longer\nperiod of time.",
             {"\"It's getting a little confusing,\" said James Carroll,\nanalyst at PaineWebber "
              "Group Inc.",
              "He said the arguments cited\nby Hughes yesterday for not doing the merger \"tend "
              "to be weak.\"",
              "Hughes said yesterday that as a condition of the merger it\nwanted Reed Tool and "
              "other businesses sold prior to April 22,\nthe projected merger date.",
              "A government decree allowed a longer\nperiod of time."}},
        Case{"CorpThe",
             "Rexnord said the rights will be redeemed because it is\nexpected its shares will be "
             "tendered under a January 30\ntakeover offer from Banner Acquisition Corp. The "
             "rights trade\nin tandem with Rexnord's common stock.",
             {"Rexnord said the rights will be redeemed because it is\nexpected its shares will "
              "be tendered under a January 30\ntakeover offer from Banner Acquisition Corp.",
              "The rights trade\nin tandem with Rexnord's common stock."}},
        Case{"LtdHe",
             "DTI is charging Ronald Richard Jenkins, until recently\nemployed by British and "
             "Commonwealth's subsidiary Cayzer Irvine\nand Co Ltd. He is to appear April 27 in "
             "a London court.",
             {"DTI is charging Ronald Richard Jenkins, until recently\nemployed by British and "
              "Commonwealth's subsidiary Cayzer Irvine\nand Co Ltd.",
              "He is to appear April 27 in a London court."}},
        Case{"InitialsAndCoThe",
             "\"There were wire problems at two large banks on Tuesday and\nWednesday, so I am "
             "not too bothered about the borrowings,\" said\nScott Winningham of J.S. Winningham "
             "and Co. The Wednesday\naverage rose to 946 mln dlrs from 148 mln a week earlier.",
             {"\"There were wire problems at two large banks on Tuesday and\nWednesday, so I am "
              "not too bothered about the borrowings,\" said\nScott Winningham of J.S. Winningham "
              "and Co.",
              "The Wednesday\naverage rose to 946 mln dlrs from 148 mln a week earlier."}},
        Case{"UkIt",
             "The unit is a toxicological testing company that has\nlaboratories in the U.S. and "
             "U.K. It is parent to Bio/dynamics\nInc and Life Science Research Ltd, which were "
             "previously the\nLife Sciences division of IMS International.",
             {"The unit is a toxicological testing company that has\nlaboratories in the U.S. "
              "and U.K.",
              "It is parent to Bio/dynamics\nInc and Life Science Research Ltd, which were "
              "previously the\nLife Sciences division of IMS International."}}));

INSTANTIATE_TEST_SUITE_P(
    WikinewsBbcWorldwide, SentenceSplitterTest,
    ::testing::Values(
        Case{"MostRevInsideAQuote",
             "In a statement, the current bishop, Allan Casicas, said, \"It is with great sadness "
             "that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of "
             "Marbel. He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors' "
             "Hospital.\"  Casicas also asked people to \"please pray for the repose of his "
             "soul\".",
             {"In a statement, the current bishop, Allan Casicas, said, \"It is with great "
              "sadness that I announce the death of Most Rev. Dinualdo Gutierrez, "
              "Bishop-Emeritus of Marbel.",
              "He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors' "
              "Hospital.\"",
              "Casicas also asked people to \"please pray for the repose of his soul\"."}},
        Case{"NumberAbbreviation",
             "The Austrian partner asked for the price to be kept secret, but the commissioner "
             "stated the purchase was financed by a loan, so it is not a burden on the state "
             "budget. With government resolution No. 1430/2019, the state issued an indemnity "
             "bond to cover for HDT's 38.8 million euro loan.",
             {"The Austrian partner asked for the price to be kept secret, but the commissioner "
              "stated the purchase was financed by a loan, so it is not a burden on the state "
              "budget.",
              "With government resolution No. 1430/2019, the state issued an indemnity bond to "
              "cover for HDT's 38.8 million euro loan."}},
        Case{"JrBeforeANoun",
             "Starting in 1968, he spent 15 years fighting for Martin Luther King Jr. Day to be a "
             "federal holiday; President Ronald Reagan signed Conyers's bill into law in 1983.",
             {"Starting in 1968, he spent 15 years fighting for Martin Luther King Jr. Day to be "
              "a federal holiday; President Ronald Reagan signed Conyers's bill into law in "
              "1983."}},
        Case{"InitialCommaJr",
             "President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his own "
             "tax preparer Mazars USA to block the release of eight years of tax returns to the "
             "grand jury, but Judge Marrero dismissed the president's lawsuit.",
             {"President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his own "
              "tax preparer Mazars USA to block the release of eight years of tax returns to the "
              "grand jury, but Judge Marrero dismissed the president's lawsuit."}},
        Case{"VersusAndEmDashes",
             "On Thursday, the European Court of Justice (ECJ) — the supreme court on matters of "
             "European Union (EU) law — ruled in regard to the case \"Eva Glawischnig-Piesczek "
             "vs. Facebook Ireland Limited\". The Luxembourg-based court issued a judgement "
             "favorable to the plaintiff.",
             {"On Thursday, the European Court of Justice (ECJ) — the supreme court on matters of "
              "European Union (EU) law — ruled in regard to the case \"Eva Glawischnig-Piesczek "
              "vs. Facebook Ireland Limited\".",
              "The Luxembourg-based court issued a judgement favorable to the plaintiff."}},
        Case{"EtceteraThenSo",
             "We wanted to a mainstream part in the society just like all the other citizens, we "
             "took part in many protests, like when there was bomb blast in Bombay, the protests "
             "against corruption, the protest for Kavery water etc. So we mingled with all the "
             "other people of the society.",
             {"We wanted to a mainstream part in the society just like all the other citizens, "
              "we took part in many protests, like when there was bomb blast in Bombay, the "
              "protests against corruption, the protest for Kavery water etc.",
              "So we mingled with all the other people of the society."}},
        Case{"AmTwice",
             "At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the Crew Dragon was "
             "launched via a Falcon 9 rocket from the Kennedy Space Center.",
             {"At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the Crew Dragon was "
              "launched via a Falcon 9 rocket from the Kennedy Space Center."}},
        Case{"GeorgeWBush",
             "Among the most famous opinions written by Stevens was his dissent in the Court's "
             "decision to halt Florida recounts in the 2000 US Presidential election, the "
             "decision that cemented George W. Bush's victory over Al Gore. Stevens retired from "
             "the court in 2010.",
             {"Among the most famous opinions written by Stevens was his dissent in the Court's "
              "decision to halt Florida recounts in the 2000 US Presidential election, the "
              "decision that cemented George W. Bush's victory over Al Gore.",
              "Stevens retired from the court in 2010."}},
        Case{"UsAndInitialS",
             "In the 1800s, the buffalo were hunted nearly to extinction not only for their "
             "valuable hides but also because many U.S. generals, including President Ulysses S. "
             "Grant, believed that removing the buffalo would undermine the economies of many of "
             "the Native American tribes.",
             {"In the 1800s, the buffalo were hunted nearly to extinction not only for their "
              "valuable hides but also because many U.S. generals, including President Ulysses S. "
              "Grant, believed that removing the buffalo would undermine the economies of many of "
              "the Native American tribes."}},
        Case{"JuniorBeforeLowercase",
             "Trump granted Edward J. DeBartolo Jr. a full and unconditional pardon. DeBartolo, "
             "who used to own the San Francisco 49ers football team, was convicted in 1998.",
             {"Trump granted Edward J. DeBartolo Jr. a full and unconditional pardon.",
              "DeBartolo, who used to own the San Francisco 49ers football team, was convicted in "
              "1998."}},
        Case{"DecimalsAndCurrency",
             "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the "
             "three months to December, from $639m year-earlier.",
             {"Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for "
              "the three months to December, from $639m year-earlier."}},
        Case{"MrWithFullStop",
             "I'd like to see Mr. Benn, with Brad Pitt in the title role. Sean Connery could play "
             "the mysterious costume shop owner.",
             {"I'd like to see Mr. Benn, with Brad Pitt in the title role.",
              "Sean Connery could play the mysterious costume shop owner."}},
        Case{"Brig",
             "Brig. Al Razooqi further revealed that those interested in owning the second "
             "edition of Dubai Police digital assets should stay tuned. He confirmed that Dubai "
             "Police is the first government entity in the UAE to create its digital assets.",
             {"Brig. Al Razooqi further revealed that those interested in owning the second "
              "edition of Dubai Police digital assets should stay tuned.",
              "He confirmed that Dubai Police is the first government entity in the UAE to create "
              "its digital assets."}},
        Case{"QuestionMarkThenComma",
             "Last week's top film, Ice Cube's road-trip comedy Are We There Yet?, slipped to "
             "second place with $17m (£9m), while Coach Carter fell two places to number four. "
             "Rounding out the top ten were In Good Company - starring Dennis Quaid and Scarlett "
             "Johansson - Racing Stripes and Assault on Precinct 13.",
             {"Last week's top film, Ice Cube's road-trip comedy Are We There Yet?, slipped to "
              "second place with $17m (£9m), while Coach Carter fell two places to number four.",
              "Rounding out the top ten were In Good Company - starring Dennis Quaid and Scarlett "
              "Johansson - Racing Stripes and Assault on Precinct 13."}},
        Case{"ExclamationInANameAndQuestionInAQuote",
             "The film, which includes previously unseen footage of the singer also features "
             "contributions from Michael's former Wham! partner Andrew Ridgeley, as well as "
             "ex-Wham! backing singers Pepsi and Shirlie. \"Of course we applaud humanitarian "
             "initiatives, but why target the airlines?\" said Ulrich Schulte-Strathaus.",
             {"The film, which includes previously unseen footage of the singer also features "
              "contributions from Michael's former Wham! partner Andrew Ridgeley, as well as "
              "ex-Wham! backing singers Pepsi and Shirlie.",
              "\"Of course we applaud humanitarian initiatives, but why target the airlines?\" "
              "said Ulrich Schulte-Strathaus."}}));

// Synthetic cases: Unicode punctuation and the repairs.
INSTANTIATE_TEST_SUITE_P(
    Synthetic, SentenceSplitterTest,
    ::testing::Values(
        Case{"CurlyDoubleQuotes",
             "“We will win,” he said. “Nobody doubts it.” The crowd cheered.",
             {"“We will win,” he said.", "“Nobody doubts it.”", "The crowd cheered."}},
        Case{"CurlySingleQuotes",
             "She called it ‘a disaster.’ Then she left.",
             {"She called it ‘a disaster.’", "Then she left."}},
        Case{"Guillemets",
             "Il a dit : «C'est fini.» Puis il est parti.",
             {"Il a dit : «C'est fini.»", "Puis il est parti."}},
        Case{"Ellipsis",
             "He paused… Then he spoke. The talks went on… and on.",
             {"He paused…", "Then he spoke.", "The talks went on… and on."}},
        Case{"FullWidth",
             "会议结束了。代表们离开了！为什么？没有人知道。",
             {"会议结束了。", "代表们离开了！", "为什么？", "没有人知道。"}},
        Case{"EmDash",
             "The minister — who spoke for an hour — left. Talks resume today.",
             {"The minister — who spoke for an hour — left.", "Talks resume today."}},
        Case{"Cyrillic",
             "Министр прибыл в Баку. Переговоры начались.",
             {"Министр прибыл в Баку.", "Переговоры начались."}},
        Case{"LineBreaksAreWraps",
             "Showers continued throughout the week in\nthe Bahia zone.\n",
             {"Showers continued throughout the week in\nthe Bahia zone."}},
        Case{"CrlfWraps",
             "One sentence\r\nwrapped. Two\r\nsentences.",
             {"One sentence\r\nwrapped.", "Two\r\nsentences."}},
        Case{"DoubleSpaceAfterTitle",
             "Mr.  Smith arrived.  He sat.",
             {"Mr.  Smith arrived.", "He sat."}},
        Case{"SuffixOfAWordIsNoAbbreviation",
             "They passed a new LAW. The vote was close.",
             {"They passed a new LAW.", "The vote was close."}},
        Case{"ManyAbbreviations",
             "George W. Bush met J.K. Rowling in St. Louis at 3 p.m. on Sept. 5.",
             {"George W. Bush met J.K. Rowling in St. Louis at 3 p.m. on Sept. 5."}},
        Case{"InitialsInARow",
             "Ronald J. A. Smith spoke. He left.",
             {"Ronald J. A. Smith spoke.", "He left."}},
        Case{"Numbers",
             "Inflation rose 3.5% in March. Growth was 1.2 pct.",
             {"Inflation rose 3.5% in March.", "Growth was 1.2 pct."}},
        Case{"NumberSignAndNo",
             "No. 10 Downing Street said no. The talks failed.",
             {"No. 10 Downing Street said no.", "The talks failed."}},
        Case{"UsThenIn",
             "He moved to the U.S. In 2019 he returned. The U.S. Army said so.",
             {"He moved to the U.S.", "In 2019 he returned.", "The U.S. Army said so."}},
        Case{"PmThenHe", "It was 5 p.m. He left.", {"It was 5 p.m.", "He left."}},
        Case{"EtceteraMidAndEnd",
             "He sells pens, paper, etc. in bulk. He sells pens, etc. But "
             "not ink.",
             {"He sells pens, paper, etc. in bulk.", "He sells pens, etc.", "But not ink."}},
        Case{"IncMidSentence",
             "Apple Inc. said it would. Kelly v. United States was decided.",
             {"Apple Inc. said it would.", "Kelly v. United States was decided."}},
        Case{"ColGenAndLtCol",
             "Col. Gen. Zakir Hasanov met Lt. Col. Ivanov. They spoke.",
             {"Col. Gen. Zakir Hasanov met Lt. Col. Ivanov.", "They spoke."}},
        Case{"NoPunctuation", "no punctuation at all", {"no punctuation at all"}},
        Case{"OnlySpaces", "   ", {}}));

TEST(SentenceSplitterThreadTest, ManyThreadsGetTheSameSentences) {
  const std::string paragraph =
      "Marine Cpl. Arnold Bracy, 21, was charged yesterday. Sgt. Clayton Lonetree has already "
      "been charged. “We will win,” he said. The U.S. In 2019 he returned.";
  const std::vector<std::string> expected = Split(paragraph);
  ASSERT_EQ(expected.size(), 5u);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        std::vector<ByteRange> ranges;
        if (!SplitSentences(paragraph, &ranges).ok() || ranges.size() != expected.size()) {
          ++mismatches[t];
          continue;
        }
        for (size_t k = 0; k < ranges.size(); ++k) {
          if (Slice(paragraph, ranges[k]) != expected[k]) ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(8, 0));
}

TEST(SentenceSplitterThreadTest, OffsetsAreRelativeAndAppended) {
  std::vector<ByteRange> ranges = {{100, 200}};
  ASSERT_TRUE(SplitSentences("  One. Two.  ", &ranges).ok());
  ASSERT_EQ(ranges.size(), 3u);
  EXPECT_EQ(ranges[1], (ByteRange{2, 6}));
  EXPECT_EQ(ranges[2], (ByteRange{7, 11}));
}

}  // namespace
}  // namespace newsgraph::article
