// Invariant checks shared by the fuzz targets of tests/fuzz: a failed check
// prints what broke and aborts, which libFuzzer reports as a crash (and the
// replay tests as a failure), keeping the offending input.
//
// Plain C++ over the article protos; no state.
#ifndef NEWSGRAPH_TESTS_FUZZ_FUZZ_CHECKS_H_
#define NEWSGRAPH_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <cstdint>
#include <string_view>

#include "google/protobuf/message.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::fuzz {

// Prints "fuzz check failed: <what>" to stderr and aborts.
[[noreturn]] void Fail(std::string_view what);

// Fail(what) unless `condition`.
inline void Check(bool condition, std::string_view what) {
  if (!condition) Fail(what);
}

// Every TextSpan anywhere in `message` (fields, nested messages, repeated
// fields) has 0 <= start <= end <= `code_points`.
void CheckSpansWithin(const google::protobuf::Message& message, int64_t code_points);

// What ReadArticle promises of a record it returns: spans inside content,
// each sentence's text the content at its span, paragraphs and sentences
// indexed in order, the body the content at body_span.
void CheckArticle(const v1::Article& article);

}  // namespace newsgraph::fuzz

#endif  // NEWSGRAPH_TESTS_FUZZ_FUZZ_CHECKS_H_
