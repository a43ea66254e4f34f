#include "ingest_service/extract/dates/date_lexicon.h"

#include <array>
#include <cstddef>

namespace newsgraph::extract::dates {
namespace {

struct HeadEntry {
  std::string_view word;  // lower case
  HeadWord head;
};

constexpr HeadEntry kHeads[] = {
    {"january", {HeadKind::kMonth, 1}},
    {"february", {HeadKind::kMonth, 2}},
    {"march", {HeadKind::kMonth, 3}},
    {"april", {HeadKind::kMonth, 4}},
    {"may", {HeadKind::kMonth, 5}},
    {"june", {HeadKind::kMonth, 6}},
    {"july", {HeadKind::kMonth, 7}},
    {"august", {HeadKind::kMonth, 8}},
    {"september", {HeadKind::kMonth, 9}},
    {"october", {HeadKind::kMonth, 10}},
    {"november", {HeadKind::kMonth, 11}},
    {"december", {HeadKind::kMonth, 12}},
    {"jan", {HeadKind::kMonth, 1, true}},
    {"feb", {HeadKind::kMonth, 2, true}},
    {"mar", {HeadKind::kMonth, 3, true}},
    {"apr", {HeadKind::kMonth, 4, true}},
    {"jun", {HeadKind::kMonth, 6, true}},
    {"jul", {HeadKind::kMonth, 7, true}},
    {"aug", {HeadKind::kMonth, 8, true}},
    {"sep", {HeadKind::kMonth, 9, true}},
    {"sept", {HeadKind::kMonth, 9, true}},
    {"oct", {HeadKind::kMonth, 10, true}},
    {"nov", {HeadKind::kMonth, 11, true}},
    {"dec", {HeadKind::kMonth, 12, true}},
    {"monday", {HeadKind::kWeekday, 1}},
    {"tuesday", {HeadKind::kWeekday, 2}},
    {"wednesday", {HeadKind::kWeekday, 3}},
    {"thursday", {HeadKind::kWeekday, 4}},
    {"friday", {HeadKind::kWeekday, 5}},
    {"saturday", {HeadKind::kWeekday, 6}},
    {"sunday", {HeadKind::kWeekday, 7}},
    {"today", {HeadKind::kDeictic, 0}},
    {"tonight", {HeadKind::kDeictic, 0}},
    {"tomorrow", {HeadKind::kDeictic, 1}},
    {"yesterday", {HeadKind::kDeictic, -1}},
    {"year", {HeadKind::kYearUnit, 0}},
    {"years", {HeadKind::kYearUnit, 0, false, true}},
    {"month", {HeadKind::kMonthUnit, 0}},
    {"months", {HeadKind::kMonthUnit, 0, false, true}},
    {"day", {HeadKind::kDayUnit, 0}},
    {"days", {HeadKind::kDayUnit, 0, false, true}},
    {"morning", {HeadKind::kPartOfDay, 0}},
    {"afternoon", {HeadKind::kPartOfDay, 0}},
    {"evening", {HeadKind::kPartOfDay, 0}},
    {"night", {HeadKind::kPartOfDay, 0}},
};

// For each pair of first letters (a-z), the kHeads entries that start with
// it, in table order: LookUpHead compares a word with at most these.
struct HeadBucket {
  uint8_t size = 0;
  std::array<uint8_t, 4> entries{};  // indices into kHeads
};

constexpr size_t PairIndex(std::string_view lower) {
  return static_cast<size_t>(lower[0] - 'a') * 26 + static_cast<size_t>(lower[1] - 'a');
}

// A bucket overflowing its four entries stops the constant evaluation, so
// the build fails rather than drop a head word.
constexpr std::array<HeadBucket, 26 * 26> BuildHeadBuckets() {
  std::array<HeadBucket, 26 * 26> buckets{};
  for (size_t i = 0; i < std::size(kHeads); ++i) {
    HeadBucket& bucket = buckets[PairIndex(kHeads[i].word)];
    bucket.entries[bucket.size++] = static_cast<uint8_t>(i);
  }
  return buckets;
}
constexpr std::array<HeadBucket, 26 * 26> kHeadBuckets = BuildHeadBuckets();

int LetterIndex(char c) {
  const int lower = static_cast<unsigned char>(c) | 0x20;
  return lower >= 'a' && lower <= 'z' ? lower - 'a' : -1;
}

constexpr std::array<uint16_t, 26 * 26> BuildLengthMasks() {
  std::array<uint16_t, 26 * 26> masks{};
  for (const HeadEntry& entry : kHeads) {
    masks[(entry.word[0] - 'a') * 26 + (entry.word[1] - 'a')] |=
        static_cast<uint16_t>(1u << entry.word.size());
  }
  return masks;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) | 0x20) != static_cast<unsigned char>(lower[i])) {
      return false;
    }
  }
  return true;
}

constexpr std::string_view kNumberWords[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

constexpr std::string_view kDatePrepositions[] = {
    "on",     "in",    "since",  "from",    "by",         "until",   "till",
    "before", "after", "during", "through", "throughout", "between", "around"};

constexpr std::string_view kYearIntroducers[] = {
    "in",     "since",   "from",       "by",      "until",  "till",  "before", "after",
    "during", "through", "throughout", "between", "around", "early", "late",   "circa"};

constexpr std::string_view kYearFollowers[] = {
    "and",     "or",      "but",     "to",       "when",      "as",        "with",
    "after",   "before",  "during",  "until",    "while",     "where",     "which",
    "who",     "whom",    "that",    "the",      "a",         "an",        "he",
    "she",     "it",      "we",      "they",     "i",         "you",       "his",
    "her",     "its",     "their",   "our",      "was",       "were",      "is",
    "are",     "had",     "has",     "have",     "did",       "do",        "does",
    "will",    "would",   "could",   "should",   "can",       "may",       "might",
    "must",    "in",      "on",      "at",       "for",       "from",      "by",
    "of",      "about",   "against", "under",    "over",      "into",      "upon",
    "through", "between", "among",   "since",    "despite",   "following", "amid",
    "alone",   "than",    "then",    "also",     "only",      "already",   "again",
    "even",    "not",     "this",    "these",    "those",     "there",     "so",
    "because", "if",      "once",    "compared", "according", "after",     "respectively",
    "onwards", "onward",  "ago",     "itself",   "too",       "nor",       "yet",
    "via"};

constexpr std::string_view kCountNouns[] = {
    "people",   "km",       "kg",        "mw",       "gw",        "megawatt",  "megawatts",
    "utc",      "gmt",      "hours",     "hrs",      "men",       "women",     "children",
    "staff",    "police",   "personnel", "troops",   "feet",      "ft",        "metres",
    "meters",   "miles",    "tonnes",    "tons",     "barrels",   "votes",     "points",
    "units",    "homes",    "jobs",      "times",    "percent",   "per",       "cubic",
    "square",   "acres",    "hectares",  "bn",       "mln",       "million",   "billion",
    "thousand", "dollars",  "euros",     "pounds",   "yuan",      "yen",       "rupees",
    "litres",   "liters",   "gallons",   "calories", "deaths",    "cases",     "members",
    "seats",    "students", "workers",   "soldiers", "officers",  "residents", "tonne",
    "ton",      "metre",    "meter",     "mile",     "kilometre", "kilometer", "foot",
    "acre",     "hectare",  "strong",    "member",   "seat",      "page",      "word",
    "bed",      "unit",     "vote",      "point",    "hour",      "minute",    "second",
    "meter",    "km2",      "sq",        "plus"};

constexpr std::string_view kChangeVerbs[] = {
    "rose",     "risen",     "rise",      "rises",    "rising",  "fell",        "fallen",
    "fall",     "falls",     "falling",   "dropped",  "drop",    "drops",       "increased",
    "increase", "increases", "decreased", "decrease", "grew",    "grown",       "grow",
    "cut",      "cuts",      "reduced",   "raised",   "climbed", "jumped",      "declined",
    "slipped",  "gained",    "lost",      "won",      "beat",    "outnumbered", "exceeded",
    "up",       "down",      "lead",      "led",      "trailed", "trailing",    "leading",
    "margin",   "majority",  "lowered",   "boosted",  "surged"};

constexpr std::string_view kQuantityNouns[] = {
    "total",     "number",   "population", "crowd",     "group",    "sum",      "budget",
    "figure",    "toll",     "count",      "height",    "depth",    "length",   "price",
    "value",     "cost",     "amount",     "rate",      "score",    "capacity", "average",
    "maximum",   "minimum",  "estimate",   "majority",  "minority", "fleet",    "force",
    "army",      "team",     "staff",      "workforce", "area",     "distance", "speed",
    "weight",    "volume",   "output",     "turnover",  "revenue",  "profit",   "loss",
    "debt",      "deficit",  "surplus",    "balance",   "fine",     "salary",   "wage",
    "pension",   "bill",     "payment",    "ransom",    "bail",     "reward",   "bonus",
    "index",     "level",    "peak",       "record",    "high",     "low",      "margin",
    "lead",      "out",      "tally",      "each",      "most",     "some",     "any",
    "all",       "none",     "one",        "many",      "few",      "several",  "hundreds",
    "thousands", "millions", "upwards",    "excess",    "tune",     "worth",    "salary",
    "members",   "size",     "strength",   "list"};

constexpr std::string_view kDateNameWords[] = {
    "movement",    "medal",     "revolution", "uprising",    "street",    "avenue",   "road",
    "square",      "stadium",   "bridge",     "group",       "agreement", "accord",   "accords",
    "declaration", "incident",  "massacre",   "memorial",    "award",     "prize",    "festival",
    "boulevard",   "coalition", "alliance",   "front",       "brigade",   "brigades", "party",
    "manifesto",   "protests",  "regime",     "constitution"};

constexpr std::string_view kYearPartNouns[] = {
    "end",  "beginning", "start",   "middle", "summer", "winter",    "spring", "autumn",
    "fall", "half",      "quarter", "course", "rest",   "remainder", "close",  "turn"};

constexpr std::string_view kFunctionWords[] = {
    "and",    "or",     "but",    "to",        "when",  "as",        "with",      "after",
    "before", "during", "until",  "while",     "where", "which",     "who",       "that",
    "the",    "a",      "an",     "he",        "she",   "it",        "we",        "they",
    "i",      "you",    "his",    "her",       "its",   "their",     "our",       "was",
    "were",   "is",     "are",    "had",       "has",   "have",      "did",       "will",
    "would",  "could",  "should", "can",       "may",   "in",        "on",        "at",
    "for",    "from",   "by",     "of",        "about", "against",   "over",      "into",
    "after",  "since",  "amid",   "than",      "also",  "only",      "again",     "not",
    "this",   "there",  "so",     "because",   "if",    "following", "according", "via",
    "said",   "says",   "told",   "announced", "night", "morning",   "afternoon", "evening"};

constexpr std::string_view kPossessiveDeterminers[] = {"his", "her", "its", "their",
                                                       "our", "my",  "your"};

constexpr std::string_view kGenericDeterminers[] = {
    "a", "an", "the", "every", "each", "any", "one", "some", "another", "per", "that"};

constexpr WordSet kDatePrepositionSet(kDatePrepositions);
constexpr WordSet kYearIntroducerSet(kYearIntroducers);
constexpr WordSet kYearFollowerSet(kYearFollowers);
constexpr WordSet kCountNounSet(kCountNouns);
constexpr WordSet kChangeVerbSet(kChangeVerbs);
constexpr WordSet kYearPartNounSet(kYearPartNouns);
constexpr WordSet kQuantityNounSet(kQuantityNouns);
constexpr WordSet kDateNameWordSet(kDateNameWords);
constexpr WordSet kFunctionWordSet(kFunctionWords);
constexpr WordSet kPossessiveDeterminerSet(kPossessiveDeterminers);
constexpr WordSet kGenericDeterminerSet(kGenericDeterminers);

}  // namespace

const std::array<uint16_t, 26 * 26> kHeadLengthMasks = BuildLengthMasks();

bool WordSet::Contains(std::string_view word) const {
  if (word.empty() || word.size() >= 32) return false;
  const int first = LetterIndex(word[0]);
  if (first < 0 || (lengths_[first] >> word.size() & 1) == 0) return false;
  for (size_t i = 0; i < size_; ++i) {
    if (EqualsLower(word, words_[i])) return true;
  }
  return false;
}

HeadWord LookUpHead(std::string_view word) {
  if (!MayBeHeadWord(word)) return HeadWord{};
  const size_t pair = static_cast<size_t>(LetterIndex(word[0])) * 26 +
                      static_cast<size_t>(LetterIndex(word[1]));
  const HeadBucket& bucket = kHeadBuckets[pair];
  for (uint8_t k = 0; k < bucket.size; ++k) {
    const HeadEntry& entry = kHeads[bucket.entries[k]];
    if (EqualsLower(word, entry.word)) return entry.head;
  }
  return HeadWord{};
}

int NumberWordValue(std::string_view word) {
  if (EqualsLower(word, "a") || EqualsLower(word, "an")) return 1;
  if (EqualsLower(word, "thirty")) return 30;
  for (size_t i = 1; i < std::size(kNumberWords); ++i) {
    if (EqualsLower(word, kNumberWords[i])) return static_cast<int>(i);
  }
  return 0;
}

bool IsDatePreposition(std::string_view word) { return kDatePrepositionSet.Contains(word); }
bool IsYearIntroducer(std::string_view word) { return kYearIntroducerSet.Contains(word); }
bool IsYearFollower(std::string_view word) { return kYearFollowerSet.Contains(word); }
bool IsCountNoun(std::string_view word) { return kCountNounSet.Contains(word); }
bool IsChangeVerb(std::string_view word) { return kChangeVerbSet.Contains(word); }
bool IsYearPartNoun(std::string_view word) { return kYearPartNounSet.Contains(word); }
bool IsQuantityNoun(std::string_view word) { return kQuantityNounSet.Contains(word); }
bool IsDateNameWord(std::string_view word) { return kDateNameWordSet.Contains(word); }
bool IsFunctionWord(std::string_view word) { return kFunctionWordSet.Contains(word); }
bool IsPossessiveDeterminer(std::string_view word) {
  return kPossessiveDeterminerSet.Contains(word);
}
bool IsGenericDeterminer(std::string_view word) { return kGenericDeterminerSet.Contains(word); }

}  // namespace newsgraph::extract::dates
