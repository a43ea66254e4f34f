// FoldToAscii: a name's letters without their marks, for matching the
// spellings news mixes ("Erdoğan" and "Erdogan", "Rosselló" and
// "Rossello"). Letters with no ASCII base are kept as they are.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_TEXT_FOLD_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace newsgraph::extract {

// `word` (valid UTF-8) with combining marks removed after canonical
// decomposition and the common Latin letters without a decomposition
// mapped (ı→i, ł→l, ø→o, đ→d, ß→ss, æ→ae, œ→oe, ə→e). ASCII input is
// returned unchanged without allocation beyond the copy.
std::string FoldToAscii(std::string_view word);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_TEXT_FOLD_H_
