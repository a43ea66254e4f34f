// ExtractQuotes: finds the direct quotations of a news article and
// attributes each to its speaker.
//
// The article must have been read (content, paragraphs and sentences with
// code point spans, as article::ReadArticle fills them) and should carry
// its entity mentions and entities (Article.mentions with spans, types and
// entity_index; Article.entities with names and types). Only people and
// organizations (media included) can be speakers; without mentions every
// speaker is null.
//
// What counts as a quotation, and how speakers are found, is described in
// quoted_passages.h, quote_filter.h and attribution.h. In short: text
// between straight, curly, angle or single quotation marks (apostrophes
// excluded), joined over paragraph breaks; names, titles and unattributed
// scare quotes dropped; speakers from speech verbs in either order ("Lam
// said", "said Lam", "Lam said: "...""), "according to", statements,
// pronouns and descriptions ("he added", "the party said"), or the speaker
// of the quotation before.
//
// Thread-safe: keeps no state between calls. Linear in the length of the
// article (each quotation reads a bounded window around it).
//
// Example:
//   v1::Article article = ...;  // read, with mentions and entities
//   for (v1::Quote& quote : extract::ExtractQuotes(article)) {
//     *article.add_quotes() = std::move(quote);
//   }
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_EXTRACTOR_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_EXTRACTOR_H_

#include <vector>

#include "newsgraph/v1/article.pb.h"
#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

// The direct quotations of `article`, in text order. Each has the quoted
// words without the marks (pieces of a quotation that goes on over a
// paragraph break joined by a space), the span of the words from the
// first to the last (code points of article.content), the index of the
// sentence where it opens, the speaker's index into article.entities when
// the text names one, the confidence in that speaker, and the rule that
// found it ("verb-after-quote:name", "continued-quote:pronoun",
// "unattributed" ...).
std::vector<v1::Quote> ExtractQuotes(const v1::Article& article);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_EXTRACTOR_H_
