// The sign-off that ends Reuters wire stories: a last line " Reuter",
// "REUTER", "reuter", "REUTER...", "REUTER^M" (a literal caret-M left by the
// Reuters-21578 export), "Reuters", optionally followed by the SGML end
// mark "&#3;"; or " REUTER" / " Reuter" at the end of the last line after
// its closing full stop, digit or bracket ("... tonne. REUTER").
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_NEWSWIRE_SIGNOFF_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_NEWSWIRE_SIGNOFF_H_

#include <cstddef>
#include <string_view>

namespace newsgraph::article {

// Whether the trimmed `line` is a sign-off line by itself.
bool IsSignOffLine(std::string_view line);

// Where the text in [begin, end) ends once a sign-off (a line of its own,
// or one appended to the last line) is removed: `end` when there is none.
size_t StripSignOff(std::string_view text, size_t begin, size_t end);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_NEWSWIRE_SIGNOFF_H_
