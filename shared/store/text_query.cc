#include "shared/store/text_query.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "shared/text/utf8.h"

namespace newsgraph::store {
namespace {

// One code point of a UTF-8 text: its value (negative for an ill-formed
// sequence) and the byte range it takes.
struct CodePoint {
  UChar32 value = 0;
  size_t begin = 0;
  size_t end = 0;
};

CodePoint DecodeAt(std::string_view text, size_t begin) {
  // U8_NEXT indexes with int32_t; callers keep texts below that size.
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto index = static_cast<int32_t>(begin);
  UChar32 value = 0;
  U8_NEXT(bytes, index, length, value);
  return CodePoint{value, begin, static_cast<size_t>(index)};
}

// Whether unicode61 (with its default categories) keeps `c` in a token.
bool IsWordCodePoint(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  constexpr uint32_t kWordMask = U_GC_L_MASK | U_GC_N_MASK | U_GC_CO_MASK | U_GC_MN_MASK;
  return (U_GET_GC_MASK(c) & kWordMask) != 0;
}

bool IsSpace(UChar32 c) { return c >= 0 && (u_isUWhiteSpace(c) || c == 0); }

// One item of the query before clauses are formed: a word, a phrase, or
// the OR operator.
struct Item {
  bool is_or = false;
  bool negated = false;
  Phrase phrase;
  size_t position = 0;  // byte offset in the query
};

// Reads the item that starts at `*pos` (not a space) and advances `*pos`
// past it. nullopt when the item holds no word (e.g. "&" or "\"\"").
absl::StatusOr<std::optional<Item>> ReadItem(std::string_view query, size_t* pos) {
  Item item;
  item.position = *pos;
  size_t i = *pos;
  if (query[i] == '-' && i + 1 < query.size() && !IsSpace(DecodeAt(query, i + 1).value)) {
    item.negated = true;
    ++i;
  }
  std::string_view text;
  bool quoted = false;
  if (query[i] == '"') {
    const size_t close = query.find('"', i + 1);
    if (close == std::string_view::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat("text query has an unterminated quote at byte ", i,
                       ": close the phrase with \" or remove the quote"));
    }
    text = query.substr(i + 1, close - i - 1);
    quoted = true;
    i = close + 1;
  } else {
    const size_t begin = i;
    while (i < query.size() && query[i] != '"') {
      const CodePoint cp = DecodeAt(query, i);
      if (IsSpace(cp.value)) break;
      i = cp.end;
    }
    text = query.substr(begin, i - begin);
  }
  *pos = i;
  if (!quoted && !item.negated && text == "OR") {
    item.is_or = true;
    return item;
  }
  item.phrase = SplitWords(text);
  if (item.phrase.empty()) return std::optional<Item>();
  return item;
}

absl::StatusOr<std::vector<Item>> ReadItems(std::string_view query) {
  std::vector<Item> items;
  size_t pos = 0;
  while (pos < query.size()) {
    const CodePoint cp = DecodeAt(query, pos);
    if (IsSpace(cp.value)) {
      pos = cp.end;
      continue;
    }
    auto item = ReadItem(query, &pos);
    if (!item.ok()) return item.status();
    if (item->has_value()) items.push_back(std::move(**item));
  }
  return items;
}

absl::Status OrError(const Item& op, std::string_view problem) {
  return absl::InvalidArgumentError(
      absl::StrCat("OR at byte ", op.position, " ", std::string(problem)));
}

// Groups items into clauses: a term, then any number of `OR term`.
absl::StatusOr<std::vector<TextClause>> FormClauses(std::vector<Item> items) {
  std::vector<TextClause> clauses;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].is_or) {
      return OrError(items[i], "needs a word or phrase before it (write `a OR b`)");
    }
    TextClause clause;
    clause.negated = items[i].negated;
    clause.alternatives.push_back(std::move(items[i].phrase));
    while (i + 1 < items.size() && items[i + 1].is_or) {
      const Item& op = items[i + 1];
      if (i + 2 >= items.size() || items[i + 2].is_or) {
        return OrError(op, "needs a word or phrase after it (write `a OR b`)");
      }
      if (clause.negated || items[i + 2].negated) {
        return OrError(op, "cannot join a negated item: write `-a -b` to exclude both");
      }
      clause.alternatives.push_back(std::move(items[i + 2].phrase));
      i += 2;
    }
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

absl::Status CheckClauses(const std::vector<TextClause>& clauses) {
  if (clauses.empty()) {
    return absl::InvalidArgumentError(
        "text query has no words to search for: give at least one word of letters or digits");
  }
  if (clauses.size() > static_cast<size_t>(kMaxTextQueryClauses)) {
    return absl::InvalidArgumentError(absl::StrCat("text query has ", clauses.size(),
                                                   " clauses; at most ", kMaxTextQueryClauses,
                                                   " are allowed: remove some words"));
  }
  for (const TextClause& clause : clauses) {
    if (!clause.negated) return absl::OkStatus();
  }
  return absl::InvalidArgumentError(
      "text query has only negated items (-word): add at least one word or phrase to look for");
}

std::string PhraseToString(const Phrase& phrase) {
  if (phrase.size() == 1 && phrase[0] != "OR") return phrase[0];
  return absl::StrCat("\"", absl::StrJoin(phrase, " "), "\"");
}

}  // namespace

std::vector<WordSpan> FindWords(std::string_view text) {
  std::vector<WordSpan> words;
  if (text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) return words;
  // Whether the code point at `*pos` is part of a word; moves *pos past
  // it. ASCII, most of most texts, needs no decoding.
  const auto next_is_word = [&text](size_t* pos) {
    const auto byte = static_cast<unsigned char>(text[*pos]);
    if (byte < 0x80) {
      ++*pos;
      return IsWordCodePoint(byte);
    }
    const CodePoint cp = DecodeAt(text, *pos);
    *pos = cp.end;
    return IsWordCodePoint(cp.value);
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t begin = pos;
    if (!next_is_word(&pos)) continue;
    size_t end = pos;
    while (end < text.size() && next_is_word(&pos)) end = pos;
    words.push_back({begin, end});
  }
  return words;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  for (const WordSpan& span : FindWords(text)) {
    words.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return words;
}

absl::StatusOr<TextQuery> ParseTextQuery(std::string_view query) {
  if (query.size() > kMaxTextQueryBytes) {
    return absl::InvalidArgumentError(absl::StrCat("text query is ", query.size(),
                                                   " bytes long; shorten it to at most ",
                                                   kMaxTextQueryBytes, " bytes"));
  }
  if (const auto bad = text::FindInvalidUtf8(query); bad.has_value()) {
    return absl::InvalidArgumentError(
        absl::StrCat("text query is not valid UTF-8 (byte ", *bad, "): send UTF-8 text"));
  }
  auto items = ReadItems(query);
  if (!items.ok()) return items.status();
  if (items->empty() && query.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return absl::InvalidArgumentError("text query is empty: give at least one word to search for");
  }
  auto clauses = FormClauses(*std::move(items));
  if (!clauses.ok()) return clauses.status();
  if (absl::Status s = CheckClauses(*clauses); !s.ok()) return s;
  TextQuery result;
  result.clauses = *std::move(clauses);
  return result;
}

std::string ToString(const TextQuery& query) {
  std::vector<std::string> parts;
  for (const TextClause& clause : query.clauses) {
    std::vector<std::string> alternatives;
    for (const Phrase& phrase : clause.alternatives) alternatives.push_back(PhraseToString(phrase));
    parts.push_back(absl::StrCat(clause.negated ? "-" : "", absl::StrJoin(alternatives, " OR ")));
  }
  return absl::StrJoin(parts, " ");
}

}  // namespace newsgraph::store
