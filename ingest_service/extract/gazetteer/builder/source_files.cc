#include "ingest_service/extract/gazetteer/builder/source_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract::builder {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("cannot read ", path, " (run tools/setup.sh to install the gazetteer data)"));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

absl::StatusOr<nlohmann::json> ReadJsonFile(const std::string& path) {
  NG_ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(path));
  nlohmann::json document = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) return absl::DataLossError(absl::StrCat(path, " is not JSON"));
  return document;
}

std::string JsonString(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::vector<std::string_view> SplitFields(std::string_view s, char separator) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t end = s.find(separator, start);
    fields.push_back(
        s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return fields;
}

absl::StatusOr<TsvTable> TsvTable::Read(const std::string& path,
                                        const std::vector<std::string>& required) {
  NG_ASSIGN_OR_RETURN(const std::string text, ReadWholeFile(path));
  TsvTable table;
  table.path_ = path;
  int line_number = 0;
  for (const std::string_view line : SplitFields(text, '\n')) {
    ++line_number;
    if (Trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    for (const std::string_view field : SplitFields(line, '\t')) fields.emplace_back(Trim(field));
    if (table.columns_.empty()) {
      table.columns_ = std::move(fields);
      continue;
    }
    if (fields.size() > table.columns_.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line_number, ": more fields than the header names"));
    }
    table.rows_.push_back(std::move(fields));
    table.lines_.push_back(line_number);
  }
  for (const std::string& column : required) {
    if (std::find(table.columns_.begin(), table.columns_.end(), column) == table.columns_.end()) {
      return absl::InvalidArgumentError(absl::StrCat(path, ": no column ", column));
    }
  }
  return table;
}

std::string_view TsvTable::Field(size_t row, std::string_view column) const {
  const auto it = std::find(columns_.begin(), columns_.end(), column);
  const auto index = static_cast<size_t>(it - columns_.begin());
  if (it == columns_.end() || index >= rows_[row].size()) return {};
  return rows_[row][index];
}

std::vector<std::string> TsvTable::List(size_t row, std::string_view column) const {
  std::vector<std::string> items;
  for (const std::string_view item : SplitFields(Field(row, column), '|')) {
    const std::string_view trimmed = Trim(item);
    if (!trimmed.empty()) items.emplace_back(trimmed);
  }
  return items;
}

std::string TsvTable::Where(size_t row) const { return absl::StrCat(path_, ":", lines_[row]); }

}  // namespace newsgraph::extract::builder
