// NameLookup: what the entity rules ask of the gazetteers, in the terms
// the rules use: the places, countries, demonyms and organizations a phrase
// may name, and whether a word is a given name or a common English word.
// A thin view over extract::Gazetteer, which it does not own.
//
// Thread-safe (read-only) unless it remembers answers: RememberWithin, or
// a LookupCache given at construction (one per thread), make it
// thread-compatible.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_NAME_LOOKUP_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_NAME_LOOKUP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

class Gazetteer;

// One thing a phrase may name. Views point into the gazetteer's storage.
struct GazetteerHit {
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  std::string_view name;     // canonical name
  std::string_view country;  // ISO 3166-1 alpha-3
  std::string_view id;       // "country:GEO", "geonames:611717", "org:nato"
  std::string_view sector;   // "IGO", "GOV", "MED", ...
  std::string_view admin_region;  // a city's first-level region, when known
  uint32_t population = 0;
  float latitude = 0;
  float longitude = 0;
  bool demonym = false;  // the phrase is a demonym or adjective of it
  bool acronym = false;  // the phrase is an acronym of it
};

// What the word lists say of one word, asked once each.
struct WordFacts {
  int32_t flags = -1;  // the word lists' flags as written; -1: not asked yet
  int8_t common = -1;  // of the lower-cased word
  int16_t max_words = -1;
};

// LookupCache: the answers NameLookup got from one gazetteer, kept across
// the articles one thread reads (news repeats its vocabulary: most words
// and names of an article were asked about in an earlier one), so that the
// mapped index is probed once per phrase rather than once per article.
// Bounded: emptied when it holds more than kMaxEntries answers or when
// used with another gazetteer. Not thread-safe: one per thread.
struct LookupCache {
  static constexpr size_t kMaxEntries = 1 << 15;

  uint64_t gazetteer_id = 0;  // Gazetteer::instance_id() of the answers
  absl::flat_hash_map<std::string, std::vector<GazetteerHit>> hits;
  absl::flat_hash_map<std::string, WordFacts> facts;
};

class NameLookup {
 public:
  // With a `cache` (not owned; one per thread, outliving this object),
  // answers are remembered across articles; without one, only within the
  // text given to RememberWithin.
  explicit NameLookup(const Gazetteer* gazetteer, LookupCache* cache = nullptr);

  // Remembers the answers for phrases inside `text` (an article's content,
  // which must outlive this object): news repeats its names, and the rules
  // ask about the same phrase more than once. Makes the object
  // thread-compatible instead of thread-safe: use one per article.
  void RememberWithin(std::string_view text) { text_ = text; }

  // Replaces `hits` with what `phrase` (as written) may name; also tries
  // the diacritic-folded form. Returns !hits->empty().
  bool Find(std::string_view phrase, std::vector<GazetteerHit>* hits) const;
  // Whether `phrase` names anything (Find without the copy).
  bool Has(std::string_view phrase) const;

  bool IsGivenName(std::string_view word) const;
  bool IsFamilyName(std::string_view word) const;
  // `lower_word` is lower case.
  bool IsCommonWord(std::string_view lower_word) const;
  // Whether `word` as written, lower-cased, is a common English word.
  bool IsCommonWordAsWritten(std::string_view word) const;
  // A capitalised word of the English dictionary ("English", "Arab",
  // "Georgia"): a proper noun or adjective with a meaning of its own.
  bool IsDictionaryProperNoun(std::string_view word) const;
  // The longest gazetteer name, in words.
  int max_phrase_words() const;
  // The most words of a name that starts with `first_word` (0: none).
  int MaxWordsStartingWith(std::string_view first_word) const;

  // The canonical name of the country with ISO alpha-3 `code`, or "".
  std::string_view CountryName(std::string_view code) const;

 private:
  bool FindUncached(std::string_view phrase, std::vector<GazetteerHit>* hits) const;
  // Appends the organizations whose acronym is `word` in capitals.
  void AppendAcronymOrganizations(std::string_view word, std::vector<GazetteerHit>* hits) const;
  // The remembered hits of a phrase inside text_ (looked up on first use),
  // or nullptr for a phrase elsewhere.
  const std::vector<GazetteerHit>* Remembered(std::string_view phrase) const;

  // Whether answers about `phrase` are remembered: always with a shared
  // cache, else for phrases inside text_.
  bool Remembers(std::string_view phrase) const;
  // The word lists' flags of `word` as written, remembered per word.
  uint32_t ListFlags(std::string_view word) const;
  // The facts slot of `word` when answers about it are remembered, else
  // nullptr.
  WordFacts* Facts(std::string_view word) const;

  const Gazetteer* gazetteer_;
  std::string_view text_;
  // The shared cache, or own_cache_ (answers about phrases of text_).
  // Keyed by the phrase's text, so every occurrence of a repeated name
  // shares one entry.
  mutable LookupCache own_cache_;
  LookupCache* cache_;
  bool shared_cache_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_NAME_LOOKUP_H_
