#include "ingest_service/extract/gazetteer/builder/region_source.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/extract/gazetteer/builder/name_filters.h"
#include "ingest_service/extract/gazetteer/builder/source_files.h"
#include "ingest_service/extract/gazetteer/name_folding.h"
#include "ingest_service/extract/gazetteer/phrase_normalizer.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract::builder {
namespace {

using nlohmann::json;

constexpr std::string_view kTrailingTypeWords[] = {
    " Autonomous Republic",
    " Autonomous Region",
    " Autonomous Community",
    " Autonomous Okrug",
    " District",
    " Province",
    " Oblast",
    " Oblast'",
    " oblast",
    " oblast'",
    " Region",
    " Governorate",
    " State",
    " Prefecture",
    " County",
    " Rayon",
    " Raion",
    " Krai",
    " Kray",
    " Republic",
    " Municipality",
    " Voivodeship",
    " Department",
    " Territory",
    " Division",
    " Emirate",
    " Canton",
    " Parish",
    " Regency",
    " Sahari",
    " Respublikasi",
};
constexpr std::string_view kLeadingTypeWords[] = {
    "Republic of ",
    "Province of ",
    "State of ",
    "Region of ",
    "Municipality of ",
    "City of ",
    "Autonomous Republic of ",
    "Département de ",
    "Provincia de ",
    "Provincia di ",
};

struct IsoRegion {
  std::string code;  // "US-GA"
  std::string name;
  std::string type;
};

// "Wales [Cymru GB-CYM]" -> "Wales"; "Adygeja, Respublika" -> "Adygeja".
std::string CleanIsoName(std::string name) {
  const size_t bracket = name.find(" [");
  if (bracket != std::string::npos) name.resize(bracket);
  const size_t comma = name.find(", ");
  if (comma != std::string::npos) name.resize(comma);
  return NormalizedName(name);
}

// The name folded and without its type word (" City" included, for
// matching only: "Kyiv City" and "Kyïv").
std::string MatchKey(std::string_view name) {
  std::string stripped = WithoutTypeWord(name);
  if (stripped.empty() && name.ends_with(" City")) stripped = name.substr(0, name.size() - 5);
  return FoldedKey(stripped.empty() ? name : stripped);
}

// How many of `names` have each match key.
template <typename Names, typename NameOf>
absl::flat_hash_map<std::string, int> MatchKeyCounts(const Names& names, NameOf name_of) {
  absl::flat_hash_map<std::string, int> counts;
  for (const auto& item : names) ++counts[MatchKey(name_of(item))];
  return counts;
}

absl::StatusOr<absl::flat_hash_map<std::string, std::vector<IsoRegion>>> ReadIsoRegions(
    const std::string& path) {
  NG_ASSIGN_OR_RETURN(const json document, ReadJsonFile(path));
  const auto list = document.find("3166-2");
  if (list == document.end() || !list->is_array()) {
    return absl::DataLossError(absl::StrCat(path, " has no \"3166-2\" array"));
  }
  absl::flat_hash_map<std::string, std::vector<IsoRegion>> by_country;
  for (const json& item : *list) {
    if (item.contains("parent")) continue;  // first level only
    IsoRegion region{JsonString(item, "code"), CleanIsoName(JsonString(item, "name")),
                     JsonString(item, "type")};
    if (region.code.size() < 4 || region.name.empty()) continue;
    by_country[region.code.substr(0, 2)].push_back(std::move(region));
  }
  return by_country;
}

// GeoNames admin1 code -> name, grouped by country.
absl::StatusOr<absl::flat_hash_map<std::string, std::vector<std::pair<std::string, std::string>>>>
ReadAdmin1(const std::string& path) {
  NG_ASSIGN_OR_RETURN(const json document, ReadJsonFile(path));
  if (!document.is_array()) return absl::DataLossError(absl::StrCat(path, " is not an array"));
  absl::flat_hash_map<std::string, std::vector<std::pair<std::string, std::string>>> by_country;
  for (const json& item : document) {
    std::string code = JsonString(item, "code");
    std::string name = NormalizedName(JsonString(item, "name"));
    if (code.size() < 4 || code[2] != '.' || name.empty()) continue;
    by_country[code.substr(0, 2)].emplace_back(std::move(code), std::move(name));
  }
  return by_country;
}

BuildEntry RegionEntry(const BuildEntry& country, std::string name, std::string id,
                       std::string type) {
  BuildEntry entry;
  entry.kind = EntryKind::kRegion;
  entry.subtype = v1::ENTITY_SUBTYPE_REGION;
  entry.name = std::move(name);
  entry.id = std::move(id);
  entry.detail = std::move(type);
  entry.alpha3 = country.alpha3;
  entry.alpha2 = country.alpha2;
  return entry;
}

// Adds each name without its type word as an alternate name, unless that
// leaves a common word ("North Region" -> "North").
void AddStrippedNames(const GazetteerModel& model, BuildEntry& entry) {
  std::vector<std::string> names = {entry.name};
  for (const BuildName& name : entry.names) names.push_back(name.text);
  for (const std::string& name : names) {
    const std::string stripped = WithoutTypeWord(name);
    if (!stripped.empty() && !IsCommonEnglishWord(stripped, model)) {
      entry.AddName(stripped, NameForm::kAlternateName);
    }
  }
}

// Adds the regions of one country.
void AddCountryRegions(const BuildEntry& country, const std::vector<IsoRegion>& iso,
                       const std::vector<std::pair<std::string, std::string>>& admin1,
                       GazetteerModel& model, AdminRegions& regions) {
  // admin1 code -> index into `iso`: same code, else the same folded name,
  // else the same name without type words when that key is unique on
  // both sides (GeoNames has "Kyiv City" and "Kyiv Oblast").
  absl::flat_hash_map<std::string, size_t> matched;
  absl::flat_hash_set<size_t> iso_taken;
  const auto admin_keys = MatchKeyCounts(admin1, [](const auto& a) { return a.second; });
  const auto iso_keys = MatchKeyCounts(iso, [](const IsoRegion& r) { return r.name; });
  const auto unique_key = [&](std::string_view name) {
    const std::string key = MatchKey(name);
    const auto a = admin_keys.find(key);
    const auto i = iso_keys.find(key);
    return a != admin_keys.end() && a->second == 1 && i != iso_keys.end() && i->second == 1;
  };
  const std::function<bool(const IsoRegion&, const std::string&, const std::string&)> rules[] = {
      // Letter codes agree across the two systems (US.GA, GB.ENG, CH.ZH);
      // numeric ones coincide by chance (GeoNames PY.11 is not ISO PY-11).
      [](const IsoRegion& r, const std::string& code, const std::string&) {
        const std::string suffix = code.substr(3);
        return r.code.substr(3) == suffix && std::none_of(suffix.begin(), suffix.end(), [](char c) {
                 return c >= '0' && c <= '9';
               });
      },
      [](const IsoRegion& r, const std::string&, const std::string& name) {
        return FoldedKey(r.name) == FoldedKey(name);
      },
      [&](const IsoRegion& r, const std::string&, const std::string& name) {
        return MatchKey(r.name) == MatchKey(name) && unique_key(name);
      },
  };
  for (const auto& rule : rules) {
    for (const auto& [code, name] : admin1) {
      if (matched.contains(code)) continue;
      for (size_t i = 0; i < iso.size(); ++i) {
        if (iso_taken.contains(i) || !rule(iso[i], code, name)) continue;
        matched.emplace(code, i);
        iso_taken.insert(i);
        break;
      }
    }
  }
  std::vector<int64_t> iso_entry(iso.size(), -1);
  for (size_t i = 0; i < iso.size(); ++i) {
    BuildEntry entry =
        RegionEntry(country, iso[i].name, absl::StrCat("iso3166-2:", iso[i].code), iso[i].type);
    for (const auto& [code, name] : admin1) {
      const auto it = matched.find(code);
      if (it == matched.end() || it->second != i) continue;
      entry.AddName(entry.name, NameForm::kName);
      entry.name = name;
    }
    AddStrippedNames(model, entry);
    iso_entry[i] = model.Add(std::move(entry));
  }
  for (const auto& [code, name] : admin1) {
    const auto it = matched.find(code);
    uint32_t index;
    if (it != matched.end()) {
      index = static_cast<uint32_t>(iso_entry[it->second]);
    } else {
      BuildEntry entry = RegionEntry(country, name, absl::StrCat("geonames-admin1:", code), "ADM1");
      AddStrippedNames(model, entry);
      index = model.Add(std::move(entry));
    }
    regions[code] = AdminRegion{index, name};
  }
}

}  // namespace

std::string WithoutTypeWord(std::string_view name) {
  for (const std::string_view suffix : kTrailingTypeWords) {
    if (name.size() > suffix.size() + 2 && name.ends_with(suffix)) {
      return std::string(name.substr(0, name.size() - suffix.size()));
    }
  }
  for (const std::string_view prefix : kLeadingTypeWords) {
    if (name.size() > prefix.size() + 2 && name.starts_with(prefix)) {
      return std::string(name.substr(prefix.size()));
    }
  }
  return "";
}

absl::StatusOr<AdminRegions> AddRegions(const RegionInputs& inputs, GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const auto iso, ReadIsoRegions(inputs.iso_3166_2_json));
  NG_ASSIGN_OR_RETURN(const auto admin1, ReadAdmin1(inputs.geonames_admin1_json));
  absl::flat_hash_set<std::string> countries;
  for (const auto& [alpha2, regions] : iso) countries.insert(alpha2);
  for (const auto& [alpha2, regions] : admin1) countries.insert(alpha2);
  std::vector<std::string> sorted(countries.begin(), countries.end());
  std::sort(sorted.begin(), sorted.end());
  AdminRegions regions;
  static const std::vector<IsoRegion> kNoIso;
  static const std::vector<std::pair<std::string, std::string>> kNoAdmin;
  for (const std::string& alpha2 : sorted) {
    const std::optional<uint32_t> country = model.CountryByAlpha2(alpha2);
    if (!country.has_value()) continue;
    const auto iso_it = iso.find(alpha2);
    const auto admin_it = admin1.find(alpha2);
    const BuildEntry country_entry = model.entry(*country);
    AddCountryRegions(country_entry, iso_it == iso.end() ? kNoIso : iso_it->second,
                      admin_it == admin1.end() ? kNoAdmin : admin_it->second, model, regions);
  }
  return regions;
}

}  // namespace newsgraph::extract::builder
