#include "shared/server/pem_file.h"

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/string_view.h"

namespace newsgraph::server {

absl::StatusOr<std::string> ReadPemFile(const std::string& path, std::string_view flag) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) text.clear();
  if (text.find("-----BEGIN ") == std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", AsAbsl(flag), "=", path, " is not a readable PEM file"));
  }
  return text;
}

}  // namespace newsgraph::server
