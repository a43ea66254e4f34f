#include "ingest_service/article/wikinews_format.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "ingest_service/article/date_words.h"
#include "ingest_service/article/format_errors.h"
#include "ingest_service/article/title_line.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

constexpr std::string_view kExpects =
    "a title line, a blank line, a date line such as \"Friday, January 4, 2019\" and the body";

struct DateLineMatch {
  Line line;
  v1::PartialDate date;
};

// The date line among the kMaxLinesBeforeDateLine non-blank lines after
// `title`, or nullopt.
std::optional<DateLineMatch> FindDateLine(std::string_view text, const Line& title) {
  size_t pos = title.next;
  for (int i = 0; i < kMaxLinesBeforeDateLine; ++i) {
    const std::optional<Line> line = NextNonBlankLine(text, pos, text.size());
    if (!line.has_value()) return std::nullopt;
    if (auto date = ParseWikinewsDateLine(Slice(text, line->range()))) {
      return DateLineMatch{*line, *date};
    }
    pos = line->next;
  }
  return std::nullopt;
}

}  // namespace

std::optional<v1::PartialDate> ParseWikinewsDateLine(std::string_view raw) {
  const std::string_view trimmed =
      Slice(raw, Trim(raw, {0, raw.size()}));  // also drops no-break spaces
  if (trimmed.size() > 40) return std::nullopt;
  std::vector<absl::string_view> words =
      absl::StrSplit(absl::string_view(trimmed.data(), trimmed.size()), ' ', absl::SkipEmpty());
  // Weekday, (optional)
  if (!words.empty() && absl::EndsWith(words[0], ",") &&
      IsWeekdayName(std::string_view(words[0].data(), words[0].size() - 1))) {
    words.erase(words.begin());
  }
  if (words.size() != 3 || !absl::ConsumeSuffix(&words[1], ",")) return std::nullopt;
  const int month = MonthFromName(std::string_view(words[0].data(), words[0].size()));
  int day = 0, year = 0;
  if (month == 0 ||
      !ParseSmallNumber(std::string_view(words[1].data(), words[1].size()), 2, &day) ||
      words[2].size() != 4 ||
      !ParseSmallNumber(std::string_view(words[2].data(), words[2].size()), 4, &year) || day == 0) {
    return std::nullopt;
  }
  auto date = date::MakeDate(year, month, day);
  if (!date.ok()) return std::nullopt;
  return *date;
}

bool LooksLikeWikinews(std::string_view text, size_t start) {
  const std::optional<Line> title = NextNonBlankLine(text, start, text.size());
  return title.has_value() && LooksLikeTitle(text, title->range()) &&
         FindDateLine(text, *title).has_value();
}

absl::StatusOr<ParsedArticle> ParseWikinewsArticle(std::string_view text, size_t start) {
  const std::optional<Line> title = NextNonBlankLine(text, start, text.size());
  if (!title.has_value()) return NoBodyError(v1::ARTICLE_FORMAT_WIKINEWS, "no title");
  const std::string quoted = QuoteForError(Slice(text, Trim(text, title->range())));
  if (!FitsTitle(text, title->range())) {
    return FormatMismatchError(v1::ARTICLE_FORMAT_WIKINEWS, kExpects,
                               absl::StrCat("a first line too long for a title: ", quoted));
  }
  ParsedArticle parsed;
  parsed.format = v1::ARTICLE_FORMAT_WIKINEWS;
  parsed.title = Trim(text, title->range());
  size_t body_begin = title->next;
  if (std::optional<DateLineMatch> date_line = FindDateLine(text, *title)) {
    parsed.date = date_line->date;
    body_begin = date_line->line.next;
  } else if (!NextLineIsBlank(text, *title, text.size())) {
    return FormatMismatchError(
        v1::ARTICLE_FORMAT_WIKINEWS, kExpects,
        absl::StrCat("no date line and no blank line after the first line ", quoted));
  }
  // A title with no body (a stub or test page) is still an article: its
  // title is its text.
  parsed.body = Trim(text, {body_begin, text.size()});
  return parsed;
}

}  // namespace newsgraph::article
