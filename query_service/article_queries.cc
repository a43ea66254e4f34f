#include "query_service/article_queries.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "query_service/article_filter.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/filter/filter.h"

namespace newsgraph::query {
namespace {

absl::StatusOr<int> PageSize(int requested, int default_size, int max_size) {
  if (requested < 0) {
    return absl::InvalidArgumentError(
        absl::StrFormat("page_size must not be negative (0 means the default of %d; at most %d)",
                        default_size, max_size));
  }
  if (requested == 0) return default_size;
  return std::min(requested, max_size);
}

bool WantFull(v1::ArticleView view, bool full_by_default) {
  return view == v1::ARTICLE_VIEW_UNSPECIFIED ? full_by_default : view == v1::ARTICLE_VIEW_FULL;
}

absl::Status CheckView(v1::ArticleView view) {
  if (!v1::ArticleView_IsValid(view)) {
    return absl::InvalidArgumentError(
        absl::StrCat("view ", static_cast<int>(view), " is not an ArticleView (BASIC or FULL)"));
  }
  return absl::OkStatus();
}

// The order_by values ListArticlesRequest documents.
absl::StatusOr<store::ArticleOrder> ParseOrder(std::string_view text) {
  const std::string s = absl::AsciiStrToLower(absl::StripAsciiWhitespace(AsAbsl(text)));
  store::ArticleOrder order;
  if (s.empty() || s == "published_date desc") return order;
  if (s == "published_date" || s == "published_date asc") {
    order.descending = false;
    return order;
  }
  order.field = store::ArticleSortField::kCreateTime;
  if (s == "create_time desc") return order;
  if (s == "create_time" || s == "create_time asc") {
    order.descending = false;
    return order;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "order_by \"", AsAbsl(text),
      "\" is not supported; use \"published_date desc\" (the default), \"published_date\", "
      "\"create_time desc\" or \"create_time\""));
}

std::string OrderText(const store::ArticleOrder& order) {
  return absl::StrCat(
      order.field == store::ArticleSortField::kPublishedDate ? "published_date" : "create_time",
      order.descending ? " desc" : " asc");
}

}  // namespace

absl::StatusOr<std::string> ArticleIdFromName(std::string_view name) {
  constexpr std::string_view kPrefix = "articles/";
  auto bad = [&] {
    return absl::InvalidArgumentError(absl::StrCat(
        "name \"", AsAbsl(name),
        "\" is not an article name; expected articles/{article_id} with a 32-digit hex id, "
        "as returned by CreateArticle or ListArticles"));
  };
  if (name.substr(0, kPrefix.size()) != kPrefix) return bad();
  const std::string_view id = name.substr(kPrefix.size());
  if (id.size() != 32) return bad();
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return bad();
  }
  return std::string(id);
}

absl::StatusOr<v1::GetArticleResponse> ArticleQueries::GetArticle(
    const v1::GetArticleRequest& request) const {
  NG_ASSIGN_OR_RETURN(std::string id, ArticleIdFromName(request.name()));
  NG_RETURN_IF_ERROR(CheckView(request.view()));
  NG_ASSIGN_OR_RETURN(v1::Article article,
                      store_->GetArticle(id, WantFull(request.view(), /*full_by_default=*/true)));
  v1::GetArticleResponse response;
  *response.mutable_article() = std::move(article);
  return response;
}

absl::StatusOr<v1::ListArticlesResponse> ArticleQueries::ListArticles(
    const v1::ListArticlesRequest& request) const {
  NG_ASSIGN_OR_RETURN(int limit,
                      PageSize(request.page_size(), kDefaultListPageSize, kMaxListPageSize));
  NG_RETURN_IF_ERROR(CheckView(request.view()));
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(request.filter()));
  store::ListArticlesQuery query;
  NG_ASSIGN_OR_RETURN(query.filter, ToArticleFilter(expr));
  NG_ASSIGN_OR_RETURN(query.order, ParseOrder(request.order_by()));
  query.limit = limit;
  query.full_records = WantFull(request.view(), /*full_by_default=*/false);

  const uint64_t fingerprint =
      paging::QueryFingerprint({"ListArticles", filter::ToString(expr), OrderText(query.order)});
  if (!request.page_token().empty()) {
    NG_ASSIGN_OR_RETURN(auto payload, codec_->Decode(request.page_token(), fingerprint));
    query.after = store::ArticleCursor{payload.last_sort_key(), payload.last_id()};
  }

  NG_ASSIGN_OR_RETURN(store::ArticlePage page, store_->ListArticles(query));
  v1::ListArticlesResponse response;
  for (v1::Article& article : page.articles) *response.add_articles() = std::move(article);
  if (page.has_more) {
    internal::v1::PageTokenPayload next;
    next.set_query_fingerprint(fingerprint);
    next.set_last_sort_key(page.last.sort_key);
    next.set_last_id(page.last.article_id);
    response.set_next_page_token(codec_->Encode(next));
  }
  return response;
}

absl::StatusOr<v1::SearchArticlesResponse> ArticleQueries::SearchArticles(
    const v1::SearchArticlesRequest& request) const {
  NG_ASSIGN_OR_RETURN(int limit,
                      PageSize(request.page_size(), kDefaultSearchPageSize, kMaxSearchPageSize));
  NG_RETURN_IF_ERROR(CheckView(request.view()));
  store::SearchArticlesQuery query;
  NG_ASSIGN_OR_RETURN(query.text, store::ParseTextQuery(request.query()));
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(request.filter()));
  NG_ASSIGN_OR_RETURN(query.filter, ToArticleFilter(expr));
  query.limit = limit;
  query.full_records = WantFull(request.view(), /*full_by_default=*/false);

  const uint64_t fingerprint = paging::QueryFingerprint(
      {"SearchArticles", store::ToString(query.text), filter::ToString(expr)});
  if (!request.page_token().empty()) {
    NG_ASSIGN_OR_RETURN(auto payload, codec_->Decode(request.page_token(), fingerprint));
    if (payload.offset() < 0) {
      return absl::InvalidArgumentError("page_token is not a token this service issued");
    }
    query.offset = payload.offset();
  }

  NG_ASSIGN_OR_RETURN(store::SearchPage page, store_->SearchArticles(query));
  v1::SearchArticlesResponse response;
  for (store::SearchHit& hit : page.hits) {
    v1::SearchArticlesResult* result = response.add_results();
    *result->mutable_article() = std::move(hit.article);
    result->set_snippet(std::move(hit.snippet));
    result->set_score(hit.score);
  }
  if (page.has_more) {
    internal::v1::PageTokenPayload next;
    next.set_query_fingerprint(fingerprint);
    next.set_offset(query.offset + static_cast<int64_t>(response.results_size()));
    response.set_next_page_token(codec_->Encode(next));
  }
  return response;
}

}  // namespace newsgraph::query
