#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

#include <utility>

#include "shared/base/string_view.h"

namespace newsgraph::extract::builder {

uint32_t GazetteerModel::Add(BuildEntry entry) {
  entry.names.insert(entry.names.begin(), BuildName{entry.name, NameForm::kName});
  entries_.push_back(std::move(entry));
  return static_cast<uint32_t>(entries_.size() - 1);
}

void GazetteerModel::AddCountryCodes(uint32_t entry_index) {
  const BuildEntry& country = entries_[entry_index];
  if (!country.alpha3.empty()) country_by_alpha3_.emplace(country.alpha3, entry_index);
  if (!country.alpha2.empty()) country_by_alpha2_.emplace(country.alpha2, entry_index);
}

std::optional<uint32_t> GazetteerModel::CountryByAlpha3(std::string_view alpha3) const {
  const auto it = country_by_alpha3_.find(AsAbsl(alpha3));
  if (it == country_by_alpha3_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> GazetteerModel::CountryByAlpha2(std::string_view alpha2) const {
  const auto it = country_by_alpha2_.find(AsAbsl(alpha2));
  if (it == country_by_alpha2_.end()) return std::nullopt;
  return it->second;
}

void GazetteerModel::AddWordFlags(std::string_view word, uint32_t flags) {
  if (word.empty()) return;
  words_[std::string(word)] |= flags;
}

uint32_t GazetteerModel::WordFlags(std::string_view word) const {
  const auto it = words_.find(AsAbsl(word));
  return it == words_.end() ? 0 : it->second;
}

}  // namespace newsgraph::extract::builder
