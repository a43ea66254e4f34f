#include "ingest_service/article/sentence_break_repair.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/ascii.h"
#include "ingest_service/article/abbreviations.h"
#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// What the repair pass wants at a candidate boundary.
enum class Decision { kKeepIcus, kBreak, kNoBreak };

// The length of an opening bracket or quotation mark at `pos`, or 0.
size_t OpeningPunctuationAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == '(' || c == '[' || c == '"' || c == '\'') return 1;
  for (std::string_view mark : {"\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB"}) {  // “ ‘ «
    if (text.substr(pos, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// The token that ends at `end` (exclusive): the bytes back to the previous
// whitespace, without opening brackets and quotation marks.
std::string_view TokenEndingAt(std::string_view text, size_t end) {
  size_t begin = end;
  while (begin > 0 && WhitespaceLengthBefore(text, begin) == 0) --begin;
  while (begin < end) {
    const size_t n = OpeningPunctuationAt(text, begin);
    if (n == 0) break;
    begin += n;
  }
  return text.substr(begin, end - begin);
}

// The word (ASCII letters) at `pos`, after opening punctuation.
std::string_view WordAt(std::string_view text, size_t pos) {
  while (size_t n = OpeningPunctuationAt(text, pos)) pos += n;
  size_t end = pos;
  while (end < text.size() && absl::ascii_isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(pos, end - pos);
}

// The non-whitespace token at `pos`.
std::string_view TokenAt(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && WhitespaceLengthAt(text, end) == 0) ++end;
  return text.substr(pos, end - pos);
}

// Whether the text at `pos` starts with an ASCII capital letter, after
// opening punctuation. (Other scripts are left to ICU's own rules.)
bool StartsCapitalised(std::string_view text, size_t pos) {
  while (size_t n = OpeningPunctuationAt(text, pos)) pos += n;
  return pos < text.size() && absl::ascii_isupper(static_cast<unsigned char>(text[pos]));
}

// The length of a closing bracket or quotation mark at `pos`, or 0.
size_t ClosingPunctuationAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == ')' || c == ']' || c == '"' || c == '\'') return 1;
  for (std::string_view mark : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {  // ” ’ »
    if (text.substr(pos, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// "No." abbreviates "number" only before a number ("No. 10").
AbbreviationKind Classify(std::string_view text, std::string_view token, size_t next) {
  if (token == "No." && !absl::ascii_isdigit(static_cast<unsigned char>(text[next]))) {
    return AbbreviationKind::kNone;
  }
  return ClassifyAbbreviation(token);
}

// Whether a break belongs at `next`, the first byte after the whitespace
// that follows `token` (which ends with a full stop).
Decision DecideAfterFullStop(std::string_view text, std::string_view token, size_t next) {
  switch (Classify(text, token, next)) {
    case AbbreviationKind::kNeverEndsSentence:
      return Decision::kNoBreak;
    case AbbreviationKind::kMayEndSentence:
      if (IsInitial(token) && IsInitial(TokenAt(text, next))) return Decision::kNoBreak;
      return IsSentenceStarter(WordAt(text, next)) ? Decision::kBreak : Decision::kNoBreak;
    case AbbreviationKind::kNone:
      // ICU breaks here; undo a suppression that matched only a suffix.
      return StartsCapitalised(text, next) ? Decision::kBreak : Decision::kKeepIcus;
  }
  return Decision::kKeepIcus;
}

}  // namespace

void RepairSentenceBreaks(std::string_view text, std::vector<int32_t>* breaks) {
  std::vector<int32_t> add;
  std::vector<int32_t> remove;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '?' || c == '!') {
      // ICU ends a sentence after '?' and '!' whatever follows; a lower-case
      // word after them continues it ("Are We There Yet?" and ..., "Wham!"
      // partner ..., "Why?" he asked).
      size_t after = i + 1;
      while (size_t n = ClosingPunctuationAt(text, after)) after += n;
      const size_t next = SkipWhitespace(text, after, text.size());
      if (next > after && next < text.size() &&
          absl::ascii_islower(static_cast<unsigned char>(text[next]))) {
        remove.push_back(static_cast<int32_t>(next));
      }
      continue;
    }
    const bool full_stop = c == '.';
    const bool ellipsis = c == kEllipsis[0] && text.substr(i, kEllipsis.size()) == kEllipsis;
    if (!full_stop && !ellipsis) continue;
    const size_t after = i + (full_stop ? 1 : kEllipsis.size());
    if (WhitespaceLengthAt(text, after) == 0) continue;
    const size_t next = SkipWhitespace(text, after, text.size());
    if (next >= text.size()) continue;
    Decision decision = Decision::kKeepIcus;
    if (full_stop) {
      decision = DecideAfterFullStop(text, TokenEndingAt(text, after), next);
    } else if (IsSentenceStarter(WordAt(text, next))) {
      decision = Decision::kBreak;
    }
    if (decision == Decision::kBreak) add.push_back(static_cast<int32_t>(next));
    if (decision == Decision::kNoBreak) remove.push_back(static_cast<int32_t>(next));
    i = next - 1;
  }
  if (add.empty() && remove.empty()) return;
  std::sort(add.begin(), add.end());
  std::sort(remove.begin(), remove.end());
  std::vector<int32_t> merged;
  merged.reserve(breaks->size() + add.size());
  std::set_union(breaks->begin(), breaks->end(), add.begin(), add.end(),
                 std::back_inserter(merged));
  breaks->clear();
  std::set_difference(merged.begin(), merged.end(), remove.begin(), remove.end(),
                      std::back_inserter(*breaks));
}

}  // namespace newsgraph::article
