#include "ingest_service/extract/gazetteer/index_view.h"

#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/extract/gazetteer/name_hash.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract {
namespace {

using index_format::EntryRecord;
using index_format::HashSlot;
using index_format::IndexHeader;
using index_format::Section;

absl::Status Corrupt(std::string_view source, std::string_view what) {
  return absl::DataLossError(absl::StrCat("gazetteer index ", AsAbsl(source), " is corrupt (",
                                          AsAbsl(what),
                                          "); rebuild it with the gazetteer_data target"));
}

template <typename T>
absl::StatusOr<std::span<const T>> SectionSpan(std::string_view bytes, const Section& section,
                                               std::string_view name, std::string_view source) {
  if (section.offset % 8 != 0 || section.offset > bytes.size() ||
      section.size > bytes.size() - section.offset || section.size % sizeof(T) != 0) {
    return Corrupt(source, absl::StrCat("section ", AsAbsl(name), " out of bounds"));
  }
  return std::span<const T>(reinterpret_cast<const T*>(bytes.data() + section.offset),
                            section.size / sizeof(T));
}

bool IsPowerOfTwo(size_t n) { return n != 0 && (n & (n - 1)) == 0; }

// Every used slot's key is in the pool and its postings (when it has any)
// are inside `postings`.
absl::Status CheckTable(std::span<const HashSlot> slots, size_t strings_size, size_t postings_size,
                        std::string_view name, std::string_view source) {
  if (!IsPowerOfTwo(slots.size())) {
    return Corrupt(source, absl::StrCat(AsAbsl(name), " table size is not a power of two"));
  }
  for (const HashSlot& slot : slots) {
    if (slot.key == index_format::kEmptyKey) continue;
    if (slot.key >= strings_size || (slot.count > 0 && (slot.value > postings_size ||
                                                        slot.count > postings_size - slot.value))) {
      return Corrupt(source, absl::StrCat(AsAbsl(name), " table points outside the file"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckPostings(std::span<const uint32_t> postings, uint32_t entry_count,
                           std::string_view source) {
  for (const uint32_t posting : postings) {
    if ((posting >> index_format::kPostingEntryShift) >= entry_count) {
      return Corrupt(source, "a posting names no entry");
    }
  }
  return absl::OkStatus();
}

absl::Status CheckHeader(std::string_view bytes, std::string_view source) {
  if (bytes.size() < sizeof(IndexHeader)) return Corrupt(source, "shorter than its header");
  IndexHeader header;
  std::memcpy(&header, bytes.data(), sizeof(header));
  if (std::memcmp(header.magic, index_format::kMagic, sizeof(header.magic)) != 0) {
    return Corrupt(source, "bad magic: not a gazetteer index");
  }
  if (header.version != index_format::kVersion) {
    return Corrupt(source, absl::StrCat("version ", header.version, ", this build reads version ",
                                        index_format::kVersion));
  }
  if (header.header_size != sizeof(IndexHeader)) return Corrupt(source, "bad header size");
  if (header.file_size != bytes.size()) {
    return Corrupt(source, absl::StrCat("truncated: ", bytes.size(), " bytes, header says ",
                                        header.file_size));
  }
  if (NameHash(bytes.substr(sizeof(IndexHeader))) != header.checksum) {
    return Corrupt(source, "checksum mismatch");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<IndexView> IndexView::FromBytes(std::string_view bytes, std::string_view source) {
  if (reinterpret_cast<uintptr_t>(bytes.data()) % 8 != 0) {
    return absl::InvalidArgumentError("gazetteer index bytes must be 8-byte aligned");
  }
  NG_RETURN_IF_ERROR(CheckHeader(bytes, source));
  IndexView view;
  view.header_ = reinterpret_cast<const IndexHeader*>(bytes.data());
  const Section* sections = view.header_->sections;
  NG_ASSIGN_OR_RETURN(
      std::span<const char> strings,
      SectionSpan<char>(bytes, sections[index_format::kStrings], "strings", source));
  view.strings_ = std::string_view(strings.data(), strings.size());
  NG_ASSIGN_OR_RETURN(
      view.entries_,
      SectionSpan<EntryRecord>(bytes, sections[index_format::kEntries], "entries", source));
  NG_ASSIGN_OR_RETURN(
      view.name_slots_,
      SectionSpan<HashSlot>(bytes, sections[index_format::kNameSlots], "names", source));
  NG_ASSIGN_OR_RETURN(
      view.name_postings_,
      SectionSpan<uint32_t>(bytes, sections[index_format::kNamePostings], "name postings", source));
  NG_ASSIGN_OR_RETURN(
      view.folded_slots_,
      SectionSpan<HashSlot>(bytes, sections[index_format::kFoldedSlots], "folded names", source));
  NG_ASSIGN_OR_RETURN(view.folded_postings_,
                      SectionSpan<uint32_t>(bytes, sections[index_format::kFoldedPostings],
                                            "folded postings", source));
  NG_ASSIGN_OR_RETURN(
      view.first_word_slots_,
      SectionSpan<HashSlot>(bytes, sections[index_format::kFirstWordSlots], "first words", source));
  NG_ASSIGN_OR_RETURN(
      view.word_slots_,
      SectionSpan<HashSlot>(bytes, sections[index_format::kWordSlots], "words", source));
  NG_ASSIGN_OR_RETURN(
      view.country_table_,
      SectionSpan<int32_t>(bytes, sections[index_format::kCountryTable], "countries", source));
  NG_ASSIGN_OR_RETURN(
      view.name_filter_,
      SectionSpan<uint64_t>(bytes, sections[index_format::kNameFilter], "name filter", source));
  if (view.name_filter_.empty()) return Corrupt(source, "empty name filter");
  if (view.entries_.size() != view.header_->entry_count ||
      view.entries_.size() >= index_format::kMaxEntries) {
    return Corrupt(source, "entry count mismatch");
  }
  if (view.country_table_.size() != index_format::kCountryTableSize) {
    return Corrupt(source, "country table size");
  }
  const auto entry_count = static_cast<int32_t>(view.entries_.size());
  for (const int32_t index : view.country_table_) {
    if (index < -1 || index >= entry_count) return Corrupt(source, "country table points nowhere");
  }
  for (const EntryRecord& entry : view.entries_) {
    if (entry.related < -1 || entry.related >= entry_count) {
      return Corrupt(source, "an entry points to no entry");
    }
  }
  NG_RETURN_IF_ERROR(
      CheckTable(view.name_slots_, strings.size(), view.name_postings_.size(), "names", source));
  NG_RETURN_IF_ERROR(CheckTable(view.folded_slots_, strings.size(), view.folded_postings_.size(),
                                "folded names", source));
  NG_RETURN_IF_ERROR(CheckTable(view.first_word_slots_, strings.size(), 0, "first words", source));
  NG_RETURN_IF_ERROR(CheckTable(view.word_slots_, strings.size(), 0, "words", source));
  NG_RETURN_IF_ERROR(CheckPostings(view.name_postings_, view.entry_count(), source));
  NG_RETURN_IF_ERROR(CheckPostings(view.folded_postings_, view.entry_count(), source));
  return view;
}

std::string_view IndexView::String(uint32_t offset) const {
  if (offset == 0 || strings_.size() < 2 || offset > strings_.size() - 2) return {};
  uint16_t length;
  std::memcpy(&length, strings_.data() + offset, sizeof(length));
  const size_t begin = offset + sizeof(length);
  return strings_.substr(begin, std::min<size_t>(length, strings_.size() - begin));
}

const HashSlot* IndexView::Find(std::span<const HashSlot> table, std::string_view key) const {
  return Find(table, key, NameHash(key));
}

const HashSlot* IndexView::Find(std::span<const HashSlot> table, std::string_view key,
                                uint64_t hash) const {
  const auto fingerprint = static_cast<uint32_t>(hash >> 32);
  const size_t mask = table.size() - 1;
  for (size_t i = hash & mask, probes = 0; probes < table.size(); i = (i + 1) & mask, ++probes) {
    const HashSlot& slot = table[i];
    if (slot.key == index_format::kEmptyKey) return nullptr;
    if (slot.fingerprint == fingerprint && String(slot.key) == key) return &slot;
  }
  return nullptr;
}

int32_t IndexView::CountryIndex(std::string_view code) const {
  if (code.size() != 3) return -1;
  int index = 0;
  for (const char c : code) {
    if (c < 'A' || c > 'Z') return -1;
    index = index * 26 + (c - 'A');
  }
  return country_table_[index];
}

}  // namespace newsgraph::extract
