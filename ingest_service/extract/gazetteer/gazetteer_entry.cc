#include "ingest_service/extract/gazetteer/gazetteer_entry.h"

#include "ingest_service/extract/gazetteer/index_view.h"

namespace newsgraph::extract {

GazetteerEntry::GazetteerEntry(const IndexView* index, uint32_t entry_index)
    : index_view_(index), record_(&index->entry(entry_index)), index_(entry_index) {}

v1::EntityType GazetteerEntry::type() const {
  return kind() == EntryKind::kOrganization ? v1::ENTITY_TYPE_ORGANIZATION
                                            : v1::ENTITY_TYPE_LOCATION;
}

std::string_view GazetteerEntry::name() const { return index_view_->String(record_->name); }

std::string_view GazetteerEntry::id() const { return index_view_->String(record_->id); }

std::string_view GazetteerEntry::detail() const { return index_view_->String(record_->detail); }

std::string_view GazetteerEntry::admin_region() const {
  return index_view_->String(record_->admin_region);
}

bool GazetteerEntry::has_coordinates() const {
  return record_->latitude != 0.0f || record_->longitude != 0.0f;
}

std::optional<GazetteerEntry> GazetteerEntry::related() const {
  if (record_->related < 0) return std::nullopt;
  return GazetteerEntry(index_view_, static_cast<uint32_t>(record_->related));
}

std::optional<GazetteerEntry> GazetteerEntry::country() const {
  const int32_t country = index_view_->CountryIndex(country_code());
  if (country < 0) return std::nullopt;
  return GazetteerEntry(index_view_, static_cast<uint32_t>(country));
}

std::string_view GazetteerEntry::Code(const char* code, size_t width) {
  size_t n = 0;
  while (n < width && code[n] != '\0') ++n;
  return std::string_view(code, n);
}

}  // namespace newsgraph::extract
