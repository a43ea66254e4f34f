#include "ingest_service/extract/gazetteer/builder/gazetteer_build.h"

#include "ingest_service/extract/gazetteer/builder/authored_source.h"
#include "ingest_service/extract/gazetteer/builder/word_source.h"
#include "ingest_service/extract/gazetteer/index_format.h"
#include "shared/base/status_macros.h"

namespace newsgraph::extract::builder {

absl::StatusOr<IndexStats> BuildGazetteer(const BuildInputs& inputs, const std::string& output) {
  GazetteerModel model;
  NG_RETURN_IF_ERROR(AddDictionary(inputs.dictionary, model));
  for (const std::string& list : inputs.given_name_lists) {
    NG_RETURN_IF_ERROR(AddWordList(list, index_format::kGivenNameWord, model));
  }
  NG_RETURN_IF_ERROR(AddWordList(inputs.people_names, index_format::kPersonNameWord, model));
  NG_ASSIGN_OR_RETURN(const std::vector<CountryCapitals> capitals,
                      AddCountries(inputs.countries, model));
  NG_ASSIGN_OR_RETURN(const AdminRegions regions, AddRegions(inputs.regions, model));
  NG_RETURN_IF_ERROR(AddCities(inputs.cities, regions, model));
  NG_RETURN_IF_ERROR(AddPlaces(inputs.places_tsv, model));
  NG_RETURN_IF_ERROR(AddOrganizations(inputs.organizations_tsv, model));
  LinkCapitalsAndPopulations(capitals, model);
  return WriteIndex(model, output);
}

}  // namespace newsgraph::extract::builder
