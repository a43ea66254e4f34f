// The abbreviations that sentence splitting must not break after, and the
// words that clearly start a sentence.
//
// Two kinds of abbreviation:
//   - those that essentially never end a sentence: titles and ranks ("Mr.",
//     "Dr.", "Col.", "Gen.", "Lt.", "Sen.", "Gov.", "St." ...) and "vs.",
//     "e.g.", "i.e.";
//   - those that often sit mid-sentence but may end one: "U.S.", "U.K.",
//     "U.N.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "a.m.", "p.m.",
//     "etc.", "No.", months ("Jan.", "Sept.") and initials ("W.", "J.K.").
//     A break after them is kept only before a sentence starter.
//
// Read-only tables; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_ABBREVIATIONS_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_ABBREVIATIONS_H_

#include <string_view>
#include <vector>

namespace newsgraph::article {

enum class AbbreviationKind {
  kNone,               // not an abbreviation: a full stop here ends a sentence
  kNeverEndsSentence,  // "Mr.", "Gen.", "vs."
  kMayEndSentence,     // "U.S.", "Inc.", "etc.", "Jan.", "W."
};

// Classifies a whole token that ends with '.', such as "Gen." or "U.S."
// (case-sensitive: "Co." is an abbreviation, "co." is not). Tokens made
// only of single letters each followed by a dot ("W.", "J.K.", "F.B.I.")
// are initials: kMayEndSentence.
AbbreviationKind ClassifyAbbreviation(std::string_view token);

// Whether `token` is one initial: a letter and a dot ("W.").
bool IsInitial(std::string_view token);

// Whether `word` (letters only, no punctuation) is a capitalised function
// word that starts sentences: "The", "He", "She", "It", "They", "We",
// "But", "In", "A", "An", "This", "That", "There", "However" ...
bool IsSentenceStarter(std::string_view word);

// The strings to suppress breaks after with ICU's
// FilteredBreakIteratorBuilder: the listed abbreviations with a single dot
// ("Mr.", "Inc.") and "A." to "Z." (which, as ICU matches suffixes, also
// cover "U.S.", "J.K." and "W."). Abbreviations with inner dots are left
// out: ICU would make "U." a partial match needing "U.S." after it, which
// disables the plain "U." entry.
const std::vector<std::string_view>& SuppressedAbbreviations();

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_ABBREVIATIONS_H_
