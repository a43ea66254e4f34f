#include "ingest_service/article/newswire_signoff.h"

#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "ingest_service/article/text_ranges.h"
#include "shared/base/string_view.h"

namespace newsgraph::article {
namespace {

constexpr absl::string_view kEndMark = "&#3;";
constexpr absl::string_view kWord = "reuter";
// Wire copy sometimes carries the sign-off twice ("REUTER\n Reuter").
constexpr int kMaxSignOffs = 3;

// The position of a sign-off appended to the last line [begin, end), or
// nullopt: "REUTER" (any case) ending the line after whitespace that
// follows a full stop, a digit or a bracket.
std::optional<size_t> AppendedSignOff(std::string_view text, size_t begin, size_t end) {
  absl::string_view line = AsAbsl(text.substr(begin, end - begin));
  absl::ConsumeSuffix(&line, kEndMark);
  line = absl::StripTrailingAsciiWhitespace(line);
  if (line.size() < kWord.size() ||
      !absl::EqualsIgnoreCase(line.substr(line.size() - kWord.size()), kWord)) {
    return std::nullopt;
  }
  const size_t word = line.size() - kWord.size();
  size_t before = word;
  while (before > 0 && (line[before - 1] == ' ' || line[before - 1] == '\t')) --before;
  if (before == word || before == 0) return std::nullopt;
  const char c = line[before - 1];
  if (c != '.' && c != ')' && !absl::ascii_isdigit(static_cast<unsigned char>(c))) {
    return std::nullopt;
  }
  return begin + before;
}

}  // namespace

bool IsSignOffLine(std::string_view raw) {
  absl::string_view line = absl::StripAsciiWhitespace(AsAbsl(raw));
  absl::ConsumeSuffix(&line, kEndMark);
  line = absl::StripTrailingAsciiWhitespace(line);
  absl::ConsumeSuffix(&line, "^M");
  while (absl::ConsumeSuffix(&line, ".")) {
  }
  return absl::EqualsIgnoreCase(line, "reuter") || absl::EqualsIgnoreCase(line, "reuters");
}

size_t StripSignOff(std::string_view text, size_t begin, size_t end) {
  for (int i = 0; i < kMaxSignOffs; ++i) {
    const std::optional<Line> last = LastNonBlankLine(text, begin, end);
    if (!last.has_value()) return end;
    const absl::string_view line = absl::StripAsciiWhitespace(AsAbsl(Slice(text, last->range())));
    if (line == kEndMark ||
        IsSignOffLine(std::string_view(line.data(),
                                       line.size()))) {  // a line of its own: drop it, look again
      end = last->begin;
      continue;
    }
    if (std::optional<size_t> appended = AppendedSignOff(text, last->begin, last->end)) {
      return *appended;
    }
    return end;
  }
  return end;
}

}  // namespace newsgraph::article
