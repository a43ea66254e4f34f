#include "shared/model/article_view.h"

namespace newsgraph::model {

void StripToBasicView(v1::Article* article) {
  article->clear_content();
  article->clear_body();
  article->clear_title_span();
  article->clear_body_span();
  article->clear_paragraphs();
  article->clear_sentences();
  article->clear_mentions();
  article->clear_entities();
  article->clear_roles();
  article->clear_relations();
  article->clear_dates();
  article->clear_quotes();
  article->clear_events();
}

}  // namespace newsgraph::model
