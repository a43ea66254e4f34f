#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_rules.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract {
namespace {

// Higher is more likely what a bare phrase means in news.
int Priority(const GazetteerHit& hit) {
  if (hit.type == v1::ENTITY_TYPE_LOCATION && hit.subtype == v1::ENTITY_SUBTYPE_COUNTRY) {
    return hit.demonym ? 80 : 100;
  }
  if (hit.type == v1::ENTITY_TYPE_ORGANIZATION) return 90;
  if (hit.subtype == v1::ENTITY_SUBTYPE_LOCATION_OTHER) return 85;
  if (hit.subtype == v1::ENTITY_SUBTYPE_CITY && hit.population >= 500000) return 75;
  if (hit.subtype == v1::ENTITY_SUBTYPE_REGION) return 70;
  if (hit.subtype == v1::ENTITY_SUBTYPE_CITY) return 60;
  return 50;
}

bool IsCity(const GazetteerHit& hit) { return hit.subtype == v1::ENTITY_SUBTYPE_CITY; }

bool IsCountryOrRegionAt(const SentenceView& s, const NameLookup& lookup, uint32_t i) {
  std::vector<GazetteerHit> hits;
  if (i >= s.size() || !s.is_name_like(i) || !lookup.Find(s.text(i), &hits)) return false;
  for (const GazetteerHit& h : hits) {
    if (!h.demonym && (h.subtype == v1::ENTITY_SUBTYPE_COUNTRY ||
                       h.subtype == v1::ENTITY_SUBTYPE_REGION)) {
      return true;
    }
  }
  return false;
}

// A word the gazetteer knows as more than a village ("Murillo" is one).
bool IsPlaceOfNote(const NameLookup& lookup, std::string_view word) {
  std::vector<GazetteerHit> hits;
  if (!lookup.Find(word, &hits)) return false;
  const GazetteerHit& best = BestHit(hits);
  return best.subtype != v1::ENTITY_SUBTYPE_CITY || best.population >= 100000;
}

}  // namespace

bool IsPlaceNoun(std::string_view lower_word) {
  static constexpr std::string_view kNouns[] = {
      "city",     "town",      "village",  "villages", "province",  "provinces", "district",
      "districts", "county",   "region",   "taluk",    "taluks",    "governorate", "municipality",
      "prefecture", "township", "suburb",  "neighbourhood", "neighborhood", "capital"};
  for (std::string_view noun : kNouns) {
    if (lower_word == noun) return true;
  }
  return false;
}

bool HasPlaceNoun(const SentenceView& s, uint32_t first, uint32_t last) {
  // "Chiang Rai province", "Srirangapatna taluk": a lower-case noun after.
  if (last < s.size() && s.is_word(last) && !s.is_name_like(last) && IsPlaceNoun(s.lower(last))) {
    return true;
  }
  // "the city of Granada", "the town of Tira".
  return first >= 2 && s.lower(first - 1) == "of" && !s.is_name_like(first - 2) &&
         IsPlaceNoun(s.lower(first - 2));
}

const GazetteerHit& TopHit(const std::vector<GazetteerHit>& hits) {
  const GazetteerHit* best = &hits.front();
  for (const GazetteerHit& h : hits) {
    const int a = Priority(h), b = Priority(*best);
    if (a > b || (a == b && h.population > best->population)) best = &h;
  }
  return *best;
}

const GazetteerHit& BestHit(const std::vector<GazetteerHit>& hits) {
  const GazetteerHit& top = TopHit(hits);
  // A region named after its town ("Gabala", "Tbilisi"): the text means the town.
  if (top.subtype == v1::ENTITY_SUBTYPE_REGION) {
    for (const GazetteerHit& h : hits) {
      if (IsCity(h) && h.country == top.country && !h.demonym) return h;
    }
  }
  return top;
}

void ApplyHit(const GazetteerHit& hit, Segment* seg) {
  seg->kind = SegmentKind::kName;
  seg->type = hit.type;
  seg->subtype = hit.subtype;
  seg->name = std::string(hit.name);
  seg->country = std::string(hit.country);
  seg->sector = std::string(hit.sector);
  seg->gazetteer_id = std::string(hit.id);
  seg->latitude = hit.latitude;
  seg->longitude = hit.longitude;
  seg->form = hit.demonym   ? v1::MENTION_FORM_DEMONYM
              : hit.acronym ? v1::MENTION_FORM_ACRONYM
                            : v1::MENTION_FORM_NAME;
  seg->key = hit.id.empty() ? NameKey(hit.type, hit.name) : std::string(hit.id);
  seg->confidence = 0.9;
}

bool AcceptPlace(const SentenceView& s, const NameLookup& lookup, uint32_t first,
                   uint32_t last, const GazetteerHit& hit, ChunkBounds chunk) {
  const bool one_word = last == first + 1;
  const std::string_view text = s.span_text(first, last);
  // A word of a person's name ("Georgia Smith", "Jordan Peterson").
  const bool person_like = one_word && lookup.IsGivenName(text) && last < chunk.last &&
                           s.is_name_like(last) && !s.is_connector(last) &&
                           !s.is_title_head(last);
  if (person_like) return false;
  // "Rosario Murillo": a town named like a person, followed by a surname
  // that is no place of its own.
  if (one_word && last < chunk.last && lookup.IsFamilyName(text) && s.is_name_like(last) &&
      !s.is_connector(last) && s.head(last) == nullptr && !s.is_title_head(last) &&
      lookup.IsFamilyName(s.text(last)) && !lookup.IsCommonWordAsWritten(s.text(last)) &&
      !IsPlaceOfNote(lookup, s.text(last)) && hit.subtype == v1::ENTITY_SUBTYPE_CITY) {
    return false;
  }
  // After a capitalised word of the same run, a one-word town or region is
  // the second word of a name ("Barack Obama", "Evo Morales").
  if (first > chunk.first && one_word && !s.is_connector(first - 1) &&
      (hit.subtype == v1::ENTITY_SUBTYPE_CITY || hit.subtype == v1::ENTITY_SUBTYPE_REGION)) {
    return false;
  }
  if (first > chunk.first && (s.is_honorific(first - 1) || lookup.IsGivenName(s.text(first - 1)))) {
    return hit.type != v1::ENTITY_TYPE_LOCATION || hit.subtype == v1::ENTITY_SUBTYPE_COUNTRY;
  }
  // A region whose name is a common word ("Western", "Northern", "Central")
  // needs "Region"/"Province" in the name itself.
  if (hit.subtype == v1::ENTITY_SUBTYPE_REGION && one_word && lookup.IsCommonWordAsWritten(text)) {
    return false;
  }
  if (!IsCity(hit)) return true;
  // A city of millions is meant even when its name is also a word
  // ("Shanghai", "Cologne", "Phoenix").
  if (hit.population >= 1000000) return true;
  if (hit.population >= 150000 && !(one_word && lookup.IsCommonWordAsWritten(text))) {
    return true;
  }
  // "the city of Granada", "Chiang Rai province": the text says it is a place.
  if (HasPlaceNoun(s, first, last)) return true;
  // Smaller places need a place preposition before them or a country after.
  if (chunk.first == first && first > 0 && s.is_place_preposition(first - 1)) {
    return !(one_word && lookup.IsCommonWordAsWritten(text));
  }
  if (last + 1 < s.size() && s.is_punct(last, ",") && IsCountryOrRegionAt(s, lookup, last + 1)) {
    return true;
  }
  return false;
}

std::string NameKey(v1::EntityType type, std::string_view name) {
  std::string key;
  switch (type) {
    case v1::ENTITY_TYPE_PERSON: key = "person:"; break;
    case v1::ENTITY_TYPE_ORGANIZATION: key = "org:"; break;
    case v1::ENTITY_TYPE_LOCATION: key = "place:"; break;
    case v1::ENTITY_TYPE_MISC: key = "misc:"; break;
    default: key = "name:"; break;
  }
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !key.empty();
      continue;
    }
    if (space) key.push_back(' ');
    space = false;
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // "Defence" and "Defense" name the same ministry.
  for (size_t pos = key.find("defence"); pos != std::string::npos; pos = key.find("defence", pos)) {
    key[pos + 5] = 's';
  }
  return key;
}

}  // namespace newsgraph::extract
