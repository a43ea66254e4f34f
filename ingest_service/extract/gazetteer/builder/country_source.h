// Countries: every ISO 3166-1 country and territory of the world-countries
// package (codes, common and official names, usable alternate spellings
// and native names, English demonyms, coordinates, subregion), completed
// by two authored lists in data/gazetteer/:
//
//   country_names.tsv          the canonical name news uses where it differs
//                              ("Turkey", "Czech Republic"), more names,
//                              demonyms and irregular plural nouns;
//   country_abbreviations.tsv  the abbreviations news uses ("US", "U.S.",
//                              "UK", "UAE", "DRC").
//
// Plural nationality nouns are derived from the demonyms ("Georgians",
// "Azerbaijanis") unless the demonym takes no plural -s ("French",
// "Chinese") or the authored list gives the plural ("Turks"). A demonym
// shared by a sovereign country and a territory ("American", "French")
// goes to the sovereign country only.
//
// Functions that add to a GazetteerModel; not thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_COUNTRY_SOURCE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_COUNTRY_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

struct CountryInputs {
  std::string world_countries_json;
  std::string country_names_tsv;
  std::string abbreviations_tsv;
};

// A country's capital names, to link once the cities are in the model.
struct CountryCapitals {
  uint32_t country = 0;
  std::vector<std::string> capitals;
};

// Adds the countries (and registers their codes in the model). The
// model's dictionary should be loaded first (it filters alternate names).
absl::StatusOr<std::vector<CountryCapitals>> AddCountries(const CountryInputs& inputs,
                                                          GazetteerModel& model);

// Points each country's `related` at its capital's city entry (same
// country, a name equal under FoldedKey; the national capital, feature
// PPLC, first, then the most populous), and sets each country's population
// to the sum of its cities' (an approximation from places of 1000 or more
// people, for ranking).
void LinkCapitalsAndPopulations(const std::vector<CountryCapitals>& capitals,
                                GazetteerModel& model);

// The plural nationality noun of `demonym`, or "" when it takes no -s.
std::string PluralDemonym(std::string_view demonym);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_COUNTRY_SOURCE_H_
