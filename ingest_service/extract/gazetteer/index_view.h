// IndexView: typed, bounds-checked access to the bytes of a gazetteer
// index (see index_format.h) that someone else owns, usually a MappedFile.
//
// FromBytes checks the magic, version, size, checksum and that every
// section and every table lies inside the file, so that the accessors can
// trust the offsets the tables hold (string offsets are clamped on read as
// well). The view does not own the bytes: they must outlive it.
// Immutable after construction; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_INDEX_VIEW_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_INDEX_VIEW_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/extract/gazetteer/index_format.h"

namespace newsgraph::extract {

class IndexView {
 public:
  // Validates `bytes` (named `source` in error messages): DATA_LOSS when
  // they are not a well-formed index of this version.
  static absl::StatusOr<IndexView> FromBytes(std::string_view bytes, std::string_view source);

  IndexView() = default;

  const index_format::IndexHeader& header() const { return *header_; }

  // The string at pool offset `offset` ("" for 0 or an offset past the
  // pool).
  std::string_view String(uint32_t offset) const;

  uint32_t entry_count() const { return static_cast<uint32_t>(entries_.size()); }
  const index_format::EntryRecord& entry(uint32_t index) const { return entries_[index]; }

  // The slot holding `key` (whose NameHash is `hash`) in `table`, or
  // nullptr.
  const index_format::HashSlot* Find(std::span<const index_format::HashSlot> table,
                                     std::string_view key, uint64_t hash) const;
  const index_format::HashSlot* Find(std::span<const index_format::HashSlot> table,
                                     std::string_view key) const;

  // False when no exact name and no first word has NameHash `hash`.
  bool MayBeNameOrFirstWord(uint64_t hash) const {
    return (name_filter_[index_format::FilterWord(hash, name_filter_.size())] &
            index_format::FilterBits(hash)) == index_format::FilterBits(hash);
  }

  std::span<const index_format::HashSlot> name_slots() const { return name_slots_; }
  std::span<const index_format::HashSlot> folded_slots() const { return folded_slots_; }
  std::span<const index_format::HashSlot> first_word_slots() const { return first_word_slots_; }
  std::span<const index_format::HashSlot> word_slots() const { return word_slots_; }
  std::span<const uint32_t> name_postings() const { return name_postings_; }
  std::span<const uint32_t> folded_postings() const { return folded_postings_; }

  // The entry index of the country with alpha-3 `code`, or -1.
  int32_t CountryIndex(std::string_view code) const;

 private:
  const index_format::IndexHeader* header_ = nullptr;
  std::string_view strings_;
  std::span<const index_format::EntryRecord> entries_;
  std::span<const index_format::HashSlot> name_slots_;
  std::span<const uint32_t> name_postings_;
  std::span<const index_format::HashSlot> folded_slots_;
  std::span<const uint32_t> folded_postings_;
  std::span<const index_format::HashSlot> first_word_slots_;
  std::span<const index_format::HashSlot> word_slots_;
  std::span<const int32_t> country_table_;
  std::span<const uint64_t> name_filter_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_INDEX_VIEW_H_
