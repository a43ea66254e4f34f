#include "ingest_service/extract/gazetteer/builder/index_writer.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <span>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/extract/gazetteer/builder/hash_table_builder.h"
#include "ingest_service/extract/gazetteer/builder/name_filters.h"
#include "ingest_service/extract/gazetteer/builder/posting_lists.h"
#include "ingest_service/extract/gazetteer/builder/spelling_variants.h"
#include "ingest_service/extract/gazetteer/index_format.h"
#include "ingest_service/extract/gazetteer/name_folding.h"
#include "ingest_service/extract/gazetteer/name_hash.h"
#include "ingest_service/extract/gazetteer/phrase_normalizer.h"

namespace newsgraph::extract::builder {
namespace {

using index_format::EntryRecord;
using index_format::HashSlot;
using index_format::IndexHeader;

int WordCount(std::string_view name) {
  return 1 + static_cast<int>(std::count(name.begin(), name.end(), ' '));
}

// Names that start with a lower-case "the " are left out: the caller strips
// the article (else every "the" in the text would start a phrase to try).
bool Indexable(std::string_view name) {
  return !name.empty() && name.size() <= kMaxNameBytes && WordCount(name) <= kMaxNameWords &&
         !name.starts_with("the ");
}

// Every name of every entry, with its spelling variants, into the exact
// and folded posting lists.
void CollectNames(const GazetteerModel& model, PostingLists& exact, PostingLists& folded) {
  for (uint32_t i = 0; i < model.entries().size(); ++i) {
    const BuildEntry& entry = model.entries()[i];
    for (const BuildName& name : entry.names) {
      const std::string normal = NormalizedName(name.text);
      if (!Indexable(normal)) continue;
      exact.Add(normal, i, name.form, false);
      folded.Add(FoldedKey(normal), i, name.form, false);
      for (const std::string& variant : SpellingVariants(normal, entry.alpha2)) {
        if (!Indexable(variant)) continue;
        // "Wé" and "Ísland" stay, their ASCII spellings "We" and "Island" do not.
        if (IsCommonEnglishWord(variant, model)) continue;
        exact.Add(variant, i, name.form, true);
        folded.Add(FoldedKey(variant), i, name.form, true);
      }
    }
  }
}

// The keys of one posting table and its flattened postings.
struct PostingTable {
  std::vector<KeyPostings> keys;
  std::vector<TableKey> table_keys;
  std::vector<uint32_t> postings;
};

PostingTable Flatten(std::vector<KeyPostings> keys) {
  PostingTable table;
  table.keys = std::move(keys);
  for (const KeyPostings& key : table.keys) {
    table.table_keys.push_back({key.key, static_cast<uint32_t>(table.postings.size()),
                                static_cast<uint32_t>(key.postings.size())});
    table.postings.insert(table.postings.end(), key.postings.begin(), key.postings.end());
  }
  return table;
}

// First word of each exact key -> the most words of a key it starts.
std::vector<std::pair<std::string, uint32_t>> FirstWords(const std::vector<KeyPostings>& keys,
                                                         int* max_words) {
  absl::flat_hash_map<std::string, uint32_t> longest;
  for (const KeyPostings& key : keys) {
    const int words = WordCount(key.key);
    *max_words = std::max(*max_words, words);
    uint32_t& value = longest[key.key.substr(0, key.key.find(' '))];
    value = std::max<uint32_t>(value, static_cast<uint32_t>(words));
  }
  std::vector<std::pair<std::string, uint32_t>> sorted(longest.begin(), longest.end());
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}

// The Bloom filter over every exact name and every first word.
std::vector<uint64_t> NameFilter(const std::vector<KeyPostings>& names,
                                 const std::vector<std::pair<std::string, uint32_t>>& first_words) {
  const size_t keys = names.size() + first_words.size();
  std::vector<uint64_t> filter(
      std::max<size_t>(1, (keys * index_format::kFilterBitsPerKey + 63) / 64));
  const auto add = [&filter](std::string_view key) {
    const uint64_t hash = NameHash(key);
    filter[index_format::FilterWord(hash, filter.size())] |= index_format::FilterBits(hash);
  };
  for (const KeyPostings& name : names) add(name.key);
  for (const auto& [word, count] : first_words) add(word);
  return filter;
}

void CopyCode(std::string_view code, char* out, size_t width) {
  std::memset(out, 0, width);
  std::memcpy(out, code.data(), std::min(code.size(), width));
}

std::vector<EntryRecord> EntryRecords(const GazetteerModel& model, StringPool& pool) {
  std::vector<EntryRecord> records;
  records.reserve(model.entries().size());
  for (const BuildEntry& entry : model.entries()) {
    EntryRecord record{};
    record.name = pool.Add(NormalizedName(entry.name));
    record.id = pool.Add(entry.id);
    record.detail = pool.Add(entry.detail);
    record.admin_region = pool.Add(entry.admin_region);
    record.related = entry.related;
    record.population = entry.population;
    record.latitude = entry.latitude;
    record.longitude = entry.longitude;
    record.kind = static_cast<uint8_t>(entry.kind);
    record.subtype = static_cast<uint8_t>(entry.subtype);
    CopyCode(entry.alpha3, record.alpha3, sizeof(record.alpha3));
    CopyCode(entry.alpha2, record.alpha2, sizeof(record.alpha2));
    CopyCode(entry.sector, record.sector, sizeof(record.sector));
    records.push_back(record);
  }
  return records;
}

std::vector<int32_t> CountryTable(const GazetteerModel& model) {
  std::vector<int32_t> table(index_format::kCountryTableSize, -1);
  for (uint32_t i = 0; i < model.entries().size(); ++i) {
    const BuildEntry& entry = model.entries()[i];
    if (entry.kind != EntryKind::kCountry || entry.alpha3.size() != 3) continue;
    int index = 0;
    for (const char c : entry.alpha3) index = index * 26 + (c - 'A');
    if (index >= 0 && index < index_format::kCountryTableSize)
      table[index] = static_cast<int32_t>(i);
  }
  return table;
}

// Appends sections to a file image, 8-byte aligned.
class FileImage {
 public:
  FileImage() : bytes_(sizeof(IndexHeader), '\0') {}

  template <typename T>
  void AddSection(index_format::SectionId id, std::span<const T> items) {
    bytes_.resize((bytes_.size() + 7) / 8 * 8, '\0');
    header_.sections[id] = {bytes_.size(), items.size_bytes()};
    bytes_.append(reinterpret_cast<const char*>(items.data()), items.size_bytes());
  }

  IndexHeader& header() { return header_; }

  std::string Finish() && {
    bytes_.resize((bytes_.size() + 7) / 8 * 8, '\0');
    std::memcpy(header_.magic, index_format::kMagic, sizeof(header_.magic));
    header_.version = index_format::kVersion;
    header_.header_size = sizeof(IndexHeader);
    header_.file_size = bytes_.size();
    header_.checksum = NameHash(std::string_view(bytes_).substr(sizeof(IndexHeader)));
    std::memcpy(bytes_.data(), &header_, sizeof(header_));
    return std::move(bytes_);
  }

 private:
  IndexHeader header_{};
  std::string bytes_;
};

absl::Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  // Unique per process: two builds of the same tree may race to write it.
  const std::string temporary = absl::StrCat(path, ".tmp.", ::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return absl::InternalError(absl::StrCat("cannot write ", temporary));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    return absl::InternalError(absl::StrCat("cannot rename ", temporary, " to ", path));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<IndexStats> WriteIndex(const GazetteerModel& model, const std::string& path) {
  if (model.entries().size() >= index_format::kMaxEntries) {
    return absl::ResourceExhaustedError("too many gazetteer entries");
  }
  PostingLists exact_lists(model), folded_lists(model);
  CollectNames(model, exact_lists, folded_lists);
  const PostingTable exact = Flatten(std::move(exact_lists).Finish());
  const PostingTable folded = Flatten(std::move(folded_lists).Finish());

  IndexStats stats;
  const auto first_words = FirstWords(exact.keys, &stats.max_phrase_words);
  std::vector<TableKey> first_word_keys;
  for (const auto& [word, count] : first_words) first_word_keys.push_back({word, count, 0});
  std::vector<std::pair<std::string, uint32_t>> words(model.words().begin(), model.words().end());
  std::sort(words.begin(), words.end());
  std::vector<TableKey> word_keys;
  for (const auto& [word, flags] : words) word_keys.push_back({word, flags, 0});

  StringPool pool;
  const std::vector<EntryRecord> records = EntryRecords(model, pool);
  const std::vector<HashSlot> name_slots = BuildHashTable(exact.table_keys, pool);
  const std::vector<HashSlot> folded_slots = BuildHashTable(folded.table_keys, pool);
  const std::vector<HashSlot> first_word_slots = BuildHashTable(first_word_keys, pool);
  const std::vector<HashSlot> word_slots = BuildHashTable(word_keys, pool);
  const std::vector<int32_t> country_table = CountryTable(model);
  const std::vector<uint64_t> name_filter = NameFilter(exact.keys, first_words);

  size_t max_name_bytes = 0;
  for (const KeyPostings& key : exact.keys)
    max_name_bytes = std::max(max_name_bytes, key.key.size());

  FileImage image;
  image.AddSection(index_format::kStrings, std::span<const char>(pool.bytes()));
  image.AddSection(index_format::kEntries, std::span<const EntryRecord>(records));
  image.AddSection(index_format::kNameSlots, std::span<const HashSlot>(name_slots));
  image.AddSection(index_format::kNamePostings, std::span<const uint32_t>(exact.postings));
  image.AddSection(index_format::kFoldedSlots, std::span<const HashSlot>(folded_slots));
  image.AddSection(index_format::kFoldedPostings, std::span<const uint32_t>(folded.postings));
  image.AddSection(index_format::kFirstWordSlots, std::span<const HashSlot>(first_word_slots));
  image.AddSection(index_format::kWordSlots, std::span<const HashSlot>(word_slots));
  image.AddSection(index_format::kCountryTable, std::span<const int32_t>(country_table));
  image.AddSection(index_format::kNameFilter, std::span<const uint64_t>(name_filter));
  image.header().entry_count = static_cast<uint32_t>(records.size());
  image.header().max_phrase_words = static_cast<uint32_t>(stats.max_phrase_words);
  image.header().max_name_bytes = static_cast<uint32_t>(max_name_bytes);
  const std::string bytes = std::move(image).Finish();
  if (pool.bytes().size() >= index_format::kEmptyKey) {
    return absl::ResourceExhaustedError("gazetteer string pool over 4 GiB");
  }

  stats.entries = records.size();
  stats.exact_keys = exact.keys.size();
  stats.folded_keys = folded.keys.size();
  stats.postings = exact.postings.size() + folded.postings.size();
  stats.first_words = first_words.size();
  stats.words = words.size();
  stats.file_bytes = bytes.size();
  if (auto status = WriteFileAtomically(path, bytes); !status.ok()) return status;
  return stats;
}

}  // namespace newsgraph::extract::builder
