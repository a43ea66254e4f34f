#include "ingest_service/article/article_reader.h"

#include <optional>
#include <string>
#include <utility>

#include "ingest_service/article/article_layout.h"
#include "ingest_service/article/content_validation.h"
#include "ingest_service/article/format_detection.h"
#include "ingest_service/article/paragraph_layout.h"
#include "ingest_service/article/parsed_article.h"
#include "ingest_service/article/published_date.h"
#include "shared/base/status_macros.h"
#include "shared/text/utf8.h"

namespace newsgraph::article {
namespace {

bool SameTextIgnoringSpaces(std::string_view a, std::string_view b) {
  std::string ca, cb;
  AppendCollapsedWhitespace(a, &ca);
  AppendCollapsedWhitespace(b, &cb);
  return ca == cb;
}

// Sets the title and, when the title is the text's own title line,
// title_span. Returns the title's range in the content when it is there
// (nullopt when the text has no title line or the request's title differs
// from it: the line is then header, in neither title nor body).
std::optional<ByteRange> SetTitle(const ArticleInput& input, const ParsedArticle& parsed,
                                  const text::CodePointIndex& index, v1::Article* article) {
  const std::string_view text_title =
      parsed.title.has_value() ? Slice(input.content, *parsed.title) : std::string_view();
  if (input.title.empty()) {
    article->set_title(std::string(text_title));
  } else {
    article->set_title(input.title);
  }
  if (!parsed.title.has_value() || !SameTextIgnoringSpaces(article->title(), text_title)) {
    return std::nullopt;
  }
  *article->mutable_title_span() = ToSpan(index, *parsed.title);
  return parsed.title;
}

// Moves what the text says about its author and publisher into `article`,
// the request's source taking precedence.
void SetByline(const ArticleInput& input, ParsedArticle* parsed, v1::Article* article) {
  for (std::string& author : parsed->authors) article->add_authors(std::move(author));
  article->set_author_bio(std::move(parsed->author_bio));
  for (v1::SocialHandle& handle : parsed->social_handles) {
    *article->add_social_handles() = std::move(handle);
  }
  article->set_source(input.source.empty() ? std::move(parsed->publisher) : input.source);
  article->set_dateline_place(std::move(parsed->dateline_place));
}

}  // namespace

absl::StatusOr<v1::Article> ReadArticle(const ArticleInput& input, const ReaderLimits& limits) {
  const std::string_view content = input.content;
  NG_RETURN_IF_ERROR(ValidateContent(content, limits));
  NG_ASSIGN_OR_RETURN(ParsedArticle parsed,
                      ParseArticleText(content, ByteOrderMarkLength(content), input.format));
  NG_ASSIGN_OR_RETURN(std::optional<v1::PartialDate> published_date,
                      ResolvePublishedDate(input.published_date, parsed));

  const text::CodePointIndex index(content);
  v1::Article article;
  article.set_format(parsed.format);
  article.set_url(input.url);
  const std::optional<ByteRange> title = SetTitle(input, parsed, index, &article);
  SetByline(input, &parsed, &article);
  if (published_date.has_value()) *article.mutable_published_date() = *published_date;
  article.set_body(std::string(Slice(content, parsed.body)));
  *article.mutable_body_span() = ToSpan(index, parsed.body);
  article.set_content(std::string(content));
  const IndentRule rule = parsed.format == v1::ARTICLE_FORMAT_NEWSWIRE
                              ? IndentRule::kIndentStartsParagraph
                              : IndentRule::kIgnore;
  NG_RETURN_IF_ERROR(AddParagraphsAndSentences(content, index, title, parsed.body, rule, &article));
  article.set_article_id(ArticleIdFor(article.title(), article.body()));
  article.set_name("articles/" + article.article_id());
  return article;
}

}  // namespace newsgraph::article
