// Test-only helpers for the quotes component:
//   - articles read with article::ReadArticle, from a string or a corpus
//     file, with "oracle" mentions: every occurrence of each known entity's
//     name and aliases marked as a mention, standing in for the NER that is
//     written at the same time;
//   - the gold annotations (GUIDELINES.md shape) of /work/shared/eval;
//   - the quote rule of score.py, name normalization and the one-to-one
//     matching included, so that the quality test scores exactly as the
//     project's scorer does.
//
// Not thread-safe where noted; tests call them from one thread.
#ifndef NEWSGRAPH_TESTS_EXTRACT_QUOTES_QUOTE_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_EXTRACT_QUOTES_QUOTE_TEST_SUPPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract::testing {

// An entity as the gold files describe it.
struct KnownEntity {
  std::string name;
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  std::vector<std::string> aliases;
};

// A gold or predicted quotation: speaker name (nullopt for none), text.
struct ScoredQuote {
  std::optional<std::string> speaker;
  std::string text;
  bool optional = false;
};

// One annotated article of a gold file.
struct GoldDoc {
  std::string doc;  // path under the corpus directory
  std::vector<KnownEntity> entities;
  std::vector<ScoredQuote> quotes;
};

// "PERSON" -> ENTITY_TYPE_PERSON, ...; UNSPECIFIED for anything else.
v1::EntityType EntityTypeFromName(std::string_view name);

// Reads `text` as an article (format detected, or PLAIN when `plain`).
absl::StatusOr<v1::Article> ReadText(std::string_view text, bool plain = false);

// Sets article.entities to `entities` (in order) and article.mentions to
// every whole-word, case-sensitive occurrence of their names and aliases
// in the title and body, longest first, without overlaps.
void AddOracleMentions(const std::vector<KnownEntity>& entities, v1::Article* article);

// ReadText(text, plain) + AddOracleMentions(entities).
v1::Article ArticleWith(std::string_view text, const std::vector<KnownEntity>& entities,
                        bool plain = true);

// The gold file `path` (JSON Lines); empty when it cannot be read.
std::vector<GoldDoc> ReadGold(const std::string& path);

// The directory of the gold files (next to the corpus), or nullopt when
// it is absent.
std::optional<std::string> EvalDir();

// score.py's norm(): lower case, ’ -> ', "'s" dropped, punctuation to
// spaces, a leading "the" dropped, spaces collapsed.
std::string NormalizeName(std::string_view text);

// score.py's q_ok for one gold and one predicted quotation of a document
// whose gold entities are `entities` (a predicted speaker's other forms
// are those of the gold entity with its name, as with oracle entities).
bool QuoteMatches(const std::vector<KnownEntity>& entities, const ScoredQuote& gold,
                  const ScoredQuote& predicted);

struct MatchCounts {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  std::vector<int> gold_matched;       // per gold item: the predicted index, or -1
  std::vector<int> predicted_matched;  // per prediction: the gold index, or -1
};

// score.py's match(): maximum one-to-one matching, required gold first;
// optional gold neither rewards nor punishes.
MatchCounts MatchQuotes(const std::vector<KnownEntity>& entities,
                        const std::vector<ScoredQuote>& gold,
                        const std::vector<ScoredQuote>& predicted);

// The speaker name of `quote` in `article` (nullopt for none).
std::optional<std::string> SpeakerName(const v1::Article& article, const v1::Quote& quote);

}  // namespace newsgraph::extract::testing

#endif  // NEWSGRAPH_TESTS_EXTRACT_QUOTES_QUOTE_TEST_SUPPORT_H_
