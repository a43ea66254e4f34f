// The date rule of /work/shared/eval/score.py, ported for the quality test:
// a predicted date matches a gold one when their normalized texts overlap
// (one contains the other) and their values are equal; each article's
// dates count once per (normalized text, value); optional gold items
// neither reward nor punish; matching is maximum one-to-one, required gold
// items first.
//
// Normalization follows score.py's norm(): lower case, U+2019 to an
// apostrophe, "'s" at a word end removed, every character that is not a
// word character or space turned into a space, a leading "the" removed,
// spaces collapsed. Word characters are ASCII letters, digits, "_" and any
// non-ASCII byte (Python's \w is Unicode-aware; date texts are ASCII).
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_TESTS_EXTRACT_DATES_GOLD_SCORING_H_
#define NEWSGRAPH_TESTS_EXTRACT_DATES_GOLD_SCORING_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract::testing {

struct ScoredDate {
  std::string text;
  std::string value;  // YYYY-MM-DD, YYYY-MM or YYYY
  bool optional = false;
};

// The outcome for one article or a sum of them.
struct DateScore {
  int tp = 0;
  int fp = 0;
  int fn = 0;
  std::vector<ScoredDate> missed;     // required gold dates not matched
  std::vector<ScoredDate> unmatched;  // predictions matched to nothing

  void Add(const DateScore& other);
  double Precision() const;
  double Recall() const;
  double F1() const;
};

// score.py's norm().
std::string NormalizeForScoring(std::string_view text);

// Scores the dates of one article.
DateScore ScoreDates(const std::vector<ScoredDate>& gold, const std::vector<ScoredDate>& predicted);

}  // namespace newsgraph::extract::testing

#endif  // NEWSGRAPH_TESTS_EXTRACT_DATES_GOLD_SCORING_H_
