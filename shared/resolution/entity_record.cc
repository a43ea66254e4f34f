#include "shared/resolution/entity_record.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "shared/date/partial_date.h"

namespace newsgraph::resolution {
namespace {

int CountWordsOf(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

int64_t CountCodePointsOf(std::string_view text) {
  int64_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

int64_t CountNonAscii(std::string_view text) {
  int64_t n = 0;
  for (unsigned char c : text) n += c >= 0xC0;  // lead bytes of multi-byte characters
  return n;
}

void FillIfEmpty(std::string* field, const std::string& value) {
  if (field->empty() && !value.empty()) *field = value;
}

// Whether the canonical date text `candidate` is more precise than
// `current` (both name the same first day).
bool MorePrecise(std::string_view candidate, std::string_view current) {
  return candidate.size() > current.size();
}

void AppendVarint(uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

// Reads a varint from the front of `in`; false when it is cut short or
// longer than 10 bytes.
bool ReadVarint(std::string_view* in, uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    *value |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

bool IsFullerName(std::string_view candidate, std::string_view current) {
  if (current.empty()) return !candidate.empty();
  const int candidate_words = CountWordsOf(candidate);
  const int current_words = CountWordsOf(current);
  if (candidate_words != current_words) return candidate_words > current_words;
  const int64_t candidate_length = CountCodePointsOf(candidate);
  const int64_t current_length = CountCodePointsOf(current);
  if (candidate_length != current_length) return candidate_length > current_length;
  return CountNonAscii(candidate) > CountNonAscii(current);
}

void MergeArticleEntity(const v1::ArticleEntity& entity, const EntityContext& context,
                        EntityRecord* record) {
  if (IsFullerName(entity.name(), record->display_name)) record->display_name = entity.name();
  if (record->type == v1::ENTITY_TYPE_UNSPECIFIED) record->type = entity.type();
  if (record->subtype == v1::ENTITY_SUBTYPE_UNSPECIFIED) record->subtype = entity.subtype();
  FillIfEmpty(&record->country_code, context.country);
  FillIfEmpty(&record->sector, entity.sector());
  FillIfEmpty(&record->gazetteer_id, entity.gazetteer_id());
  if (!record->latitude.has_value() && entity.has_latitude() && entity.has_longitude()) {
    record->latitude = entity.latitude();
    record->longitude = entity.longitude();
  }
}

std::vector<std::string> AddSurfaceForms(absl::Span<const SurfaceForm> forms,
                                         EntityRecord* record) {
  std::vector<std::string> added;
  for (const SurfaceForm& form : forms) {
    auto it = std::find_if(record->forms.begin(), record->forms.end(),
                           [&](const SurfaceForm& known) { return known.text == form.text; });
    if (it != record->forms.end()) {
      it->count += form.count;
    } else if (record->forms.size() < kMaxStoredForms) {
      record->forms.push_back(form);
      added.push_back(form.text);
    }
  }
  return added;
}

std::vector<std::string> AliasesMostSeenFirst(const std::vector<SurfaceForm>& forms,
                                              std::string_view display_name) {
  std::vector<const SurfaceForm*> sorted;
  for (const SurfaceForm& form : forms) {
    if (form.text != display_name) sorted.push_back(&form);
  }
  std::sort(sorted.begin(), sorted.end(), [](const SurfaceForm* a, const SurfaceForm* b) {
    if (a->count != b->count) return a->count > b->count;
    return a->text < b->text;
  });
  std::vector<std::string> aliases;
  aliases.reserve(sorted.size());
  for (const SurfaceForm* form : sorted) aliases.push_back(form->text);
  return aliases;
}

std::string EncodeSurfaceForms(const std::vector<SurfaceForm>& forms) {
  std::string encoded;
  for (const SurfaceForm& form : forms) {
    AppendVarint(static_cast<uint64_t>(std::max<int64_t>(0, form.count)), &encoded);
    AppendVarint(form.text.size(), &encoded);
    encoded.append(form.text);
  }
  return encoded;
}

absl::StatusOr<std::vector<SurfaceForm>> DecodeSurfaceForms(std::string_view encoded) {
  std::vector<SurfaceForm> forms;
  while (!encoded.empty()) {
    uint64_t count = 0;
    uint64_t size = 0;
    if (!ReadVarint(&encoded, &count) || !ReadVarint(&encoded, &size) || size > encoded.size()) {
      return absl::DataLossError("stored surface forms of an entity do not decode");
    }
    forms.push_back({std::string(encoded.substr(0, size)), static_cast<int64_t>(count)});
    encoded.remove_prefix(size);
  }
  return forms;
}

int PopularityOf(int64_t article_count) {
  int bits = 0;
  for (uint64_t n = static_cast<uint64_t>(std::max<int64_t>(0, article_count)); n != 0; n >>= 1) {
    ++bits;
  }
  return bits;
}

void MergeSeenDate(const v1::PartialDate& published, SeenDates* seen) {
  if (published.precision() == v1::DATE_PRECISION_UNSPECIFIED || !date::Validate(published).ok()) {
    return;
  }
  const std::string key = date::FirstDayKey(published);
  const std::string text = date::FormatIsoDate(published);
  if (seen->first_key.empty() || key < seen->first_key ||
      (key == seen->first_key && MorePrecise(text, seen->first_date))) {
    seen->first_key = key;
    seen->first_date = text;
  }
  if (key > seen->last_key || (key == seen->last_key && MorePrecise(text, seen->last_date))) {
    seen->last_key = key;
    seen->last_date = text;
  }
}

void MergeRoleReport(const v1::Role& role, const v1::PartialDate& published, RoleRecord* record) {
  if (record->title.empty()) record->title = role.title();
  if (record->kind == v1::ROLE_KIND_UNSPECIFIED) record->kind = role.kind();
  const bool dated =
      published.precision() != v1::DATE_PRECISION_UNSPECIFIED && date::Validate(published).ok();
  const std::string key = dated ? date::FirstDayKey(published) : std::string();
  if (role.status() != v1::ROLE_STATUS_UNSPECIFIED && key >= record->status_key) {
    record->status = role.status();
    record->status_key = key;
  }
  MergeSeenDate(published, &record->seen);
}

}  // namespace newsgraph::resolution
