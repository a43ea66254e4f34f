// The authored lists of data/gazetteer/ (see the header comment of each
// file for its sources):
//
//   organizations.tsv  international and well-known organizations: id,
//                      name, subtype (IGO, MEDIA, GOVERNMENT, PARTY, NGO,
//                      COMPANY, OTHER), CAMEO-style sector, country
//                      (alpha-3, when national), acronyms, aliases, note;
//   places.tsv         places that are not administrative units:
//                      continents, world regions, seas, oceans, rivers,
//                      gulfs, straits, disputed or historical territories
//                      and former states: id, name, subtype (LOCATION_OTHER,
//                      REGION, COUNTRY, FACILITY), country, acronyms,
//                      aliases, adjectives ("Middle Eastern"), note.
//
// Ids become "org:<id>" and "place:<id>". Functions that add to a
// GazetteerModel; not thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_AUTHORED_SOURCE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_AUTHORED_SOURCE_H_

#include <string>

#include "absl/status/status.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_model.h"

namespace newsgraph::extract::builder {

// INVALID_ARGUMENT (with file:line) for an unknown subtype or country, a
// duplicate id or a sector longer than three letters.
absl::Status AddOrganizations(const std::string& path, GazetteerModel& model);
absl::Status AddPlaces(const std::string& path, GazetteerModel& model);

}  // namespace newsgraph::extract::builder

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_BUILDER_AUTHORED_SOURCE_H_
