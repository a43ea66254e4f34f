#include "shared/store/sql/graph_aggregate_rows.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/graph/related_tally.h"

namespace newsgraph::store::sql {
namespace {

using internal::v1::RelatedTally;

// Adds `delta` to the stored tally of (a, b), creating it when there is
// none.
absl::Status MergeIntoStoredTally(Connection& conn, std::string_view a, std::string_view b,
                                  const RelatedTally& delta) {
  RelatedTally tally;
  {
    NG_ASSIGN_OR_RETURN(
        StatementLease load,
        conn.Prepare("SELECT tally FROM related_tallies WHERE entity_id = ? AND other_id = ?"));
    NG_RETURN_IF_ERROR(load->BindText(1, a));
    NG_RETURN_IF_ERROR(load->BindText(2, b));
    NG_ASSIGN_OR_RETURN(const bool has_row, load->Step());
    if (has_row) {
      const std::string_view blob = load->ColumnBlob(0);
      if (!tally.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
        return absl::DataLossError(absl::StrCat("the related tally of the pair ", AsAbsl(a), ", ",
                                                AsAbsl(b), " is damaged"));
      }
    }
  }
  graph::MergeTally(delta, &tally);
  NG_ASSIGN_OR_RETURN(StatementLease store,
                      conn.Prepare("INSERT INTO related_tallies (entity_id, other_id, weight, "
                                   "tally) VALUES (?, ?, ?, ?) ON CONFLICT (entity_id, other_id) "
                                   "DO UPDATE SET weight = excluded.weight, tally = excluded.tally"));
  NG_RETURN_IF_ERROR(store->BindText(1, a));
  NG_RETURN_IF_ERROR(store->BindText(2, b));
  NG_RETURN_IF_ERROR(store->BindInt64(3, graph::TallyWeight(tally)));
  NG_RETURN_IF_ERROR(store->BindBlob(4, tally.SerializeAsString()));
  return store->Run();
}

absl::Status AddTimelineCount(Connection& conn, std::string_view entity_id,
                              std::string_view date_key, int quad_class, int64_t count) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("INSERT INTO entity_event_days (entity_id, date_key, quad_class, event_count) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (entity_id, date_key, quad_class) DO UPDATE "
                   "SET event_count = entity_event_days.event_count + excluded.event_count"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, date_key));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, quad_class));
  NG_RETURN_IF_ERROR(stmt->BindInt64(4, count));
  return stmt->Run();
}

// Every row that adds to a related tally, ordered by pair: the pair's
// event categories (source 0) and the relations stated between the two,
// counted in articles, seen from the subject (1) and from the object (2).
constexpr char kTallySourcesSql[] =
    "SELECT a, b, source, category, type, n FROM ("
    "SELECT entity_id AS a, other_id AS b, 0 AS source, category, '' AS type, count(*) AS n "
    "FROM pair_events WHERE entity_id != other_id GROUP BY entity_id, other_id, category "
    "UNION ALL SELECT subject_id, object_id, 1, 0, type, count(DISTINCT doc_id) "
    "FROM entity_relations WHERE subject_id != object_id GROUP BY subject_id, object_id, type "
    "UNION ALL SELECT object_id, subject_id, 2, 0, type, count(DISTINCT doc_id) "
    "FROM entity_relations WHERE subject_id != object_id GROUP BY subject_id, object_id, type"
    ") AS sources ORDER BY a, b";

// Rows of a new related_tallies, written kRowsPerInsert to a statement
// (one round trip each on PostgreSQL).
class TallyInserter {
 public:
  explicit TallyInserter(Connection& conn) : conn_(conn) {}

  absl::Status Add(std::string a, std::string b, const RelatedTally& tally) {
    rows_.push_back({std::move(a), std::move(b), graph::TallyWeight(tally),
                     tally.SerializeAsString()});
    if (rows_.size() == kRowsPerInsert) return Flush();
    return absl::OkStatus();
  }

  absl::Status Flush() {
    if (rows_.empty()) return absl::OkStatus();
    std::string sql = "INSERT INTO related_tallies (entity_id, other_id, weight, tally) VALUES ";
    for (size_t i = 0; i < rows_.size(); ++i) {
      absl::StrAppend(&sql, i == 0 ? "" : ", ", "(?, ?, ?, ?)");
    }
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn_.Prepare(sql));
    int param = 1;
    for (const Row& row : rows_) {
      NG_RETURN_IF_ERROR(stmt->BindText(param++, row.a));
      NG_RETURN_IF_ERROR(stmt->BindText(param++, row.b));
      NG_RETURN_IF_ERROR(stmt->BindInt64(param++, row.weight));
      NG_RETURN_IF_ERROR(stmt->BindBlob(param++, row.tally));
    }
    rows_.clear();
    return stmt->Run();
  }

 private:
  static constexpr size_t kRowsPerInsert = 64;
  struct Row {
    std::string a, b;
    int64_t weight;
    std::string tally;
  };
  Connection& conn_;
  std::vector<Row> rows_;
};

// related_tallies in one ordered pass over its sources: each pair's tally
// is summed from its rows and inserted once (the table is new, so nothing
// needs reading back).
absl::Status BackfillRelatedTallies(Connection& conn) {
  NG_ASSIGN_OR_RETURN(StatementLease rows, conn.Prepare(kTallySourcesSql));
  TallyInserter inserter(conn);
  std::string a, b;
  RelatedTally tally;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, rows->Step());
    if (!has_row || rows->ColumnText(0) != a || rows->ColumnText(1) != b) {
      if (!a.empty()) NG_RETURN_IF_ERROR(inserter.Add(std::move(a), std::move(b), tally));
      if (!has_row) break;
      a = std::string(rows->ColumnText(0));
      b = std::string(rows->ColumnText(1));
      tally.Clear();
    }
    const int64_t source = rows->ColumnInt64(2);
    const int count = static_cast<int>(rows->ColumnInt64(5));
    if (source == 0) {
      graph::AddEventsToTally(static_cast<int>(rows->ColumnInt64(3)), count, &tally);
    } else {
      graph::AddRelationToTally(rows->ColumnText(4), source == 1, count, &tally);
    }
  }
  return inserter.Flush();
}

}  // namespace

void GraphAggregateDeltas::AddTimelineEvent(std::string_view entity_id, std::string_view date_key,
                                            int quad_class) {
  ++timeline_[{std::string(entity_id), std::string(date_key), quad_class}];
}

void GraphAggregateDeltas::AddPairEvent(std::string_view a, std::string_view b, int category) {
  graph::AddEventsToTally(category, 1, &tallies_[{std::string(a), std::string(b)}]);
}

void GraphAggregateDeltas::AddRelation(std::string_view subject, std::string_view object,
                                       std::string_view type) {
  if (!relations_.emplace(std::string(subject), std::string(object), std::string(type)).second) {
    return;
  }
  graph::AddRelationToTally(type, true, 1, &tallies_[{std::string(subject), std::string(object)}]);
  graph::AddRelationToTally(type, false, 1, &tallies_[{std::string(object), std::string(subject)}]);
}

absl::Status GraphAggregateDeltas::Flush(Connection& conn) {
  for (const auto& [key, count] : timeline_) {
    const auto& [entity_id, date_key, quad_class] = key;
    NG_RETURN_IF_ERROR(AddTimelineCount(conn, entity_id, date_key, quad_class, count));
  }
  for (const auto& [pair, delta] : tallies_) {
    NG_RETURN_IF_ERROR(MergeIntoStoredTally(conn, pair.first, pair.second, delta));
  }
  timeline_.clear();
  tallies_.clear();
  relations_.clear();
  return absl::OkStatus();
}

absl::Status BackfillGraphAggregates(Connection& conn) {
  // One event has one first day, so its participant rows of an entity are
  // one row; count(DISTINCT) keeps the count per event regardless.
  NG_RETURN_IF_ERROR(conn.Execute(
      "INSERT INTO entity_event_days (entity_id, date_key, quad_class, event_count) "
      "SELECT p.entity_id, e.date_key, e.quad_class, count(DISTINCT p.event_row) "
      "FROM event_participants p JOIN events e ON e.event_row = p.event_row "
      "WHERE (p.roles & 3) != 0 GROUP BY p.entity_id, e.date_key, e.quad_class"));
  return BackfillRelatedTallies(conn);
}

}  // namespace newsgraph::store::sql
