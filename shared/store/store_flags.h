// The store flags both binaries take: --store, which store to open, and
// --sqlite_mmap_bytes (StoreOptions::sqlite_mmap_bytes).
//
//   --store=sqlite:///var/lib/newsgraph/newsgraph.db   (see store_factory.h)
#ifndef NEWSGRAPH_SHARED_STORE_STORE_FLAGS_H_
#define NEWSGRAPH_SHARED_STORE_STORE_FLAGS_H_

#include <string>

#include "shared/store/store_options.h"

namespace newsgraph::store {

// The value of --store.
std::string StoreUriFromFlags();

// StoreOptions' defaults with the flags' values applied.
StoreOptions StoreOptionsFromFlags();

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_FLAGS_H_
