#include "ingest_service/extract/quotes/quote_filter.h"

#include <algorithm>

#include "ingest_service/extract/quotes/lexicon.h"
#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

constexpr int kMaxShortWords = 4;     // a quotation this short needs a named speaker
constexpr int kMaxNameWords = 8;      // longer capitalized runs are headlines, not names
constexpr int kMinUnclosedWords = 5;  // an unclosed quotation needs this many words

// Lower-case words allowed inside a capitalized name or title.
bool IsNameFunctionWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "of", "the", "and", "for", "in",  "on",  "a",   "an", "to",   "at", "by",
      "de", "la",  "al",  "el",  "von", "van", "der", "du", "with", "&",  "or"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

bool IsClausePunct(int cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == '.' || cp == 0x2026;
}

// Calls fn(word) for every whitespace-separated word of the pieces; stops
// when fn returns false.
template <typename Fn>
void ForEachWord(std::string_view text, const QuotedPassage& passage, Fn fn) {
  for (const ByteSpan& piece : passage.pieces) {
    size_t pos = piece.begin;
    while (pos < piece.end) {
      pos = SkipSpaces(text, pos, piece.end);
      size_t end = pos;
      while (end < piece.end) {
        const auto byte = static_cast<unsigned char>(text[end]);
        if (byte < 0x80) {  // ASCII without decoding
          if (byte == ' ' || (byte >= '\t' && byte <= '\r')) break;
          ++end;
          continue;
        }
        const Char c = CharAt(text, end);
        if (IsSpace(c.cp)) break;
        end = c.end;
      }
      if (end > pos && !fn(text.substr(pos, end - pos))) return;
      pos = end;
    }
  }
}

bool HasWordChar(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {  // ASCII without decoding
      if (IsWordChar(byte)) return true;
      ++i;
      continue;
    }
    const Char c = CharAt(word, i);
    if (IsWordChar(c.cp)) return true;
    i = c.end;
  }
  return false;
}

// Every word capitalized (or a number, or a small function word), no
// clause punctuation: "Operation Peace Spring", "Zrínyi 2026".
bool LooksLikeName(std::string_view text, const QuotedPassage& passage) {
  int words = 0;
  int capitalized = 0;
  bool name = true;
  ForEachWord(text, passage, [&](std::string_view word) {
    ++words;
    const Char last = CharBefore(word, word.size());
    if (IsClausePunct(last.cp)) name = false;
    size_t start = 0;
    while (start < word.size() && !IsWordChar(CharAt(word, start).cp)) {
      start = CharAt(word, start).end;
    }
    const int first = CharAt(word, start).cp;
    if (IsUpper(first)) {
      ++capitalized;
    } else if (!IsDigit(first) && !IsNameFunctionWord(word) && HasWordChar(word)) {
      name = false;
    }
    return name && words <= kMaxNameWords;
  });
  return name && capitalized > 0 && words <= kMaxNameWords;
}

// The passage is exactly one entity mention (give or take punctuation).
bool IsMentionText(const QuotedPassage& passage, const std::vector<MentionBytes>& mentions) {
  if (passage.pieces.size() != 1) return false;
  const ByteSpan piece = passage.pieces[0];
  auto it = std::lower_bound(mentions.begin(), mentions.end(), piece.begin,
                             [](const MentionBytes& m, size_t pos) { return m.span.begin < pos; });
  return it != mentions.end() && it->span.begin <= piece.begin + 1 && it->span.end <= piece.end &&
         it->span.end + 2 >= piece.end;
}

// "dubbed "...", "so-called "...", "known as "..."".
bool FollowsNamingWord(std::string_view text, const QuotedPassage& passage) {
  ByteSpan word = WordBefore(text, passage.outer.begin, 0);
  if (word.empty()) return false;
  if (IsDeterminer(text.substr(word.begin, word.end - word.begin))) {
    word = WordBefore(text, word.begin, 0);  // "known as the "Radio Control Law""
    if (word.empty()) return false;
  }
  const std::string_view before = text.substr(word.begin, word.end - word.begin);
  if (IsNamingWord(before)) return true;
  if (!EqualsIgnoreAsciiCase(before, "as")) return false;
  const ByteSpan earlier = WordBefore(text, word.begin, 0);
  const std::string_view verb = text.substr(earlier.begin, earlier.end - earlier.begin);
  return EqualsIgnoreAsciiCase(verb, "known") || EqualsIgnoreAsciiCase(verb, "referred");
}

// A short quotation that qualifies the word after it: "a "no deal"
// Brexit", "their "fringe country" status". A lower-case word that cannot
// follow a quotation, or a capitalized word that is no entity mention.
bool IsQuotedModifier(std::string_view text, const QuotedPassage& passage,
                      const std::vector<MentionBytes>& mentions) {
  const ByteSpan word = WordAfter(text, passage.outer.end, text.size());
  if (word.empty() || passage.outer.end == word.begin) return false;
  const std::string_view after = text.substr(word.begin, word.end - word.begin);
  const int first = CharAt(after, 0).cp;
  if (IsLower(first)) return !CanFollowQuotation(after);
  if (!IsUpper(first) || CanFollowQuotation(after)) return false;  // "He said"
  auto it = std::lower_bound(mentions.begin(), mentions.end(), word.begin,
                             [](const MentionBytes& m, size_t pos) { return m.span.begin < pos; });
  return it == mentions.end() || it->span.begin != word.begin;
}

}  // namespace

int CountWords(std::string_view text, const QuotedPassage& passage, int limit) {
  int words = 0;
  ForEachWord(text, passage, [&words, limit](std::string_view word) {
    words += HasWordChar(word) ? 1 : 0;
    return words < limit;
  });
  return words;
}

bool IsReportableQuotation(std::string_view text, const QuotedPassage& passage,
                           const Attribution& attribution,
                           const std::vector<MentionBytes>& mentions) {
  const int words = CountWords(text, passage, kMaxNameWords + 1);
  if (words == 0) return false;
  if (!passage.closed && words < kMinUnclosedWords) return false;
  if (FollowsNamingWord(text, passage) || IsMentionText(passage, mentions)) return false;
  if (LooksLikeName(text, passage)) return false;
  if (words > kMaxShortWords) return true;
  const bool named = attribution.explicit_cue && attribution.speaker >= 0;
  return named && !IsQuotedModifier(text, passage, mentions);
}

}  // namespace newsgraph::extract::quotes
