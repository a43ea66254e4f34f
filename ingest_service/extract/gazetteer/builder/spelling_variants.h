// Spellings of a name that English-language news uses but the source data
// may lack, generated at build time and stored as "spelling variants":
//
//   - the plain-ASCII spelling of any name with diacritics ("Erdoğan" ->
//     "Erdogan", "Kiskunfélegyháza" -> "Kiskunfelegyhaza", "Türkiye" ->
//     "Turkiye");
//   - for places in Azerbaijan (country code "AZ"), the English
//     romanization of Azerbaijani Latin spelling, which GeoNames usually
//     lacks: q -> g, x -> kh, c -> j, ç -> ch, ş -> sh, ğ -> gh, ə -> a
//     (and a second spelling with ə -> e), ı -> i, ö -> o, ü -> u. So
//     "Qəbələ" gives "Gabala", "Xankəndi" "Khankendi", "Gəncə" "Ganja",
//     "Şəki" "Shaki" and "Sheki". Applied only to names that are written
//     in Azerbaijani orthography (they contain one of ə ı ş ç ğ ö ü q x);
//   - for places in Germany, Austria and Switzerland, the umlaut spelling
//     ä -> ae, ö -> oe, ü -> ue ("Düsseldorf" -> "Duesseldorf").
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_SPELLING_VARIANTS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_SPELLING_VARIANTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract::builder {

// The variants of normalized `name` of an entry in the country with
// ISO alpha-2 `country_alpha2` ("" when none), without `name` itself and
// without duplicates.
std::vector<std::string> SpellingVariants(std::string_view name, std::string_view country_alpha2);

// The English romanization of an Azerbaijani-Latin `name`, with ə written
// `schwa` ("a" or "e"); `name` unchanged when it is not in Azerbaijani
// orthography.
std::string RomanizeAzerbaijani(std::string_view name, std::string_view schwa);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_SPELLING_VARIANTS_H_
