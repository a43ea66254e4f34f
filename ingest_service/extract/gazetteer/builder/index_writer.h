// WriteIndex: turns a GazetteerModel into the index file the Gazetteer maps
// (layout in ../index_format.h).
//
// Every name is stored in normal form (phrase_normalizer.h) in the exact
// table, together with its generated spelling variants
// (spelling_variants.h); every name and variant also goes to the folded
// table under FoldedKey. The postings of a key are deduplicated per entry
// (keeping the strongest form) and ordered most prominent first: source
// names before generated variants; then countries, organizations, other
// places, capitals / regional seats / cities of 100,000 people or more,
// regions, other towns; within those, main names before alternate names,
// then by population. Names longer than kMaxNameBytes or kMaxNameWords,
// and names starting with a lower-case "the ", are left out.
//
// Single-threaded; the model is only read.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_INDEX_WRITER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_INDEX_WRITER_H_

#include <cstddef>
#include <string>

#include "absl/status/statusor.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

inline constexpr size_t kMaxNameBytes = 120;
inline constexpr int kMaxNameWords = 10;

struct IndexStats {
  size_t entries = 0;
  size_t exact_keys = 0;
  size_t folded_keys = 0;
  size_t postings = 0;
  size_t first_words = 0;
  size_t words = 0;
  size_t file_bytes = 0;
  int max_phrase_words = 0;
};

// Writes the index of `model` to `path` (through a temporary file renamed
// into place, so that a reader never sees half a file).
absl::StatusOr<IndexStats> WriteIndex(const GazetteerModel& model, const std::string& path);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_INDEX_WRITER_H_
