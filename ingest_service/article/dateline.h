// Newswire datelines: the place and date that open a wire story's body,
// ended by a dash, as in
//
//   SALVADOR, Feb 26 - Showers continued ...
//   NEW YORK, March 2 - ...
//   OTTAWA, Canada, Feb 26 - ...
//   FULLERTON, Calif., Sept. 2 - ...
//   WASHINGTON, March 12, Reuter - ...
//   KINSHASA, Jul 26 2022 (IPS) - ...        (a year and an agency)
//   afrol News, 26 June - ...                (day before month)
//
// The dash may be "-", "--", an en dash or an em dash, with a space before
// it. The place is one to six words without digits, starting with a
// letter; region or country parts after commas are kept ("OTTAWA,
// Canada").
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_DATELINE_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_DATELINE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {

struct Dateline {
  ByteRange place;        // "OTTAWA, Canada" (no trailing comma)
  int month = 0;          // 1-12, or 0 when the day is impossible ("March 119")
  int day = 0;            // 1-31, or 0 with month
  int year = 0;           // 0 when the dateline has none (the usual case)
  size_t body_begin = 0;  // the first byte after the dash and its spaces
};

// Parses a dateline at the start of `line` (a range of `text`, usually a
// whole line). nullopt when the line does not open with one.
std::optional<Dateline> ParseDateline(std::string_view text, ByteRange line);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_DATELINE_H_
