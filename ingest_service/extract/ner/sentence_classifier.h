// Helpers of the sentence classifier that the article pass shares.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_CLASSIFIER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_CLASSIFIER_H_

#include <string_view>

namespace newsgraph::extract {

// Capitalised abbreviations that name no organization ("LGBT", "GDP",
// "CEO", "NGO").
bool IsCommonAcronym(std::string_view word);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_CLASSIFIER_H_
