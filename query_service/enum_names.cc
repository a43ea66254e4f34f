#include "query_service/enum_names.h"

#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "shared/base/string_view.h"

namespace newsgraph::query {

// The short names of an enum's values ("PERSON" for ENTITY_TYPE_PERSON),
// UNSPECIFIED left out.
std::string ShortNames(const google::protobuf::EnumDescriptor* descriptor,
                       std::string_view prefix) {
  std::vector<std::string> names;
  for (int i = 0; i < descriptor->value_count(); ++i) {
    const std::string& name = descriptor->value(i)->name();
    if (descriptor->value(i)->number() == 0) continue;
    names.push_back(name.substr(prefix.size()));
  }
  return absl::StrJoin(names, ", ");
}

// The full value name of `value` ("person", "ENTITY_TYPE_PERSON") in an
// enum whose names start with `prefix`, or "" when it names none (or the
// UNSPECIFIED value).
std::string EnumValueName(const google::protobuf::EnumDescriptor* descriptor,
                          std::string_view prefix, const std::string& value) {
  std::string name = absl::AsciiStrToUpper(absl::StripAsciiWhitespace(value));
  if (name.rfind(prefix, 0) != 0) name = absl::StrCat(AsAbsl(prefix), name);
  const google::protobuf::EnumValueDescriptor* found = descriptor->FindValueByName(name);
  if (found == nullptr || found->number() == 0) return "";
  return name;
}

}  // namespace newsgraph::query
