// Decides an article's published_date from the request's date and the
// dates its text states.
//
// Pure function; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_PUBLISHED_DATE_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_PUBLISHED_DATE_H_

#include <optional>

#include "absl/status/statusor.h"
#include "ingest_service/article/parsed_article.h"
#include "newsgraph/v1/common.pb.h"

namespace newsgraph::article {

// The published date:
//   - a requested date with DAY precision wins;
//   - a requested YEAR or MONTH date takes the month and day of a newswire
//     dateline ("Feb 26" + 1987 -> 1987-02-26), or else the text's own
//     date when that falls within it (2019 + "Friday, January 4, 2019" ->
//     2019-01-04); otherwise it stands as given;
//   - with no requested date, the text's complete date, if any; a dateline
//     without a year gives none.
// `requested` counts as absent when unset or of UNSPECIFIED precision.
// INVALID_ARGUMENT when `requested` is not a valid date.
absl::StatusOr<std::optional<v1::PartialDate>> ResolvePublishedDate(
    const std::optional<v1::PartialDate>& requested, const ParsedArticle& parsed);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_PUBLISHED_DATE_H_
