// ReadPemFile: the contents of a PEM file named by a flag, for the TLS
// credentials of the server (server_runner) and of its health probe
// (health_probe). INVALID_ARGUMENT naming the flag when the file cannot be
// read or holds no PEM block.
#ifndef NEWSGRAPH_SHARED_SERVER_PEM_FILE_H_
#define NEWSGRAPH_SHARED_SERVER_PEM_FILE_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace newsgraph::server {

// The whole file `path`; `flag` (without "--") names it in errors.
absl::StatusOr<std::string> ReadPemFile(const std::string& path, std::string_view flag);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_PEM_FILE_H_
