#include "tests/fuzz/fuzz_checks.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/reflection.h"
#include "newsgraph/v1/common.pb.h"
#include "shared/text/utf8.h"

namespace newsgraph::fuzz {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

void CheckSpan(const v1::TextSpan& span, int64_t code_points) {
  Check(span.start() >= 0 && span.start() <= span.end() && span.end() <= code_points,
        "a TextSpan lies outside the content: [" + std::to_string(span.start()) + ", " +
            std::to_string(span.end()) + ") of " + std::to_string(code_points) +
            " code points");
}

// content[span] in bytes, through `index` (over valid UTF-8 content).
std::string_view Slice(std::string_view content, const text::CodePointIndex& index,
                       const v1::TextSpan& span) {
  const size_t begin = index.ToByte(span.start());
  return content.substr(begin, index.ToByte(span.end()) - begin);
}

}  // namespace

void Fail(std::string_view what) {
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void CheckSpansWithin(const Message& message, int64_t code_points) {
  if (const auto* span = dynamic_cast<const v1::TextSpan*>(&message)) {
    CheckSpan(*span, code_points);
    return;
  }
  const Reflection* reflection = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    if (field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      const int size = reflection->FieldSize(message, field);
      for (int i = 0; i < size; ++i) {
        CheckSpansWithin(reflection->GetRepeatedMessage(message, field, i), code_points);
      }
    } else {
      CheckSpansWithin(reflection->GetMessage(message, field), code_points);
    }
  }
}

void CheckArticle(const v1::Article& article) {
  const std::string& content = article.content();
  Check(!text::FindInvalidUtf8(content).has_value(), "content is not valid UTF-8");
  const int64_t code_points = text::CountCodePoints(content);
  CheckSpansWithin(article, code_points);
  const text::CodePointIndex index(content);
  Check(Slice(content, index, article.body_span()) == article.body(),
        "body is not content[body_span]");
  for (int i = 0; i < article.paragraphs_size(); ++i) {
    Check(article.paragraphs(i).index() == i, "paragraph indexes are not 0, 1, 2, ...");
  }
  int previous_end = 0;
  for (int i = 0; i < article.sentences_size(); ++i) {
    const v1::Sentence& sentence = article.sentences(i);
    Check(sentence.index() == i, "sentence indexes are not 0, 1, 2, ...");
    Check(sentence.span().start() < sentence.span().end(), "an empty sentence");
    Check(sentence.span().start() >= previous_end, "sentences overlap or go backwards");
    previous_end = sentence.span().end();
    Check(Slice(content, index, sentence.span()) == sentence.text(),
          "a sentence's text is not content[span]");
    const int p = sentence.paragraph_index();
    Check(p >= 0 && p < article.paragraphs_size(), "a sentence's paragraph does not exist");
    const v1::TextSpan& paragraph = article.paragraphs(p).span();
    Check(paragraph.start() <= sentence.span().start() &&
              sentence.span().end() <= paragraph.end(),
          "a sentence lies outside its paragraph");
  }
}

}  // namespace newsgraph::fuzz
