#include "ingest_service/ingest_metrics.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"

namespace newsgraph::ingest {
namespace {

const char* OutcomeName(IngestOutcome outcome) {
  switch (outcome) {
    case IngestOutcome::kCreated:
      return "created";
    case IngestOutcome::kExisting:
      return "existing";
    case IngestOutcome::kValidated:
      return "validated";
    case IngestOutcome::kRejected:
      return "rejected";
    case IngestOutcome::kFailed:
      return "failed";
  }
  return "failed";
}

// "person" for ENTITY_TYPE_PERSON.
std::string EntityTypeLabel(v1::EntityType type) {
  absl::string_view name = v1::EntityType_Name(type);
  absl::ConsumePrefix(&name, "ENTITY_TYPE_");
  return absl::AsciiStrToLower(name);
}

// Extraction takes tens of microseconds for a short article and may take
// seconds for the largest accepted.
const prometheus::Histogram::BucketBoundaries& ExtractionBuckets() {
  static const auto* buckets = new prometheus::Histogram::BucketBoundaries{
      0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
      0.01,    0.025,    0.05,    0.1,    0.25,    0.5,    1,     2.5,    10};
  return *buckets;
}

}  // namespace

IngestMetrics::IngestMetrics(prometheus::Registry* registry) {
  auto& articles = prometheus::BuildCounter()
                       .Name("newsgraph_ingest_articles_total")
                       .Help("Articles the ingest service handled, by outcome.")
                       .Register(*registry);
  for (int i = 0; i < kOutcomes; ++i) {
    articles_[i] = &articles.Add({{"outcome", OutcomeName(static_cast<IngestOutcome>(i))}});
  }
  bytes_ = &prometheus::BuildCounter()
                .Name("newsgraph_ingest_bytes_total")
                .Help("Bytes of article text the ingest service received.")
                .Register(*registry)
                .Add({});
  extraction_seconds_ = &prometheus::BuildHistogram()
                             .Name("newsgraph_extraction_seconds")
                             .Help(
                                 "Time to extract entities, relations, dates, quotes and events "
                                 "from one article, in seconds.")
                             .Register(*registry)
                             .Add({}, ExtractionBuckets());
  auto& entities = prometheus::BuildCounter()
                       .Name("newsgraph_entities_extracted_total")
                       .Help("Entities extracted from articles, by type.")
                       .Register(*registry);
  for (int type = 0; type < kEntityTypes; ++type) {
    if (!v1::EntityType_IsValid(type)) continue;
    entities_[type] = &entities.Add({{"type", EntityTypeLabel(static_cast<v1::EntityType>(type))}});
  }
  events_ = &prometheus::BuildCounter()
                 .Name("newsgraph_events_extracted_total")
                 .Help("Events coded from articles.")
                 .Register(*registry)
                 .Add({});
}

void IngestMetrics::TextReceived(size_t bytes) { bytes_->Increment(static_cast<double>(bytes)); }

void IngestMetrics::Extracted(const v1::Article& article, absl::Duration elapsed) {
  extraction_seconds_->Observe(absl::ToDoubleSeconds(elapsed));
  std::array<int, kEntityTypes> by_type{};
  for (const v1::ArticleEntity& entity : article.entities()) {
    const int type = v1::EntityType_IsValid(entity.type()) ? entity.type() : 0;
    ++by_type[type];
  }
  for (int type = 0; type < kEntityTypes; ++type) {
    if (by_type[type] > 0) entities_[type]->Increment(by_type[type]);
  }
  if (article.events_size() > 0) events_->Increment(article.events_size());
}

void IngestMetrics::Finished(IngestOutcome outcome) {
  articles_[static_cast<int>(outcome)]->Increment();
}

}  // namespace newsgraph::ingest
