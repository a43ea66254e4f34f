#include "ingest_service/article/byline_header.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "ingest_service/article/date_words.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

// Returns false unless `s` is exactly "YYYY-MM-DD" (digits); sets `*date`
// when the digits name a real day.
bool ParseIsoDay(absl::string_view s, std::optional<v1::PartialDate>* date) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int year = 0, month = 0, day = 0;
  if (!ParseSmallNumber(std::string_view(s.data(), 4), 4, &year) ||
      !ParseSmallNumber(std::string_view(s.data() + 5, 2), 2, &month) ||
      !ParseSmallNumber(std::string_view(s.data() + 8, 2), 2, &day)) {
    return false;
  }
  auto made = date::MakeDate(year, month, day);
  if (made.ok() && made->precision() == v1::DATE_PRECISION_DAY) *date = *made;
  return true;
}

}  // namespace

std::vector<std::string> SplitAuthors(std::string_view names) {
  std::vector<std::string> authors;
  std::vector<absl::string_view> current;
  auto flush = [&] {
    if (!current.empty()) authors.push_back(absl::StrJoin(current, " "));
    current.clear();
  };
  for (absl::string_view word : absl::StrSplit(AsAbsl(names), ' ', absl::SkipWhitespace())) {
    word = absl::StripAsciiWhitespace(word);
    if (word == "and" || word == "&" || word == "And") {
      flush();
      continue;
    }
    const bool ends_name = absl::ConsumeSuffix(&word, ",") || absl::ConsumeSuffix(&word, ";");
    if (!word.empty()) current.push_back(word);
    if (ends_name) flush();
  }
  flush();
  return authors;
}

std::optional<BylineHeader> ParseBylineHeader(std::string_view raw) {
  absl::string_view line = absl::StripAsciiWhitespace(AsAbsl(raw));
  if (line.size() < 4 || !absl::EqualsIgnoreCase(line.substr(0, 4), "date")) return std::nullopt;
  line.remove_prefix(4);
  const absl::string_view after_word = absl::StripLeadingAsciiWhitespace(line);
  if (after_word.size() == line.size()) return std::nullopt;  // "date" must end the word
  BylineHeader header;
  if (!ParseIsoDay(after_word.substr(0, 10), &header.date)) return std::nullopt;
  absl::string_view rest = after_word.substr(10);
  if (rest.empty()) return header;
  const absl::string_view by = absl::StripLeadingAsciiWhitespace(rest);
  if (by.size() == rest.size()) return std::nullopt;  // the date must end the word
  if (by.size() < 3 || !absl::EqualsIgnoreCase(by.substr(0, 2), "by") ||
      !absl::ascii_isspace(static_cast<unsigned char>(by[2]))) {
    return std::nullopt;
  }
  const absl::string_view names = by.substr(3);
  header.authors = SplitAuthors(std::string_view(names.data(), names.size()));
  return header;
}

}  // namespace newsgraph::article
