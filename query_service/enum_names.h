// Enum values as filters write them: "PERSON" or "ENTITY_TYPE_PERSON", in
// any case, for the API's enums whose value names share a prefix.
#ifndef NEWSGRAPH_QUERY_SERVICE_ENUM_NAMES_H_
#define NEWSGRAPH_QUERY_SERVICE_ENUM_NAMES_H_

#include <string>
#include <string_view>

#include "google/protobuf/descriptor.h"

namespace newsgraph::query {

// The short names of an enum's values ("PERSON" for ENTITY_TYPE_PERSON),
// the UNSPECIFIED value left out, joined by ", " for messages.
std::string ShortNames(const google::protobuf::EnumDescriptor* descriptor,
                       std::string_view prefix);

// The full value name of `value` ("person", "ENTITY_TYPE_PERSON") in an
// enum whose names start with `prefix`, or "" when it names none (or the
// UNSPECIFIED value).
std::string EnumValueName(const google::protobuf::EnumDescriptor* descriptor,
                          std::string_view prefix, const std::string& value);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_ENUM_NAMES_H_
