#include "tests/testing/mock_article_store.h"

namespace newsgraph::testing {

MockArticleStore::MockArticleStore() = default;
MockArticleStore::~MockArticleStore() = default;

}  // namespace newsgraph::testing
