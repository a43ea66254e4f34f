#include "ingest_service/article/format_errors.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "shared/base/string_view.h"

namespace newsgraph::article {
namespace {

constexpr size_t kQuoteCodePoints = 60;

}  // namespace

std::string FormatName(v1::ArticleFormat format) {
  std::string name = v1::ArticleFormat_Name(format);
  constexpr std::string_view kPrefix = "ARTICLE_FORMAT_";
  if (name.rfind(kPrefix, 0) == 0) name.erase(0, kPrefix.size());
  return name.empty() ? absl::StrCat("format ", static_cast<int>(format)) : name;
}

std::string QuoteForError(std::string_view line) {
  size_t code_points = 0;
  size_t i = 0;
  for (; i < line.size(); ++i) {
    const bool starts_code_point = (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
    if (starts_code_point && ++code_points > kQuoteCodePoints) break;
  }
  if (i < line.size()) return absl::StrCat("\"", AsAbsl(line.substr(0, i)), "...\"");
  return absl::StrCat("\"", AsAbsl(line), "\"");
}

absl::Status FormatMismatchError(v1::ArticleFormat format, std::string_view expects,
                                 std::string_view found) {
  const std::string name = FormatName(format);
  return absl::InvalidArgumentError(absl::StrCat(
      "the text does not match the requested format ", name, ": ", name, " expects ",
      AsAbsl(expects), "; found ", AsAbsl(found),
      ". Fix the text, request another format, or leave the format unset to detect it"));
}

absl::Status NoBodyError(v1::ArticleFormat format, std::string_view header) {
  return absl::InvalidArgumentError(absl::StrCat("the ", FormatName(format), " article has ",
                                                 AsAbsl(header),
                                                 " but no body after it: add the article text"));
}

}  // namespace newsgraph::article
