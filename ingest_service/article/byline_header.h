// The header line of BYLINE articles (AzerNews and similar outlets):
// ` date 2020-01-24 By Abdul Kerimkhanov`, the "By ..." part optional and
// naming one or more authors ("By A and B", "By A, B & C").
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_BYLINE_HEADER_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_BYLINE_HEADER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/v1/common.pb.h"

namespace newsgraph::article {

struct BylineHeader {
  // Unset when the digits do not name a real date (2020-02-31).
  std::optional<v1::PartialDate> date;
  std::vector<std::string> authors;
};

// Parses `line` (one line, without its terminator) as a byline header:
// optional spaces, the word "date" (any case), a YYYY-MM-DD date, and
// optionally "By" and the authors. nullopt when the line is anything else.
std::optional<BylineHeader> ParseBylineHeader(std::string_view line);

// Splits the text after "By" into author names: commas, "and" and "&"
// separate them; empty names are dropped.
std::vector<std::string> SplitAuthors(std::string_view names);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_BYLINE_HEADER_H_
