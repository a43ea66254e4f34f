#include "shared/store/sql/search_snippet.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "shared/resolution/name_normalizer.h"

namespace newsgraph::store::sql {
namespace {

using WordSet = absl::flat_hash_set<std::string>;

// The folded pieces of `word` (folding may split a word, e.g. at an
// apostrophe-like letter), each passed to `visit` until it returns true.
template <typename Visit>
bool AnyFoldedPiece(std::string_view word, Visit visit) {
  const std::string folded = resolution::NormalizeName(word);
  for (absl::string_view piece : absl::StrSplit(folded, ' ', absl::SkipEmpty())) {
    if (visit(piece)) return true;
  }
  return false;
}

// The folded words of the query's positive clauses.
WordSet MatchWords(const TextQuery& query) {
  WordSet words;
  for (const TextClause& clause : query.clauses) {
    if (clause.negated) continue;
    for (const Phrase& phrase : clause.alternatives) {
      for (const std::string& word : SplitWords(absl::StrJoin(phrase, " "))) {
        AnyFoldedPiece(word, [&](absl::string_view piece) {
          words.emplace(piece);
          return false;
        });
      }
    }
  }
  return words;
}

// The first window of `size` words with the most matches.
size_t BestWindowStart(const std::vector<bool>& matched, size_t size) {
  size_t best_start = 0;
  int best = -1;
  int in_window = 0;
  for (size_t i = 0; i < matched.size(); ++i) {
    in_window += matched[i] ? 1 : 0;
    if (i >= size) in_window -= matched[i - size] ? 1 : 0;
    const size_t start = i + 1 >= size ? i + 1 - size : 0;
    if (in_window > best) {
      best = in_window;
      best_start = start;
    }
  }
  return best_start;
}

std::string MarkWindow(std::string_view text, const WordSet& wanted, bool* has_match) {
  const std::vector<WordSpan> words = FindWords(text);
  std::vector<bool> matched(words.size());
  *has_match = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
    matched[i] = AnyFoldedPiece(
        word, [&](absl::string_view piece) { return wanted.contains(piece); });
    *has_match = *has_match || matched[i];
  }
  const size_t size = static_cast<size_t>(kSnippetTokens);
  const size_t first = BestWindowStart(matched, size);
  const size_t last = std::min(words.size(), first + size);  // one past the window
  std::string snippet;
  if (first > 0) snippet.append("…");
  const size_t begin = first == 0 ? 0 : words[first].begin;
  const size_t end = last == words.size() ? text.size() : words[last - 1].end;
  size_t pos = begin;
  for (size_t i = first; i < last; ++i) {
    snippet.append(text.substr(pos, words[i].begin - pos));
    const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (matched[i]) snippet.push_back('[');
    snippet.append(word);
    if (matched[i]) snippet.push_back(']');
    pos = words[i].end;
  }
  snippet.append(text.substr(pos, end - pos));
  if (last < words.size()) snippet.append("…");
  return snippet;
}

}  // namespace

std::string MarkedWindow(std::string_view text, const TextQuery& query, bool* has_match) {
  return MarkWindow(text, MatchWords(query), has_match);
}

std::string SearchSnippet(std::string_view body, std::string_view title, const TextQuery& query) {
  const WordSet wanted = MatchWords(query);
  bool body_has_match = false;
  std::string snippet = MarkWindow(body, wanted, &body_has_match);
  if (body_has_match) return snippet;
  bool title_has_match = false;
  std::string title_snippet = MarkWindow(title, wanted, &title_has_match);
  return title_has_match ? title_snippet : snippet;
}

}  // namespace newsgraph::store::sql
