// Segment: one labelled piece of a sentence that the entity rules found —
// a name (person, organization, place, named thing), a title or rank, an
// honorific, a status word — with its token range and what is known of it.
// The chunk parser makes segments; the article pass groups the name
// segments into entities; the role and relation rules read the sequence.
//
// Plain data. `name` and the string fields own their text.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SEGMENT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SEGMENT_H_

#include <cstdint>
#include <string>

#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

enum class SegmentKind : uint8_t {
  kName,       // an entity name (type may still be unknown)
  kTitle,      // an office or title ("Defense Minister", "Secretary of State")
  kRank,       // a military or police rank ("Colonel General")
  kHonorific,  // "Mr", "Dr"
  kStatus,     // "Former", "ex-", "Acting"
};

struct Segment {
  SegmentKind kind = SegmentKind::kName;
  int sentence = 0;
  uint32_t first_token = 0;  // token indexes within the sentence, [first, last)
  uint32_t last_token = 0;
  uint32_t begin = 0;  // byte offsets in the content, [begin, end)
  uint32_t end = 0;

  // Names. UNSPECIFIED type: not yet classified.
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  v1::MentionForm form = v1::MENTION_FORM_NAME;
  std::string name;          // canonical name ("United States" for "US")
  std::string key;           // identity within the article ("country:USA", "person:zakir hasanov")
  std::string country;       // ISO 3166-1 alpha-3, when known
  std::string sector;        // CAMEO-style sector, when known
  std::string gazetteer_id;  // "geonames:611717", "country:GEO", "org:nato"
  float latitude = 0;        // the gazetteer's coordinates; both 0: none
  float longitude = 0;
  std::string acronym;       // an acronym that stands for this name, when seen
  std::string alias;         // another written form, when the text implies one
                             // ("Defense Ministry of Georgia" from "Defense
                             // Ministries of Azerbaijan and Georgia")
  bool nested = false;       // inside a longer name ("Georgia" in "Parliament of Georgia")
  bool bare_head = false;    // a head noun alone ("the Plan", "the Ministry")
  double confidence = 0.5;
  const char* rule = "";

  // Titles and ranks.
  v1::RoleStatus status = v1::ROLE_STATUS_UNSPECIFIED;

  bool is_name() const { return kind == SegmentKind::kName; }
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SEGMENT_H_
