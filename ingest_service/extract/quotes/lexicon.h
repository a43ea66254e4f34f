// The closed word classes that quote attribution reads in news English:
// speech verbs ("said", "told", "tweeted"), prepositions, determiners,
// adverbs and auxiliaries that sit between a speaker and a verb, subject
// pronouns, role nouns that stand for a named person or organization ("the
// commissioner", "the party"), gender markers, and the words that turn a
// quoted phrase into a name ("dubbed", "so-called").
//
// Every function takes one word as it appears in the text (any case, ASCII
// letters; a word with other bytes is in no class) and looks it up in a
// read-only table built on first use. WordClasses holds the result of one
// lookup, for scanners that ask several questions about the same word.
// Thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_LEXICON_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::extract::quotes {

// What a subject pronoun can stand for.
enum class PronounKind {
  kNone,
  kMale,          // he, him
  kFemale,        // she, her
  kOrganization,  // it, they, them
};

// Which kind of entity a role noun names.
enum class RoleKind {
  kNone,
  kPerson,        // president, spokesman, commissioner, king ...
  kOrganization,  // party, ministry, company, agency ...
};

// A gender that words around a name imply ("Mr", "Queen", "spokeswoman").
enum class Gender { kUnknown, kMale, kFemale };

// The classes of one word, looked up once. A small value type.
class WordClasses {
 public:
  WordClasses() = default;
  static WordClasses Of(std::string_view word);

  bool speech_verb() const { return Has(kSpeechVerb); }
  bool preposition() const { return Has(kPreposition); }
  bool determiner() const { return Has(kDeterminer); }
  bool definite_determiner() const { return Has(kDefinite); }
  bool verb_modifier() const { return Has(kVerbModifier) || Has(kLyAdverb); }
  bool clause_link() const { return Has(kClauseLink); }
  bool naming_word() const { return Has(kNamingWord); }
  bool can_follow_quotation() const { return Has(kCanFollowQuotation) || Has(kLyAdverb); }
  bool statement_noun() const { return Has(kStatementNoun); }
  bool time_name() const { return Has(kTimeName); }
  PronounKind pronoun() const;
  RoleKind role() const;
  Gender gender() const;

 private:
  friend class LexiconTable;
  enum Bit : uint32_t {
    kSpeechVerb = 1u << 0,
    kPreposition = 1u << 1,
    kDeterminer = 1u << 2,
    kDefinite = 1u << 3,
    kVerbModifier = 1u << 4,
    kClauseLink = 1u << 5,
    kMalePronoun = 1u << 6,
    kFemalePronoun = 1u << 7,
    kOrganizationPronoun = 1u << 8,
    kPersonRole = 1u << 9,
    kOrganizationRole = 1u << 10,
    kMaleMarker = 1u << 11,
    kFemaleMarker = 1u << 12,
    kNamingWord = 1u << 13,
    kCanFollowQuotation = 1u << 14,
    kStatementNoun = 1u << 15,
    kTimeName = 1u << 16,
    kLyAdverb = 1u << 17,  // "publicly", "reportedly"
  };

  explicit WordClasses(uint32_t bits) : bits_(bits) {}
  bool Has(uint32_t bit) const { return (bits_ & bit) != 0; }

  uint32_t bits_ = 0;
};

// A verb of saying in any inflection: "said", "says", "saying", "told",
// "tweeted", "added", "warned", "described", "calling" ...
bool IsSpeechVerb(std::string_view word);

// Prepositions that make the following name an object, not a subject:
// "of", "to", "with", "by", "from", "for", "against" ...
bool IsPreposition(std::string_view word);

// "the", "a", "an", "this", "that", "its", "his", "her", "their".
bool IsDeterminer(std::string_view word);

// "the" or "this" or a possessive determiner: a definite description.
bool IsDefiniteDeterminer(std::string_view word);

// Words that may sit between a subject and its verb without changing the
// subject: auxiliaries ("has", "had", "was"), "also", "later", "then",
// "again", and adverbs in -ly ("publicly", "reportedly").
bool IsVerbModifier(std::string_view word);

// Conjunctions and relative pronouns after which the subject of a verb lies
// further back: "and", "but", "which", "who", "that".
bool IsClauseLink(std::string_view word);

// The kind of a subject or object pronoun ("he", "She", "they", "it",
// "him", "her", "them"); kNone for any other word.
PronounKind ClassifyPronoun(std::string_view word);

// The kind of entity a role noun names ("commissioner", "party"); kNone
// for other words.
RoleKind ClassifyRoleNoun(std::string_view word);

// The gender that a title or noun implies ("Mr", "King", "spokeswoman").
Gender GenderOfMarker(std::string_view word);

// Words after which a quoted phrase is a name, not a quotation: "dubbed",
// "nicknamed", "titled", "entitled", "named", "so-called", "codenamed".
bool IsNamingWord(std::string_view word);

// Words that may follow a short quotation that is still a quotation and
// not a quoted modifier ("a "no deal" Brexit"): conjunctions,
// prepositions, auxiliaries, pronouns, speech verbs ...
bool CanFollowQuotation(std::string_view word);

// Names of weekdays and months ("Tuesday", "Jan"): capitalized words that
// are not part of a title before a name ("on Tuesday Mitsotakis met").
bool IsTimeName(std::string_view word);

// Nouns of a written or spoken statement, which name its author after
// "by" or "from": "statement", "tweet", "message", "letter", "speech" ...
bool IsStatementNoun(std::string_view word);

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_LEXICON_H_
