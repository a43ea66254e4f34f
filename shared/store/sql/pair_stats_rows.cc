#include "shared/store/sql/pair_stats_rows.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::store::sql {
namespace {

using internal::v1::PairStats;

absl::Status Damaged(std::string_view a, std::string_view b) {
  return absl::DataLossError(absl::StrCat("the statistics of the pair ", AsAbsl(a), ", ",
                                          AsAbsl(b), " are damaged"));
}

// The stored statistics of (a, b) into `stats` (left empty when none).
absl::Status LoadPairStats(Connection& conn, std::string_view a, std::string_view b,
                           PairStats* stats) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("SELECT stats FROM pair_stats WHERE entity_id = ? AND other_id = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::OkStatus();
  const std::string_view blob = stmt->ColumnBlob(0);
  if (!stats->ParseFromArray(blob.data(), static_cast<int>(blob.size()))) return Damaged(a, b);
  return absl::OkStatus();
}

absl::Status StorePairStats(Connection& conn, std::string_view a, std::string_view b,
                            const PairStats& stats) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO pair_stats (entity_id, other_id, stats) "
                                   "VALUES (?, ?, ?) ON CONFLICT (entity_id, other_id) "
                                   "DO UPDATE SET stats = excluded.stats"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  NG_RETURN_IF_ERROR(stmt->BindBlob(3, stats.SerializeAsString()));
  return stmt->Run();
}

}  // namespace

absl::Status AddEventToPairStats(Connection& conn, std::string_view a, std::string_view b,
                                 const graph::PairEventFacts& event) {
  PairStats stats;
  NG_RETURN_IF_ERROR(LoadPairStats(conn, a, b, &stats));
  graph::AddToPairStats(event, &stats);
  return StorePairStats(conn, a, b, stats);
}

absl::Status ReadPairStats(Connection& conn, std::string_view a, std::string_view b,
                           v1::Relationship* out) {
  PairStats stats;
  NG_RETURN_IF_ERROR(LoadPairStats(conn, a, b, &stats));
  graph::FillRelationshipStats(stats, out);
  return absl::OkStatus();
}

absl::Status BackfillPairStats(Connection& conn) {
  NG_ASSIGN_OR_RETURN(StatementLease rows,
                      conn.Prepare("SELECT entity_id, other_id, category, quad_class, score, "
                                   "date_key, date_text FROM pair_events "
                                   "ORDER BY entity_id, other_id, event_row"));
  std::string a, b;
  PairStats stats;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, rows->Step());
    if (has_row && rows->ColumnText(0) == a && rows->ColumnText(1) == b) {
      graph::AddToPairStats({static_cast<int>(rows->ColumnInt64(2)),
                             static_cast<int>(rows->ColumnInt64(3)), rows->ColumnDouble(4),
                             rows->ColumnText(5), rows->ColumnText(6)},
                            &stats);
      continue;
    }
    if (!a.empty()) NG_RETURN_IF_ERROR(StorePairStats(conn, a, b, stats));
    if (!has_row) break;
    a = std::string(rows->ColumnText(0));
    b = std::string(rows->ColumnText(1));
    stats.Clear();
    graph::AddToPairStats({static_cast<int>(rows->ColumnInt64(2)),
                           static_cast<int>(rows->ColumnInt64(3)), rows->ColumnDouble(4),
                           rows->ColumnText(5), rows->ColumnText(6)},
                          &stats);
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::store::sql
