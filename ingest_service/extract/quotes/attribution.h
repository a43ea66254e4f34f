// Attributes each quoted passage of an article to its speaker, trying in
// order:
//   1. the clause before the quotation, when the quotation does not open
//      its sentence: the subject of its last speech verb ("Seibert said it
//      is possible "..."", "tweeted Johnson "..."" after an earlier
//      quotation), "according to X", "a statement from X";
//   2. the clause after it: "..." said X / X said / he added / according
//      to X;
//   3. a clause that introduces it with a colon or comma ("Bolsonaro
//      opposed Macron's statement: "..."") or in a statement frame;
//   4. the passage before it, when the two are coordinated ("..." and
//      "...");
//   5. when the quotation opens its sentence after a narrative sentence
//      of the same paragraph: that sentence's speech verb or subject
//      ("McGurk also criticized the decision via Twitter. "...");
//   6. the speaker of the passage before it in the same paragraph, or of
//      the last quotation of the paragraph before, when this one opens
//      its paragraph (the same speaker going on).
// Pronouns and descriptions are resolved by ReferentResolver; a speaker
// the text describes but does not name ("a government official said")
// stays null.
//
// Keeps references to its inputs; they must outlive it. Not thread-safe;
// Attribute must be called for passages 0, 1, 2 ... in order.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_ATTRIBUTION_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_ATTRIBUTION_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/clause_tokens.h"
#include "ingest_service/extract/quotes/quoted_passages.h"
#include "ingest_service/extract/quotes/referent_resolver.h"
#include "ingest_service/extract/quotes/speaker_cues.h"

namespace newsgraph::extract::quotes {

struct Attribution {
  int speaker = -1;           // index into Article.entities, or -1
  double confidence = 0.0;    // of the speaker (or of there being none)
  std::string_view where;     // the rule: "verb-before-quote", "continued-quote" ...
  std::string_view how;       // "name", "pronoun", "description", "unnamed", ""
  bool explicit_cue = false;  // a speech verb, "according to" or a statement names it
};

class QuoteAttributor {
 public:
  QuoteAttributor(ArticleBytes& bytes, const std::vector<QuotedPassage>& passages);

  QuoteAttributor(const QuoteAttributor&) = delete;
  QuoteAttributor& operator=(const QuoteAttributor&) = delete;

  // The attribution of passages[index]; indices must come in order.
  Attribution Attribute(size_t index);

 private:
  struct Clause {
    size_t lo = 0;  // first token of the clause
    size_t hi = 0;  // one past its last token
  };

  // Tokenizes the text before passages[index] into leading_tokens_.
  Clause TokenizeLeading(size_t index);
  // Tokenizes the text after passages[index] into tokens_.
  Clause TokenizeTrailing(size_t index);
  bool FromLeading(const Clause& clause, Attribution* out);
  bool FromTrailing(const Clause& clause, Attribution* out);
  bool FromIntroduction(const Clause& clause, Attribution* out);
  bool FromCoordination(size_t index, Attribution* out);
  bool FromPreviousSentence(size_t index, Attribution* out);
  bool FromPreviousPassage(size_t index, bool starts_sentence, Attribution* out);
  bool Resolve(const SpeakerCue& cue, std::string_view where, double confidence,
               Attribution* out) const;
  bool SameParagraph(size_t a, size_t b) const;

  ArticleBytes& bytes_;
  std::string_view text_;
  const std::vector<QuotedPassage>& passages_;
  const std::vector<MentionBytes>& mentions_;
  std::vector<v1::EntityType> entity_types_;
  ClauseTokenizer tokenizer_;
  ReferentResolver resolver_;
  // The clause before the current passage (TokenizeLeading), kept for
  // both FromLeading and FromIntroduction.
  std::vector<Token> leading_tokens_;
  // The tokens the other rules read: the clause after the passage, the
  // text between two passages, the sentence before.
  std::vector<Token> tokens_;
  std::vector<Attribution> done_;
};

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_ATTRIBUTION_H_
