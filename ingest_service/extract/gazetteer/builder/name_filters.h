// Which source names are worth indexing. The GeoNames and world-countries
// alternate names include other scripts, codes ("TBS", "GE"), all-capital
// and all-lower-case romanizations ("tbylysy") and other languages' words
// that are English words too ("Island" for Iceland); an index of English
// news needs none of them.
//
// Pure functions (ICU character properties); thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_NAME_FILTERS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_NAME_FILTERS_H_

#include <string>
#include <string_view>

#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

// Whether every letter of `name` is in the Latin script.
bool IsLatinScript(std::string_view name);

// Whether `name` can be an alternate name: Latin script, no digits, at
// least one upper-case and one lower-case letter, and, when it is a
// single word, not a lower-case English word of `model`'s dictionary once
// lower-cased ("Island", "Union"). `name` must be in normal form.
bool IsUsableAlternateName(std::string_view name, const GazetteerModel& model);

// Whether `name` is one word that, lower-cased, is a lower-case English
// word of `model`'s dictionary ("Island", "Union").
bool IsCommonEnglishWord(std::string_view name, const GazetteerModel& model);

// ASCII lower case of `s` (other bytes unchanged).
std::string AsciiLowercase(std::string_view s);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_NAME_FILTERS_H_
