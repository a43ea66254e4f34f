// The kinds of call a load makes: each a unary method on a server, its
// requests (one, or many cycled in order), its weight in the mix and the
// label its calls are reported under.
//
// A mix file is a JSON array with one object per kind:
//
//   [
//     {"method": "newsgraph.v1.IngestService/CreateArticle", "weight": 1,
//      "target": "127.0.0.1:50051", "requests_file": "articles.jsonl"},
//     {"method": "newsgraph.v1.QueryService/GetEntity", "weight": 9,
//      "request": {"name": "entities/0a1b2c3d4e5f6a7b"}, "label": "GetEntity US"}
//   ]
//
//   method         required; the full method name
//   weight         a positive whole number, 1 if left out: the kind's share
//                  of the calls is its weight over the sum of the weights
//   target         host:port; the load's default target if left out
//   request        the request, a JSON object ({} if neither is given), or
//   requests_file  a file of requests, one JSON object per line (blank
//                  lines skipped), sent in turn and cycled; a relative path
//                  is read from the mix file's directory
//   label          what the kind's calls are reported under; the method's
//                  path if left out (kinds with one label are reported
//                  together)
//
// Requests may hold "{seq}" placeholders (request_template.h).
//
// Example:
//   NG_ASSIGN_OR_RETURN(std::vector<CallKind> mix, ReadMixFile("soak.json", "127.0.0.1:50052"));
#ifndef NEWSGRAPH_TOOLS_LOAD_CALL_MIX_H_
#define NEWSGRAPH_TOOLS_LOAD_CALL_MIX_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "tools/load/request_template.h"

namespace newsgraph::load {

struct CallKind {
  std::string label;   // reported under
  std::string target;  // host:port
  std::string path;    // the gRPC path, "/pkg.Service/Method"
  int weight = 1;
  std::vector<RequestTemplate> requests;  // not empty; the kind's k-th call sends [k % size]
};

// One kind: `method` with one request, written in JSON.
absl::StatusOr<CallKind> SingleRequestKind(const std::string& target, const std::string& method,
                                           const std::string& request_json);

// One kind: `method` with the requests of a JSONL file. NOT_FOUND when the
// file cannot be read; INVALID_ARGUMENT, naming the file and line, for a
// line that is not a request of the method, and for a file without any.
absl::StatusOr<CallKind> RequestsFileKind(const std::string& target, const std::string& method,
                                          const std::string& requests_path);

// The kinds of a mix file (above). NOT_FOUND when a file cannot be read;
// INVALID_ARGUMENT naming the file, the entry and what to fix otherwise.
absl::StatusOr<std::vector<CallKind>> ReadMixFile(const std::string& path,
                                                  const std::string& default_target);

// The same, from the file's text; `name` is how errors call it and
// `base_dir` where relative requests files are read from.
absl::StatusOr<std::vector<CallKind>> ParseMix(const std::string& text, const std::string& name,
                                               const std::string& base_dir,
                                               const std::string& default_target);

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_CALL_MIX_H_
