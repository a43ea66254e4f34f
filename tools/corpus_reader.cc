#include "tools/corpus_reader.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace newsgraph::tools {
namespace {

namespace fs = std::filesystem;

absl::Status ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path.string()));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return absl::OkStatus();
}

// Reads a whole file, inflating it when it is gzip-compressed.
absl::Status ReadMaybeGzip(const fs::path& path, std::string* out) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return absl::NotFoundError(absl::StrCat("cannot open ", path.string()));
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) out->append(buffer, n);
  const bool failed = n < 0;
  gzclose(file);
  if (failed) return absl::DataLossError(absl::StrCat("cannot inflate ", path.string()));
  return absl::OkStatus();
}

std::string StringField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Calls `fn` with each non-blank line of JSON Lines `data` (read from
// `path`) parsed, and its line number; INVALID_ARGUMENT for a line that is
// not an object with a string field `required`.
absl::Status ForEachJsonObject(const std::string& data, const fs::path& path, const char* required,
                               const std::function<absl::Status(const nlohmann::json&, int)>& fn) {
  std::istringstream lines(data);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!object.is_object() || !object.contains(required) || !object[required].is_string()) {
      return absl::InvalidArgumentError(absl::StrCat(
          path.string(), ":", number, ": not a JSON object with a \"", required, "\" string"));
    }
    if (absl::Status s = fn(object, number); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status ForEachJsonLine(const fs::path& path,
                             const std::function<absl::Status(CorpusDocument)>& fn) {
  std::string data;
  if (absl::Status s = ReadMaybeGzip(path, &data); !s.ok()) return s;
  return ForEachJsonObject(data, path, "text", [&](const nlohmann::json& object, int number) {
    CorpusDocument doc;
    doc.origin = absl::StrCat(path.string(), ":", number);
    doc.text = StringField(object, "text");
    doc.published_date = StringField(object, "date").substr(0, 10);
    doc.title = StringField(object, "title");
    doc.url = StringField(object, "url");
    doc.source = StringField(object, "source");
    return fn(std::move(doc));
  });
}

bool IsJsonLines(const fs::path& path) {
  const std::string name = path.filename().string();
  return absl::EndsWith(name, ".jsonl") || absl::EndsWith(name, ".jsonl.gz");
}

// Metadata for the files of a directory, from its index.jsonl.
struct FileMetadata {
  std::string published_date;
  std::string url;
};
using DirectoryIndex = std::map<std::string, FileMetadata>;

absl::StatusOr<DirectoryIndex> ReadDirectoryIndex(const fs::path& dir) {
  DirectoryIndex index;
  const fs::path path = dir / "index.jsonl";
  std::error_code ec;
  if (!fs::exists(path, ec)) return index;
  std::string data;
  if (absl::Status s = ReadFile(path, &data); !s.ok()) return s;
  absl::Status status =
      ForEachJsonObject(data, path, "file", [&](const nlohmann::json& object, int) {
        index[StringField(object, "file")] =
            FileMetadata{StringField(object, "date").substr(0, 10), StringField(object, "url")};
        return absl::OkStatus();
      });
  if (!status.ok()) return status;
  return index;
}

absl::Status ForEachFile(const fs::path& path, const FileMetadata* metadata,
                         const std::function<absl::Status(CorpusDocument)>& fn) {
  if (IsJsonLines(path)) return ForEachJsonLine(path, fn);
  CorpusDocument doc;
  doc.origin = path.string();
  if (absl::Status s = ReadFile(path, &doc.text); !s.ok()) return s;
  if (metadata != nullptr) {
    doc.published_date = metadata->published_date;
    doc.url = metadata->url;
  }
  return fn(std::move(doc));
}

}  // namespace

absl::Status ForEachDocument(const std::string& root,
                             const std::function<absl::Status(CorpusDocument)>& fn) {
  std::error_code ec;
  const fs::path path(root);
  if (!fs::exists(path, ec)) return absl::NotFoundError(absl::StrCat(root, " does not exist"));
  if (!fs::is_directory(path, ec)) return ForEachFile(path, nullptr, fn);
  absl::StatusOr<DirectoryIndex> index = ReadDirectoryIndex(path);
  if (!index.ok()) return index.status();
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      files.push_back(entry.path());
    }
  }
  if (ec) return absl::UnavailableError(absl::StrCat("cannot list ", root, ": ", ec.message()));
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    auto it = index->find(file.lexically_relative(path).generic_string());
    const FileMetadata* metadata = it == index->end() ? nullptr : &it->second;
    if (absl::Status s = ForEachFile(file, metadata, fn); !s.ok()) return s;
  }
  return absl::OkStatus();
}

std::string WithTitleSuffix(const std::string& text, std::string_view suffix) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  size_t end = first == std::string::npos ? text.size() : text.find('\n', first);
  if (end == std::string::npos) end = text.size();
  if (end > 0 && text[end - 1] == '\r') --end;
  std::string out = text;
  out.insert(end, suffix);
  return out;
}

}  // namespace newsgraph::tools
