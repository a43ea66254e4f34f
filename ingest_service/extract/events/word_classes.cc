#include "ingest_service/extract/events/word_classes.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace newsgraph::extract::events {
namespace {

// A fixed set of words, bucketed by length and first character so that a
// lookup compares a word with the few members that share both: cheaper
// than hashing the word (these are asked about every token near a trigger).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    std::stable_sort(words_.begin(), words_.end(),
                     [](std::string_view a, std::string_view b) { return Key(a) < Key(b); });
    size_t w = 0;
    for (size_t k = 0; k <= kBuckets; ++k) {
      while (w < words_.size() && Key(words_[w]) < k) ++w;
      start_[k] = static_cast<uint16_t>(w);
    }
  }

  bool contains(std::string_view word) const {
    const size_t k = Key(word);
    for (size_t i = start_[k]; i < start_[k + 1]; ++i) {
      if (words_[i] == word) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kBuckets = 16 * 32;
  // The empty word has a bucket of its own (no set holds it).
  static size_t Key(std::string_view w) {
    if (w.empty()) return 0;
    return std::min<size_t>(w.size(), 15) * 32 + (static_cast<unsigned char>(w[0]) & 31);
  }

  std::vector<std::string_view> words_;  // by Key
  uint16_t start_[kBuckets + 1];         // words_ of key k: [start_[k], start_[k + 1])
};

bool In(const WordSet& set, std::string_view word) { return set.contains(word); }

}  // namespace

bool IsLocativePreposition(std::string_view word) {
  static const WordSet* set = new WordSet{"in", "at", "near", "inside", "outside", "across",
                                          "throughout", "around"};
  return In(*set, word);
}

bool IsPreposition(std::string_view word) {
  static const WordSet* set = new WordSet{
      "in",     "at",     "near",   "from",    "to",      "into",   "on",     "with",
      "for",    "by",     "against", "about",  "over",    "under",  "after",  "before",
      "during", "since",  "via",    "following", "despite", "amid", "inside", "outside",
      "across", "toward", "towards", "than",   "like",    "between", "among", "without",
      "through", "throughout", "around", "upon", "within", "including", "unlike", "as"};
  return In(*set, word);
}

bool IsClauseWord(std::string_view word) {
  static const WordSet* set = new WordSet{
      "who", "which", "that", "while", "whereas", "after", "before", "because", "although",
      "though", "when", "where", "since", "but", "whom", "whose", "if", "unless"};
  return In(*set, word);
}

bool IsSpeechVerb(std::string_view word) {
  static const WordSet* set = new WordSet{
      "said",   "says",    "say",      "announced", "announces", "stated",   "told",
      "added",  "claimed", "claims",   "reported",  "according", "tweeted",  "wrote",
      "stressed", "noted", "explained", "insisted", "argued",    "believes", "believed",
      "indicated", "revealed", "confirmed", "declared", "suggested"};
  return In(*set, word);
}

bool IsTitleWord(std::string_view word) {
  static const WordSet* set = new WordSet{
      "of",        "the",        "'s",        "'",          "-",          "ex",       "former",
      "late",      "then",       "acting",    "new",        "top",        "foreign",  "defense",
      "defence",   "prime",      "minister",  "secretary",  "state",      "president", "chancellor",
      "leader",    "general",    "spokesman", "spokeswoman", "spokesperson", "opposition", "navy",
      "army",      "military",   "official",  "envoy",      "chief",      "deputy",   "vice",
      "senator",   "king",       "queen",     "princess",   "prince",     "commander", "counterpart",
      "his",       "her",        "national",  "security",   "advisor",    "adviser",  "interior",
      "finance",   "trade",      "energy",    "ministry",   "head",       "chairman", "chair",
      "airline",   "carrier",    "company",   "firm",       "group",      "militia",  "party",
      "network",   "broadcaster", "ambassador", "executive", "attorney",  "colonel",  "lieutenant",
      "governor",  "mayor",      "premier",   "representative", "speaker", "solicitor", "justice",
      "opposition", "activist",  "lawmaker",  "politician", "diplomat",   "general's", "industry",
      "affairs",   "economy",    "health",    "commissioner", "ministers", "presidents", "member",
      "senior",    "supreme",    "religious", "spiritual",  "army's",     "force",    "forces",
      "air",       "central",    "bank",      "oil",        "state-owned", "owned",   "giant",
      "operator",  "manufacturer", "media",   "outlet",     "newspaper",  "agency",   "mr",
      "mrs",       "ms",         "dr",        ".",          "vice-president", "first", "lady",
      "based",     "non",        "profit",    "nonprofit",  "retailer"};
  return In(*set, word);
}

bool IsGroupNoun(std::string_view word) {
  static const WordSet* set = new WordSet{
      "leaders", "members", "officials", "representatives", "delegations", "delegation",
      "government", "ministers", "heads", "forces", "troops", "authorities", "members'",
      "presidents", "spokesperson", "spokesman", "representative", "head", "leader"};
  return In(*set, word);
}

bool IsVerbGroupWord(std::string_view word) {
  static const WordSet* set = new WordSet{
      "has",  "have",  "had",   "was",     "were",  "is",    "are",    "be",      "been",
      "will", "would", "shall", "did",     "does",  "do",    "also",   "then",    "later",
      "not",  "never", "already", "since", "first", "further", "again", "jointly", "once",
      "'ll",  "'s",    "'ve",   "'d",      "both",  "all",   "just",   "still",   "soon"};
  if (In(*set, word)) return true;
  return word.size() > 4 && word.substr(word.size() - 2) == "ly";
}

bool IsSubjectPronoun(std::string_view word) {
  return word == "he" || word == "she" || word == "we" || word == "i" || word == "they" ||
         word == "it";
}

}  // namespace newsgraph::extract::events
