#include "ingest_service/extract/gazetteer/gazetteer.h"

#include <atomic>
#include <cstdlib>
#include <utility>

#include "ingest_service/extract/gazetteer/name_folding.h"
#include "ingest_service/extract/gazetteer/name_hash.h"
#include "ingest_service/extract/gazetteer/phrase_normalizer.h"
#include "shared/base/status_macros.h"

#ifndef NEWSGRAPH_GAZETTEER_PATH
#error "NEWSGRAPH_GAZETTEER_PATH must name the built index (set by CMake)"
#endif

namespace newsgraph::extract {

std::string DefaultGazetteerPath() {
  const char* from_env = std::getenv("NEWSGRAPH_GAZETTEER");
  if (from_env != nullptr && from_env[0] != '\0') return from_env;
  return NEWSGRAPH_GAZETTEER_PATH;
}

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  NG_ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
  NG_ASSIGN_OR_RETURN(IndexView index, IndexView::FromBytes(file.bytes(), path));
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(file), index));
}

GazetteerMatches Gazetteer::Postings(std::span<const index_format::HashSlot> slots,
                                     std::span<const uint32_t> postings, std::string_view key,
                                     uint64_t hash, uint32_t extra_bits) const {
  const index_format::HashSlot* slot = index_.Find(slots, key, hash);
  if (slot == nullptr || slot->count == 0) return GazetteerMatches();
  return GazetteerMatches(&index_, postings.data() + slot->value, slot->count, extra_bits);
}

GazetteerMatches Gazetteer::Lookup(std::string_view phrase) const {
  PhraseBuffer buffer;
  const std::optional<std::string_view> key = NormalizePhrase(phrase, buffer);
  if (!key.has_value() || key->empty()) return GazetteerMatches();
  const uint64_t hash = NameHash(*key);
  if (!index_.MayBeNameOrFirstWord(hash)) return GazetteerMatches();
  return Postings(index_.name_slots(), index_.name_postings(), *key, hash, 0);
}

GazetteerMatches Gazetteer::LookupFolded(std::string_view phrase) const {
  PhraseBuffer buffer;
  const std::optional<std::string_view> key = FoldedKey(phrase, buffer);
  if (!key.has_value() || key->empty()) return GazetteerMatches();
  return Postings(index_.folded_slots(), index_.folded_postings(), *key, NameHash(*key),
                  kFoldedMatchBit);
}

int Gazetteer::MaxWordsStartingWith(std::string_view first_word) const {
  const uint64_t hash = NameHash(first_word);
  if (!index_.MayBeNameOrFirstWord(hash)) return 0;
  const index_format::HashSlot* slot = index_.Find(index_.first_word_slots(), first_word, hash);
  return slot == nullptr ? 0 : static_cast<int>(slot->value);
}

Gazetteer::Gazetteer(MappedFile file, IndexView index)
    : file_(std::move(file)), index_(index), instance_id_([] {
        static std::atomic<uint64_t> next{1};
        return next.fetch_add(1, std::memory_order_relaxed);
      }()) {}

uint32_t Gazetteer::WordFlags(std::string_view word) const {
  const index_format::HashSlot* slot = index_.Find(index_.word_slots(), word);
  return slot == nullptr ? 0 : slot->value;
}

uint32_t Gazetteer::WordListFlags(std::string_view word) const {
  if (word.empty()) return 0;
  uint32_t flags = WordFlags(word);
  if (IsAscii(word) || word.size() > PhraseBuffer::kCapacity) return flags;
  const std::string ascii = AsciiSpelling(word);  // rare: only words with marks
  return flags | WordFlags(ascii);
}

bool Gazetteer::HasWordFlag(std::string_view word, uint32_t flag) const {
  return (WordListFlags(word) & flag) != 0;
}

bool Gazetteer::IsGivenName(std::string_view word) const {
  return HasWordFlag(word, index_format::kGivenNameWord);
}

bool Gazetteer::IsPersonNameWord(std::string_view word) const {
  return HasWordFlag(word, index_format::kPersonNameWord | index_format::kGivenNameWord);
}

bool Gazetteer::IsCommonWord(std::string_view lowercase_word) const {
  return HasWordFlag(lowercase_word, index_format::kCommonWord);
}

bool Gazetteer::IsDictionaryProperNoun(std::string_view word) const {
  return HasWordFlag(word, index_format::kProperNounWord);
}

std::optional<GazetteerEntry> Gazetteer::CountryByAlpha3(std::string_view code) const {
  const int32_t index = index_.CountryIndex(code);
  if (index < 0) return std::nullopt;
  return GazetteerEntry(&index_, static_cast<uint32_t>(index));
}

}  // namespace newsgraph::extract
