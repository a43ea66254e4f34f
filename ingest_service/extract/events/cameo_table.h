// CAMEO codes of the event coder: each code's PLOVER category (as in
// ../shared/reference/CAMEO2PLOVER-2021.txt), its quad class, and its
// cooperation–conflict score.
//
// The score is the Goldstein scale value of the code: J. S. Goldstein, "A
// Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict
// Resolution 36(2), 1992, as carried over to CAMEO codes by the KEDS/GDELT
// projects (the `CAMEO.goldsteinscale.txt` table distributed with GDELT
// 1.0). -10 is the most conflictual (military attack), +10 the most
// cooperative. The values used here, by code (a code not listed takes its
// two-digit root's value):
//
//   030 4.0  031 5.2  033 5.2  035 5.0  036 4.0  040 1.0  041 1.0  042 1.9
//   043 2.8  046 7.0  050 3.5  051 3.4  054 6.0  057 8.0  060 6.0  061 6.4
//   062 7.4  070 7.0  071 7.4  073 7.4  075 7.0  08 5.0   080 5.0  081 5.0
//   0841 7.0 0872 9.0  090 -2.0 100 -5.0 110 -2.0 111 -2.0 112 -2.0
//   115 -2.0 120 -4.0 129 -5.0 130 -4.4 138 -7.0 141 -6.5 143 -6.5
//   144 -7.5 154 -7.2 160 -4.0 161 -4.0 166 -7.0 172 -5.0 1721 -5.0
//   1724 -5.0 173 -5.0 174 -5.0 192 -9.0 180 -9.0 181 -9.0 183 -10.0
//   186 -10.0 190 -10.0 193 -10.0 195 -10.0
//
// Immutable tables compiled in; every function is thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_CAMEO_TABLE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_CAMEO_TABLE_H_

#include <string_view>

#include "newsgraph/v1/event.pb.h"
#include "shared/model/event_classes.h"

namespace newsgraph::extract::events {

// The Goldstein score of `cameo_code` (see above); 0 for an unknown code.
double GoldsteinScore(std::string_view cameo_code);

// The quad class of a PLOVER category: model::QuadClassOf.
using model::QuadClassOf;

// True for the cooperative categories (AGREE to RETREAT).
bool IsCooperative(v1::EventCategory category);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_CAMEO_TABLE_H_
