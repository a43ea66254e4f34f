// Conversions between std::string_view and absl::string_view, which are
// different types in Debian's Abseil (ABSL_OPTION_USE_STD_STRING_VIEW 0).
#ifndef NEWSGRAPH_SHARED_BASE_STRING_VIEW_H_
#define NEWSGRAPH_SHARED_BASE_STRING_VIEW_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace newsgraph {

inline absl::string_view AsAbsl(std::string_view s) { return absl::string_view(s.data(), s.size()); }
inline std::string_view AsStd(absl::string_view s) { return std::string_view(s.data(), s.size()); }

}  // namespace newsgraph

#endif  // NEWSGRAPH_SHARED_BASE_STRING_VIEW_H_
