#include "query_service/article_filter.h"

#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"

namespace newsgraph::query {
namespace {

using store::ArticleCondition;
using store::ArticleField;
using store::ArticleFilter;
using store::CompareOp;

constexpr char kFields[] = "published_date, create_time, source, format, url, title, author";

absl::Status FieldError(const filter::Comparison& c, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("filter: ", c.field, " ",
                                                 AsAbsl(filter::OpText(c.op)), " at position ",
                                                 c.position, ": ", what));
}

CompareOp ToCompareOp(filter::Op op) {
  switch (op) {
    case filter::Op::kEq:
      return CompareOp::kEq;
    case filter::Op::kNe:
      return CompareOp::kNe;
    case filter::Op::kLt:
      return CompareOp::kLt;
    case filter::Op::kLe:
      return CompareOp::kLe;
    case filter::Op::kGt:
      return CompareOp::kGt;
    case filter::Op::kGe:
      return CompareOp::kGe;
    case filter::Op::kHas:
      return CompareOp::kHas;
  }
  return CompareOp::kEq;
}

ArticleFilter Leaf(ArticleField field, CompareOp op, std::string text, int64_t number = 0) {
  ArticleFilter f;
  f.kind = ArticleFilter::Kind::kCondition;
  f.condition.field = field;
  f.condition.op = op;
  f.condition.text = std::move(text);
  f.condition.number = number;
  return f;
}

ArticleFilter Node(ArticleFilter::Kind kind, std::vector<ArticleFilter> children) {
  ArticleFilter f;
  f.kind = kind;
  f.children = std::move(children);
  return f;
}

// A partial date stands for the days it covers; see the header.
absl::StatusOr<ArticleFilter> PublishedDate(const filter::Comparison& c) {
  auto date = date::ParseIsoDate(c.value);
  if (!date.ok()) return FieldError(c, date.status().message());
  const std::string first = date::FirstDayKey(*date);
  const std::string last = date::LastDayKey(*date);
  const ArticleField f = ArticleField::kPublishedDate;
  switch (c.op) {
    case filter::Op::kEq:
      return Node(ArticleFilter::Kind::kAnd,
                  {Leaf(f, CompareOp::kGe, first), Leaf(f, CompareOp::kLe, last)});
    case filter::Op::kNe:
      return Node(ArticleFilter::Kind::kNot,
                  {Node(ArticleFilter::Kind::kAnd,
                        {Leaf(f, CompareOp::kGe, first), Leaf(f, CompareOp::kLe, last)})});
    case filter::Op::kLt:
      return Leaf(f, CompareOp::kLt, first);
    case filter::Op::kLe:
      return Leaf(f, CompareOp::kLe, last);
    case filter::Op::kGt:
      return Leaf(f, CompareOp::kGt, last);
    case filter::Op::kGe:
      return Leaf(f, CompareOp::kGe, first);
    case filter::Op::kHas:
      break;
  }
  return FieldError(c, "published_date takes =, !=, <, <=, > or >=");
}

absl::StatusOr<ArticleFilter> CreateTime(const filter::Comparison& c) {
  if (c.op == filter::Op::kHas) return FieldError(c, "create_time takes =, !=, <, <=, > or >=");
  absl::Time t;
  std::string err;
  if (!absl::ParseTime(absl::RFC3339_full, c.value, &t, &err)) {
    return FieldError(c, absl::StrCat("\"", c.value,
                                      "\" is not an RFC 3339 timestamp such as "
                                      "\"2020-01-24T10:00:00Z\" (quote it)"));
  }
  return Leaf(ArticleField::kCreateTime, ToCompareOp(c.op), "", absl::ToUnixMicros(t));
}

absl::StatusOr<ArticleFilter> ExactText(const filter::Comparison& c, ArticleField field) {
  if (c.op != filter::Op::kEq && c.op != filter::Op::kNe) {
    return FieldError(c, absl::StrCat(c.field, " takes = or !="));
  }
  return Leaf(field, ToCompareOp(c.op), c.value);
}

absl::StatusOr<ArticleFilter> Format(const filter::Comparison& c) {
  if (c.op != filter::Op::kEq && c.op != filter::Op::kNe) {
    return FieldError(c, "format takes = or !=");
  }
  std::string name = absl::AsciiStrToUpper(c.value);
  if (name.rfind("ARTICLE_FORMAT_", 0) != 0) name = "ARTICLE_FORMAT_" + name;
  v1::ArticleFormat format;
  if (!v1::ArticleFormat_Parse(name, &format) || format == v1::ARTICLE_FORMAT_UNSPECIFIED) {
    return FieldError(c, absl::StrCat("\"", c.value,
                                      "\" is not a format; use PLAIN, BYLINE, WIKINEWS, "
                                      "NEWSWIRE or TITLED"));
  }
  return Leaf(ArticleField::kFormat, ToCompareOp(c.op), name);
}

absl::StatusOr<ArticleFilter> Words(const filter::Comparison& c, ArticleField field) {
  if (c.op == filter::Op::kHas || c.op == filter::Op::kEq || c.op == filter::Op::kNe) {
    if (absl::StripAsciiWhitespace(c.value).empty()) {
      return FieldError(c, "the value is empty");
    }
    return Leaf(field, ToCompareOp(c.op), c.value);
  }
  return FieldError(c, absl::StrCat(c.field, " takes =, != or : (contains)"));
}

absl::StatusOr<ArticleFilter> Comparison(const filter::Comparison& c) {
  if (c.field == "published_date") return PublishedDate(c);
  if (c.field == "create_time") return CreateTime(c);
  if (c.field == "source") return ExactText(c, ArticleField::kSource);
  if (c.field == "url") return ExactText(c, ArticleField::kUrl);
  if (c.field == "format") return Format(c);
  if (c.field == "title") return Words(c, ArticleField::kTitle);
  if (c.field == "author") return Words(c, ArticleField::kAuthor);
  return absl::InvalidArgumentError(absl::StrCat("filter: unknown field '", c.field,
                                                 "' at position ", c.position, "; the fields are ",
                                                 kFields));
}

}  // namespace

absl::StatusOr<ArticleFilter> ToArticleFilter(const filter::Expr& expr) {
  switch (expr.kind) {
    case filter::Expr::Kind::kTrue:
      return ArticleFilter();
    case filter::Expr::Kind::kComparison:
      return Comparison(expr.comparison);
    case filter::Expr::Kind::kAnd:
    case filter::Expr::Kind::kOr:
    case filter::Expr::Kind::kNot: {
      std::vector<ArticleFilter> children;
      for (const filter::Expr& child : expr.children) {
        NG_ASSIGN_OR_RETURN(ArticleFilter f, ToArticleFilter(child));
        children.push_back(std::move(f));
      }
      const auto kind = expr.kind == filter::Expr::Kind::kAnd  ? ArticleFilter::Kind::kAnd
                        : expr.kind == filter::Expr::Kind::kOr ? ArticleFilter::Kind::kOr
                                                               : ArticleFilter::Kind::kNot;
      return Node(kind, std::move(children));
    }
  }
  return absl::InternalError("unknown filter node");
}

absl::StatusOr<ArticleFilter> ParseArticleFilter(std::string_view text) {
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(text));
  return ToArticleFilter(expr);
}

}  // namespace newsgraph::query
