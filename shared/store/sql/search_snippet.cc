#include "shared/store/sql/search_snippet.h"

#include <algorithm>
#include <cstdint>
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

// The folded words to mark, and a cheap test that rules most others out.
class WordSet {
 public:
  void Add(absl::string_view word) {
    words_.emplace(word);
    lengths_ |= LengthBit(word.size());
  }
  bool Contains(absl::string_view word) const {
    return (lengths_ & LengthBit(word.size())) != 0 && words_.contains(word);
  }

 private:
  // Bit min(n, 63) for words of n bytes.
  static uint64_t LengthBit(size_t n) { return uint64_t{1} << std::min<size_t>(n, 63); }

  absl::flat_hash_set<std::string> words_;
  uint64_t lengths_ = 0;
};

// How much of a text is searched for the best window (about 20,000 words):
// a page of hits costs the same however long their bodies are. A match
// further in is not marked (the window then shows the start).
constexpr size_t kScannedBytes = 128 << 10;
// Text before a text's first word or after its last that a snippet keeps.
constexpr size_t kEdgeBytes = 16;

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
          words.Add(piece);
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

// The part of `text` searched for the window: its first kScannedBytes,
// cut back to a character boundary.
std::string_view ScannedPrefix(std::string_view text) {
  if (text.size() <= kScannedBytes) return text;
  size_t cut = kScannedBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

std::string MarkWindow(std::string_view full_text, const WordSet& wanted, bool* has_match) {
  const std::string_view text = ScannedPrefix(full_text);
  const std::vector<WordSpan> words = FindWords(text);
  std::vector<bool> matched(words.size());
  *has_match = false;
  std::string folded;  // reused: most words are ASCII and fold in place
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (resolution::NormalizeAsciiWord(word, &folded)) {
      matched[i] = wanted.Contains(folded);
    } else {
      matched[i] =
          AnyFoldedPiece(word, [&](absl::string_view piece) { return wanted.Contains(piece); });
    }
    *has_match = *has_match || matched[i];
  }
  const size_t size = static_cast<size_t>(kSnippetTokens);
  const size_t first = BestWindowStart(matched, size);
  const size_t last = std::min(words.size(), first + size);  // one past the window
  std::string snippet;
  if (words.empty()) return snippet;
  // The text before the first word and after the last (punctuation,
  // space, markup) is kept when short; it could be any length.
  size_t pos = words[first].begin;
  if (first == 0 && pos <= kEdgeBytes) pos = 0;
  size_t end = words[last - 1].end;
  if (last == words.size() && text.size() - end <= kEdgeBytes) end = text.size();
  if (pos > 0) snippet.append("…");
  for (size_t i = first; i < last; ++i) {
    snippet.append(text.substr(pos, words[i].begin - pos));
    const std::string_view word = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (matched[i]) snippet.push_back('[');
    snippet.append(word);
    if (matched[i]) snippet.push_back(']');
    pos = words[i].end;
  }
  snippet.append(text.substr(pos, end - pos));
  if (last < words.size() || end < full_text.size()) snippet.append("…");
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
