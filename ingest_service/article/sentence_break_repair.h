// Corrections applied to the sentence breaks ICU's filtered iterator
// reports for one paragraph.
//
// ICU's FilteredBreakIterator matches its suppressions as suffixes (with
// "W." listed, "LAW. The" is not split) and looks back over exactly one
// space (with "Mr." listed, "Mr.  Smith" is split). It also cannot tell
// "in the U.S. The ..." (a sentence ends) from "the U.S. Army" (none does).
// This pass looks at every full stop (and ellipsis) followed by whitespace,
// classifies the whole token before it (abbreviations.h), and
//   - drops the break after an abbreviation that never ends a sentence;
//   - keeps a break after one that may end a sentence only before a
//     sentence starter ("U.S. The", "a.m. He", "etc. But"), and not between
//     two initials ("J. A. Smith");
//   - restores the break after an ordinary word when the next word starts
//     with a capital letter (undoing a suffix match);
//   - adds a break after an ellipsis followed by a sentence starter;
//   - drops the break ICU always makes after '?' and '!' when a lower-case
//     word follows ("\"Why?\" he asked", "ex-Wham! partner").
// "No." counts as an abbreviation only before a digit ("No. 10").
//
// Pure function; thread-safe. Linear in the paragraph's length.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_SENTENCE_BREAK_REPAIR_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_SENTENCE_BREAK_REPAIR_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::article {

// `text` is the paragraph as ICU saw it (line breaks already spaces);
// `breaks` holds ICU's boundaries as byte offsets into it, sorted, from 0
// to text.size(). Rewrites `breaks`, still sorted and unique.
void RepairSentenceBreaks(std::string_view text, std::vector<int32_t>* breaks);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_SENTENCE_BREAK_REPAIR_H_
