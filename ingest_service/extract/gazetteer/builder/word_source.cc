#include "ingest_service/extract/gazetteer/builder/word_source.h"

#include "ingest_service/extract/gazetteer/builder/source_files.h"
#include "ingest_service/extract/gazetteer/index_format.h"
#include "ingest_service/extract/gazetteer/name_folding.h"
#include "shared/base/status_macros.h"

namespace newsgraph::extract::builder {
namespace {

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line;
}

}  // namespace

absl::Status AddWordList(const std::string& path, uint32_t flags, GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(path));
  for (const std::string_view raw : SplitFields(text, '\n')) {
    const std::string_view word = TrimLine(raw);
    if (word.empty() || word.front() == '#') continue;
    model.AddWordFlags(word, flags);
    if (!IsAscii(word)) model.AddWordFlags(AsciiSpelling(word), flags);
  }
  return absl::OkStatus();
}

absl::Status AddDictionary(const std::string& path, GazetteerModel& model) {
  NG_ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(path));
  for (const std::string_view raw : SplitFields(text, '\n')) {
    const std::string_view word = TrimLine(raw);
    if (word.empty() || word.ends_with("'s")) continue;
    const bool capitalized = word.front() >= 'A' && word.front() <= 'Z';
    model.AddWordFlags(word,
                       capitalized ? index_format::kProperNounWord : index_format::kCommonWord);
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::extract::builder
