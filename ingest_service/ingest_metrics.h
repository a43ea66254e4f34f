// IngestMetrics: the ingest service's own Prometheus metrics, fed by the
// Ingestor through IngestObserver:
//
//   newsgraph_ingest_articles_total{outcome}   articles handled, by outcome:
//       created, existing, validated, rejected, failed (see IngestOutcome)
//   newsgraph_ingest_bytes_total               article text received
//   newsgraph_extraction_seconds               extraction time per article
//                                              (histogram)
//   newsgraph_entities_extracted_total{type}   entities found, by type:
//       person, organization, location, misc, unspecified
//   newsgraph_events_extracted_total           events coded
//
// Every label value is registered up front, so that a scrape lists them
// before the first article.
//
// Thread-safe. The registry must outlive this object.
//
// Example (main.cc):
//   IngestMetrics ingest_metrics(&server_metrics->registry());
//   options.observer = &ingest_metrics;
#ifndef NEWSGRAPH_INGEST_SERVICE_INGEST_METRICS_H_
#define NEWSGRAPH_INGEST_SERVICE_INGEST_METRICS_H_

#include <array>

#include "ingest_service/ingest_observer.h"
#include "newsgraph/v1/extraction.pb.h"
#include "prometheus/counter.h"
#include "prometheus/histogram.h"
#include "prometheus/registry.h"

namespace newsgraph::ingest {

class IngestMetrics final : public IngestObserver {
 public:
  explicit IngestMetrics(prometheus::Registry* registry);

  IngestMetrics(const IngestMetrics&) = delete;
  IngestMetrics& operator=(const IngestMetrics&) = delete;

  void TextReceived(size_t bytes) override;
  void Extracted(const v1::Article& article, absl::Duration elapsed) override;
  void Finished(IngestOutcome outcome) override;

 private:
  static constexpr int kOutcomes = static_cast<int>(IngestOutcome::kFailed) + 1;
  static constexpr int kEntityTypes = v1::EntityType_ARRAYSIZE;

  std::array<prometheus::Counter*, kOutcomes> articles_{};     // by IngestOutcome
  std::array<prometheus::Counter*, kEntityTypes> entities_{};  // by v1::EntityType
  prometheus::Counter* bytes_ = nullptr;
  prometheus::Counter* events_ = nullptr;
  prometheus::Histogram* extraction_seconds_ = nullptr;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_SERVICE_INGEST_METRICS_H_
