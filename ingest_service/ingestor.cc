#include "ingest_service/ingestor.h"

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/model/article_view.h"

namespace newsgraph::ingest {
namespace {

absl::Status Prefixed(std::string_view field, const absl::Status& status) {
  return absl::Status(status.code(), absl::StrCat(AsAbsl(field), ": ", status.message()));
}

void ApplyView(v1::ArticleView view, v1::Article* article) {
  if (view == v1::ARTICLE_VIEW_BASIC) model::StripToBasicView(article);
}

// An article that failed: rejected when its request or text could not be
// read, failed when something else went wrong (the extractor, the store).
IngestOutcome OutcomeOf(const absl::Status& error) {
  return absl::IsInvalidArgument(error) ? IngestOutcome::kRejected : IngestOutcome::kFailed;
}

}  // namespace

absl::StatusOr<v1::Article> Ingestor::Read(const v1::CreateArticleRequest& request) const {
  article::ArticleInput input;
  switch (request.text_source_case()) {
    case v1::CreateArticleRequest::kText:
      input.content = request.text();
      break;
    case v1::CreateArticleRequest::kContent:
      input.content = request.content();
      break;
    default:
      return absl::InvalidArgumentError(
          "the article's text is missing: set `text` (a string) or `content` (bytes)");
  }
  if (options_.observer != nullptr) options_.observer->TextReceived(input.content.size());
  if (!v1::ArticleFormat_IsValid(request.format())) {
    return absl::InvalidArgumentError(absl::StrCat(
        "format ", static_cast<int>(request.format()),
        " is not an ArticleFormat (PLAIN, BYLINE, WIKINEWS, NEWSWIRE, TITLED, or unset)"));
  }
  if (!v1::ArticleView_IsValid(request.view())) {
    return absl::InvalidArgumentError(
        absl::StrCat("view ", static_cast<int>(request.view()), " is not an ArticleView"));
  }
  input.format = request.format();
  input.source = request.source();
  input.url = request.url();
  input.title = request.title();
  if (!request.published_date().empty()) {
    auto date = date::ParseIsoDate(request.published_date());
    if (!date.ok()) return Prefixed("published_date", date.status());
    input.published_date = *std::move(date);
  }
  NG_ASSIGN_OR_RETURN(v1::Article article, article::ReadArticle(input, options_.limits));
  const absl::Time extraction_start = absl::Now();
  NG_RETURN_IF_ERROR(extractor_->Extract(&article));
  if (options_.observer != nullptr) {
    options_.observer->Extracted(article, absl::Now() - extraction_start);
  }
  return article;
}

absl::StatusOr<v1::CreateArticleResponse> Ingestor::CreateArticle(
    const v1::CreateArticleRequest& request) const {
  absl::StatusOr<v1::Article> article = Read(request);
  if (!article.ok()) {
    Report(OutcomeOf(article.status()));
    return article.status();
  }
  absl::StatusOr<v1::CreateArticleResponse> response = Store(request, *std::move(article));
  if (!response.ok()) {
    Report(OutcomeOf(response.status()));
  } else if (request.validate_only()) {
    Report(IngestOutcome::kValidated);
  } else {
    Report(response->already_exists() ? IngestOutcome::kExisting : IngestOutcome::kCreated);
  }
  return response;
}

absl::StatusOr<v1::CreateArticleResponse> Ingestor::Store(const v1::CreateArticleRequest& request,
                                                          v1::Article article) const {
  v1::CreateArticleResponse response;
  if (request.validate_only()) {
    auto stored = store_->GetArticle(article.article_id(), /*full_records=*/false);
    if (!stored.ok() && !absl::IsNotFound(stored.status())) return stored.status();
    response.set_already_exists(stored.ok());
    *response.mutable_article() = std::move(article);
  } else {
    NG_ASSIGN_OR_RETURN(store::PutOutcome outcome, store_->PutArticle(article));
    response.set_already_exists(!outcome.created);
    *response.mutable_article() = std::move(outcome.article);
  }
  ApplyView(request.view(), response.mutable_article());
  return response;
}

absl::Status Ingestor::CreateBatch(
    const google::protobuf::RepeatedPtrField<v1::CreateArticleRequest>& requests, int first_index,
    v1::BatchCreateArticlesResponse* response) const {
  std::vector<v1::Article> to_store;
  std::vector<v1::BatchCreateArticleResult*> stored_results;  // parallel to to_store
  int index = first_index;
  for (const v1::CreateArticleRequest& request : requests) {
    // Reading and extracting an article is the costly part; the store
    // checks the deadline itself.
    if (DeadlinePassed()) {
      return DeadlineExceeded(absl::StrCat("while reading article ", index,
                                           " of the stream (this message's articles were not "
                                           "stored)"));
    }
    v1::BatchCreateArticleResult* result = response->add_results();
    result->set_index(index++);
    absl::StatusOr<v1::Article> article = Read(request);
    if (!article.ok()) {
      result->set_code(static_cast<int>(article.status().code()));
      result->set_message(std::string(article.status().message()));
      response->set_failed_count(response->failed_count() + 1);
      Report(OutcomeOf(article.status()));
      continue;
    }
    result->set_name(article->name());
    result->set_title(article->title());
    if (request.validate_only()) {
      auto stored = store_->GetArticle(article->article_id(), /*full_records=*/false);
      result->set_already_exists(stored.ok());
      Report(IngestOutcome::kValidated);
      continue;
    }
    to_store.push_back(*std::move(article));
    stored_results.push_back(result);
  }
  if (to_store.empty()) return absl::OkStatus();

  absl::StatusOr<std::vector<store::PutOutcome>> outcomes = store_->PutArticles(to_store);
  for (size_t i = 0; i < stored_results.size(); ++i) {
    v1::BatchCreateArticleResult* result = stored_results[i];
    if (!outcomes.ok()) {
      result->set_code(static_cast<int>(outcomes.status().code()));
      result->set_message(std::string(outcomes.status().message()));
      response->set_failed_count(response->failed_count() + 1);
      Report(OutcomeOf(outcomes.status()));
    } else if ((*outcomes)[i].created) {
      response->set_created_count(response->created_count() + 1);
      Report(IngestOutcome::kCreated);
    } else {
      result->set_already_exists(true);
      response->set_existing_count(response->existing_count() + 1);
      Report(IngestOutcome::kExisting);
    }
  }
  // A deadline that passed inside the store failed the whole message,
  // like any store error; the stream ends with it (see the handler).
  if (absl::IsDeadlineExceeded(outcomes.status())) return outcomes.status();
  return absl::OkStatus();
}

}  // namespace newsgraph::ingest
