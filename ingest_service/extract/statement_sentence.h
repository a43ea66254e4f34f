// Which sentences the extractor reads for statements: the roles,
// relations and events an article states. Names are found in every
// sentence; statements only in sentences of at most
// kMaxStatementSentenceBytes.
//
// Why: a longer "sentence" is a run of text with no sentence end (a table,
// a list, a text without punctuation, which the reader keeps as one
// sentence), not something a reporter writes; the corpora's longest
// sentence has about 2,100 bytes. Reading one costs time in proportion to
// its length squared (each event trigger looks across the whole sentence
// for its participants, date and clause cues), and each statement is
// stored with its sentence as evidence, so a 10 MB run of words would take
// hours and gigabytes instead of a second.
//
// Plain C++; no state.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_STATEMENT_SENTENCE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_STATEMENT_SENTENCE_H_

#include <cstddef>

namespace newsgraph::extract {

inline constexpr size_t kMaxStatementSentenceBytes = 4096;

// True when the extractor reads roles, relations and events in a sentence
// of `sentence_bytes` bytes.
inline bool IsStatementSentence(size_t sentence_bytes) {
  return sentence_bytes <= kMaxStatementSentenceBytes;
}

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_STATEMENT_SENTENCE_H_
