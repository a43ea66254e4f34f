#include "ingest_service/article/byline_format.h"

#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "ingest_service/article/byline_header.h"
#include "ingest_service/article/footer_bio.h"
#include "ingest_service/article/format_errors.h"

namespace newsgraph::article {
namespace {

constexpr std::string_view kExpects =
    "a first line like \" date 2020-01-24 By Author Name\" (the \"By\" part optional)";

// Whether the trimmed line is a footer separator: three or more dashes.
bool IsFooterSeparator(std::string_view text, const Line& line) {
  const std::string_view s = Slice(text, Trim(text, line.range()));
  return s.size() >= 3 && s.find_first_not_of('-') == std::string_view::npos;
}

// The last footer separator line at or after `from`, or nullopt.
std::optional<Line> FindFooterSeparator(std::string_view text, size_t from) {
  std::optional<Line> found;
  for (size_t pos = from; pos < text.size();) {
    const Line line = LineAt(text, pos);
    if (IsFooterSeparator(text, line)) found = line;
    pos = line.next;
  }
  return found;
}

}  // namespace

bool LooksLikeByline(std::string_view text, size_t start) {
  const std::optional<Line> first = NextNonBlankLine(text, start, text.size());
  return first.has_value() && ParseBylineHeader(Slice(text, first->range())).has_value();
}

absl::StatusOr<ParsedArticle> ParseBylineArticle(std::string_view text, size_t start) {
  const std::optional<Line> first = NextNonBlankLine(text, start, text.size());
  if (!first.has_value()) return NoBodyError(v1::ARTICLE_FORMAT_BYLINE, "no header");
  std::optional<BylineHeader> header = ParseBylineHeader(Slice(text, first->range()));
  if (!header.has_value()) {
    return FormatMismatchError(v1::ARTICLE_FORMAT_BYLINE, kExpects,
                               QuoteForError(Slice(text, Trim(text, first->range()))));
  }
  ParsedArticle parsed;
  parsed.format = v1::ARTICLE_FORMAT_BYLINE;
  parsed.authors = std::move(header->authors);
  parsed.date = std::move(header->date);
  size_t body_end = text.size();
  if (const std::optional<Line> separator = FindFooterSeparator(text, first->next)) {
    body_end = separator->begin;
    const ByteRange bio = Trim(text, {separator->next, text.size()});
    parsed.author_bio = std::string(Slice(text, bio));
    parsed.social_handles = ExtractSocialHandles(parsed.author_bio);
    parsed.publisher = ExtractPublisher(parsed.author_bio);
  }
  parsed.body = Trim(text, {first->next, body_end});
  if (parsed.body.empty()) {
    return NoBodyError(
        v1::ARTICLE_FORMAT_BYLINE,
        absl::StrCat("a header line ", QuoteForError(Slice(text, Trim(text, first->range())))));
  }
  return parsed;
}

}  // namespace newsgraph::article
