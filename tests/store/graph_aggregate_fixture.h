// What the store tests of the graph aggregates (schema version 5) share: an
// article whose events and relations tie many pairs, and the aggregates'
// answers about its entities as text, so that a test can compare the
// answers of a store before and after its aggregates were rebuilt (the
// SQLite and PostgreSQL upgrade tests).
#ifndef NEWSGRAPH_TESTS_STORE_GRAPH_AGGREGATE_FIXTURE_H_
#define NEWSGRAPH_TESTS_STORE_GRAPH_AGGREGATE_FIXTURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/v1/article.pb.h"
#include "newsgraph/v1/event.pb.h"
#include "shared/store/article_store.h"

namespace newsgraph::store::testing {

// Adds an event of `category` on `date` ("" undated) between the article's
// entities `actors` and `recipients`.
void AddEventTo(v1::Article& article, v1::EventCategory category, std::string_view date,
                std::vector<int> actors, std::vector<int> recipients);

// An article of `id` naming two countries and `people` (>= 2) people, with
// events of three categories (one undated, one dated to a month only)
// among them and a role, so that its pairs outnumber one batch of the
// backfill's inserts when `people` is 10 or more.
v1::Article ArticleTyingManyPairs(std::string_view id, int people);

// Per entity id (without "entities/"): its dated event counts, related
// entities and graph edges, one line each.
std::vector<std::string> GraphAnswers(ArticleStore& store, const std::vector<std::string>& ids);

// The entity ids (without "entities/") of a stored article, in its order.
std::vector<std::string> EntityIdsOf(const v1::Article& stored);

}  // namespace newsgraph::store::testing

#endif  // NEWSGRAPH_TESTS_STORE_GRAPH_AGGREGATE_FIXTURE_H_
