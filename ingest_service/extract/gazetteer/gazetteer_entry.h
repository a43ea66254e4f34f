// Lightweight views of gazetteer records and of lookup results.
//
// GazetteerEntry is one record: a country, a first-level region, a city or
// town (GeoNames), another place (continent, sea, world region) or an
// organization (authored list). GazetteerMatch is an entry together with
// how the looked-up phrase names it (a name, an acronym, a demonym ...).
// GazetteerMatches is the range of matches of one lookup.
//
// All three are small values (two or three words) that point into the
// Gazetteer's mapped index: they are valid only while the Gazetteer that
// returned them lives, and creating or copying them never allocates. Every
// string_view they return points into the index as well. Thread-safe
// (read-only).
//
// Example:
//   for (const GazetteerMatch& match : gazetteer->Lookup("Georgian")) {
//     if (match.is_demonym()) country = match.entry().country_code();  // "GEO"
//   }
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_GAZETTEER_ENTRY_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_GAZETTEER_ENTRY_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>

#include "ingest_service/extract/gazetteer/index_format.h"
#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

class IndexView;

// What a record is.
enum class EntryKind : uint8_t {
  kCountry = 1,       // ISO 3166-1 country (world-countries), or a former state
  kRegion = 2,        // first-level subdivision (ISO 3166-2 / GeoNames admin1)
  kCity = 3,          // populated place (GeoNames cities1000)
  kOtherPlace = 4,    // continent, world region, sea, river ... (authored)
  kOrganization = 5,  // organization (authored)
};

// How the matched name names its entry (the low bits of a posting).
enum class NameForm : uint8_t {
  kName = 0,           // the canonical name or another full official name
  kAlternateName = 1,  // an alternate or historical name, another language's name
  kAcronym = 2,        // "NATO", "US", "U.S.", "UAE"
  kDemonym = 3,        // adjective / demonym: "Georgian", "Middle Eastern"
  kDemonymPlural = 4,  // nationality noun in the plural: "Georgians", "Turks"
};

// Posting bits above the NameForm.
inline constexpr uint32_t kNameFormMask = 0x7;
inline constexpr uint32_t kSpellingVariantBit = 1u << 3;  // generated ASCII / transliteration
inline constexpr uint32_t kFoldedMatchBit = 1u << 4;      // set on LookupFolded results

class GazetteerEntry {
 public:
  GazetteerEntry(const IndexView* index, uint32_t entry_index);

  EntryKind kind() const { return static_cast<EntryKind>(record_->kind); }
  // LOCATION for places, ORGANIZATION for organizations.
  v1::EntityType type() const;
  v1::EntitySubtype subtype() const { return static_cast<v1::EntitySubtype>(record_->subtype); }

  // The canonical name ("United States", "Tbilisi", "North Atlantic Treaty
  // Organization").
  std::string_view name() const;
  // "country:GEO", "iso3166-2:US-GA", "geonames-admin1:RU.47",
  // "geonames:611717", "place:middle-east", "org:nato".
  std::string_view id() const;
  // ISO 3166-1 alpha-3 code of the entry's country ("" when none: IGOs,
  // continents, seas).
  std::string_view country_code() const { return Code(record_->alpha3, 3); }
  std::string_view country_alpha2() const { return Code(record_->alpha2, 2); }
  // CAMEO-style sector of an organization ("IGO", "GOV", "MIL", "MED",
  // "NGO", "REB" ...), "" for places.
  std::string_view sector() const { return Code(record_->sector, 3); }

  // Places: coordinates in degrees (both 0 when unknown, see
  // has_coordinates) and population (0 when unknown; only cities carry it).
  bool has_coordinates() const;
  double latitude() const { return record_->latitude; }
  double longitude() const { return record_->longitude; }
  uint32_t population() const { return record_->population; }

  // Cities: the GeoNames feature code ("PPLC" capital, "PPLA" seat of a
  // first-level region, "PPL" ...). Regions: the ISO type ("State",
  // "Province"). Organizations and other places: a short note from the
  // authored list ("sea", "armed group", "news agency"), or "".
  std::string_view detail() const;
  // Cities: the name of their first-level region ("Georgia" for Atlanta),
  // "" when unknown.
  std::string_view admin_region() const;

  // Countries: the capital's city record. Cities: their region's record.
  std::optional<GazetteerEntry> related() const;
  // The record of country_code(), when it has one.
  std::optional<GazetteerEntry> country() const;

  uint32_t index() const { return index_; }
  bool operator==(const GazetteerEntry& other) const { return index_ == other.index_; }

 private:
  static std::string_view Code(const char* code, size_t width);

  const IndexView* index_view_;
  const index_format::EntryRecord* record_;
  uint32_t index_;
};

class GazetteerMatch {
 public:
  GazetteerMatch(const IndexView* index, uint32_t posting) : index_(index), posting_(posting) {}

  GazetteerEntry entry() const {
    return GazetteerEntry(index_, posting_ >> index_format::kPostingEntryShift);
  }
  NameForm form() const { return static_cast<NameForm>(posting_ & kNameFormMask); }
  bool is_acronym() const { return form() == NameForm::kAcronym; }
  // A demonym or adjective, singular or plural ("Georgian", "Georgians").
  bool is_demonym() const {
    return form() == NameForm::kDemonym || form() == NameForm::kDemonymPlural;
  }
  // The name matched only in a spelling the builder generated (diacritics
  // folded, or romanized: "Gabala" for "Qəbələ"), not one the source lists.
  bool is_spelling_variant() const { return (posting_ & kSpellingVariantBit) != 0; }
  // Found by LookupFolded (case, marks and punctuation ignored).
  bool is_folded() const { return (posting_ & kFoldedMatchBit) != 0; }

 private:
  const IndexView* index_;
  uint32_t posting_;
};

class GazetteerMatches {
 public:
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = GazetteerMatch;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = GazetteerMatch;

    Iterator() = default;
    Iterator(const GazetteerMatches* matches, size_t i) : matches_(matches), i_(i) {}
    GazetteerMatch operator*() const { return (*matches_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++i_;
      return before;
    }
    bool operator==(const Iterator& other) const { return i_ == other.i_; }

   private:
    const GazetteerMatches* matches_ = nullptr;
    size_t i_ = 0;
  };

  GazetteerMatches() = default;
  GazetteerMatches(const IndexView* index, const uint32_t* postings, uint32_t count,
                   uint32_t extra_bits)
      : index_(index), postings_(postings), count_(count), extra_bits_(extra_bits) {}

  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  GazetteerMatch operator[](size_t i) const {
    return GazetteerMatch(index_, postings_[i] | extra_bits_);
  }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, count_); }

 private:
  const IndexView* index_ = nullptr;
  const uint32_t* postings_ = nullptr;
  uint32_t count_ = 0;
  uint32_t extra_bits_ = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_GAZETTEER_ENTRY_H_
