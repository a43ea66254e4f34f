#include "ingest_service/ingest_metrics.h"

#include "gtest/gtest.h"
#include "prometheus/registry.h"
#include "prometheus/text_serializer.h"
#include "tests/testing/metrics_text.h"

namespace newsgraph::ingest {
namespace {

testing::MetricsText Scrape(prometheus::Registry& registry) {
  auto parsed =
      testing::ParseMetricsText(prometheus::TextSerializer().Serialize(registry.Collect()));
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  return parsed.ok() ? *std::move(parsed) : testing::MetricsText();
}

v1::Article ArticleWith(std::initializer_list<v1::EntityType> types, int events) {
  v1::Article article;
  for (v1::EntityType type : types) article.add_entities()->set_type(type);
  for (int i = 0; i < events; ++i) article.add_events();
  return article;
}

TEST(IngestMetricsTest, EveryLabelStartsAtZero) {
  prometheus::Registry registry;
  IngestMetrics metrics(&registry);
  const testing::MetricsText text = Scrape(registry);
  for (const char* outcome : {"created", "existing", "validated", "rejected", "failed"}) {
    EXPECT_EQ(text.Value("newsgraph_ingest_articles_total", {{"outcome", outcome}}), 0);
  }
  for (const char* type : {"unspecified", "person", "organization", "location", "misc"}) {
    EXPECT_EQ(text.Value("newsgraph_entities_extracted_total", {{"type", type}}), 0);
  }
  EXPECT_EQ(text.Value("newsgraph_ingest_bytes_total"), 0);
  EXPECT_EQ(text.Value("newsgraph_events_extracted_total"), 0);
  EXPECT_EQ(text.Value("newsgraph_extraction_seconds_count"), 0);
  EXPECT_EQ(text.Type("newsgraph_extraction_seconds"), "histogram");
}

TEST(IngestMetricsTest, CountsWhatTheIngestorReports) {
  prometheus::Registry registry;
  IngestMetrics metrics(&registry);
  metrics.TextReceived(1000);
  metrics.TextReceived(24);
  metrics.Extracted(
      ArticleWith({v1::ENTITY_TYPE_PERSON, v1::ENTITY_TYPE_PERSON, v1::ENTITY_TYPE_LOCATION}, 2),
      absl::Milliseconds(3));
  metrics.Extracted(ArticleWith({v1::ENTITY_TYPE_MISC}, 0), absl::Microseconds(40));
  metrics.Finished(IngestOutcome::kCreated);
  metrics.Finished(IngestOutcome::kRejected);
  metrics.Finished(IngestOutcome::kRejected);

  const testing::MetricsText text = Scrape(registry);
  EXPECT_EQ(text.Value("newsgraph_ingest_bytes_total"), 1024);
  EXPECT_EQ(text.Value("newsgraph_entities_extracted_total", {{"type", "person"}}), 2);
  EXPECT_EQ(text.Value("newsgraph_entities_extracted_total", {{"type", "location"}}), 1);
  EXPECT_EQ(text.Value("newsgraph_entities_extracted_total", {{"type", "misc"}}), 1);
  EXPECT_EQ(text.Value("newsgraph_entities_extracted_total", {{"type", "organization"}}), 0);
  EXPECT_EQ(text.Value("newsgraph_events_extracted_total"), 2);
  EXPECT_EQ(text.Value("newsgraph_extraction_seconds_count"), 2);
  EXPECT_DOUBLE_EQ(text.Value("newsgraph_extraction_seconds_sum").value_or(0), 0.00304);
  EXPECT_EQ(text.Value("newsgraph_extraction_seconds_bucket", {{"le", "5e-05"}}), 1);
  EXPECT_EQ(text.Value("newsgraph_ingest_articles_total", {{"outcome", "created"}}), 1);
  EXPECT_EQ(text.Value("newsgraph_ingest_articles_total", {{"outcome", "rejected"}}), 2);
}

}  // namespace
}  // namespace newsgraph::ingest
