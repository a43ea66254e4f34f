#include "ingest_service/extract/quotes/lexicon.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::extract::quotes {
namespace {

constexpr std::string_view kSpeechVerbs[] = {
    // say, tell, add, state, write, tweet ...
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
    "stated", "states", "stating", "wrote", "writes", "writing", "written", "tweeted", "tweets",
    "tweeting", "posted", "asked", "asks", "asking", "explained", "explains", "explaining",
    "announced", "announces", "announcing", "warned", "warns", "warning", "noted", "notes",
    "noting", "insisted", "insists", "insisting", "argued", "argues", "arguing", "claimed",
    "claims", "claiming", "declared", "declares", "declaring", "described", "describes",
    "describing", "called", "calls", "calling", "urged", "urges", "urging", "stressed", "stresses",
    "stressing", "emphasised", "emphasized", "emphasises", "emphasizes", "emphasising",
    "emphasizing", "underlined", "underlines", "underlining", "underscored", "commented",
    "comments", "commenting", "remarked", "remarks", "replied", "replies", "replying", "responded",
    "responds", "responding", "answered", "continued", "continues", "concluded", "acknowledged",
    "acknowledges", "admitted", "admits", "admitting", "conceded", "confirmed", "confirms",
    "confirming", "denied", "denies", "suggested", "suggests", "suggesting", "predicted",
    "predicts", "promised", "promises", "pledged", "vowed", "vows", "threatened", "accused",
    "accuses", "accusing", "criticised", "criticized", "criticises", "criticizes", "criticising",
    "criticizing", "condemned", "condemns", "praised", "praises", "hailed", "hails",
    "characterised", "characterized", "characterises", "characterizes", "labelled", "labeled",
    "branded", "recalled", "recalls", "observed", "reported", "reports", "reporting", "revealed",
    "reveals", "disclosed", "alleged", "alleges", "maintained", "maintains", "reiterated",
    "reiterates", "repeated", "joked", "shouted", "cried", "pointed", "indicated", "indicates",
    "informed", "spoke", "speaks", "speaking", "addressed", "agreed", "believes", "believed",
    "thinks", "feels", "hopes", "expects", "estimated", "estimates", "mentioned", "quipped",
    "boasted", "complained", "complains", "lamented", "conceded", "assured", "assures", "affirmed",
    "proclaimed", "pleaded", "demanded", "demands", "cautioned", "cited", "citing", "blasted",
    "slammed", "dismissed", "welcomed", "thanked", "appealed", "wondered", "read", "reads",
    "quoted", "quoting", "sang", "testified",
    // Base forms, after "to" and modals: "went on to add", "will say".
    "add", "write", "state", "explain", "warn", "note", "claim", "insist", "argue", "declare",
    "describe", "urge", "stress", "comment", "reply", "respond", "confirm", "deny", "suggest",
    "predict", "promise", "vow", "accuse", "criticise", "criticize", "praise", "recall",
    "reiterate", "acknowledge", "admit", "concede", "announce", "tweet", "ask", "reveal", "caution",
    "quip", "conclude", "emphasise", "emphasize", "speak", "post"};

constexpr std::string_view kPrepositions[] = {
    "of",     "to",      "with",   "by",      "from",   "for",     "against",
    "about",  "at",      "in",     "on",      "into",   "onto",    "over",
    "under",  "between", "among",  "amongst", "toward", "towards", "like",
    "than",   "via",     "upon",   "after",   "before", "behind",  "beside",
    "near",   "without", "within", "through", "during", "despite", "including",
    "unlike", "versus",  "vs",     "beyond",  "across", "around",  "alongside"};

constexpr std::string_view kDeterminers[] = {"the", "a",   "an",    "this",  "that", "its",
                                             "his", "her", "their", "these", "those"};
constexpr std::string_view kDefinites[] = {"the", "this", "its", "his", "her", "their"};

constexpr std::string_view kVerbModifiers[] = {
    "has",     "had",    "have",   "was",     "were",    "is",         "are",      "will",
    "would",   "could",  "should", "may",     "might",   "must",       "can",      "did",
    "does",    "do",     "been",   "be",      "also",    "later",      "then",     "again",
    "once",    "still",  "just",   "earlier", "further", "previously", "recently", "already",
    "often",   "always", "never",  "not",     "too",     "separately", "today",    "yesterday",
    "tonight", "now",    "soon"};

constexpr std::string_view kClauseLinks[] = {"and",   "but",  "which",  "who",   "that", "then",
                                             "while", "whom", "before", "after", "as"};

constexpr std::string_view kMalePronouns[] = {"he", "him"};
constexpr std::string_view kFemalePronouns[] = {"she", "her"};
constexpr std::string_view kOrganizationPronouns[] = {"it", "they", "them"};

constexpr std::string_view kPersonRoles[] = {
    "president",     "minister",       "premier",       "chancellor", "king",       "queen",
    "prince",        "princess",       "emperor",       "pope",       "secretary",  "spokesman",
    "spokeswoman",   "spokesperson",   "commissioner",  "director",   "chairman",   "chairwoman",
    "chairperson",   "chief",          "ceo",           "executive",  "governor",   "mayor",
    "senator",       "congressman",    "congresswoman", "lawmaker",   "legislator", "mp",
    "ambassador",    "envoy",          "diplomat",      "leader",     "general",    "commander",
    "colonel",       "admiral",        "officer",       "official",   "judge",      "lawyer",
    "attorney",      "prosecutor",     "analyst",       "economist",  "professor",  "researcher",
    "scientist",     "expert",         "manager",       "founder",    "boss",       "head",
    "coach",         "captain",        "player",        "striker",    "midfielder", "defender",
    "goalkeeper",    "champion",       "singer",        "actor",      "actress",    "star",
    "producer",      "author",         "writer",        "novelist",   "journalist", "reporter",
    "editor",        "correspondent",  "activist",      "campaigner", "protester",  "candidate",
    "nominee",       "deputy",         "counterpart",   "monarch",    "sheikh",     "cleric",
    "imam",          "bishop",         "archbishop",    "priest",     "ayatollah",  "businessman",
    "businesswoman", "entrepreneur",   "investor",      "owner",      "chairman",   "rapper",
    "musician",      "comedian",       "presenter",     "host",       "veteran",    "dictator",
    "strongman",     "speaker",        "adviser",       "advisor",    "aide",       "negotiator",
    "inspector",     "superintendent", "sergeant",      "lieutenant", "major",      "brigadier",
    "marshal",       "father",         "mother",        "son",        "daughter",   "widow",
    "wife",          "husband",        "brother",       "sister",     "doctor",     "surgeon",
    "teacher",       "student",        "founder",       "partner",    "rival",      "opponent",
    "challenger",    "incumbent",      "prime",         "vice"};

constexpr std::string_view kOrganizationRoles[] = {
    "party",        "ministry",       "government",  "company",      "firm",        "group",
    "agency",       "bank",           "union",       "council",      "commission",  "committee",
    "organization", "organisation",   "court",       "army",         "military",    "police",
    "network",      "channel",        "broadcaster", "newspaper",    "paper",       "daily",
    "magazine",     "airline",        "club",        "team",         "league",      "association",
    "federation",   "alliance",       "coalition",   "movement",     "office",      "department",
    "body",         "institute",      "university",  "foundation",   "fund",        "board",
    "carmaker",     "retailer",       "giant",       "operator",     "regulator",   "watchdog",
    "authority",    "administration", "parliament",  "assembly",     "congress",    "senate",
    "cabinet",      "palace",         "embassy",     "consortium",   "charity",     "station",
    "service",      "website",        "exchange",    "manufacturer", "maker",       "insurer",
    "lender",       "bureau",         "corporation", "agency",       "broadcaster", "outlet",
    "publisher",    "studio",         "label",       "chain",        "supermarket", "brand",
    "group",        "force",          "forces",      "militia",      "rebels",      "junta",
    "regime",       "tribunal",       "secretariat", "directorate",  "mission",     "delegation",
    "network",      "team",           "side",        "squad",        "club",        "firm",
    "newspaper",    "tabloid",        "daily"};

constexpr std::string_view kMaleMarkers[] = {
    "mr",       "sir",         "lord",        "king",    "prince",    "duke",  "emperor",
    "pope",     "brother",     "father",      "husband", "son",       "man",   "spokesman",
    "chairman", "businessman", "congressman", "actor",   "monsieur",  "senor", "herr",
    "he",       "his",         "him",         "sheikh",  "ayatollah", "uncle"};
constexpr std::string_view kFemaleMarkers[] = {
    "ms",       "mrs",         "miss",       "madam",         "madame",
    "lady",     "dame",        "queen",      "princess",      "duchess",
    "countess", "sister",      "mother",     "wife",          "daughter",
    "woman",    "spokeswoman", "chairwoman", "businesswoman", "congresswoman",
    "actress",  "sportswoman", "she",        "her",           "hers",
    "widow",    "aunt",        "empress",    "senora",        "frau"};

constexpr std::string_view kNamingWords[] = {"dubbed",     "nicknamed", "titled",  "entitled",
                                             "named",      "so-called", "renamed", "codenamed",
                                             "code-named", "slogan",    "motto",   "hashtag"};

constexpr std::string_view kFollowsQuotation[] = {
    "and",    "or",        "but",       "nor",     "by",      "in",      "of",     "to",
    "for",    "from",      "with",      "as",      "at",      "on",      "into",   "over",
    "under",  "about",     "against",   "that",    "which",   "who",     "whom",   "whose",
    "while",  "because",   "if",        "when",    "whereas", "after",   "before", "than",
    "then",   "is",        "was",       "are",     "were",    "be",      "been",   "being",
    "has",    "have",      "had",       "will",    "would",   "could",   "should", "may",
    "might",  "must",      "can",       "do",      "does",    "did",     "not",    "so",
    "yet",    "also",      "he",        "she",     "it",      "they",    "we",     "i",
    "you",    "according", "instead",   "rather",  "among",   "since",   "until",  "unless",
    "though", "although",  "during",    "despite", "through", "without", "within", "per",
    "via",    "where",     "following", "amid",    "adding",  "saying",  "even",   "only",
    "just",   "upon",      "towards",   "toward"};

constexpr std::string_view kStatementNouns[] = {
    "statement", "statements", "tweet",        "tweets",      "message",    "messages",
    "letter",    "post",       "speech",       "address",     "remarks",    "comments",
    "comment",   "interview",  "announcement", "declaration", "communique", "release",
    "note",      "memo",       "blog",         "column",      "op-ed",      "editorial",
    "report",    "testimony",  "video",        "broadcast",   "words",      "quote"};

constexpr std::string_view kTimeNames[] = {
    "monday",  "tuesday",   "wednesday", "thursday", "friday",    "saturday", "sunday",
    "january", "february",  "march",     "april",    "may",       "june",     "july",
    "august",  "september", "october",   "november", "december",  "jan",      "feb",
    "mar",     "apr",       "jun",       "jul",      "aug",       "sep",      "sept",
    "oct",     "nov",       "dec",       "today",    "yesterday", "tomorrow", "tonight"};

// An open-addressing table from lower-case words to their class bits,
// hashed while the word is lower-cased. Built once; read-only after.
class WordTable {
 public:
  static constexpr size_t kMaxWord = 24;

  void Add(std::string_view word, uint32_t bits) {
    size_t slot = Hash(word) & kMask;
    while (!slots_[slot].word.empty() && slots_[slot].word != word) slot = (slot + 1) & kMask;
    slots_[slot].word = word;
    slots_[slot].bits |= bits;
  }

  // The bits of `lower` (already lower case) whose hash is `hash`.
  uint32_t Find(std::string_view lower, uint32_t hash) const {
    for (size_t slot = hash & kMask;; slot = (slot + 1) & kMask) {
      const Slot& entry = slots_[slot];
      if (entry.word.empty()) return 0;
      if (entry.word.size() == lower.size() &&
          std::memcmp(entry.word.data(), lower.data(), lower.size()) == 0) {
        return entry.bits;
      }
    }
  }

  // FNV-1a, the same as HashStep applied byte by byte.
  static uint32_t Hash(std::string_view word) {
    uint32_t hash = kHashSeed;
    for (char c : word) hash = HashStep(hash, c);
    return hash;
  }
  static constexpr uint32_t kHashSeed = 2166136261u;
  static uint32_t HashStep(uint32_t hash, char c) {
    return (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  }

 private:
  static constexpr size_t kSlots = 2048;  // a power of two, over twice the word count
  static constexpr size_t kMask = kSlots - 1;
  struct Slot {
    std::string_view word;
    uint32_t bits = 0;
  };
  std::array<Slot, kSlots> slots_{};
};

template <size_t N>
void AddAll(WordTable& table, const std::string_view (&words)[N], uint32_t bit) {
  for (std::string_view word : words) table.Add(word, bit);
}

// Lower-case ASCII words of five or more letters that end in "ly" and are
// not nouns or adjectives that happen to ("family", "rally", "supply").
bool IsLyAdverb(std::string_view lower) {
  if (lower.size() < 5 || lower.substr(lower.size() - 2) != "ly") return false;
  static constexpr std::string_view kNotAdverbs[] = {
      "family", "rally", "supply", "assembly", "monopoly", "anomaly", "ugly",    "holy",
      "only",   "early", "likely", "daily",    "weekly",   "monthly", "elderly", "friendly"};
  for (std::string_view not_adverb : kNotAdverbs) {
    if (lower == not_adverb) return false;
  }
  return true;
}

// For each byte: its lower-case form when it may appear in a lexicon word
// (ASCII letters, digits, '-' and '.'), 0 when it may not.
constexpr std::array<char, 256> kKeyChars = [] {
  std::array<char, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<char>(c - 'A' + 'a');
  for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<char>(c);
  table['-'] = '-';
  table['.'] = '.';
  return table;
}();

}  // namespace

// Builds the table once and looks words up in it.
class LexiconTable {
 public:
  static WordClasses Lookup(std::string_view word) {
    if (word.empty() || word.size() > WordTable::kMaxWord) return WordClasses();
    char lower[WordTable::kMaxWord];
    uint32_t hash = WordTable::kHashSeed;
    for (size_t i = 0; i < word.size(); ++i) {
      const char c = kKeyChars[static_cast<unsigned char>(word[i])];
      if (c == 0) return WordClasses();
      lower[i] = c;
      hash = WordTable::HashStep(hash, c);
    }
    const std::string_view key(lower, word.size());
    uint32_t bits = Table().Find(key, hash);
    // Only lower-case adverbs: "Italy" and "Kelly" are names.
    if (word[0] >= 'a' && word[0] <= 'z' && IsLyAdverb(key)) bits |= WordClasses::kLyAdverb;
    return WordClasses(bits);
  }

 private:
  static const WordTable& Table() {
    static const WordTable* const kTable = [] {
      auto* table = new WordTable();
      AddAll(*table, kSpeechVerbs, WordClasses::kSpeechVerb);
      AddAll(*table, kPrepositions, WordClasses::kPreposition);
      AddAll(*table, kDeterminers, WordClasses::kDeterminer);
      AddAll(*table, kDefinites, WordClasses::kDefinite);
      AddAll(*table, kVerbModifiers, WordClasses::kVerbModifier);
      AddAll(*table, kClauseLinks, WordClasses::kClauseLink);
      AddAll(*table, kMalePronouns, WordClasses::kMalePronoun);
      AddAll(*table, kFemalePronouns, WordClasses::kFemalePronoun);
      AddAll(*table, kOrganizationPronouns, WordClasses::kOrganizationPronoun);
      AddAll(*table, kPersonRoles, WordClasses::kPersonRole);
      AddAll(*table, kOrganizationRoles, WordClasses::kOrganizationRole);
      AddAll(*table, kMaleMarkers, WordClasses::kMaleMarker);
      AddAll(*table, kFemaleMarkers, WordClasses::kFemaleMarker);
      AddAll(*table, kNamingWords, WordClasses::kNamingWord);
      AddAll(*table, kFollowsQuotation, WordClasses::kCanFollowQuotation);
      AddAll(*table, kSpeechVerbs, WordClasses::kCanFollowQuotation);
      AddAll(*table, kStatementNouns, WordClasses::kStatementNoun);
      AddAll(*table, kTimeNames, WordClasses::kTimeName);
      return table;
    }();
    return *kTable;
  }
};

WordClasses WordClasses::Of(std::string_view word) { return LexiconTable::Lookup(word); }

PronounKind WordClasses::pronoun() const {
  if (Has(kMalePronoun)) return PronounKind::kMale;
  if (Has(kFemalePronoun)) return PronounKind::kFemale;
  if (Has(kOrganizationPronoun)) return PronounKind::kOrganization;
  return PronounKind::kNone;
}

RoleKind WordClasses::role() const {
  if (Has(kPersonRole)) return RoleKind::kPerson;
  if (Has(kOrganizationRole)) return RoleKind::kOrganization;
  return RoleKind::kNone;
}

Gender WordClasses::gender() const {
  if (Has(kFemaleMarker)) return Gender::kFemale;
  if (Has(kMaleMarker)) return Gender::kMale;
  return Gender::kUnknown;
}

bool IsSpeechVerb(std::string_view word) { return WordClasses::Of(word).speech_verb(); }
bool IsPreposition(std::string_view word) { return WordClasses::Of(word).preposition(); }
bool IsDeterminer(std::string_view word) { return WordClasses::Of(word).determiner(); }
bool IsDefiniteDeterminer(std::string_view word) {
  return WordClasses::Of(word).definite_determiner();
}
bool IsVerbModifier(std::string_view word) { return WordClasses::Of(word).verb_modifier(); }
bool IsClauseLink(std::string_view word) { return WordClasses::Of(word).clause_link(); }
bool IsNamingWord(std::string_view word) { return WordClasses::Of(word).naming_word(); }
bool CanFollowQuotation(std::string_view word) {
  return WordClasses::Of(word).can_follow_quotation();
}
bool IsStatementNoun(std::string_view word) { return WordClasses::Of(word).statement_noun(); }
bool IsTimeName(std::string_view word) { return WordClasses::Of(word).time_name(); }
PronounKind ClassifyPronoun(std::string_view word) { return WordClasses::Of(word).pronoun(); }
RoleKind ClassifyRoleNoun(std::string_view word) { return WordClasses::Of(word).role(); }
Gender GenderOfMarker(std::string_view word) { return WordClasses::Of(word).gender(); }

}  // namespace newsgraph::extract::quotes
