#include "ingest_service/article/newswire_format.h"

#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "ingest_service/article/dateline.h"
#include "ingest_service/article/format_errors.h"
#include "ingest_service/article/newswire_signoff.h"
#include "ingest_service/article/title_line.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

// Where the title and the dateline are, as far as the text has them.
struct NewswireHeader {
  std::optional<Line> title;
  std::optional<Dateline> dateline;
  size_t body_begin = 0;
};

// Finds the header of the text in [start, end): a dateline on the first
// line, or a one-line title block followed by a blank line and the body
// (which may open with a dateline).
NewswireHeader FindHeader(std::string_view text, size_t start, size_t end) {
  NewswireHeader header;
  header.body_begin = start;
  const std::optional<Line> first = NextNonBlankLine(text, start, end);
  if (!first.has_value()) return header;
  header.body_begin = first->begin;
  std::optional<Line> second;
  if (FitsTitle(text, first->range()) && NextLineIsBlank(text, *first, end)) {
    second = NextNonBlankLine(text, first->next, end);
  }
  // A title and a blank line come first, even when the title would also
  // parse as a dateline ("PORT SUBSIDY TO END, JULY 1 - MINISTER").
  if (second.has_value()) {
    header.title = first;
    header.body_begin = second->begin;
    header.dateline = ParseDateline(text, second->range());
    if (header.dateline.has_value()) return header;
  }
  if (std::optional<Dateline> opening = ParseDateline(text, first->range())) {
    header.title.reset();
    header.body_begin = first->begin;
    header.dateline = opening;
  }
  // Otherwise: a title and a body without dateline, or (a single block, a
  // headline alone) no title and the whole text as body.
  return header;
}

// Whether the text has two or more non-blank lines and a sign-off.
bool EndsWithSignOff(std::string_view text, size_t start) {
  const size_t end = StripSignOff(text, start, text.size());
  if (end == text.size()) return false;
  const std::optional<Line> first = NextNonBlankLine(text, start, text.size());
  return first.has_value() && first->next < end;
}

}  // namespace

bool LooksLikeNewswire(std::string_view text, size_t start) {
  const NewswireHeader header = FindHeader(text, start, text.size());
  return header.dateline.has_value() || EndsWithSignOff(text, start);
}

absl::StatusOr<ParsedArticle> ParseNewswireArticle(std::string_view text, size_t start) {
  const size_t end = StripSignOff(text, start, text.size());
  const NewswireHeader header = FindHeader(text, start, end);
  ParsedArticle parsed;
  parsed.format = v1::ARTICLE_FORMAT_NEWSWIRE;
  size_t body_begin = header.body_begin;
  if (header.title.has_value()) parsed.title = Trim(text, header.title->range());
  if (header.dateline.has_value()) {
    const Dateline& dateline = *header.dateline;
    parsed.dateline_place = std::string(Slice(text, dateline.place));
    body_begin = dateline.body_begin;
    if (dateline.month > 0) parsed.dateline_month_day = MonthDay{dateline.month, dateline.day};
    if (dateline.year > 0 && dateline.month > 0) {
      auto date = date::MakeDate(dateline.year, dateline.month, dateline.day);
      if (date.ok()) parsed.date = *date;
    }
  }
  parsed.body = Trim(text, {body_begin, end});
  if (parsed.body.empty()) {
    std::string header_text = parsed.title ? "a title" : "";
    if (header.dateline) absl::StrAppend(&header_text, parsed.title ? " and " : "", "a dateline");
    if (header_text.empty()) header_text = "only a sign-off";
    return NoBodyError(v1::ARTICLE_FORMAT_NEWSWIRE, header_text);
  }
  return parsed;
}

}  // namespace newsgraph::article
