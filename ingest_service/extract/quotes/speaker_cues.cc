#include "ingest_service/extract/quotes/speaker_cues.h"

#include <algorithm>

#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

// The kind of a pronoun that can be a subject: he, she, it, they.
PronounKind SubjectPronoun(std::string_view word) {
  if (EqualsIgnoreAsciiCase(word, "he")) return PronounKind::kMale;
  if (EqualsIgnoreAsciiCase(word, "she")) return PronounKind::kFemale;
  if (EqualsIgnoreAsciiCase(word, "it") || EqualsIgnoreAsciiCase(word, "they")) {
    return PronounKind::kOrganization;
  }
  return PronounKind::kNone;
}

// Punctuation that an apposition or aside crosses: , ( ) [ ] — – -.
bool IsAsidePunct(int cp) {
  return cp == ',' || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '-' ||
         cp == 0x2013 || cp == 0x2014 || cp == '"' || cp == 0x201C || cp == 0x201D;
}

// Verbs that introduce the outlet that reports or quotes a speaker, not
// the speaker: "as reported by", "quoted by".
bool IsReportingVerb(std::string_view word) {
  return EqualsIgnoreAsciiCase(word, "reported") || EqualsIgnoreAsciiCase(word, "reports") ||
         EqualsIgnoreAsciiCase(word, "cited") || EqualsIgnoreAsciiCase(word, "quoted") ||
         EqualsIgnoreAsciiCase(word, "quoting");
}

// Nouns for someone who speaks for an organization.
bool IsSpokesNoun(std::string_view word) {
  return EqualsIgnoreAsciiCase(word, "spokesman") || EqualsIgnoreAsciiCase(word, "spokeswoman") ||
         EqualsIgnoreAsciiCase(word, "spokesperson") ||
         EqualsIgnoreAsciiCase(word, "representative") || EqualsIgnoreAsciiCase(word, "official") ||
         EqualsIgnoreAsciiCase(word, "statement") || EqualsIgnoreAsciiCase(word, "source") ||
         EqualsIgnoreAsciiCase(word, "sources") || EqualsIgnoreAsciiCase(word, "officials") ||
         EqualsIgnoreAsciiCase(word, "spokespeople");
}

constexpr size_t kMaxLookBehind = 6;   // tokens to find a preposition before a name
constexpr size_t kMaxNamedAfter = 14;  // tokens after a verb or "according to"

}  // namespace

WordClasses SpeakerCues::ClassesAt(size_t index) const {
  if (index >= tokens_.size()) return WordClasses();
  return tokenizer_.ClassesOf(tokens_[index]);
}

std::string_view SpeakerCues::WordAt(size_t index) const {
  if (index >= tokens_.size() || tokens_[index].kind != TokenKind::kWord) return {};
  return tokenizer_.TextOf(tokens_[index]);
}

bool SpeakerCues::IsWord(size_t index, std::string_view word) const {
  const std::string_view text = WordAt(index);
  return !text.empty() && EqualsIgnoreAsciiCase(text, word);
}

bool SpeakerCues::IsEligible(const Token& token) const {
  if (token.kind != TokenKind::kMention) return false;
  const MentionBytes& mention = mentions_[token.index];
  return mention.entity_index >= 0 &&
         (mention.type == v1::ENTITY_TYPE_PERSON || mention.type == v1::ENTITY_TYPE_ORGANIZATION);
}

bool SpeakerCues::IsSpeechVerbAt(size_t index) const {
  const std::string_view word = WordAt(index);
  if (word.empty() || tokens_[index].capitalized || !ClassesAt(index).speech_verb()) return false;
  if (EqualsIgnoreAsciiCase(word, "quoted") || EqualsIgnoreAsciiCase(word, "quoting")) return false;
  // A noun after a determiner: "his remarks", "the reports".
  if (index > 0 && ClassesAt(index - 1).determiner()) return false;
  if (!IsReportingVerb(word)) return true;
  // "as reported by X", "as the BBC reported": the outlet, not the speaker.
  for (size_t i = index, steps = 0; i-- > 0 && steps < 3; ++steps) {
    if (tokens_[i].kind == TokenKind::kPunct) break;
    if (IsWord(i, "as")) return false;
  }
  return true;
}

int SpeakerCues::LastSpeechVerb(size_t lo, size_t hi) const {
  for (size_t i = std::min(hi, tokens_.size()); i-- > lo;) {
    if (IsSpeechVerbAt(i)) return static_cast<int>(i);
  }
  return -1;
}

int SpeakerCues::FirstSpeechVerb(size_t lo, size_t hi, size_t max_words) const {
  hi = std::min({hi, tokens_.size(), lo + max_words});
  for (size_t i = lo; i < hi; ++i) {
    if (tokens_[i].kind == TokenKind::kQuote) break;
    if (IsSpeechVerbAt(i)) return static_cast<int>(i);
  }
  return -1;
}

bool SpeakerCues::StartsClause(size_t verb, size_t lo) const {
  for (size_t i = lo; i < verb; ++i) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kPunct) continue;
    if (token.kind == TokenKind::kWord && ClassesAt(i).verb_modifier()) continue;
    return false;
  }
  return true;
}

bool SpeakerCues::IsPrepositionObject(size_t index) const {
  for (size_t i = index, steps = 0; i-- > 0 && steps < kMaxLookBehind; ++steps) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kMention) {
      if (token.possessive) continue;  // "of Iran's ..."
      return false;
    }
    if (token.kind != TokenKind::kWord) return false;
    const WordClasses classes = ClassesAt(i);
    if (classes.determiner()) continue;
    if (classes.preposition()) {
      // "Secretary of State Mike Pompeo": "of" inside a title.
      const bool in_title = IsWord(i, "of") && i > 0 && tokens_[i - 1].kind == TokenKind::kWord &&
                            tokens_[i - 1].capitalized;
      if (!in_title) return true;
      continue;
    }
    if (classes.time_name()) return false;  // "on Tuesday Mitsotakis said"
    if (token.capitalized || token.possessive || classes.role() != RoleKind::kNone) {
      continue;
    }
    return false;
  }
  return false;
}

bool SpeakerCues::HasDefiniteDeterminerBefore(size_t index) const {
  for (size_t i = index, steps = 0; i-- > 0 && steps < 4; ++steps) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kMention) return token.possessive;  // "Tesco's chief"
    if (token.kind != TokenKind::kWord) return false;
    if (token.possessive) return true;  // "the company's spokesman"
    if (ClassesAt(i).definite_determiner()) return true;
    if (ClassesAt(i).determiner()) return false;  // "a", "an"
  }
  return false;
}

SpeakerCue SpeakerCues::MentionCue(size_t index) const {
  SpeakerCue cue;
  cue.kind = SpeakerCue::Kind::kMention;
  cue.mention = tokens_[index].index;
  cue.position = tokens_[index].span.begin;
  return cue;
}

SpeakerCue SpeakerCues::PronounCue(size_t index, PronounKind kind) const {
  SpeakerCue cue;
  cue.kind = SpeakerCue::Kind::kPronoun;
  cue.pronoun = kind;
  cue.position = tokens_[index].span.begin;
  return cue;
}

SpeakerCue SpeakerCues::DescriptionCue(size_t index, RoleKind role) const {
  SpeakerCue cue;
  cue.kind = SpeakerCue::Kind::kDescription;
  cue.role = role;
  cue.role_word = WordAt(index);
  cue.position = tokens_[index].span.begin;
  return cue;
}

SpeakerCue SpeakerCues::UnnamedCue(size_t index) const {
  SpeakerCue cue;
  cue.kind = SpeakerCue::Kind::kUnnamed;
  cue.position = tokens_[index].span.begin;
  return cue;
}

int SpeakerCues::PhraseStart(size_t index, int* organization) const {
  *organization = -1;
  for (size_t i = index + 1, steps = 0; i-- > 0 && steps < kMaxLookBehind; ++steps) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kMention) {
      if (IsEligible(token) && mentions_[token.index].type == v1::ENTITY_TYPE_ORGANIZATION) {
        *organization = static_cast<int>(i);
      }
      continue;
    }
    if (token.kind != TokenKind::kWord) return -1;
    const WordClasses classes = ClassesAt(i);
    if (i < index && classes.preposition()) return static_cast<int>(i);
    const bool head = i == index && !classes.clause_link() && !classes.verb_modifier() &&
                      SubjectPronoun(WordAt(i)) == PronounKind::kNone && !classes.speech_verb();
    const bool nominal = head || token.capitalized || classes.determiner() ||
                         IsDigit(static_cast<unsigned char>(WordAt(i)[0]));
    if (!nominal) return -1;
  }
  return -1;
}

size_t SpeakerCues::MatchingParenthesis(size_t close, size_t lo) const {
  for (size_t i = close, steps = 0; i-- > lo && steps < 12; ++steps) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kQuote) break;
    if (token.kind == TokenKind::kPunct && token.punct == '(') return i;
    if (token.kind == TokenKind::kPunct && token.punct != '-' && token.punct != '.') break;
  }
  return close;
}

size_t SpeakerCues::SkipRelativeClause(size_t comma, size_t lo) const {
  for (size_t i = comma, steps = 0; i-- > lo && steps < 40; ++steps) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kQuote) return comma;
    if (token.kind != TokenKind::kPunct) continue;
    if (!IsAsidePunct(token.punct)) return comma;
    const std::string_view next = WordAt(i + 1);
    const bool relative =
        EqualsIgnoreAsciiCase(next, "which") || EqualsIgnoreAsciiCase(next, "who") ||
        EqualsIgnoreAsciiCase(next, "whose") || EqualsIgnoreAsciiCase(next, "whom") ||
        EqualsIgnoreAsciiCase(next, "where");
    return relative ? i : comma;
  }
  return comma;
}

size_t SpeakerCues::GoverningVerbStart(size_t verb, size_t lo) const {
  if (verb == 0 || verb - 1 < lo || !IsWord(verb - 1, "to")) return verb;
  size_t i = verb - 1;  // "went on to add", "is expected to say"
  bool skipped_verb = false;
  while (i > lo) {
    const Token& token = tokens_[i - 1];
    if (token.kind != TokenKind::kWord || token.capitalized) break;
    const WordClasses classes = ClassesAt(i - 1);
    if (classes.verb_modifier() || classes.preposition()) {
      --i;
      continue;
    }
    const bool verb_like = !skipped_verb && classes.role() == RoleKind::kNone &&
                           classes.pronoun() == PronounKind::kNone && !classes.clause_link() &&
                           !classes.determiner();
    if (!verb_like) break;
    skipped_verb = true;
    --i;
  }
  return i;
}

SpeakerCue SpeakerCues::SubjectBefore(size_t verb, size_t lo) const {
  // Nothing but verb modifiers and phrases between here and the verb.
  bool adjacent = true;
  int phrase_organization = -1;  // "a spokesman for <Microsoft> said"
  for (size_t i = GoverningVerbStart(std::min(verb, tokens_.size()), lo); i-- > lo;) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kQuote) {
      adjacent = false;
      continue;
    }
    if (token.kind == TokenKind::kPunct) {
      if (!IsAsidePunct(token.punct)) return {};
      if (token.punct == ')') {  // "the chief election commissioner (CEC) said"
        const size_t open = MatchingParenthesis(i, lo);
        if (open < i) {
          i = open;
          continue;
        }
      }
      adjacent = false;
      i = SkipRelativeClause(i, lo);  // ", which includes the Quds Force,"
      continue;
    }
    if (token.kind == TokenKind::kMention && !token.possessive && !IsPrepositionObject(i) &&
        IsEligible(token)) {
      return MentionCue(i);
    }
    if (adjacent) {
      // "in a statement", "on Monday", "of Iran": a phrase between subject and verb.
      int organization = -1;
      const int start = PhraseStart(i, &organization);
      if (start >= static_cast<int>(lo)) {
        if (organization >= 0) phrase_organization = organization;
        i = static_cast<size_t>(start);
        continue;
      }
    }
    if (token.kind == TokenKind::kMention) {
      if (adjacent && !token.possessive) return UnnamedCue(i);  // "Iran acknowledged"
      adjacent = false;
      continue;
    }
    const std::string_view word = WordAt(i);
    const WordClasses classes = ClassesAt(i);
    if (adjacent && classes.verb_modifier()) continue;
    const PronounKind pronoun = SubjectPronoun(word);
    const bool object_pronoun = i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::kPunct;
    if (pronoun != PronounKind::kNone && !object_pronoun) return PronounCue(i, pronoun);
    if (classes.clause_link()) {
      adjacent = false;
      continue;
    }
    if (adjacent) {
      // The head of the subject is a common noun or a name with no mention.
      if (phrase_organization >= 0 && IsSpokesNoun(word)) return MentionCue(phrase_organization);
      if (classes.statement_noun() && i > lo && tokens_[i - 1].possessive &&
          IsEligible(tokens_[i - 1])) {
        return MentionCue(i - 1);  // "Fontaine's statement reads"
      }
      const RoleKind role = classes.role();
      if (role != RoleKind::kNone && HasDefiniteDeterminerBefore(i)) return DescriptionCue(i, role);
      return UnnamedCue(i);
    }
  }
  return {};
}

SpeakerCue SpeakerCues::NamedAfter(size_t from, size_t hi, size_t max_tokens,
                                   bool allow_possessive) const {
  SpeakerCue description;
  SpeakerCue unknown_name;  // "said Carl Lipo" with no mention of him
  hi = std::min({hi, tokens_.size(), from + max_tokens});
  for (size_t i = from; i < hi; ++i) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kQuote) break;
    if (token.kind == TokenKind::kPunct) {
      if (!IsAsidePunct(token.punct)) break;
      continue;
    }
    if (token.kind == TokenKind::kMention) {
      if ((allow_possessive || !token.possessive) && IsEligible(token)) return MentionCue(i);
      continue;
    }
    const WordClasses classes = ClassesAt(i);
    const PronounKind pronoun = classes.pronoun();
    if (pronoun != PronounKind::kNone && !IsWord(i, "her")) return PronounCue(i, pronoun);
    const RoleKind role = classes.role();
    if (role != RoleKind::kNone && !description.found() && HasDefiniteDeterminerBefore(i)) {
      description = DescriptionCue(i, role);
    }
    if (token.capitalized && role == RoleKind::kNone && !classes.time_name() &&
        !unknown_name.found()) {
      unknown_name = UnnamedCue(i);
    }
  }
  return description.found() ? description : unknown_name;
}

SpeakerCue SpeakerCues::SpeakerAfter(size_t verb, size_t hi) const {
  return NamedAfter(verb + 1, hi, kMaxNamedAfter, /*allow_possessive=*/false);
}

SpeakerCue SpeakerCues::AccordingTo(size_t lo, size_t hi) const {
  hi = std::min(hi, tokens_.size());
  for (size_t i = lo; i + 1 < hi; ++i) {
    if (IsWord(i, "according") && IsWord(i + 1, "to")) {
      return NamedAfter(i + 2, hi, kMaxNamedAfter, /*allow_possessive=*/true);
    }
  }
  return {};
}

SpeakerCue SpeakerCues::StatementAuthor(size_t lo, size_t hi) const {
  hi = std::min(hi, tokens_.size());
  for (size_t i = lo; i < hi; ++i) {
    if (!ClassesAt(i).statement_noun()) continue;
    // "In Erdogan's statement": the possessive opens the clause or follows
    // a preposition ("Bolsonaro opposed Macron's statement:" is not Macron's).
    if (i > lo && tokens_[i - 1].possessive && IsEligible(tokens_[i - 1]) &&
        (i - 1 == lo || ClassesAt(i - 2).preposition())) {
      return MentionCue(i - 1);
    }
    if (IsWord(i + 1, "by") || IsWord(i + 1, "from")) {
      const SpeakerCue cue = NamedAfter(i + 2, hi, 8, /*allow_possessive=*/true);
      if (cue.found()) return cue;
    }
  }
  return {};
}

int SpeakerCues::NounPhraseHead(size_t first, size_t hi, size_t* end) const {
  int person = -1;
  int organization = -1;
  size_t i = first;
  for (; i < hi; ++i) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kMention) {
      if (!token.possessive && IsEligible(token)) {
        const bool is_person = mentions_[token.index].type == v1::ENTITY_TYPE_PERSON;
        (is_person ? person : organization) = static_cast<int>(i);
      }
      continue;
    }
    if (token.kind != TokenKind::kWord) break;
    const WordClasses classes = ClassesAt(i);
    if (token.capitalized || classes.role() != RoleKind::kNone) continue;
    // "Secretary of State", "Ambassador to the United Nations".
    const bool inner = (classes.preposition() || classes.determiner()) && i + 1 < hi &&
                       (tokens_[i + 1].kind == TokenKind::kMention || tokens_[i + 1].capitalized ||
                        ClassesAt(i + 1).determiner());
    if (!inner) break;
  }
  *end = i;
  return person >= 0 ? person : organization;
}

SpeakerCue SpeakerCues::ClauseSubject(size_t lo, size_t hi) const {
  hi = std::min(hi, tokens_.size());
  for (size_t i = lo; i < hi; ++i) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kMention) {
      if (token.possessive || IsPrepositionObject(i)) continue;
      // The subject's noun phrase: "US Secretary of State Mike Pompeo",
      // "African Export-Import Bank president Okey Oramah".
      size_t end = i;
      const int head = NounPhraseHead(i, hi, &end);
      if (head >= 0) return MentionCue(static_cast<size_t>(head));
      return UnnamedCue(i);  // a place or a thing is the subject
    }
    if (token.kind != TokenKind::kWord) continue;
    const PronounKind pronoun = SubjectPronoun(WordAt(i));
    if (pronoun != PronounKind::kNone && !(i > 0 && ClassesAt(i - 1).preposition())) {
      return PronounCue(i, pronoun);
    }
  }
  return {};
}

bool SpeakerCues::IsParticipleClause(size_t verb) const {
  const std::string_view word = WordAt(verb);
  if (word.size() < 5 || word.substr(word.size() - 3) != "ing") return false;
  for (size_t i = verb; i-- > 0;) {
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kWord && ClassesAt(i).verb_modifier()) continue;
    return token.kind == TokenKind::kQuote || IsAsidePunct(token.punct);
  }
  return false;
}

bool SpeakerCues::HasStatementFrame(size_t lo, size_t hi) const {
  hi = std::min(hi, tokens_.size());
  for (size_t i = lo; i + 2 < hi; ++i) {
    if (!IsWord(i, "in")) continue;
    if (ClassesAt(i + 1).statement_noun() || ClassesAt(i + 2).statement_noun()) return true;
  }
  return false;
}

}  // namespace newsgraph::extract::quotes
