// The NEWSWIRE format (Reuters-21578 and similar wire copy):
//
//   BAHIA COCOA REVIEW
//
//   SALVADOR, Feb 26 - Showers continued throughout the week in
//   the Bahia cocoa zone, alleviating the drought since early
//       The dry period means the temporao will be late this year.
//   ...
//    Reuter
//
// A title line and a blank line, a body that opens with a dateline (see
// dateline.h) and is hard-wrapped, with paragraphs that start with an
// indented line, and a sign-off (see newswire_signoff.h).
//
// Wire copy often lacks parts, and is still read:
//   - no title: the text opens with the dateline, or its first block is
//     more than one line (a table, a report), or it is a headline alone
//     (a "flash"): then there is no title and the whole text is the body;
//   - no dateline: the body starts right after the title;
//   - no sign-off: the body runs to the end.
// With the format given, any text is accepted this way; so the only error
// is a header (title and dateline) with no body after it.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_NEWSWIRE_FORMAT_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_NEWSWIRE_FORMAT_H_

#include <cstddef>
#include <string_view>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"

namespace newsgraph::article {

// Whether the text is clearly wire copy: it opens with a dateline, or a
// title line and blank line are followed by one, or (with at least two
// non-blank lines) it ends with a sign-off.
bool LooksLikeNewswire(std::string_view text, size_t start);

// Parses `text` from `start`. INVALID_ARGUMENT only when nothing is left
// for the body once the title, dateline and sign-off are removed.
absl::StatusOr<ParsedArticle> ParseNewswireArticle(std::string_view text, size_t start);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_NEWSWIRE_FORMAT_H_
