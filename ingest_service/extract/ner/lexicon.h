// Lexicon: the authored word lists the entity rules read — the closed
// classes of news English that no gazetteer holds: titles and ranks,
// honorifics, status words ("former", "acting"), the head nouns that make
// a name an organization ("Ministry", "Party", "Airlines"), a facility
// ("Airport", "pipeline") or a named thing ("Treaty", "Programme"), name
// particles ("al", "van", "bin"), and capitalised words that are never
// names (months, weekdays).
//
// Lookups take the word as written; most lists are matched on the
// lower-cased word (see each function). Thread-safe: the tables are built
// once and never change.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_LEXICON_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

// What kind of name a head noun makes.
struct HeadInfo {
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  const char* sector = "";  // CAMEO-style: GOV, MIL, MED, BUS, ...
  // True when the head may stand in lower case and still belong to the
  // name before it ("Baku-Tbilisi-Ceyhan pipeline", "Gyeonggi province").
  bool lower_case_ok = false;
  // True when the head usually opens the name ("Ministry of ...",
  // "University of ...") rather than closing it.
  bool opens_name = false;
};

// The head noun `word` (lower-cased) makes, or nullptr. Plurals of
// government heads ("ministries") are included.
const HeadInfo* FindHead(std::string_view lower_word);

// Words that, as the last word of a title phrase, make it a title:
// "president", "minister", "chairman", "spokesperson", ... (lower-cased).
bool IsTitleHead(std::string_view lower_word);

// Words that can stand before a title head inside a title ("defense" in
// "Defense Minister", "deputy", "prime", "foreign", "vice") (lower-cased).
bool IsTitleModifier(std::string_view lower_word);

// Military and police ranks, which are roles of kind RANK. `lower_phrase`
// is one or more lower-cased words joined by single spaces ("colonel
// general", "gen.").
bool IsRank(std::string_view lower_phrase);

// "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady",
// "Sheikh"... with or without the period (as written, case-sensitive).
bool IsHonorific(std::string_view word);

// The status a word gives the title after it: "former", "ex", "late" →
// FORMER; "acting", "interim", "caretaker" → ACTING; "elect" →
// ELECT (lower-cased); UNSPECIFIED otherwise.
v1::RoleStatus StatusWord(std::string_view lower_word);

// Name particles that stay lower case inside a person's or a place's name:
// "al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "der",
// "la", "le", "dos" ... (as written).
bool IsNameParticle(std::string_view word);

// Capitalised words that are never entity names on their own: months,
// weekdays, "I" (as written).
bool IsNeverName(std::string_view word);

// Prepositions after which a capitalised name is most likely a place:
// "in", "at", "near", "from", "to", "across" ... (lower-cased).
bool IsPlacePreposition(std::string_view lower_word);

// Lower-cased nouns for a kind of company or body that stand before its
// name ("airline Mahan Air", "firms including Siemens"): the type they give.
const HeadInfo* FindDescriptor(std::string_view lower_word);

// Function words and common sentence openers ("the", "during", "however",
// "he", "earlier") that are capitalised only because a sentence starts
// with them (lower-cased).
bool IsFunctionWord(std::string_view lower_word);

// Speech and report verbs ("said", "told", "reports") (lower-cased).
bool IsSpeechVerb(std::string_view lower_word);

// Person-name endings common in the regions news covers ("-vili", "-dze",
// "-ov", "-enko", "-ski", ...): a word with one is likely a surname.
bool HasSurnameEnding(std::string_view word);

// Everything the lists say of one lower-cased word, from one lookup.
enum WordFlag : uint32_t {
  kWordTitleHead = 1u << 0,
  kWordTitleModifier = 1u << 1,
  kWordFunction = 1u << 2,
  kWordParticle = 1u << 3,
  kWordPlacePreposition = 1u << 4,
  kWordSpeechVerb = 1u << 5,
  kWordNeverName = 1u << 6,  // months, weekdays (when capitalised)
  kWordHonorific = 1u << 7,  // when capitalised
};
struct WordInfo {
  uint32_t flags = 0;
  const HeadInfo* head = nullptr;
  const HeadInfo* descriptor = nullptr;
  v1::RoleStatus status = v1::ROLE_STATUS_UNSPECIFIED;
};
// The entry of `lower_word`; an empty one when no list holds it.
const WordInfo& LookupWord(std::string_view lower_word);

// `s` in lower case (ASCII letters only; other bytes unchanged).
std::string AsciiLower(std::string_view s);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_LEXICON_H_
