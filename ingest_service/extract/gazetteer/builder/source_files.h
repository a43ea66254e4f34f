// Reading the builder's input files: whole files, JSON documents (parsed
// without exceptions) and the authored TSV lists of data/gazetteer/.
//
// Authored TSV format: UTF-8; lines starting with '#' are comments (the
// header comment says what the list is and where it comes from); the first
// other line names the columns; every further non-empty line is one row of
// tab-separated fields; list fields separate items with '|'.
//
// Pure functions over files; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_SOURCE_FILES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_SOURCE_FILES_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace newsgraph::extract::builder {

// NOT_FOUND (naming tools/setup.sh) when `path` cannot be read.
absl::StatusOr<std::string> ReadWholeFile(const std::string& path);

// DATA_LOSS when the file is not JSON.
absl::StatusOr<nlohmann::json> ReadJsonFile(const std::string& path);

// The string member `key` of `object`, or "" when absent or not a string.
std::string JsonString(const nlohmann::json& object, const char* key);

class TsvTable {
 public:
  // Reads `path`: INVALID_ARGUMENT when a column of `required` is missing
  // or a row has more fields than the header.
  static absl::StatusOr<TsvTable> Read(const std::string& path,
                                       const std::vector<std::string>& required);

  size_t size() const { return rows_.size(); }
  // Field `column` of row `row` ("" when the row is short).
  std::string_view Field(size_t row, std::string_view column) const;
  // The '|'-separated items of a field, trimmed, empty items dropped.
  std::vector<std::string> List(size_t row, std::string_view column) const;
  // "file:line" of a row, for error messages.
  std::string Where(size_t row) const;

 private:
  std::string path_;
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<int> lines_;
};

// Splits `s` at `separator`.
std::vector<std::string_view> SplitFields(std::string_view s, char separator);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_SOURCE_FILES_H_
