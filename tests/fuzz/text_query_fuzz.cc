// Fuzz target: full-text queries (shared/store/text_query.h). A query
// either parses or fails with INVALID_ARGUMENT; a parsed query keeps the
// limits and shape the header documents, and ParseTextQuery(ToString(q))
// gives q back. FindWords and SplitWords agree on any bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "shared/store/text_query.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using namespace newsgraph;

void CheckShape(const store::TextQuery& query) {
  fuzz::Check(!query.clauses.empty() &&
                  query.clauses.size() <= static_cast<size_t>(store::kMaxTextQueryClauses),
              "a parsed query has no clause or too many");
  bool positive = false;
  for (const store::TextClause& clause : query.clauses) {
    positive |= !clause.negated;
    fuzz::Check(!clause.alternatives.empty(), "a clause without alternatives");
    for (const store::Phrase& phrase : clause.alternatives) {
      fuzz::Check(!phrase.empty(), "an empty phrase");
      for (const std::string& word : phrase) {
        fuzz::Check(store::SplitWords(word) == std::vector<std::string>{word},
                    "a query word is not one tokenizer word: " + word);
      }
    }
  }
  fuzz::Check(positive, "a parsed query has no positive clause");
}

bool SameQuery(const store::TextQuery& a, const store::TextQuery& b) {
  if (a.clauses.size() != b.clauses.size()) return false;
  for (size_t i = 0; i < a.clauses.size(); ++i) {
    if (a.clauses[i].negated != b.clauses[i].negated ||
        a.clauses[i].alternatives != b.clauses[i].alternatives) {
      return false;
    }
  }
  return true;
}

void CheckWords(std::string_view text) {
  const std::vector<store::WordSpan> spans = store::FindWords(text);
  const std::vector<std::string> words = store::SplitWords(text);
  fuzz::Check(spans.size() == words.size(), "FindWords and SplitWords disagree on the count");
  size_t previous_end = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    fuzz::Check(spans[i].begin >= previous_end && spans[i].begin < spans[i].end &&
                    spans[i].end <= text.size(),
                "a word span is empty, out of order or outside the text");
    previous_end = spans[i].end;
    fuzz::Check(text.substr(spans[i].begin, spans[i].end - spans[i].begin) == words[i],
                "FindWords and SplitWords disagree on a word");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckWords(text);
  absl::StatusOr<store::TextQuery> query = store::ParseTextQuery(text);
  if (!query.ok()) {
    fuzz::Check(query.status().code() == absl::StatusCode::kInvalidArgument,
                "ParseTextQuery failed with a code other than INVALID_ARGUMENT");
    return 0;
  }
  fuzz::Check(size <= store::kMaxTextQueryBytes, "a query over the size limit parsed");
  CheckShape(*query);
  const std::string canonical = store::ToString(*query);
  absl::StatusOr<store::TextQuery> again = store::ParseTextQuery(canonical);
  if (!again.ok()) fuzz::Fail("the canonical form does not parse: " + canonical);
  fuzz::Check(SameQuery(*query, *again), "the canonical form parses to another query: " + canonical);
  return 0;
}
