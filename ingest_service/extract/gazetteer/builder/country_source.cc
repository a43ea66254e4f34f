#include "ingest_service/extract/gazetteer/builder/country_source.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_map.h"
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

// "Bosnian, Herzegovinian" and "Kittitian or Nevisian" name two demonyms.
std::vector<std::string> SplitDemonyms(const std::string& field) {
  std::vector<std::string> demonyms;
  for (std::string_view part : SplitFields(field, ',')) {
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    size_t start = 0;
    while (true) {
      const size_t end = part.find(" or ", start);
      const std::string_view item = part.substr(start, end - start);
      if (!item.empty()) demonyms.emplace_back(item);
      if (end == std::string_view::npos) break;
      start = end + 4;
    }
  }
  return demonyms;
}

std::vector<std::string> StringArray(const json& object, const char* key) {
  std::vector<std::string> items;
  const auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return items;
  for (const json& item : *it) {
    if (item.is_string()) items.push_back(item.get<std::string>());
  }
  return items;
}

// Latin-script native names ("Azərbaycan Respublikası", "Sakartvelo").
void AddNativeNames(const json& country, const GazetteerModel& model, BuildEntry& entry) {
  const auto name = country.find("name");
  if (name == country.end() || !name->is_object()) return;
  const auto native = name->find("native");
  if (native == name->end() || !native->is_object()) return;
  for (const auto& [language, forms] : native->items()) {
    for (const char* form : {"common", "official"}) {
      const std::string text = NormalizedName(JsonString(forms, form));
      if (IsUsableAlternateName(text, model)) entry.AddName(text, NameForm::kAlternateName);
    }
  }
}

struct ParsedCountry {
  BuildEntry entry;
  std::vector<std::string> demonyms;
  std::vector<std::string> capitals;
  bool independent = false;
};

ParsedCountry ParseCountry(const json& country, const GazetteerModel& model) {
  ParsedCountry parsed;
  BuildEntry& entry = parsed.entry;
  entry.kind = EntryKind::kCountry;
  entry.subtype = v1::ENTITY_SUBTYPE_COUNTRY;
  entry.alpha3 = JsonString(country, "cca3");
  entry.alpha2 = JsonString(country, "cca2");
  entry.id = absl::StrCat("country:", entry.alpha3);
  entry.detail = JsonString(country, "subregion");
  const auto name = country.find("name");
  if (name != country.end()) {
    entry.name = JsonString(*name, "common");
    entry.AddName(JsonString(*name, "official"), NameForm::kName);
  }
  for (const std::string& spelling : StringArray(country, "altSpellings")) {
    const std::string text = NormalizedName(spelling);
    if (IsUsableAlternateName(text, model)) entry.AddName(text, NameForm::kAlternateName);
  }
  AddNativeNames(country, model, entry);
  const auto latlng = country.find("latlng");
  if (latlng != country.end() && latlng->is_array() && latlng->size() == 2 &&
      (*latlng)[0].is_number() && (*latlng)[1].is_number()) {
    entry.latitude = (*latlng)[0].get<float>();
    entry.longitude = (*latlng)[1].get<float>();
  }
  const auto demonyms = country.find("demonyms");
  if (demonyms != country.end() && demonyms->is_object() && demonyms->contains("eng")) {
    for (const char* gender : {"m", "f"}) {
      for (std::string& demonym : SplitDemonyms(JsonString((*demonyms)["eng"], gender))) {
        if (std::find(parsed.demonyms.begin(), parsed.demonyms.end(), demonym) ==
            parsed.demonyms.end()) {
          parsed.demonyms.push_back(std::move(demonym));
        }
      }
    }
  }
  parsed.capitals = StringArray(country, "capital");
  const auto independent = country.find("independent");
  parsed.independent =
      independent != country.end() && independent->is_boolean() && independent->get<bool>();
  return parsed;
}

// The authored additions of one country.
struct CountryOverride {
  std::string canonical;
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
  std::vector<std::string> plurals;
};

absl::StatusOr<absl::flat_hash_map<std::string, CountryOverride>> ReadOverrides(
    const std::string& path) {
  NG_ASSIGN_OR_RETURN(const TsvTable table, TsvTable::Read(path, {"alpha3", "canonical", "names",
                                                                  "demonyms", "plurals"}));
  absl::flat_hash_map<std::string, CountryOverride> overrides;
  for (size_t row = 0; row < table.size(); ++row) {
    CountryOverride& entry = overrides[AsAbsl(table.Field(row, "alpha3"))];
    entry.canonical = std::string(table.Field(row, "canonical"));
    entry.names = table.List(row, "names");
    entry.demonyms = table.List(row, "demonyms");
    entry.plurals = table.List(row, "plurals");
  }
  return overrides;
}

void ApplyOverride(const CountryOverride& override, ParsedCountry& country) {
  if (!override.canonical.empty() && override.canonical != country.entry.name) {
    country.entry.AddName(country.entry.name, NameForm::kName);
    country.entry.name = override.canonical;
  }
  for (const std::string& name : override.names) country.entry.AddName(name, NameForm::kName);
  for (const std::string& demonym : override.demonyms) country.demonyms.push_back(demonym);
  for (const std::string& plural : override.plurals) {
    country.entry.AddName(plural, NameForm::kDemonymPlural);
  }
}

void AddDemonyms(const ParsedCountry& country, const absl::flat_hash_set<std::string>& taken,
                 bool has_authored_plurals, BuildEntry& entry) {
  for (const std::string& demonym : country.demonyms) {
    if (!country.independent && taken.contains(demonym)) continue;
    entry.AddName(demonym, NameForm::kDemonym);
    const std::string plural = PluralDemonym(demonym);
    if (!plural.empty() && !has_authored_plurals) entry.AddName(plural, NameForm::kDemonymPlural);
  }
}

absl::Status AddAbbreviations(const std::string& path, GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const TsvTable table, TsvTable::Read(path, {"abbreviation", "alpha3"}));
  for (size_t row = 0; row < table.size(); ++row) {
    const std::optional<uint32_t> country = model.CountryByAlpha3(table.Field(row, "alpha3"));
    if (!country.has_value()) {
      return absl::InvalidArgumentError(
          absl::StrCat(table.Where(row), ": unknown country ", AsAbsl(table.Field(row, "alpha3"))));
    }
    model.entry(*country).AddName(table.Field(row, "abbreviation"), NameForm::kAcronym);
  }
  return absl::OkStatus();
}

}  // namespace

std::string PluralDemonym(std::string_view demonym) {
  for (const std::string_view ending : {"ese", "ish", "ch", "sh", "ss", "s", "x", "z"}) {
    if (demonym.ends_with(ending)) return "";
  }
  return demonym.empty() ? "" : absl::StrCat(AsAbsl(demonym), "s");
}

absl::StatusOr<std::vector<CountryCapitals>> AddCountries(const CountryInputs& inputs,
                                                          GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const json countries, ReadJsonFile(inputs.world_countries_json));
  if (!countries.is_array()) {
    return absl::DataLossError(absl::StrCat(inputs.world_countries_json, " is not a JSON array"));
  }
  NG_ASSIGN_OR_RETURN(const auto overrides, ReadOverrides(inputs.country_names_tsv));
  std::vector<ParsedCountry> parsed;
  absl::flat_hash_set<std::string> independent_demonyms;
  for (const json& country : countries) {
    parsed.push_back(ParseCountry(country, model));
    const auto it = overrides.find(AsAbsl(parsed.back().entry.alpha3));
    if (it != overrides.end()) ApplyOverride(it->second, parsed.back());
    if (parsed.back().independent) {
      independent_demonyms.insert(parsed.back().demonyms.begin(), parsed.back().demonyms.end());
    }
  }
  std::vector<CountryCapitals> capitals;
  for (ParsedCountry& country : parsed) {
    if (country.entry.alpha3.size() != 3 || country.entry.name.empty()) continue;
    const auto it = overrides.find(AsAbsl(country.entry.alpha3));
    const bool authored_plurals = it != overrides.end() && !it->second.plurals.empty();
    AddDemonyms(country, independent_demonyms, authored_plurals, country.entry);
    const uint32_t index = model.Add(std::move(country.entry));
    model.AddCountryCodes(index);
    capitals.push_back({index, std::move(country.capitals)});
  }
  NG_RETURN_IF_ERROR(AddAbbreviations(inputs.abbreviations_tsv, model));
  return capitals;
}

void LinkCapitalsAndPopulations(const std::vector<CountryCapitals>& capitals,
                                GazetteerModel& model) {
  absl::flat_hash_map<std::string, uint32_t> wanted;  // alpha3 + "|" + folded name -> country
  for (const CountryCapitals& country : capitals) {
    for (const std::string& capital : country.capitals) {
      wanted.emplace(absl::StrCat(model.entry(country.country).alpha3, "|", FoldedKey(capital)),
                     country.country);
    }
  }
  absl::flat_hash_map<uint32_t, uint64_t> populations;
  for (uint32_t i = 0; i < model.entries().size(); ++i) {
    const BuildEntry& city = model.entries()[i];
    if (city.kind != EntryKind::kCity) continue;
    const std::optional<uint32_t> country = model.CountryByAlpha3(city.alpha3);
    if (country.has_value()) populations[*country] += city.population;
    for (const BuildName& name : city.names) {
      const auto it = wanted.find(absl::StrCat(city.alpha3, "|", FoldedKey(name.text)));
      if (it == wanted.end()) continue;
      BuildEntry& owner = model.entry(it->second);
      const auto better = [&](const BuildEntry& a, const BuildEntry& b) {
        return std::make_pair(a.detail == "PPLC", a.population) >
               std::make_pair(b.detail == "PPLC", b.population);
      };
      if (owner.related < 0 || better(city, model.entries()[owner.related])) {
        owner.related = static_cast<int32_t>(i);
      }
      break;
    }
  }
  for (const auto& [country, population] : populations) {
    model.entry(country).population =
        static_cast<uint32_t>(std::min<uint64_t>(population, UINT32_MAX));
  }
}

}  // namespace newsgraph::extract::builder
