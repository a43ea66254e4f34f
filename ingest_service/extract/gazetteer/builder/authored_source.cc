#include "ingest_service/extract/gazetteer/builder/authored_source.h"

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/extract/gazetteer/builder/source_files.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract::builder {
namespace {

absl::Status RowError(const TsvTable& table, size_t row, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(table.Where(row), ": ", AsAbsl(what)));
}

absl::StatusOr<v1::EntitySubtype> ParseSubtype(const TsvTable& table, size_t row) {
  std::string name(table.Field(row, "subtype"));
  if (name == "OTHER") name = "ORGANIZATION_OTHER";
  v1::EntitySubtype subtype;
  if (!v1::EntitySubtype_Parse(absl::StrCat("ENTITY_SUBTYPE_", name), &subtype) ||
      subtype == v1::ENTITY_SUBTYPE_UNSPECIFIED) {
    return RowError(table, row, absl::StrCat("unknown subtype ", name));
  }
  return subtype;
}

// The fields every authored row has: id, name, subtype, country,
// acronyms, aliases, note.
absl::StatusOr<BuildEntry> CommonFields(const TsvTable& table, size_t row, EntryKind kind,
                                        std::string_view id_prefix, const GazetteerModel& model,
                                        absl::flat_hash_set<std::string>& ids) {
  BuildEntry entry;
  entry.kind = kind;
  entry.id = absl::StrCat(AsAbsl(id_prefix), AsAbsl(table.Field(row, "id")));
  if (table.Field(row, "id").empty() || !ids.insert(entry.id).second) {
    return RowError(table, row, absl::StrCat("missing or duplicate id ", entry.id));
  }
  entry.name = std::string(table.Field(row, "name"));
  if (entry.name.empty()) return RowError(table, row, "no name");
  NG_ASSIGN_OR_RETURN(entry.subtype, ParseSubtype(table, row));
  const std::string_view country = table.Field(row, "country");
  if (!country.empty()) {
    const std::optional<uint32_t> index = model.CountryByAlpha3(country);
    if (!index.has_value())
      return RowError(table, row, absl::StrCat("unknown country ", AsAbsl(country)));
    entry.alpha3 = model.entries()[*index].alpha3;
    entry.alpha2 = model.entries()[*index].alpha2;
  }
  for (const std::string& acronym : table.List(row, "acronyms")) {
    entry.AddName(acronym, NameForm::kAcronym);
  }
  for (const std::string& alias : table.List(row, "aliases")) entry.AddName(alias, NameForm::kName);
  entry.detail = std::string(table.Field(row, "note"));
  return entry;
}

}  // namespace

absl::Status AddOrganizations(const std::string& path, GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const TsvTable table,
                      TsvTable::Read(path, {"id", "name", "subtype", "sector", "country",
                                            "acronyms", "aliases", "note"}));
  absl::flat_hash_set<std::string> ids;
  for (size_t row = 0; row < table.size(); ++row) {
    NG_ASSIGN_OR_RETURN(BuildEntry entry,
                        CommonFields(table, row, EntryKind::kOrganization, "org:", model, ids));
    entry.sector = std::string(table.Field(row, "sector"));
    if (entry.sector.size() > 3) return RowError(table, row, "sector longer than 3 letters");
    model.Add(std::move(entry));
  }
  return absl::OkStatus();
}

absl::Status AddPlaces(const std::string& path, GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const TsvTable table,
                      TsvTable::Read(path, {"id", "name", "subtype", "country", "acronyms",
                                            "aliases", "adjectives", "note"}));
  absl::flat_hash_set<std::string> ids;
  for (size_t row = 0; row < table.size(); ++row) {
    NG_ASSIGN_OR_RETURN(BuildEntry entry,
                        CommonFields(table, row, EntryKind::kOtherPlace, "place:", model, ids));
    for (const std::string& adjective : table.List(row, "adjectives")) {
      entry.AddName(adjective, NameForm::kDemonym);
    }
    model.Add(std::move(entry));
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::extract::builder
