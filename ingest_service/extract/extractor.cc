#include "ingest_service/extract/extractor.h"

#include <utility>

#include "ingest_service/extract/article_output.h"
#include "ingest_service/extract/dates/date_extractor.h"
#include "ingest_service/extract/events/event_coder.h"
#include "ingest_service/extract/gazetteer/gazetteer.h"
#include "ingest_service/extract/ner/article_names.h"
#include "ingest_service/extract/ner/name_lookup.h"
#include "ingest_service/extract/quotes/quote_extractor.h"
#include "shared/base/status_macros.h"
#include "shared/text/utf8.h"

namespace newsgraph::extract {

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  const std::string path =
      options.gazetteer_path.empty() ? DefaultGazetteerPath() : options.gazetteer_path;
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Gazetteer> gazetteer, Gazetteer::Load(path));
  return std::unique_ptr<Extractor>(new Extractor(std::move(gazetteer)));
}

Extractor::Extractor(std::unique_ptr<Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

Extractor::~Extractor() = default;

absl::Status Extractor::Extract(v1::Article* article) const {
  // What the gazetteer answered stays with the thread for its next
  // articles (bounded; see LookupCache).
  thread_local LookupCache cache;
  NameLookup lookup(gazetteer_.get(), &cache);
  lookup.RememberWithin(article->content());
  const text::CodePointIndex index(article->content());
  ArticleNames names;
  ArticleNameFinder(&lookup).Find(*article, index, &names);
  ClearExtraction(article);
  WriteNames(names, index, article);
  WriteRoles(FindRoles(names), index, article);
  WriteRelations(FindRelations(names), index, article);
  for (v1::DateMention& date : ExtractDates(*article)) *article->add_dates() = std::move(date);
  // Speakers are found among the mentions and entities written above.
  for (v1::Quote& quote : ExtractQuotes(*article)) *article->add_quotes() = std::move(quote);
  // Events are coded last, from everything above.
  NG_RETURN_IF_ERROR(events::CodeEvents(article));
  article->set_extractor_version(kVersion);
  return absl::OkStatus();
}

}  // namespace newsgraph::extract
