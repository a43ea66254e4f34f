// Terse builders of ArticleFilter trees for tests.
#ifndef NEWSGRAPH_TESTS_STORE_FILTER_BUILDERS_H_
#define NEWSGRAPH_TESTS_STORE_FILTER_BUILDERS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "shared/store/article_store.h"

namespace newsgraph::store::testing {

inline ArticleFilter Cond(ArticleField field, CompareOp op, std::string text) {
  ArticleFilter filter;
  filter.kind = ArticleFilter::Kind::kCondition;
  filter.condition.field = field;
  filter.condition.op = op;
  filter.condition.text = std::move(text);
  return filter;
}

inline ArticleFilter Cond(ArticleField field, CompareOp op, int64_t number) {
  ArticleFilter filter;
  filter.kind = ArticleFilter::Kind::kCondition;
  filter.condition.field = field;
  filter.condition.op = op;
  filter.condition.number = number;
  return filter;
}

inline ArticleFilter Junction(ArticleFilter::Kind kind, std::vector<ArticleFilter> children) {
  ArticleFilter filter;
  filter.kind = kind;
  filter.children = std::move(children);
  return filter;
}

inline ArticleFilter And(std::vector<ArticleFilter> children) {
  return Junction(ArticleFilter::Kind::kAnd, std::move(children));
}

inline ArticleFilter Or(std::vector<ArticleFilter> children) {
  return Junction(ArticleFilter::Kind::kOr, std::move(children));
}

inline ArticleFilter Not(ArticleFilter child) {
  return Junction(ArticleFilter::Kind::kNot, {std::move(child)});
}

}  // namespace newsgraph::store::testing

#endif  // NEWSGRAPH_TESTS_STORE_FILTER_BUILDERS_H_
