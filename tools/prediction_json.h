// Turns an extracted Article into one line of predictions in the shape of
// ../shared/eval/GUIDELINES.md ("Predictions"): entities with country and
// sector, roles, relations, events, dates, quotes, and every mention with
// code point offsets, so that score.py and score_ner.py can score it.
//
// Demonym mentions are written with type "NORP" (nationalities), which
// span-level NER test sets keep apart from places; mentions nested in a
// longer mention are left out, as those test sets annotate only the outer
// name.
#ifndef NEWSGRAPH_TOOLS_PREDICTION_JSON_H_
#define NEWSGRAPH_TOOLS_PREDICTION_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::tools {

// The prediction object for `article`, keyed by `doc`.
nlohmann::json PredictionJson(const std::string& doc, const v1::Article& article);

// "PERSON", "ORGANIZATION", "LOCATION", "MISC" (or "" when unspecified).
std::string EntityTypeName(v1::EntityType type);

// The guidelines' subtype names: GOVERNMENT, IGO, ..., COUNTRY, CITY,
// REGION, FACILITY, OTHER (or "" when unspecified).
std::string EntitySubtypeName(v1::EntitySubtype subtype);

}  // namespace newsgraph::tools

#endif  // NEWSGRAPH_TOOLS_PREDICTION_JSON_H_
