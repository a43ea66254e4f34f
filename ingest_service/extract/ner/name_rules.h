// The rules the sentence segmenter applies inside a chunk of capitalised
// words, each a plain function over a SentenceView:
//
//   MatchTitle         "Defense Minister", "Secretary of State", "Colonel General"
//   MatchHeadedName    "Parliament of Georgia", "Azerbaijan Defense Ministry",
//                      "GUAM Organization for Democracy and Economic Development"
//   BestHit / AcceptPlace / ApplyHit
//                      which gazetteer entry a phrase names, and whether a
//                      place name needs more context first
//   ClassifyInSentence types the leftover names from what surrounds them
//                      (a title before, a given name, "said" after ...)
//
// Thread-safe (no state).
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_NAME_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_NAME_RULES_H_

#include <cstdint>
#include <vector>

#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_lookup.h"
#include "ingest_service/extract/ner/segment.h"
#include "ingest_service/extract/ner/sentence_view.h"

namespace newsgraph::extract {

// A title or rank at the start of tokens [first, limit).
struct TitleMatch {
  uint32_t last = 0;         // one past the title; == first when there is none
  bool rank = false;         // a military or police rank
  uint32_t place_first = 0;  // "Ambassador to Germany": where "Germany" starts
};
TitleMatch MatchTitle(const SentenceView& s, uint32_t first, uint32_t limit);

// A name built around a head noun, tokens [first, last).
struct HeadedName {
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t head = 0;              // the head that types the name
  const HeadInfo* info = nullptr;
  bool plural = false;            // "Ministries of Azerbaijan and Georgia"
  uint32_t place_first = 0;       // "of Georgia": the place's tokens, when any
  uint32_t place_last = 0;
  uint32_t second_place_first = 0;  // "... and Georgia" after a plural head
  uint32_t second_place_last = 0;
};
bool MatchHeadedName(const SentenceView& s, const NameLookup& lookup, uint32_t first,
                     uint32_t limit, HeadedName* out);

// The segments for a headed name: one, or two for a plural head shared by
// two places ("Defense Ministries of Azerbaijan and Georgia"), plus the
// places themselves.
std::vector<Segment> BuildHeadedSegments(const SentenceView& s, const NameLookup& lookup,
                                         const HeadedName& headed);

// The entry a phrase most likely names, without context: a country before
// an organization before a region before a city (larger first); a region
// named after its town stands for the town. `hits` must not be empty.
const GazetteerHit& BestHit(const std::vector<GazetteerHit>& hits);
// The same ranking before a region gives way to its town (the first of
// equals).
const GazetteerHit& TopHit(const std::vector<GazetteerHit>& hits);

// "city", "province", "district", "taluk": lower-case nouns that say the
// name next to them is a place.
bool IsPlaceNoun(std::string_view lower_word);
// Whether tokens [first, last) have a place noun right after them ("Chiang
// Rai province") or "NOUN of" right before ("the city of Granada").
bool HasPlaceNoun(const SentenceView& s, uint32_t first, uint32_t last);

// Copies the entry's type, name, key, country and ids into `seg`.
void ApplyHit(const GazetteerHit& hit, Segment* seg);

// Whether a gazetteer place of tokens [first, last) is taken without more
// evidence: countries, organizations and big cities are; a small town
// whose name is also a person's name or a word needs a place preposition
// or place noun next to it, or a country after it.
struct ChunkBounds {
  uint32_t first;
  uint32_t last;
};
bool AcceptPlace(const SentenceView& s, const NameLookup& lookup, uint32_t first,
                   uint32_t last, const GazetteerHit& hit, ChunkBounds chunk);

// Types the untyped name segments of one sentence, segments[first_new..],
// from their neighbours and the words around them.
void ClassifyInSentence(const SentenceView& s, const NameLookup& lookup,
                        std::vector<Segment>* segments, size_t first_new);

// The identity key of a name within an article: "person:zakir hasanov".
std::string NameKey(v1::EntityType type, std::string_view name);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_NAME_RULES_H_
