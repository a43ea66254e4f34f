// BuildGazetteer: reads every input of the gazetteer and writes the index
// file — the whole pipeline gazetteer_builder runs at build time.
//
// Order matters: the dictionary first (it filters alternate names), then
// countries, regions, cities, the authored places and organizations, and
// finally the links from countries to their capitals. Stateless; safe to
// call from several threads on different outputs.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_GAZETTEER_BUILD_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_GAZETTEER_BUILD_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest_service/extract/gazetteer/builder/city_source.h"
#include "ingest_service/extract/gazetteer/builder/country_source.h"
#include "ingest_service/extract/gazetteer/builder/index_writer.h"
#include "ingest_service/extract/gazetteer/builder/region_source.h"

namespace newsgraph::extract::builder {

struct BuildInputs {
  CountryInputs countries;
  RegionInputs regions;
  CityInputs cities;
  std::string organizations_tsv;
  std::string places_tsv;
  std::vector<std::string> given_name_lists;  // one name per line
  std::string people_names;                   // given and family names, one per line
  std::string dictionary;                     // wamerican-style word list
};

// Builds the index of `inputs` at `output`. NOT_FOUND naming the missing
// input (and tools/setup.sh), INVALID_ARGUMENT / DATA_LOSS for malformed
// inputs.
absl::StatusOr<IndexStats> BuildGazetteer(const BuildInputs& inputs, const std::string& output);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_GAZETTEER_BUILD_H_
