#include "shared/store/sqlite/fts_query.h"

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"

namespace newsgraph::store::sqlite {
namespace {

// The phrase as one FTS5 string, or "" when it holds no word.
std::string PhraseToFts(const Phrase& phrase) {
  const std::vector<std::string> words = SplitWords(absl::StrJoin(phrase, " "));
  if (words.empty()) return "";
  return QuoteFts(absl::StrJoin(words, " "));
}

absl::StatusOr<std::string> ClauseToFts(const TextClause& clause) {
  std::vector<std::string> alternatives;
  for (const Phrase& phrase : clause.alternatives) {
    std::string fts = PhraseToFts(phrase);
    if (!fts.empty()) alternatives.push_back(std::move(fts));
  }
  if (alternatives.empty()) {
    return absl::InvalidArgumentError("text query clause has no word of letters or digits");
  }
  return absl::StrCat("(", absl::StrJoin(alternatives, " OR "), ")");
}

}  // namespace

std::string QuoteFts(std::string_view text) {
  return absl::StrCat(
      "\"", absl::StrReplaceAll(absl::string_view(text.data(), text.size()), {{"\"", "\"\""}}),
      "\"");
}

absl::StatusOr<std::string> TextQueryToFtsMatch(const TextQuery& query) {
  std::vector<std::string> positive;
  std::vector<std::string> negative;
  for (const TextClause& clause : query.clauses) {
    absl::StatusOr<std::string> fts = ClauseToFts(clause);
    if (!fts.ok()) return fts.status();
    (clause.negated ? negative : positive).push_back(*std::move(fts));
  }
  if (positive.empty()) {
    return absl::InvalidArgumentError("text query needs at least one word that is not negated");
  }
  std::string match = absl::StrCat("(", absl::StrJoin(positive, " AND "), ")");
  if (!negative.empty()) absl::StrAppend(&match, " NOT (", absl::StrJoin(negative, " OR "), ")");
  return match;
}

absl::StatusOr<std::string> AllWordsToFtsMatch(std::string_view text, std::string_view column) {
  std::vector<std::string> words = SplitWords(text);
  if (words.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", std::string(text), "\" has no word of letters or digits to match"));
  }
  for (std::string& word : words) word = QuoteFts(word);
  std::string match = absl::StrCat("(", absl::StrJoin(words, " AND "), ")");
  if (column.empty()) return match;
  return absl::StrCat("{", std::string(column), "} : ", match);
}

}  // namespace newsgraph::store::sqlite
