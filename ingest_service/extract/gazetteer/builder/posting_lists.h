// PostingLists: collects, for each key of one index table, the entries
// that carry it, and hands them back deduplicated per entry (the strongest
// form kept) and ordered most prominent first (see index_writer.h).
//
// Reads the model it was given, which must outlive it. Not thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_POSTING_LISTS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_POSTING_LISTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

struct KeyPostings {
  std::string key;
  std::vector<uint32_t> postings;  // (entry << 8) | NameForm | variant bit
};

class PostingLists {
 public:
  explicit PostingLists(const GazetteerModel& model) : model_(model) {}

  void Add(std::string_view key, uint32_t entry, NameForm form, bool spelling_variant);

  // Every key (sorted, for a deterministic file) with its postings ranked.
  std::vector<KeyPostings> Finish() &&;

 private:
  bool Precedes(uint32_t a, uint32_t b) const;

  const GazetteerModel& model_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> lists_;
};

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_POSTING_LISTS_H_
