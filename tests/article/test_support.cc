#include "tests/article/test_support.h"

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsgraph::article::testing {

std::string CorpusDir() { return NEWSGRAPH_CORPUS_DIR; }

std::optional<std::string> CorpusPath(std::string_view relative) {
  std::string path = CorpusDir() + "/" + std::string(relative);
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return std::nullopt;
  return path;
}

std::optional<std::string> ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool ForEachGzipLine(const std::string& path, const std::function<void(const std::string&)>& fn) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  std::string pending;
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) {
    pending.append(buffer, static_cast<size_t>(n));
    size_t start = 0;
    for (size_t nl = pending.find('\n'); nl != std::string::npos; nl = pending.find('\n', start)) {
      fn(pending.substr(start, nl - start));
      start = nl + 1;
    }
    pending.erase(0, start);
  }
  const bool ok = n == 0;
  gzclose(file);
  if (!pending.empty()) fn(pending);
  return ok;
}

std::string CodePointSlice(std::string_view content, int start, int end) {
  if (start < 0 || end < start) return "<bad span>";
  int code_point = 0;
  size_t byte_start = std::string_view::npos;
  size_t byte_end = std::string_view::npos;
  for (size_t i = 0; i <= content.size(); ++i) {
    const bool boundary =
        i == content.size() || (static_cast<unsigned char>(content[i]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (code_point == start) byte_start = i;
    if (code_point == end) {
      byte_end = i;
      break;
    }
    ++code_point;
  }
  if (byte_start == std::string_view::npos || byte_end == std::string_view::npos) {
    return "<bad span>";
  }
  return std::string(content.substr(byte_start, byte_end - byte_start));
}

std::string SpanText(const v1::Article& article, const v1::TextSpan& span) {
  return CodePointSlice(article.content(), span.start(), span.end());
}

}  // namespace newsgraph::article::testing
