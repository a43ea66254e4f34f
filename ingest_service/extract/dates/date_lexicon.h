// The English words the date rules know: month and weekday names, the
// trigger ("head") words a date expression is built around, number words,
// and the small closed word classes the rules test context against
// (prepositions that introduce a date, words that may follow a year, verbs
// of change, ...).
//
// Every function compares ASCII letters in any case and allocates nothing.
// Pure functions over constant tables; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_LEXICON_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_LEXICON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph::extract::dates {

// What a trigger word can head.
enum class HeadKind : uint8_t {
  kNone,
  kMonth,      // "January" ... "December", "Jan" ... "Dec", "Sept" (value: 1-12)
  kWeekday,    // "Monday" ... "Sunday" (value: 1-7, ISO order)
  kDeictic,    // "today", "tonight" (0), "tomorrow" (+1), "yesterday" (-1)
  kYearUnit,   // "year", "years"
  kMonthUnit,  // "month", "months"
  kDayUnit,    // "day", "days"
  kPartOfDay,  // "morning", "afternoon", "evening", "night"
};

struct HeadWord {
  HeadKind kind = HeadKind::kNone;
  int8_t value = 0;
  bool abbreviated = false;  // a month abbreviation ("Jan", "Sept")
  bool plural = false;       // "years", "months", "days"
};

// For each pair of first letters (a-z), a bit per word length of the head
// words that start with them. Constant-initialized.
extern const std::array<uint16_t, 26 * 26> kHeadLengthMasks;

// Whether the ASCII word `word` may be a head word: a table test on its
// first two letters and its length that rejects almost every other word.
inline bool MayBeHeadWord(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return false;
  const unsigned a = (static_cast<unsigned char>(word[0]) | 0x20) - 'a';
  const unsigned b = (static_cast<unsigned char>(word[1]) | 0x20) - 'a';
  return a < 26 && b < 26 && (kHeadLengthMasks[a * 26 + b] >> word.size() & 1) != 0;
}

// The head word `word` is, or kind kNone.
HeadWord LookUpHead(std::string_view word);

// A set of lower-case ASCII words, tested in any letter case, with a
// filter on first letter and length before any comparison. Constant after
// construction; thread-safe.
class WordSet {
 public:
  template <size_t N>
  explicit constexpr WordSet(const std::string_view (&words)[N]) : words_(words), size_(N) {
    for (std::string_view w : words) {
      if (!w.empty() && w.size() < 32 && w[0] >= 'a' && w[0] <= 'z') {
        lengths_[w[0] - 'a'] |= 1u << w.size();
      }
    }
  }

  bool Contains(std::string_view word) const;

 private:
  const std::string_view* words_;
  size_t size_;
  std::array<uint32_t, 26> lengths_{};
};

// The value of a cardinal number word up to "thirty" ("a", "an" and "one"
// are 1), or 0.
int NumberWordValue(std::string_view word);

// Prepositions that put a date in a sentence and belong to the date's text:
// "on", "in", "since", "from", "by", "until", "till", "before", "after",
// "during", "through", "throughout", "between", "around", "at".
bool IsDatePreposition(std::string_view word);

// Words before a bare year that make it a year: the date prepositions,
// "early", "late", "circa".
bool IsYearIntroducer(std::string_view word);

// Lower-case words that may follow a year ("in 2015 and", "in 2016 the",
// "in 2016 signed"): function words, pronouns, auxiliaries, prepositions.
bool IsYearFollower(std::string_view word);

// Lower-case words that make a number after them a count, not a year
// ("2000 km", "1000 people", "1800 UTC").
bool IsCountNoun(std::string_view word);

// Verbs of change that take "by" with a quantity ("rose by 2000").
bool IsChangeVerb(std::string_view word);

// Nouns that take "of" with a quantity ("a total of 2000", "a crowd of
// 1500").
bool IsQuantityNoun(std::string_view word);

// Capitalized words that make "Month Day" part of a name ("the May 4th
// Movement", "April 6 Youth Movement", "July 26 Avenue").
bool IsDateNameWord(std::string_view word);

// Nouns of a span of a year that take "of YEAR" ("the end of 2019",
// "the summer of 2018").
bool IsYearPartNoun(std::string_view word);

// Words that may stand between a bare weekday and what follows without
// making the weekday an adjective ("uploaded Wednesday on", "said Monday
// that").
bool IsFunctionWord(std::string_view word);

// Possessive determiners ("his", "her", "its", "their", "our", "my",
// "your"), after which a weekday is a date even before a noun ("his
// Tuesday talk").
bool IsPossessiveDeterminer(std::string_view word);

// Determiners and quantifiers that make a weekday or a unit generic ("a
// Monday", "every Sunday", "the Sunday trade ban").
bool IsGenericDeterminer(std::string_view word);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_LEXICON_H_
