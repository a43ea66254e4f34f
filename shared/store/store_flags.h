// The --store flag both binaries take: which store to open.
//
//   --store=sqlite:///var/lib/newsgraph/newsgraph.db   (see store_factory.h)
#ifndef NEWSGRAPH_SHARED_STORE_STORE_FLAGS_H_
#define NEWSGRAPH_SHARED_STORE_STORE_FLAGS_H_

#include <string>

namespace newsgraph::store {

// The value of --store.
std::string StoreUriFromFlags();

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_FLAGS_H_
