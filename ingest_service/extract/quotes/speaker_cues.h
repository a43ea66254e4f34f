// Finds, in the tokens of a clause next to a quotation, the words that say
// who is speaking: the subject of a speech verb ("Lam said", "the party
// informed", "he added"), a speaker after the verb ("said a protester
// using the pseudonym Katya", "wrote Trump"), "according to X", the author
// of a statement ("a statement from the king", "Erdogan's message"), or the
// subject of a clause that introduces a quotation with a colon.
//
// A cue is a mention, a pronoun or a definite description to resolve
// (referent_resolver.h), or kUnnamed when the text names a speaker that
// is not an entity ("a government official said", "analysts say").
//
// Keeps references to its inputs; they must outlive it. Const, but it
// fills the tokens' cached word classes: thread-compatible, not thread-
// safe. Each search is bounded by the clause it is given.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_SPEAKER_CUES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_SPEAKER_CUES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/clause_tokens.h"
#include "ingest_service/extract/quotes/lexicon.h"

namespace newsgraph::extract::quotes {

struct SpeakerCue {
  enum class Kind : uint8_t {
    kNone,         // nothing found
    kMention,      // a mention of a person or organization
    kPronoun,      // he, she, they, it, him ...
    kDescription,  // "the commissioner", "the party"
    kUnnamed,      // a speaker the text does not name as an entity
  };
  Kind kind = Kind::kNone;
  int mention = -1;  // kMention: index into the mentions
  PronounKind pronoun = PronounKind::kNone;
  RoleKind role = RoleKind::kNone;
  std::string_view role_word;  // kDescription: the role noun as written
  size_t position = 0;         // where the cue is in the text

  bool found() const { return kind != Kind::kNone; }
};

class SpeakerCues {
 public:
  // `tokens` come from `tokenizer`; token indices below are into them.
  SpeakerCues(const ClauseTokenizer& tokenizer, const std::vector<MentionBytes>& mentions,
              const std::vector<Token>& tokens)
      : tokenizer_(tokenizer), mentions_(mentions), tokens_(tokens) {}

  // The last speech verb in tokens [lo, hi), or -1.
  int LastSpeechVerb(size_t lo, size_t hi) const;
  // The first speech verb among the first `max_words` tokens of [lo, hi),
  // or -1.
  int FirstSpeechVerb(size_t lo, size_t hi, size_t max_words) const;
  // Whether only punctuation and verb modifiers precede `verb` in [lo, verb).
  bool StartsClause(size_t verb, size_t lo) const;

  // The subject of the verb at `verb`, looking back no further than `lo`.
  SpeakerCue SubjectBefore(size_t verb, size_t lo) const;
  // A speaker named after the verb at `verb` ("said Ahmed Ali"), before `hi`.
  SpeakerCue SpeakerAfter(size_t verb, size_t hi) const;
  // The X of "according to X" in [lo, hi).
  SpeakerCue AccordingTo(size_t lo, size_t hi) const;
  // The author of a statement noun in [lo, hi): "a statement from X",
  // "X's tweet".
  SpeakerCue StatementAuthor(size_t lo, size_t hi) const;
  // The first person or organization in subject position in [lo, hi).
  SpeakerCue ClauseSubject(size_t lo, size_t hi) const;

  // Whether the speech verb at `verb` is a participle after a comma or a
  // quotation (", saying", "..." further adding): its subject is the
  // sentence's.
  bool IsParticipleClause(size_t verb) const;

  // Whether the token at `index` is a word equal to `word` (any case).
  bool IsWord(size_t index, std::string_view word) const;
  // Whether [lo, hi) holds the words "in a/his/its statement" or similar.
  bool HasStatementFrame(size_t lo, size_t hi) const;

 private:
  std::string_view WordAt(size_t index) const;
  // The word classes of the token at `index` (none for a non-word).
  WordClasses ClassesAt(size_t index) const;
  bool IsSpeechVerbAt(size_t index) const;
  bool IsEligible(const Token& token) const;
  bool IsPrepositionObject(size_t index) const;
  bool HasDefiniteDeterminerBefore(size_t index) const;
  // When tokens (k, index] are a prepositional phrase ("on Monday", "of
  // Iran", "for the ministry"), the index k of its preposition, else -1;
  // `organization` gets the token of an organization named in it, or -1.
  int PhraseStart(size_t index, int* organization) const;
  SpeakerCue MentionCue(size_t index) const;
  SpeakerCue PronounCue(size_t index, PronounKind kind) const;
  SpeakerCue DescriptionCue(size_t index, RoleKind role) const;
  SpeakerCue UnnamedCue(size_t index) const;
  SpeakerCue NamedAfter(size_t from, size_t hi, size_t max_tokens, bool allow_possessive) const;
  // The head of the noun phrase that starts at `first` (the last person
  // in it, else the last organization), or -1; `end` gets where it ends.
  int NounPhraseHead(size_t first, size_t hi, size_t* end) const;
  // The aside punctuation that opens a relative clause (", which ...,")
  // closed by the punctuation at `comma`, or `comma` when there is none.
  size_t SkipRelativeClause(size_t comma, size_t lo) const;
  // For a speech verb after "to" ("went on to add", "is expected to
  // say"), the first token of the verb chain that governs it; else `verb`.
  size_t GoverningVerbStart(size_t verb, size_t lo) const;
  // The "(" of a short parenthesis closed at `close`, or `close`.
  size_t MatchingParenthesis(size_t close, size_t lo) const;

  const ClauseTokenizer& tokenizer_;
  const std::vector<MentionBytes>& mentions_;
  const std::vector<Token>& tokens_;
};

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_SPEAKER_CUES_H_
