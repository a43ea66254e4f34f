// Helpers for tests that run the whole extractor over a few sentences:
// read them as a plain-text article dated 2020-01-24 and look up what was
// found by its text. The Extractor is loaded once per test binary.
#ifndef NEWSGRAPH_TESTS_EXTRACT_NER_EXTRACTION_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_EXTRACT_NER_EXTRACTION_TEST_SUPPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract::testing {

// The article `body` (paragraphs separated by blank lines), extracted.
// Fails the test (and returns an empty article) when reading or
// extracting fails.
v1::Article ExtractText(std::string_view body, std::string_view published = "2020-01-24");

// The type of the first mention written exactly `text`, or UNSPECIFIED
// when no mention is.
v1::EntityType MentionType(const v1::Article& article, std::string_view text);

// Every mention's text, in order, for failure messages.
std::vector<std::string> MentionTexts(const v1::Article& article);

// The entity with `name`, or nullptr.
const v1::ArticleEntity* EntityNamed(const v1::Article& article, std::string_view name);

// The entity the first mention written `text` belongs to, or nullptr.
const v1::ArticleEntity* EntityOfMention(const v1::Article& article, std::string_view text);

}  // namespace newsgraph::extract::testing

#endif  // NEWSGRAPH_TESTS_EXTRACT_NER_EXTRACTION_TEST_SUPPORT_H_
