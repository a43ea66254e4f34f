#include "shared/store/store_flags.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, store, "sqlite://newsgraph.db",
          "The store: sqlite:///absolute/path.db or sqlite://relative/path.db (relative to the "
          "working directory). Every process of a deployment opens the same store.");

namespace newsgraph::store {

std::string StoreUriFromFlags() { return absl::GetFlag(FLAGS_store); }

}  // namespace newsgraph::store
