// The WIKINEWS format:
//
//   Magnitogorsk apartment building collapses after explosion, dozens dead
//
//   Friday, January 4, 2019
//
//   Body paragraphs separated by blank lines ...
//
// A title line, blank line(s), a date line (weekday optional, trailing
// spaces and no-break spaces allowed), then the body. The date line may
// follow up to kMaxLinesBeforeDateLine - 1 other lines (Wikinews review
// notices such as "This article requires pre-publication review ..."),
// which are header and left out of the body. Many Wikinews exports (most of
// the 2020 corpus) have no date line at all: with the format given, such
// text is read as title and body without a date; when detecting, it is
// TITLED.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_WIKINEWS_FORMAT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_WIKINEWS_FORMAT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"
#include "newsgraph/v1/common.pb.h"

namespace newsgraph::article {

// How many non-blank lines after the title are searched for the date line.
inline constexpr int kMaxLinesBeforeDateLine = 4;

// Parses a date line: `[Weekday, ]Month D, YYYY` with the month in full or
// abbreviated; surrounding whitespace is ignored. nullopt for anything else
// or a day that does not exist.
std::optional<v1::PartialDate> ParseWikinewsDateLine(std::string_view line);

// Whether the text has a title line followed, within the next
// kMaxLinesBeforeDateLine non-blank lines, by a date line.
bool LooksLikeWikinews(std::string_view text, size_t start);

// Parses `text` from `start`. INVALID_ARGUMENT when the first line cannot
// be a title, is not followed by a blank line, or nothing follows it.
absl::StatusOr<ParsedArticle> ParseWikinewsArticle(std::string_view text, size_t start);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_WIKINEWS_FORMAT_H_
