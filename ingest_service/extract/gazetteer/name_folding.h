// Diacritic folding of names, for the spellings that news writes without
// the marks of the original ("Erdogan" for "Erdoğan", "Qabala" for
// "Qəbələ", "Poznan" for "Poznań", "Strasse" for "Straße").
//
// Latin letters with marks (U+00C0..U+024F, U+1E00..U+1EFF, ə) map to
// their ASCII base letters through ICU's NFKD decomposition, with the
// letters NFKD leaves alone spelt out: ß ss, æ ae, œ oe, ø o, đ/ð d, ł l,
// þ th, ı i, ə a, ħ h, ŋ ng. Combining marks are dropped. Other scripts
// pass through unchanged.
//
// The table is built once, on first use, from ICU; after that every
// function is pure and thread-safe.
//
// Example:
//   AsciiSpelling("Qəbələ")                 // "Qabala"
//   FoldedKey("Baku–Tbilisi–Ceyhan")        // "baku tbilisi ceyhan"
//   FoldedKey("Washington, D.C.")           // "washington dc"
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_NAME_FOLDING_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_NAME_FOLDING_H_

#include <optional>
#include <string>
#include <string_view>

#include "ingest_service/extract/gazetteer/phrase_normalizer.h"

namespace newsgraph::extract {

// `name` in normal form (see phrase_normalizer.h) with every Latin letter
// folded to ASCII, case kept.
std::string AsciiSpelling(std::string_view name);

// The key of the folded index: AsciiSpelling, then lower case (ASCII
// letters), "-" as a space, "'", "." and "," dropped, one space between
// words. Case-, mark- and punctuation-insensitive.
std::string FoldedKey(std::string_view name);

// The same into `buffer`, for lookups; nullopt when it does not fit.
std::optional<std::string_view> FoldedKey(std::string_view phrase, PhraseBuffer& buffer);

// Whether every byte of `s` is ASCII.
bool IsAscii(std::string_view s);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_NAME_FOLDING_H_
