#include "shared/server/pem_file.h"

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/file_contents.h"
#include "shared/base/string_view.h"

namespace newsgraph::server {

absl::StatusOr<std::string> ReadPemFile(const std::string& path, std::string_view flag) {
  absl::StatusOr<std::string> text = ReadFileContents(path);
  if (!text.ok() || text->find("-----BEGIN ") == std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", AsAbsl(flag), "=", path, " is not a readable PEM file"));
  }
  return text;
}

}  // namespace newsgraph::server
