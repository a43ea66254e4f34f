#include "ingest_service/article/dateline.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "ingest_service/article/date_words.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

constexpr size_t kMaxDatelineBytes = 120;
constexpr size_t kMaxPlaceWords = 6;
constexpr size_t kMaxWordsBeforeComma = 4;
constexpr size_t kMaxAgencyWords = 3;
constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";

// The bytes [begin, end) of a dash token: "-", "--", an en or an em dash.
struct Dash {
  size_t begin = 0;
  size_t end = 0;
};

// The length of the dash token at `pos`, or 0.
size_t DashLengthAt(std::string_view text, size_t pos, size_t limit) {
  const std::string_view rest = text.substr(pos, limit - pos);
  if (rest.rfind(kEnDash, 0) == 0 || rest.rfind(kEmDash, 0) == 0) return 3;
  if (rest.rfind("--", 0) == 0) return rest.rfind("---", 0) == 0 ? 0 : 2;
  return rest.rfind("-", 0) == 0 ? 1 : 0;
}

// The first dash in [begin, limit) with whitespace or a digit (the day:
// "Feb 26- ") before it and whitespace or the end of the line after it.
std::optional<Dash> FindDash(std::string_view text, size_t begin, size_t limit, size_t line_end) {
  for (size_t p = begin + 1; p < limit; ++p) {
    const size_t n = DashLengthAt(text, p, line_end);
    if (n == 0) continue;
    if (WhitespaceLengthBefore(text, p) == 0 &&
        !absl::ascii_isdigit(static_cast<unsigned char>(text[p - 1]))) {
      continue;
    }
    const size_t after = p + n;
    if (after == line_end || WhitespaceLengthAt(text, after) > 0) return Dash{p, after};
  }
  return std::nullopt;
}

// The words of `range`, separated by whitespace or following a comma
// ("PARIS,March 16" is "PARIS," and "March" and "16").
std::vector<ByteRange> SplitWords(std::string_view text, ByteRange range) {
  std::vector<ByteRange> words;
  size_t pos = SkipWhitespace(text, range.begin, range.end);
  while (pos < range.end) {
    size_t end = pos;
    while (end < range.end && WhitespaceLengthAt(text, end) == 0 && text[end] != ',') ++end;
    if (end < range.end && text[end] == ',') ++end;
    words.push_back({pos, end});
    pos = SkipWhitespace(text, end, range.end);
  }
  return words;
}

absl::string_view WithoutComma(std::string_view word) {
  absl::string_view w(word.data(), word.size());
  absl::ConsumeSuffix(&w, ",");
  return w;
}

std::string_view AsStd(absl::string_view s) { return std::string_view(s.data(), s.size()); }

// Whether the words before the date can be a place: at most six words, at
// most four before the first comma, starting with a letter, no digits.
// `before_date` is the text from the place to the date, which must hold a
// comma ("OTTAWA, Feb 26", "RICHMOND, Va. Feb 26"), so that a headline
// such as "PORT SUBSIDY TO END JULY 1 - MINISTER" is not taken for one.
bool IsPlace(std::string_view place, size_t words, std::string_view before_date) {
  if (place.empty() || words == 0 || words > kMaxPlaceWords) return false;
  const auto first = static_cast<unsigned char>(place.front());
  if (!absl::ascii_isalpha(first) && first < 0x80) return false;
  const size_t comma = before_date.find(',');
  if (comma == std::string_view::npos) return false;
  size_t words_before_comma = 1;
  for (size_t i = 0; i < comma; ++i) words_before_comma += place[i] == ' ';
  if (words_before_comma > kMaxWordsBeforeComma) return false;
  for (char c : place) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Parses the date at the end of words[0, *n): "[(AGENCY)]", ", Reuter",
// a year, and "Month Day" or "Day Month"; shrinks *n to the place words.
bool ParseDatePart(std::string_view text, const std::vector<ByteRange>& words, size_t* n,
                   Dateline* out) {
  auto word = [&](size_t i) { return Slice(text, words[i]); };
  if (*n > 0 && word(*n - 1).back() == ')') {  // "(IPS)", "(Xinhua)"
    size_t i = *n - 1;
    while (word(i).front() != '(') {
      if (i == 0 || *n - i >= kMaxAgencyWords) return false;
      --i;
    }
    *n = i;
  }
  if (*n > 0 && absl::EqualsIgnoreCase(WithoutComma(word(*n - 1)), "reuter")) --*n;
  if (*n > 0) {
    const absl::string_view w = WithoutComma(word(*n - 1));
    if (w.size() == 4 && ParseSmallNumber(AsStd(w), 4, &out->year)) --*n;
  }
  if (*n < 3) return false;  // at least one place word, a month and a day
  const std::string_view before = AsStd(WithoutComma(word(*n - 2)));
  const std::string_view last = AsStd(WithoutComma(word(*n - 1)));
  if (ParseSmallNumber(last, 3, &out->day) && (out->month = MonthFromName(before)) != 0) {
    *n -= 2;
  } else if (ParseSmallNumber(before, 2, &out->day) && (out->month = MonthFromName(last)) != 0) {
    *n -= 2;
  } else {
    return false;
  }
  const int days = out->year > 0 ? date::DaysInMonth(out->year, out->month) : 31;
  if (out->day < 1 || out->day > days) out->month = out->day = out->year = 0;
  return true;
}

}  // namespace

std::optional<Dateline> ParseDateline(std::string_view text, ByteRange line) {
  size_t begin = SkipWhitespace(text, line.begin, line.end);
  while (begin < line.end && text[begin] == '*') ++begin;  // "****LONDON, March 5 -"
  const size_t limit = std::min(line.end, begin + kMaxDatelineBytes);
  const std::optional<Dash> dash = FindDash(text, begin, limit, line.end);
  if (!dash.has_value()) return std::nullopt;
  const std::vector<ByteRange> words = SplitWords(text, {begin, dash->begin});
  Dateline dateline;
  size_t n = words.size();
  if (!ParseDatePart(text, words, &n, &dateline)) return std::nullopt;
  const std::string_view before_date = text.substr(words[0].begin, words[n].begin - words[0].begin);
  ByteRange place{words[0].begin, words[n - 1].end};
  if (Slice(text, place).back() == ',') --place.end;
  place = Trim(text, place);
  if (!IsPlace(Slice(text, place), n, before_date)) return std::nullopt;
  dateline.place = place;
  dateline.body_begin = SkipWhitespace(text, dash->end, line.end);
  return dateline;
}

}  // namespace newsgraph::article
