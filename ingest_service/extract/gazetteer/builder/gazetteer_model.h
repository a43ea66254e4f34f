// GazetteerModel: the builder's in-memory gazetteer — every entry with all
// its names, and the flagged word lists — that the source readers fill and
// IndexWriter turns into the index file.
//
// Owns its entries; not thread-safe (the builder is single-threaded).
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_GAZETTEER_MODEL_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_GAZETTEER_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ingest_service/extract/gazetteer/gazetteer_entry.h"
#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract::builder {

struct BuildName {
  std::string text;
  NameForm form = NameForm::kName;
};

struct BuildEntry {
  EntryKind kind = EntryKind::kCity;
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  std::string name;  // canonical; also added to `names` by GazetteerModel::Add
  std::string id;
  std::string detail;
  std::string admin_region;
  std::string alpha3;
  std::string alpha2;
  std::string sector;
  float latitude = 0;
  float longitude = 0;
  uint32_t population = 0;
  int32_t related = -1;
  std::vector<BuildName> names;

  void AddName(std::string_view text, NameForm form) { names.push_back({std::string(text), form}); }
};

class GazetteerModel {
 public:
  // Adds `entry` (its canonical name becomes one of its names) and
  // returns its index.
  uint32_t Add(BuildEntry entry);

  BuildEntry& entry(uint32_t index) { return entries_[index]; }
  const std::vector<BuildEntry>& entries() const { return entries_; }

  // Countries by code, once AddCountryCodes has been called for them.
  void AddCountryCodes(uint32_t entry_index);
  std::optional<uint32_t> CountryByAlpha3(std::string_view alpha3) const;
  std::optional<uint32_t> CountryByAlpha2(std::string_view alpha2) const;

  // Word lists: ORs `flags` (index_format::WordFlag) into `word`'s flags.
  void AddWordFlags(std::string_view word, uint32_t flags);
  uint32_t WordFlags(std::string_view word) const;
  const absl::flat_hash_map<std::string, uint32_t>& words() const { return words_; }

 private:
  std::vector<BuildEntry> entries_;
  absl::flat_hash_map<std::string, uint32_t> country_by_alpha3_;
  absl::flat_hash_map<std::string, uint32_t> country_by_alpha2_;
  absl::flat_hash_map<std::string, uint32_t> words_;
};

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_GAZETTEER_MODEL_H_
