// The dates extractor against the gold annotations (/work/shared/eval, found
// next to the corpus): each article is read with article::ReadArticle with
// the gold `published` date, its dates extracted and scored with exactly
// score.py's date rule. Prints precision, recall, F1, the misses and the
// unmatched predictions. Skips when the gold files or corpus are absent.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest_service/extract/dates/date_extractor.h"
#include "shared/date/partial_date.h"
#include "tests/extract/dates/dates_test_support.h"
#include "tests/extract/dates/gold_scoring.h"

namespace newsgraph::extract::testing {
namespace {

std::string EvalDir() {
  return (std::filesystem::path(CorpusDir()).parent_path() / "eval").string();
}

// Extracts and scores every article of `gold_file`; adds a failure for an
// article that cannot be read.
DateScore ScoreGoldFile(const std::string& gold_file) {
  DateScore total;
  for (const GoldArticle& gold : ReadGoldFile(gold_file)) {
    const std::optional<std::string> text = ReadCorpusFile(gold.doc);
    if (!text.has_value()) {
      ADD_FAILURE() << "cannot read " << gold.doc;
      continue;
    }
    const absl::StatusOr<v1::Article> article = ReadWithDate(*text, gold.published);
    if (!article.ok()) {
      ADD_FAILURE() << gold.doc << ": " << article.status();
      continue;
    }
    std::vector<ScoredDate> predicted;
    for (const v1::DateMention& m : ExtractDates(*article)) {
      predicted.push_back(ScoredDate{m.text(), date::FormatIsoDate(m.value())});
    }
    DateScore score = ScoreDates(gold.dates, predicted);
    for (ScoredDate& d : score.missed) d.text = gold.doc + ": " + d.text;
    for (ScoredDate& d : score.unmatched) d.text = gold.doc + ": " + d.text;
    total.Add(score);
  }
  return total;
}

void Print(const char* name, const DateScore& score) {
  std::printf("%s dates: P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)\n", name, score.Precision(),
              score.Recall(), score.F1(), score.tp, score.fp, score.fn);
  for (const ScoredDate& d : score.missed) {
    std::printf("  missed     %s = %s\n", d.text.c_str(), d.value.c_str());
  }
  for (const ScoredDate& d : score.unmatched) {
    std::printf("  unmatched  %s = %s\n", d.text.c_str(), d.value.c_str());
  }
}

#define NG_REQUIRE_GOLD(var, name)                                              \
  const std::string var = EvalDir() + "/" + (name);                             \
  if (!std::filesystem::exists(var) || !std::filesystem::exists(CorpusDir())) { \
    GTEST_SKIP() << var << " or the corpus is not there";                       \
  }

TEST(DatesQualityTest, SeedArticleIsPerfect) {
  NG_REQUIRE_GOLD(gold, "seed.gold.jsonl");
  const DateScore score = ScoreGoldFile(gold);
  Print("seed", score);
  EXPECT_GT(score.tp, 0);
  EXPECT_EQ(score.F1(), 1.0);
}

TEST(DatesQualityTest, DevSetF1AtLeast085) {
  NG_REQUIRE_GOLD(gold, "dev.gold.jsonl");
  const DateScore score = ScoreGoldFile(gold);
  Print("dev", score);
  EXPECT_GE(score.F1(), 0.85);
}

}  // namespace
}  // namespace newsgraph::extract::testing
