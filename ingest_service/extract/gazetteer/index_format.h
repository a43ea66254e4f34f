// The on-disk layout of the gazetteer index (data/gazetteer.bin), shared by
// the builder that writes it and the Gazetteer that maps it.
//
// One little-endian file, every section 8-byte aligned:
//
//   IndexHeader                       magic, version, sizes, checksum, sections
//   kStrings        string pool       [u16 length][bytes] records; offset 0 is ""
//   kEntries        EntryRecord[]     one per country, region, city, place, org
//   kNameSlots      HashSlot[]        exact names -> postings (open addressing)
//   kNamePostings   u32[]             (entry index << 8) | NameForm bits
//   kFoldedSlots    HashSlot[]        folded keys (FoldForLookup) -> postings
//   kFoldedPostings u32[]
//   kFirstWordSlots HashSlot[]        first word of a name -> longest name's words
//   kWordSlots      HashSlot[]        single words -> WordFlags (name lists, dictionary)
//   kCountryTable   i32[26*26*26]     alpha-3 code -> entry index of the country, or -1
//   kNameFilter     u64[]             Bloom filter over the exact names and first words
//
// A HashSlot table has a power-of-two capacity and linear probing from
// `hash & (capacity - 1)`, hash = NameHash(key); an empty slot has key
// kEmptyKey. The name filter (see FilterWord/FilterBits) is small enough to
// stay in a core's cache, so that the common lookup, a miss, costs no
// access to the large tables. The checksum is NameHash over every byte
// after the header.
//
// Plain structs with no behaviour; the writer fills them, the reader
// validates bounds before it trusts any offset.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_INDEX_FORMAT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_INDEX_FORMAT_H_

#include <cstddef>
#include <cstdint>

namespace newsgraph::extract::index_format {

inline constexpr char kMagic[8] = {'N', 'G', 'G', 'A', 'Z', 'E', 'T', '\x1a'};
inline constexpr uint32_t kVersion = 1;

enum SectionId : uint32_t {
  kStrings = 0,
  kEntries,
  kNameSlots,
  kNamePostings,
  kFoldedSlots,
  kFoldedPostings,
  kFirstWordSlots,
  kWordSlots,
  kCountryTable,
  kNameFilter,
  kSectionCount,
};

struct Section {
  uint64_t offset;  // from the start of the file
  uint64_t size;    // bytes
};

struct IndexHeader {
  char magic[8];
  uint32_t version;
  uint32_t header_size;  // sizeof(IndexHeader)
  uint64_t file_size;
  uint64_t checksum;  // NameHash of bytes [header_size, file_size)
  uint32_t entry_count;
  uint32_t max_phrase_words;  // the most space-separated words in a name
  uint32_t max_name_bytes;    // the longest normalized name, in bytes
  uint32_t reserved;
  Section sections[kSectionCount];
};

inline constexpr uint32_t kEmptyKey = 0xFFFFFFFFu;

struct HashSlot {
  uint32_t fingerprint;  // NameHash(key) >> 32
  uint32_t key;          // string pool offset, or kEmptyKey
  uint32_t value;        // postings: first index; first words: word count; words: WordFlags
  uint32_t count;        // postings: how many; otherwise 0
};

// One gazetteer record. Strings are pool offsets (0 = none).
struct EntryRecord {
  uint32_t name;          // canonical name
  uint32_t id;            // "country:GEO", "geonames:611717", "iso3166-2:US-GA", "org:nato"
  uint32_t detail;        // feature code ("PPLC"), region type ("State"), org/place note
  uint32_t admin_region;  // a city's first-level region name
  int32_t related;        // country: its capital; city: its region entry; else -1
  uint32_t population;
  float latitude;
  float longitude;
  uint8_t kind;     // EntryKind
  uint8_t subtype;  // newsgraph.v1.EntitySubtype
  char alpha3[3];   // country, "" when none
  char alpha2[2];   // country, "" when none
  char sector[3];   // CAMEO-style sector, "" when none
  uint8_t padding[2];
};

static_assert(sizeof(HashSlot) == 16);
static_assert(sizeof(EntryRecord) == 44);
static_assert(sizeof(IndexHeader) == 48 + 16 * kSectionCount);

inline constexpr int kCountryTableSize = 26 * 26 * 26;

// The bits of a kWordSlots value.
enum WordFlag : uint32_t {
  kGivenNameWord = 1u << 0,   // a given name (English first-name lists)
  kPersonNameWord = 1u << 1,  // any part of a person's name (people-names list)
  kCommonWord = 1u << 2,      // a lower-case English dictionary word
  kProperNounWord = 1u << 3,  // a capitalized English dictionary word
};

// The name filter: two bits of one 64-bit word per key (a blocked Bloom
// filter); about 9 bits per key, a few percent false positives.
inline constexpr size_t kFilterBitsPerKey = 9;
inline size_t FilterWord(uint64_t hash, size_t words) {
  return static_cast<size_t>(((hash >> 32) * static_cast<uint64_t>(words)) >> 32);
}
inline uint64_t FilterBits(uint64_t hash) {
  return (uint64_t{1} << (hash & 63)) | (uint64_t{1} << ((hash >> 6) & 63));
}

// The posting bits below the entry index.
inline constexpr int kPostingEntryShift = 8;
inline constexpr uint32_t kPostingFormMask = 0xFF;
inline constexpr uint32_t kMaxEntries = 1u << 24;

}  // namespace newsgraph::extract::index_format

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_INDEX_FORMAT_H_
