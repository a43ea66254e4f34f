// The word lists: given names (one per line, from the English first-name
// datasets), people's name parts (the cspell people-names list) and the
// English dictionary (wamerican: lower-case entries are common words,
// capitalized ones proper nouns and adjectives; possessives skipped).
//
// Stateless functions that add to a GazetteerModel; not thread-safe
// (the model is not).
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_WORD_SOURCE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_WORD_SOURCE_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

// Adds every line of `path` (a word or name per line; '#' comments and
// blank lines skipped) with `flags` (index_format::WordFlag), and its
// ASCII spelling when it has diacritics.
absl::Status AddWordList(const std::string& path, uint32_t flags, GazetteerModel& model);

// Adds the wamerican-style dictionary at `path`.
absl::Status AddDictionary(const std::string& path, GazetteerModel& model);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_WORD_SOURCE_H_
