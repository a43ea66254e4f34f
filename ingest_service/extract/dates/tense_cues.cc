#include "ingest_service/extract/dates/tense_cues.h"

#include <optional>
#include <string_view>

#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/rule_support.h"

namespace newsgraph::extract::dates {
namespace {

constexpr int kMaxWordsScanned = 40;

enum class Cue : uint8_t { kNone, kFuture, kPast, kParticiple, kBe, kPresent };

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) | 0x20) != static_cast<unsigned char>(lower[i])) {
      return false;
    }
  }
  return true;
}

constexpr std::string_view kFutureWords[] = {
    "will",      "shall",   "ll",       "would",     "scheduled", "expected", "expects",
    "expect",    "plans",   "plan",     "planned",   "due",       "slated",   "upcoming",
    "coming",    "next",    "intends",  "intend",    "tomorrow",  "soon",     "forecast",
    "forecasts", "predict", "predicts", "predicted", "projected", "may",      "might"};

// Future cues that are participles: after "was", "were" or "been" they
// look ahead from a past day ("was expected to end on December 15"), which
// says nothing about the article's date.
constexpr std::string_view kFutureParticiples[] = {"scheduled", "expected",  "planned",
                                                   "slated",    "due",       "forecast",
                                                   "predicted", "projected", "set"};

// Present forms that make "today" mean "nowadays" ("Easter Island is today
// a barren place").
constexpr std::string_view kPresentWords[] = {"is", "are", "am", "has", "have", "remains"};

constexpr std::string_view kPastWords[] = {
    "said", "was",        "were",    "had",  "did",  "ago",  "yesterday", "last",
    "told", "previously", "earlier", "says", "didn", "wasn", "weren",     "hadn"};

// Modals that look back when "have" follows ("might have encouraged").
constexpr std::string_view kModals[] = {"may", "might", "would", "could", "should", "must"};

constexpr std::string_view kIrregularPast[] = {
    "held",   "met",    "made",  "took",  "gave",    "came",    "went",     "began",  "won",
    "lost",   "saw",    "found", "got",   "became",  "spoke",   "wrote",    "led",    "ran",
    "sent",   "struck", "fell",  "rose",  "brought", "bought",  "caught",   "fought", "thought",
    "sought", "taught", "kept",  "felt",  "paid",    "stood",   "withdrew", "drew",   "flew",
    "grew",   "knew",   "threw", "broke", "chose",   "sold",    "shot",     "fled",   "built",
    "spent",  "left",   "begun", "taken", "given",   "written", "spoken",   "shown",  "known"};

// Words in "-ed" that are not verbs in the past.
constexpr std::string_view kNotPastEd[] = {
    "need",     "needed",   "indeed",   "proceed",   "exceed", "succeed", "speed",
    "hundred",  "seed",     "feed",     "breed",     "united", "sacred",  "naked",
    "wicked",   "beloved",  "infrared", "embed",     "bed",    "red",     "shed",
    "wed",      "greed",    "tweed",    "alleged",   "armed",  "based",   "related",
    "advanced", "detailed", "limited",  "concerned", "aged",   "bred"};

constexpr WordSet kFutureWordSet(kFutureWords);
constexpr WordSet kFutureParticipleSet(kFutureParticiples);
constexpr WordSet kPresentWordSet(kPresentWords);
constexpr WordSet kPastWordSet(kPastWords);
constexpr WordSet kModalSet(kModals);
constexpr WordSet kIrregularPastSet(kIrregularPast);
constexpr WordSet kNotPastEdSet(kNotPastEd);

Cue CueOf(const SentenceTokens& tokens, Token t) {
  if (!t.is_word()) return Cue::kNone;
  const std::string_view word = tokens.View(t);
  if (kFutureWordSet.Contains(word)) return Cue::kFuture;
  if (kPastWordSet.Contains(word)) return Cue::kPast;
  if (EqualsLower(word, "be")) return Cue::kBe;
  if (kPresentWordSet.Contains(word)) return Cue::kPresent;
  if (kIrregularPastSet.Contains(word)) return Cue::kParticiple;
  if (word.size() >= 4 && EqualsLower(word.substr(word.size() - 2), "ed") &&
      tokens.IsLowercaseWord(t) && !kNotPastEdSet.Contains(word)) {
    return Cue::kParticiple;
  }
  return Cue::kNone;
}

bool IsDigitAt(std::string_view text, size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// Punctuation that ends a clause; apostrophes, hyphens, symbols and the
// separators inside numbers ("32,000", "2.5") do not.
bool IsBoundary(const SentenceTokens& tokens, Token t) {
  if (!t.is_punct()) return false;
  if ((tokens.IsChar(t, ',') || tokens.IsChar(t, '.')) && t.begin > 0 &&
      IsDigitAt(tokens.text(), t.begin - 1) && IsDigitAt(tokens.text(), t.end)) {
    return false;
  }
  if (tokens.IsChar(t, '-') || tokens.IsChar(t, '\'') || tokens.IsChar(t, '&') ||
      tokens.IsChar(t, '%') || tokens.IsChar(t, '$') || tokens.IsChar(t, '/')) {
    return false;
  }
  return tokens.View(t) != "\u2019";
}

// Whether "due" at `t` means "because of" ("due to the shooting").
bool IsDueToCause(const SentenceTokens& tokens, Token t) {
  if (!tokens.Is(t, "due")) return false;
  const Token to = tokens.Next(t.end);
  if (!tokens.Is(to, "to")) return false;
  const Token next = tokens.Next(to.end);
  return !tokens.IsLowercaseWord(next) ||
         IsAnyOf(tokens, next, "the", "a", "an", "his", "her", "its", "their", "our", "this",
                 "that", "lack", "concerns", "security", "health", "bad");
}

// Whether `t` is followed by "'t" ("won't").
bool IsContractedNot(const SentenceTokens& tokens, Token t) {
  const Token mark = tokens.Next(t.end);
  return mark.begin == t.end && (tokens.IsChar(mark, '\'') || tokens.View(mark) == "\u2019") &&
         tokens.Is(tokens.Next(mark.end), "t");
}

// Whether the auxiliary before a future participle puts the looking ahead
// in the past: "was expected", "were scheduled", "had been planned" (but
// not "have been planned").
bool LooksAheadFromThePast(const SentenceTokens& tokens, Token auxiliary) {
  if (IsAnyOf(tokens, auxiliary, "was", "were")) return true;
  return tokens.Is(auxiliary, "been") && tokens.Is(tokens.Prev(auxiliary.begin), "had");
}

// What `t` says of the tense, with the words around it: "set to" and
// "going to" look ahead, "to be" looks ahead, a participle after "be" says
// nothing, "was expected" ends the search with no answer. nullopt: no cue,
// look further.
std::optional<Tense> TenseAt(const SentenceTokens& tokens, Token t) {
  const Token before = tokens.Prev(t.begin);
  switch (CueOf(tokens, t)) {
    case Cue::kFuture:
      if (IsDueToCause(tokens, t)) return std::nullopt;
      if (kModalSet.Contains(tokens.View(t)) && tokens.Is(tokens.Next(t.end), "have")) {
        return Tense::kPast;
      }
      if (kFutureParticipleSet.Contains(tokens.View(t)) && LooksAheadFromThePast(tokens, before)) {
        return Tense::kUnknown;
      }
      return Tense::kFuture;
    case Cue::kPast:
      return Tense::kPast;
    case Cue::kPresent:
      if (IsAnyOf(tokens, before, "to", "will", "would", "may", "might", "could"))
        return std::nullopt;
      if (tokens.Is(tokens.Next(t.end), "to")) return Tense::kFuture;  // "is to step down"
      if (CueOf(tokens, tokens.Next(t.end)) == Cue::kParticiple) return Tense::kPast;
      return Tense::kPresent;
    case Cue::kParticiple:
      if (tokens.Is(before, "be")) return std::nullopt;
      if (IsContractedNot(tokens, t)) return Tense::kFuture;  // "won't"
      return Tense::kPast;
    case Cue::kBe:
      if (tokens.Is(before, "to")) return Tense::kFuture;
      return std::nullopt;
    case Cue::kNone:
      if (IsAnyOf(tokens, t, "set", "going") && IsAnyOf(tokens, tokens.Next(t.end), "to", "for")) {
        if (tokens.Is(t, "set") && LooksAheadFromThePast(tokens, before)) {
          return Tense::kUnknown;
        }
        return Tense::kFuture;
      }
      break;
  }
  return std::nullopt;
}

}  // namespace

Tense ClauseTense(const SentenceTokens& tokens, uint32_t begin, uint32_t end) {
  Token t = tokens.Prev(begin);
  for (int steps = 0; t.valid() && steps < kMaxWordsScanned; ++steps) {
    if (IsBoundary(tokens, t)) break;
    if (const std::optional<Tense> tense = TenseAt(tokens, t)) return *tense;
    t = tokens.Prev(t.begin);
  }
  t = tokens.Next(end);
  if (tokens.IsChar(t, ',')) t = tokens.Next(t.end);
  for (int steps = 0; t.valid() && steps < kMaxWordsScanned; ++steps) {
    if (IsBoundary(tokens, t)) break;
    if (const std::optional<Tense> tense = TenseAt(tokens, t)) return *tense;
    t = tokens.Next(t.end);
  }
  return Tense::kUnknown;
}

}  // namespace newsgraph::extract::dates
