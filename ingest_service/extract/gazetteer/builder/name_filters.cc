#include "ingest_service/extract/gazetteer/builder/name_filters.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "ingest_service/extract/gazetteer/index_format.h"
#include "ingest_service/extract/gazetteer/phrase_normalizer.h"

namespace newsgraph::extract::builder {

bool IsLatinScript(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    const char32_t c = DecodeUtf8(name, &i);
    if (c < 0x80) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    if (U_FAILURE(status)) return false;
    if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      return false;
    }
  }
  return true;
}

std::string AsciiLowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsUsableAlternateName(std::string_view name, const GazetteerModel& model) {
  if (name.empty() || !IsLatinScript(name)) return false;
  bool upper = false, lower = false;
  size_t i = 0;
  while (i < name.size()) {
    const auto c = static_cast<UChar32>(DecodeUtf8(name, &i));
    if (u_isdigit(c)) return false;
    upper = upper || u_isupper(c);
    lower = lower || u_islower(c);
  }
  return upper && lower && !IsCommonEnglishWord(name, model);
}

bool IsCommonEnglishWord(std::string_view name, const GazetteerModel& model) {
  return name.find(' ') == std::string_view::npos &&
         (model.WordFlags(AsciiLowercase(name)) & index_format::kCommonWord) != 0;
}

}  // namespace newsgraph::extract::builder
