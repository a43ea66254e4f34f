// IngestObserver: what the Ingestor reports about each article it
// handles, for the service's metrics (ingest_metrics.h) or a test. Plain
// C++: the Ingestor knows nothing of how the reports are kept.
//
// Implementations must be thread-safe: every ingest thread reports.
#ifndef NEWSGRAPH_INGEST_SERVICE_INGEST_OBSERVER_H_
#define NEWSGRAPH_INGEST_SERVICE_INGEST_OBSERVER_H_

#include <cstddef>

#include "absl/time/time.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::ingest {

// What became of one article of a request.
enum class IngestOutcome {
  kCreated,    // stored new
  kExisting,   // already stored
  kValidated,  // read but not stored (validate_only)
  kRejected,   // the request or its text could not be read
  kFailed,     // read, but the store failed
};

class IngestObserver {
 public:
  virtual ~IngestObserver() = default;

  // An article's text arrived, `bytes` long, before it is read.
  virtual void TextReceived(size_t bytes) = 0;

  // The extractor filled in `article` in `elapsed`.
  virtual void Extracted(const v1::Article& article, absl::Duration elapsed) = 0;

  // One article is done with.
  virtual void Finished(IngestOutcome outcome) = 0;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_SERVICE_INGEST_OBSERVER_H_
