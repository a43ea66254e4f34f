// Article views (ArticleView BASIC / FULL): which parts of an Article
// record a response carries.
#ifndef NEWSGRAPH_SHARED_MODEL_ARTICLE_VIEW_H_
#define NEWSGRAPH_SHARED_MODEL_ARTICLE_VIEW_H_

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::model {

// Clears everything the BASIC view leaves out: content, body, spans,
// paragraphs, sentences and every extraction section. Keeps the metadata.
void StripToBasicView(v1::Article* article);

}  // namespace newsgraph::model

#endif  // NEWSGRAPH_SHARED_MODEL_ARTICLE_VIEW_H_
