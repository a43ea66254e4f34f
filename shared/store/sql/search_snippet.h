// SearchSnippet: the snippet a search hit shows, cut by this code from the
// article's title and body (both backends return the raw text of the page's
// hits): about kSnippetTokens words around the query's matches, matched
// words between '[' and ']', "…" where the text is cut.
//
// Words are split as SplitWords (text_query.h) splits them and folded as
// entity names are (resolution::NormalizeName: case, accents), so that
// accented and unaccented forms are marked alike. Every word of the
// query's positive clauses is marked wherever it appears (a phrase's words
// too, also outside the phrase). Only a text's first 128 KB are searched
// for the window, and a snippet runs from its first word to its last, so
// its cost and length are bounded whatever the text.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_SEARCH_SNIPPET_H_
#define NEWSGRAPH_SHARED_STORE_SQL_SEARCH_SNIPPET_H_

#include <string>
#include <string_view>

#include "shared/store/text_query.h"

namespace newsgraph::store::sql {

// Words per snippet.
inline constexpr int kSnippetTokens = 14;

// The body's window with the most matches when the body has a match, else
// the title's (a hit matched on the title alone); the body's start when
// neither has one.
std::string SearchSnippet(std::string_view body, std::string_view title, const TextQuery& query);

// The window of `text` with the most matches of `query` (the first such
// window), marked; sets *has_match to whether `text` has any match.
std::string MarkedWindow(std::string_view text, const TextQuery& query, bool* has_match);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_SEARCH_SNIPPET_H_
