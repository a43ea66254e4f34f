// Events and standing relations of one new article, inside the store's
// write transaction (after entity resolution has set the participants'
// entity names): each event either joins an event already stored
// (shared/graph/event_identity.h) or becomes a new one; the event, its
// participants and its pairs are written at once, and the article's
// reports (the watch log) once the article row exists.
//
//   NG_ASSIGN_OR_RETURN(PendingReports reports, RecordArticleEvents(conn, &article));
//   NG_ASSIGN_OR_RETURN(int64_t doc_id, InsertArticleRows(conn, ...));
//   NG_RETURN_IF_ERROR(InsertEventReports(conn, doc_id, reports));
//   NG_RETURN_IF_ERROR(InsertStandingRelations(conn, doc_id, article));
//
// Cost per event: one indexed read of the events under its merge key
// (none when undated), one row write, and one row per participant and per
// ordered pair the event ties (participants, and participants with the
// countries of the others; at most kMaxPairParticipants participants),
// plus a read of the stored roles of each participant of a merged event.
// The graph aggregates (graph_aggregate_rows.h) are written once per
// article: one upsert per (entity, day, quad class) and one read and
// upsert per pair the article's events or relations tie.
//
// Thread-safety: uses the caller's connection, from the caller's thread,
// inside the caller's write transaction.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_EVENT_WRITER_H_
#define NEWSGRAPH_SHARED_STORE_SQL_EVENT_WRITER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

// Participants beyond this many are stored but not paired.
inline constexpr int kMaxPairParticipants = 12;

// One event report of the article, written once the article row exists.
struct PendingReport {
  int64_t event_row = 0;
  bool new_event = false;
  std::string mentions_blob;  // a v1.Event holding only this article's mentions
};

struct PendingReports {
  std::vector<PendingReport> reports;
  std::string source;
};

// Records the events of `article` (new, with create_time and the entities'
// names set) and sets each Event's name and event_id in the record.
absl::StatusOr<PendingReports> RecordArticleEvents(Connection& conn, v1::Article* article);

// Appends the article's reports to the watch log.
absl::Status InsertEventReports(Connection& conn, int64_t doc_id, const PendingReports& pending);

// Records the roles with an affiliation and the relations of the article
// stored as `doc_id` between resolved entities.
absl::Status InsertStandingRelations(Connection& conn, int64_t doc_id, const v1::Article& article);

// The entity id in `entities/{id}`, or "" for anything else.
std::string EntityIdOfName(std::string_view name);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_EVENT_WRITER_H_
