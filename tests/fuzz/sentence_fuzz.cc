// Fuzz target: sentence splitting (ingest_service/article/sentence_splitter.h)
// of a paragraph of valid UTF-8 (its precondition; other inputs are
// skipped). The sentences must be non-empty, in order, inside the
// paragraph, on code point boundaries and trimmed of whitespace.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "ingest_service/article/sentence_splitter.h"
#include "shared/text/utf8.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string_view paragraph(reinterpret_cast<const char*>(data), size);
  if (text::FindInvalidUtf8(paragraph).has_value()) return 0;
  std::vector<article::ByteRange> sentences;
  fuzz::Check(article::SplitSentences(paragraph, &sentences).ok(), "SplitSentences failed");
  size_t previous_end = 0;
  for (const article::ByteRange& s : sentences) {
    fuzz::Check(s.begin >= previous_end && s.begin < s.end && s.end <= paragraph.size(),
                "a sentence is empty, out of order or outside the paragraph");
    previous_end = s.end;
    fuzz::Check(!IsContinuationByte(paragraph[s.begin]) &&
                    (s.end == paragraph.size() || !IsContinuationByte(paragraph[s.end])),
                "a sentence does not begin and end on code point boundaries");
    fuzz::Check(!absl::ascii_isspace(static_cast<unsigned char>(paragraph[s.begin])) &&
                    !absl::ascii_isspace(static_cast<unsigned char>(paragraph[s.end - 1])),
                "a sentence is not trimmed of spaces");
  }
  return 0;
}
