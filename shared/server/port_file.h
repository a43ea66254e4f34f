// The --port_file convention of the newsgraph servers: once a listener is
// bound, its port is written to a file, so that a test or a supervisor that
// asked for port 0 can learn which port it got.
#ifndef NEWSGRAPH_SHARED_SERVER_PORT_FILE_H_
#define NEWSGRAPH_SHARED_SERVER_PORT_FILE_H_

#include <string>

#include "absl/status/status.h"

namespace newsgraph::server {

// Writes `port` and a newline to `path` atomically (a temporary file, then
// rename), so that a reader never sees a partial number.
// FAILED_PRECONDITION when the file cannot be written.
absl::Status WritePortFile(const std::string& path, int port);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_PORT_FILE_H_
