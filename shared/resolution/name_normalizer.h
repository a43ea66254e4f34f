// Normalized names: the form in which entity names are compared, keyed and
// searched, so that spellings that differ only in case, accents,
// punctuation, a leading "the" or British/American spelling meet.
//
//   NormalizeName("The Ministry of Defence")  == "ministry of defense"
//   NormalizeName("Recep Tayyip Erdoğan")      == "recep tayyip erdogan"
//   NormalizeName("U.S.")                      == "u s"
//   NormalizeName("O'Brien")                   == "obrien"
//
// Steps, per code point: compatibility decomposition (NFKD), combining
// marks dropped (accents), case folding, a few letters that have no
// decomposition folded by hand (ß ss, ł l, ø o, đ d, æ ae, œ oe, ı i, þ th);
// letters and digits kept, apostrophes dropped inside words, '&' read as
// the word "and", everything else a word break. Words are joined by single
// spaces. Then "defence", "organisation" and "programme" become their
// American spellings, and a leading "the" is dropped when other words
// follow. Invalid UTF-8 bytes break words.
//
// Pure functions; thread-safe. Linear in the input; ASCII takes a fast path
// without ICU calls.
#ifndef NEWSGRAPH_SHARED_RESOLUTION_NAME_NORMALIZER_H_
#define NEWSGRAPH_SHARED_RESOLUTION_NAME_NORMALIZER_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::resolution {

// The normalized form of `name`; "" when it has no letter or digit.
std::string NormalizeName(std::string_view name);

// For a word of ASCII letters and digits only (as FindWords finds them in
// ASCII text): writes NormalizeName(word) to *out, reusing its capacity,
// and returns true. Returns false when `word` is empty or has any other
// byte; NormalizeName handles those. Lets per-word loops (search snippets)
// fold without an allocation per word.
bool NormalizeAsciiWord(std::string_view word, std::string* out);

// The number of words of a normalized name.
int CountWords(std::string_view normalized);

// The last word of a normalized name ("" for "").
std::string_view LastWord(std::string_view normalized);

// The tails of a normalized name that start at a word: the whole name,
// then each later word onwards, except tails that start with "of", "the",
// "and" or "for". Searching these for a prefix finds names by the start
// of any of their words. The views point into `normalized`.
//   WordTails("ministry of defense of georgia") ==
//       {"ministry of defense of georgia", "defense of georgia", "georgia"}
std::vector<std::string_view> WordTails(std::string_view normalized);

// The smallest string greater than every string that starts with
// `prefix` (a non-empty normalized name), for a range scan
// [prefix, PrefixUpperBound(prefix)). Valid UTF-8.
std::string PrefixUpperBound(std::string_view prefix);

// Whether a surface form reads as an acronym or abbreviation: no spaces,
// 2 to 10 letters or digits once periods are removed, at least as many
// capitals as small letters, and two capitals or a capital and a digit
// ("NATO", "U.S.", "AfCFTA", "G7"; not "Nato", "Paris").
bool LooksLikeAcronym(std::string_view surface);

}  // namespace newsgraph::resolution

#endif  // NEWSGRAPH_SHARED_RESOLUTION_NAME_NORMALIZER_H_
