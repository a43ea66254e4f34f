#include "ingest_service/article/paragraph_layout.h"

namespace newsgraph::article {

std::vector<ByteRange> SplitParagraphs(std::string_view text, ByteRange body, IndentRule rule) {
  std::vector<ByteRange> paragraphs;
  size_t paragraph_begin = body.begin;
  auto close = [&](size_t end) {
    const ByteRange paragraph = Trim(text, {paragraph_begin, end});
    if (!paragraph.empty()) paragraphs.push_back(paragraph);
  };
  size_t pos = body.begin;
  while (pos < body.end) {
    Line line = LineAt(text, pos);
    if (line.end > body.end) line.end = body.end;
    if (IsBlank(text, line.range())) {
      close(line.begin);
      paragraph_begin = line.next;
    } else if (rule == IndentRule::kIndentStartsParagraph && line.begin > paragraph_begin &&
               WhitespaceLengthAt(text, line.begin) > 0) {
      close(line.begin);
      paragraph_begin = line.begin;
    }
    if (line.next <= pos) break;
    pos = line.next;
  }
  close(body.end);
  return paragraphs;
}

}  // namespace newsgraph::article
