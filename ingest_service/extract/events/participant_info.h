// Fills an EventParticipant from the article: the entity's index and name,
// its ISO-3 country and its CAMEO-style sector.
//
// The sector is the entity's own when the recognizer set one; otherwise:
// - a person: from the roles the article gives them: defence ministers,
//   military ranks and commanders are MIL; ministers, presidents, prime
//   ministers, secretaries, ambassadors, chancellors are GOV; members and
//   chairs of parliaments or senates are LEG; judges and prosecutors JUD;
//   a person whose role belongs to an organization takes its sector.
// - an organization: a defence ministry, army or armed forces is MIL, a
//   parliament LEG, a court JUD, police COP, another government body GOV;
//   IGO, companies BUS, parties PTY, media MED, NGOs NGO.
// A person's country is their role's affiliation's country when they have
// none of their own.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_PARTICIPANT_INFO_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_PARTICIPANT_INFO_H_

#include <string>

#include "ingest_service/extract/events/article_context.h"
#include "newsgraph/v1/event.pb.h"

namespace newsgraph::extract::events {

// The sector of entity `e` (see above), or "".
std::string SectorOf(const ArticleContext& context, int e);

// The country of entity `e`, or "".
std::string CountryOf(const ArticleContext& context, int e);

// Sets entity_index, name, country_code and sector of `out` for entity `e`.
void DescribeParticipant(const ArticleContext& context, int e, v1::EventParticipant* out);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_PARTICIPANT_INFO_H_
