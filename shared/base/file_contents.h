// ReadFileContents: a whole file as bytes, for the small files the
// binaries are pointed at by flags (certificates, tokens, load mixes).
// NOT_FOUND when it does not exist, INVALID_ARGUMENT for a directory, and
// otherwise the error of the failed call; messages name the path and the
// system's reason, for the caller to prefix with what the file was for.
#ifndef NEWSGRAPH_SHARED_BASE_FILE_CONTENTS_H_
#define NEWSGRAPH_SHARED_BASE_FILE_CONTENTS_H_

#include <string>

#include "absl/status/statusor.h"

namespace newsgraph {

absl::StatusOr<std::string> ReadFileContents(const std::string& path);

}  // namespace newsgraph

#endif  // NEWSGRAPH_SHARED_BASE_FILE_CONTENTS_H_
