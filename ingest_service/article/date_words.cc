#include "ingest_service/article/date_words.h"

#include <array>
#include <string>

#include "absl/strings/ascii.h"

namespace newsgraph::article {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// `word` in lower case without one trailing dot, or "" when it is too long
// to be a month or weekday name or holds anything but ASCII letters.
std::string Normalize(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return "";
  std::string lower(word);
  for (char& c : lower) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) return "";
    c = absl::ascii_tolower(static_cast<unsigned char>(c));
  }
  return lower;
}

// Whether `word` is `name` or its first three letters.
bool NamesOrAbbreviates(std::string_view word, std::string_view name) {
  return word == name || (word.size() == 3 && name.substr(0, 3) == word);
}

}  // namespace

int MonthFromName(std::string_view raw) {
  const std::string word = Normalize(raw);
  if (word.empty()) return 0;
  if (word == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (NamesOrAbbreviates(word, kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool IsWeekdayName(std::string_view raw) {
  const std::string word = Normalize(raw);
  if (word.empty()) return false;
  for (std::string_view name : kWeekdays) {
    if (NamesOrAbbreviates(word, name)) return true;
  }
  return false;
}

bool ParseSmallNumber(std::string_view digits, size_t max_digits, int* value) {
  if (digits.empty() || digits.size() > max_digits) return false;
  int n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *value = n;
  return true;
}

}  // namespace newsgraph::article
