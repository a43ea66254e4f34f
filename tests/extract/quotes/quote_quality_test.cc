// Quality of ExtractQuotes on the gold annotations (dev.gold.jsonl, 24
// Wikinews articles, and seed.gold.jsonl), with oracle entity mentions,
// scored with score.py's quote rule. Prints precision, recall, F1 and
// every miss. Skips when the corpus or the gold files are absent.
#include <iostream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest_service/extract/quotes/quote_extractor.h"
#include "tests/article/test_support.h"
#include "tests/extract/quotes/quote_test_support.h"

namespace newsgraph::extract {
namespace {

using testing::GoldDoc;
using testing::ScoredQuote;

std::string Describe(const ScoredQuote& quote) {
  const std::string text = quote.text.size() > 90 ? quote.text.substr(0, 90) + "..." : quote.text;
  return "[" + quote.speaker.value_or("null") + "] " + text;
}

struct Totals {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;

  double Precision() const {
    const int n = true_positives + false_positives;
    return n == 0 ? 0.0 : static_cast<double>(true_positives) / n;
  }
  double Recall() const {
    const int n = true_positives + false_negatives;
    return n == 0 ? 0.0 : static_cast<double>(true_positives) / n;
  }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

// Scores one gold document; false when its article cannot be read.
bool ScoreDocument(const GoldDoc& gold, Totals* totals) {
  const std::optional<std::string> path = article::testing::CorpusPath(gold.doc);
  if (!path.has_value()) return false;
  const std::optional<std::string> bytes = article::testing::ReadFileBytes(*path);
  if (!bytes.has_value()) return false;
  absl::StatusOr<v1::Article> article = testing::ReadText(*bytes);
  if (!article.ok()) return false;
  testing::AddOracleMentions(gold.entities, &*article);
  std::vector<ScoredQuote> predicted;
  for (const v1::Quote& quote : ExtractQuotes(*article)) {
    predicted.push_back({testing::SpeakerName(*article, quote), quote.text(), false});
  }
  const testing::MatchCounts counts = testing::MatchQuotes(gold.entities, gold.quotes, predicted);
  totals->true_positives += counts.true_positives;
  totals->false_positives += counts.false_positives;
  totals->false_negatives += counts.false_negatives;
  for (size_t g = 0; g < gold.quotes.size(); ++g) {
    if (counts.gold_matched[g] < 0 && !gold.quotes[g].optional) {
      std::cout << "MISS " << gold.doc << " " << Describe(gold.quotes[g]) << "\n";
    }
  }
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (counts.predicted_matched[p] < 0) {
      std::cout << "EXTRA " << gold.doc << " " << Describe(predicted[p]) << "\n";
    }
  }
  return true;
}

TEST(QuoteQualityTest, DevAndSeedGoldReachF1OfAtLeast080) {
  const std::optional<std::string> eval = testing::EvalDir();
  if (!eval.has_value()) GTEST_SKIP() << "no gold files next to " << NEWSGRAPH_CORPUS_DIR;
  std::vector<GoldDoc> docs = testing::ReadGold(*eval + "/dev.gold.jsonl");
  for (GoldDoc& doc : testing::ReadGold(*eval + "/seed.gold.jsonl")) docs.push_back(std::move(doc));
  ASSERT_GE(docs.size(), 25u);
  Totals totals;
  int scored = 0;
  for (const GoldDoc& doc : docs) scored += ScoreDocument(doc, &totals) ? 1 : 0;
  if (scored == 0) GTEST_SKIP() << "no corpus under " << NEWSGRAPH_CORPUS_DIR;
  EXPECT_EQ(scored, static_cast<int>(docs.size()));
  std::cout << "quotes: P=" << totals.Precision() << " R=" << totals.Recall()
            << " F1=" << totals.F1() << " (tp " << totals.true_positives << ", fp "
            << totals.false_positives << ", fn " << totals.false_negatives << ")\n";
  EXPECT_GE(totals.F1(), 0.80);
}

}  // namespace
}  // namespace newsgraph::extract
