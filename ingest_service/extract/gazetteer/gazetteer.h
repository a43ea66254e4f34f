// Gazetteer: the extractor's lookup of known names — countries (ISO codes,
// official and common names, demonyms, plural nationality nouns),
// first-level regions, GeoNames cities and towns with their alternate
// names, continents, seas and world regions, and well-known organizations
// with their acronyms — plus the word lists the NER uses to tell names
// from common words (given names, people's name parts, English words).
//
// The data is one index file built at build time by gazetteer_builder
// (see docs/DATA.md) and mapped read-only: Load takes a few tens of
// milliseconds and the mapping is shared with the page cache.
//
// Lookups are exact and case-sensitive on the normal form (typographic
// apostrophes and dashes and runs of spaces normalized, see
// phrase_normalizer.h); LookupFolded is the loose fallback (case, marks
// and punctuation ignored). Neither allocates. An ambiguous name returns
// every entry ("Georgia": the country and the US state); results come
// most prominent first (countries, organizations, other places, then
// capitals, regional seats and cities over 100,000, then regions, then
// other towns; main names before alternate names, then by population), so
// "Washington" gives the US capital, the state, then the smaller towns.
// Deciding between them from context is the caller's job; entries carry
// what that needs: kind, subtype, country, population, feature code.
//
// Immutable after Load: every method is const and thread-safe. Results
// (GazetteerMatches, GazetteerEntry, string_views) point into the mapping
// and are valid while the Gazetteer lives.
//
// Example:
//   NG_ASSIGN_OR_RETURN(std::unique_ptr<Gazetteer> gazetteer,
//                       Gazetteer::Load(DefaultGazetteerPath()));
//   for (const GazetteerMatch& match : gazetteer->Lookup("Gabala")) {
//     match.entry().country_code();  // "AZE"
//   }
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_GAZETTEER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/extract/gazetteer/gazetteer_entry.h"
#include "ingest_service/extract/gazetteer/index_view.h"
#include "ingest_service/extract/gazetteer/mapped_file.h"

namespace newsgraph::extract {

// The index built with this tree ($NEWSGRAPH_GAZETTEER when set).
std::string DefaultGazetteerPath();

class Gazetteer final {
 public:
  // Maps and validates the index at `path`. NOT_FOUND when the file does
  // not exist, DATA_LOSS when it is truncated, of another version or
  // otherwise corrupt.
  static absl::StatusOr<std::unique_ptr<Gazetteer>> Load(const std::string& path);

  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Unique to this loaded index in the process (never reused): caches of
  // what it answered are keyed by it.
  uint64_t instance_id() const { return instance_id_; }

  // Every entry one of whose names (or generated ASCII / romanized
  // spellings, see GazetteerMatch::is_spelling_variant) is exactly
  // `phrase` in normal form. Empty when none. No name starts with a
  // lower-case "the" ("the Netherlands" is stored as "Netherlands"): strip
  // the article first. Names that carry a capital "The" ("The Hague", "The
  // Gambia") are stored with it.
  GazetteerMatches Lookup(std::string_view phrase) const;

  // Every entry one of whose names equals `phrase` ignoring case,
  // diacritics, "-" versus " ", and "'", "." and "," (FoldedKey in
  // name_folding.h): "al-Qaeda" finds "Al Qaeda", "TBILISI" finds Tbilisi,
  // "Kiskunfelegyhaza" finds Kiskunfélegyháza. Looser than Lookup: the
  // matches have is_folded() set; use it when Lookup finds nothing, on
  // phrases the text capitalizes.
  GazetteerMatches LookupFolded(std::string_view phrase) const;

  // The most space-separated words of any name that starts with the word
  // `first_word` (exact, normal form), or 0 when no name starts with it.
  // Lets a caller skip phrases that cannot match: for a token that starts
  // no name, no lookup of longer phrases is needed.
  int MaxWordsStartingWith(std::string_view first_word) const;

  // The most space-separated words of any name.
  int max_phrase_words() const { return static_cast<int>(index_.header().max_phrase_words); }

  // Word lists (exact; a word with diacritics is also tried folded, so
  // "José" is a given name when "Jose" is listed).
  // A given name from the English first-name lists ("Zakir" is not; "John" is).
  bool IsGivenName(std::string_view word) const;
  // Any part of a person's name, given or family, from the people-names list.
  bool IsPersonNameWord(std::string_view word) const;
  // A lower-case English dictionary word ("police", "of", "nice"). Pass
  // the word lower-cased.
  bool IsCommonWord(std::string_view lowercase_word) const;
  // A capitalized word of the English dictionary: a proper noun or a
  // proper adjective ("Georgia", "Washington", "Christian").
  bool IsDictionaryProperNoun(std::string_view word) const;
  // All the word-list flags of `word` as written (index_format::WordFlags),
  // with the same folding as the Is* tests above: one lookup answers them
  // all.
  uint32_t WordListFlags(std::string_view word) const;

  // The country with ISO 3166-1 alpha-3 `code` ("GEO"), or nullopt.
  std::optional<GazetteerEntry> CountryByAlpha3(std::string_view code) const;

  uint32_t entry_count() const { return index_.entry_count(); }
  // REQUIRES: index < entry_count().
  GazetteerEntry entry(uint32_t index) const { return GazetteerEntry(&index_, index); }

  // The size of the mapped index file.
  size_t file_bytes() const { return file_.bytes().size(); }

 private:
  Gazetteer(MappedFile file, IndexView index);

  GazetteerMatches Postings(std::span<const index_format::HashSlot> slots,
                            std::span<const uint32_t> postings, std::string_view key, uint64_t hash,
                            uint32_t extra_bits) const;
  uint32_t WordFlags(std::string_view word) const;
  bool HasWordFlag(std::string_view word, uint32_t flag) const;

  MappedFile file_;
  IndexView index_;
  uint64_t instance_id_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_GAZETTEER_H_
