// Reads article collections from disk for the command-line tools and the
// end-to-end tests: a single text file, a directory of *.txt files (walked
// recursively, in path order), or JSON Lines (optionally gzip-compressed)
// with one article per line: {"text": ..., "date": ..., "title": ...,
// "url": ..., "source": ...} (only "text" is required; the Reuters-21578
// export in ../shared/corpus/reuters has this shape).
//
// A directory may hold an index.jsonl with one {"file": RELATIVE_PATH,
// "date": ..., "url": ...} object per file (the Wikinews export has one):
// its dates and URLs become the documents' metadata. Titles are left to
// the text.
//
// Plain C++; no state.
#ifndef NEWSGRAPH_TOOLS_CORPUS_READER_H_
#define NEWSGRAPH_TOOLS_CORPUS_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace newsgraph::tools {

struct CorpusDocument {
  std::string origin;          // file path, or "path:line" for JSON Lines
  std::string text;            // raw bytes as found
  std::string published_date;  // "YYYY-MM-DD" when the collection says
  std::string title;
  std::string url;
  std::string source;
};

// Calls `fn` for each document under `path`, stopping at the first error
// `fn` returns. NOT_FOUND when `path` does not exist; INVALID_ARGUMENT for
// a malformed JSON line (naming the line).
absl::Status ForEachDocument(const std::string& path,
                             const std::function<absl::Status(CorpusDocument)>& fn);

// `text` with `suffix` appended to its first non-blank line, the title line
// in every format of the shared corpus: the benchmarks send one article
// several times this way, each a new article to the store (its id is made
// from the title) with the same names, relations and events.
std::string WithTitleSuffix(const std::string& text, std::string_view suffix);

}  // namespace newsgraph::tools

#endif  // NEWSGRAPH_TOOLS_CORPUS_READER_H_
