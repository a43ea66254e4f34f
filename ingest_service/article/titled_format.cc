#include "ingest_service/article/titled_format.h"

#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "ingest_service/article/format_errors.h"
#include "ingest_service/article/title_line.h"

namespace newsgraph::article {
namespace {

constexpr std::string_view kExpects = "a title line, a blank line and then the body";

}  // namespace

bool LooksLikeTitled(std::string_view text, size_t start) {
  const std::optional<Line> title = NextNonBlankLine(text, start, text.size());
  return title.has_value() && LooksLikeTitle(text, title->range()) &&
         NextLineIsBlank(text, *title, text.size()) &&
         NextNonBlankLine(text, title->next, text.size()).has_value();
}

absl::StatusOr<ParsedArticle> ParseTitledArticle(std::string_view text, size_t start) {
  const std::optional<Line> title = NextNonBlankLine(text, start, text.size());
  if (!title.has_value()) return NoBodyError(v1::ARTICLE_FORMAT_TITLED, "no title");
  const std::string quoted = QuoteForError(Slice(text, Trim(text, title->range())));
  if (!FitsTitle(text, title->range())) {
    return FormatMismatchError(v1::ARTICLE_FORMAT_TITLED, kExpects,
                               absl::StrCat("a first line too long for a title: ", quoted));
  }
  ParsedArticle parsed;
  parsed.format = v1::ARTICLE_FORMAT_TITLED;
  parsed.title = Trim(text, title->range());
  // A title with no body is still an article: its title is its text.
  parsed.body = Trim(text, {title->next, text.size()});
  if (!parsed.body.empty() && !NextLineIsBlank(text, *title, text.size())) {
    return FormatMismatchError(v1::ARTICLE_FORMAT_TITLED, kExpects,
                               absl::StrCat("no blank line after the first line ", quoted));
  }
  return parsed;
}

}  // namespace newsgraph::article
