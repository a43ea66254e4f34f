#include "shared/store/sql/graph_rows.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/graph/related_tally.h"
#include "shared/model/event_classes.h"
#include "shared/resolution/canonical_key.h"
#include "shared/store/event_sinks.h"
#include "shared/store/sql/entity_rows.h"
#include "shared/store/sql/event_query_sql.h"
#include "shared/store/sql/event_rows.h"
#include "shared/store/sql/event_writer.h"
#include "shared/store/sql/graph_aggregate_rows.h"
#include "shared/store/sql/pair_stats_rows.h"

namespace newsgraph::store::sql {
namespace {

constexpr int kEvidencePerRelation = 3;

// One row of entity_relations.
struct RelationRow {
  std::string subject_id;
  std::string object_id;
  std::string type;
  std::string label;
  int64_t doc_id = 0;
  std::string article_id;
  int sentence_index = 0;
  std::string sentence_text;
  int span_start = 0;
  int span_end = 0;
  std::string published_key;
};

constexpr char kRelationColumns[] =
    "subject_id, object_id, type, label, doc_id, article_id, sentence_index, sentence_text, "
    "span_start, span_end, published_key";

// The rows `sql` selects (kRelationColumns, in order), with ?1 = a and, when
// b is not empty, ?2 = b.
absl::StatusOr<std::vector<RelationRow>> ReadRelationRows(Connection& conn, std::string_view sql,
                                                          std::string_view a, std::string_view b) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  if (!b.empty()) NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  std::vector<RelationRow> rows;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    RelationRow r;
    r.subject_id = std::string(stmt->ColumnText(0));
    r.object_id = std::string(stmt->ColumnText(1));
    r.type = std::string(stmt->ColumnText(2));
    r.label = std::string(stmt->ColumnText(3));
    r.doc_id = stmt->ColumnInt64(4);
    r.article_id = std::string(stmt->ColumnText(5));
    r.sentence_index = static_cast<int>(stmt->ColumnInt64(6));
    r.sentence_text = std::string(stmt->ColumnText(7));
    r.span_start = static_cast<int>(stmt->ColumnInt64(8));
    r.span_end = static_cast<int>(stmt->ColumnInt64(9));
    r.published_key = std::string(stmt->ColumnText(10));
    rows.push_back(std::move(r));
  }
  return rows;
}

// Entity references read once per call.
class RefCache {
 public:
  explicit RefCache(Connection& conn) : conn_(conn) {}
  // Remembers a reference already read.
  void Add(const std::string& id, const v1::EntityRef& ref) { refs_.try_emplace(id, ref); }
  // The reference of `id` (just its name when there is no such entity),
  // valid while the cache lives.
  absl::StatusOr<const v1::EntityRef*> Get(const std::string& id) {
    auto [it, inserted] = refs_.try_emplace(id);
    if (!inserted) return &it->second;
    absl::StatusOr<bool> found = ReadEntityRef(conn_, id, &it->second);
    if (!found.ok()) {
      refs_.erase(it);
      return found.status();
    }
    if (!*found) it->second.set_name(resolution::EntityResourceName(id));
    return &it->second;
  }

 private:
  Connection& conn_;
  absl::node_hash_map<std::string, v1::EntityRef> refs_;
};

v1::Evidence RelationEvidence(const RelationRow& row) {
  v1::Evidence e;
  e.set_article(absl::StrCat("articles/", row.article_id));
  e.set_sentence_index(row.sentence_index);
  e.set_text(row.sentence_text);
  e.mutable_span()->set_start(row.span_start);
  e.mutable_span()->set_end(row.span_end);
  if (!row.published_key.empty()) date::AssignIsoDate(row.published_key, e.mutable_published_date());
  return e;
}

// Groups rows by (subject, object, type, label) into relations, the most
// stated first.
absl::StatusOr<std::vector<v1::StandingRelation>> GroupRelations(std::vector<RelationRow> rows,
                                                                 RefCache& refs) {
  std::sort(rows.begin(), rows.end(), [](const RelationRow& x, const RelationRow& y) {
    return std::tie(x.subject_id, x.object_id, x.type, x.label, y.published_key, y.doc_id) <
           std::tie(y.subject_id, y.object_id, y.type, y.label, x.published_key, x.doc_id);
  });
  std::vector<v1::StandingRelation> out;
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    v1::StandingRelation relation;
    relation.set_type(rows[i].type);
    relation.set_label(rows[i].label);
    NG_ASSIGN_OR_RETURN(const v1::EntityRef* subject, refs.Get(rows[i].subject_id));
    *relation.mutable_subject() = *subject;
    NG_ASSIGN_OR_RETURN(const v1::EntityRef* object, refs.Get(rows[i].object_id));
    *relation.mutable_object() = *object;
    absl::flat_hash_set<int64_t> docs;
    std::string first_key, last_key;
    for (; j < rows.size() && rows[j].subject_id == rows[i].subject_id &&
           rows[j].object_id == rows[i].object_id && rows[j].type == rows[i].type &&
           rows[j].label == rows[i].label;
         ++j) {
      const RelationRow& row = rows[j];
      if (docs.insert(row.doc_id).second && relation.evidence_size() < kEvidencePerRelation) {
        *relation.add_evidence() = RelationEvidence(row);
      }
      if (!row.published_key.empty()) {
        if (first_key.empty() || row.published_key < first_key) first_key = row.published_key;
        if (row.published_key > last_key) last_key = row.published_key;
      }
    }
    relation.set_article_count(static_cast<int32_t>(docs.size()));
    if (!first_key.empty()) {
      date::AssignIsoDate(first_key, relation.mutable_first_date());
      date::AssignIsoDate(last_key, relation.mutable_last_date());
    }
    out.push_back(std::move(relation));
    i = j;
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.article_count() > y.article_count();
  });
  return out;
}

absl::StatusOr<std::vector<int64_t>> LatestPairEventRows(Connection& conn, std::string_view a,
                                                         std::string_view b, int limit) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT event_row FROM pair_events WHERE entity_id = ? AND "
                                   "other_id = ? ORDER BY date_key DESC, event_row DESC LIMIT ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, limit));
  std::vector<int64_t> rows;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    rows.push_back(stmt->ColumnInt64(0));
  }
  return rows;
}

// An event mention as the evidence of a tie or relationship.
void MentionEvidence(const v1::EventMention& m, std::string_view event_name, v1::Evidence* e) {
  e->set_article(m.article());
  e->set_sentence_index(m.sentence_index());
  e->set_text(m.text());
  *e->mutable_span() = m.trigger_span();
  *e->mutable_published_date() = m.published_date();
  e->set_event(std::string(event_name));
}

// The pair's latest events, each with the sentence that first reported
// it, in one statement; the events' records are not read.
absl::Status AppendRecentEvents(Connection& conn, std::string_view a, std::string_view b,
                                int limit, v1::Relationship* out) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("SELECT e.event_id, p.category, p.quad_class, p.score, p.date_text, "
                   "e.first_mentions "
                   "FROM pair_events p JOIN events e ON e.event_row = p.event_row "
                   "WHERE p.entity_id = ? AND p.other_id = ? "
                   "ORDER BY p.date_key DESC, p.event_row DESC LIMIT ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, limit));
  v1::Event first_report;  // reused: holds one mention at a time
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    v1::EventSummary* summary = out->add_recent_events();
    summary->set_event(absl::StrCat("events/", AsAbsl(stmt->ColumnText(0))));
    summary->set_category(static_cast<v1::EventCategory>(stmt->ColumnInt64(1)));
    summary->set_quad_class(static_cast<v1::QuadClass>(stmt->ColumnInt64(2)));
    summary->set_score(stmt->ColumnDouble(3));
    if (!stmt->ColumnText(4).empty()) date::AssignIsoDate(stmt->ColumnText(4), summary->mutable_date());
    first_report.clear_mentions();
    NG_RETURN_IF_ERROR(AppendReportMentions(stmt->ColumnBlob(5), 1, &first_report));
    if (first_report.mentions_size() > 0) {
      MentionEvidence(first_report.mentions(0), summary->event(), summary->mutable_evidence());
    }
  }
  return absl::OkStatus();
}

// The relation rows a relationship shows, in one statement: those between
// the two entities (either direction), and those of either entity whose
// (type, object) the other also has (shared relations). Four disjoint
// index searches joined with UNION ALL: an OR or IN here would make SQLite
// build a temporary table to remove duplicates on every call.
const std::string& PairRelationRowsSql() {
  static const std::string* const sql = [] {
    const std::string select = absl::StrCat("SELECT ", kRelationColumns, " FROM entity_relations r ");
    auto shared_with = [&](std::string_view self, std::string_view other) {
      return absl::StrCat(select, "WHERE r.subject_id = ", AsAbsl(self),
                          " AND r.object_id != ?1 AND r.object_id != ?2 AND EXISTS ("
                          "SELECT 1 FROM entity_relations o WHERE o.subject_id = ",
                          AsAbsl(other), " AND o.object_id = r.object_id AND o.type = r.type)");
    };
    return new std::string(absl::StrCat(
        select, "WHERE r.subject_id = ?1 AND r.object_id = ?2 UNION ALL ", select,
        "WHERE r.subject_id = ?2 AND r.object_id = ?1 UNION ALL ", shared_with("?1", "?2"),
        " UNION ALL ", shared_with("?2", "?1")));
  }();
  return *sql;
}

// The rows from ?1 to ?2.
const std::string& RelationRowsFromToSql() {
  static const std::string* const sql = new std::string(
      absl::StrCat("SELECT ", kRelationColumns,
                   " FROM entity_relations r WHERE r.subject_id = ?1 AND r.object_id = ?2"));
  return *sql;
}

// Relations both entities have to the same third entity, from their rows
// of those relations.
absl::StatusOr<std::vector<v1::SharedRelation>> SharedRelations(std::vector<RelationRow> rows,
                                                                const std::string& a,
                                                                RefCache& refs) {
  std::vector<RelationRow> a_shared, b_shared;
  for (RelationRow& r : rows) (r.subject_id == a ? a_shared : b_shared).push_back(std::move(r));
  NG_ASSIGN_OR_RETURN(std::vector<v1::StandingRelation> a_relations,
                      GroupRelations(std::move(a_shared), refs));
  NG_ASSIGN_OR_RETURN(std::vector<v1::StandingRelation> b_relations,
                      GroupRelations(std::move(b_shared), refs));
  std::vector<v1::SharedRelation> out;
  for (v1::StandingRelation& x : a_relations) {
    for (const v1::StandingRelation& y : b_relations) {
      if (x.type() != y.type() || x.object().name() != y.object().name()) continue;
      v1::SharedRelation s;
      s.set_type(x.type());
      *s.mutable_via() = x.object();
      *s.mutable_second() = y;  // copied: it may pair with another of a's
      *s.mutable_first() = std::move(x);
      out.push_back(std::move(s));
      break;
    }
  }
  return out;
}

using internal::v1::RelatedTally;

// The exact tallies of a query's related entities, from pair_events and
// entity_relations: any filter, but every row of the entity is read.
absl::Status TallyEvents(Connection& conn, const RelatedEntitiesQuery& q,
                         absl::flat_hash_map<std::string, RelatedTally>& tallies) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT other_id, category, count(*) FROM pair_events "
                                   "WHERE entity_id = ?1 "
                                   "AND (?2 = '' OR (date_key != '' AND date_key >= ?2)) "
                                   "AND (?3 = '' OR (date_key != '' AND date_key <= ?3)) "
                                   "AND (?4 < 0 OR category = ?4) GROUP BY other_id, category"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, q.entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, q.min_date_key));
  NG_RETURN_IF_ERROR(stmt->BindText(3, q.max_date_key));
  NG_RETURN_IF_ERROR(stmt->BindInt64(4, q.category.value_or(-1)));
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    graph::AddEventsToTally(static_cast<int>(stmt->ColumnInt64(1)),
                            static_cast<int>(stmt->ColumnInt64(2)),
                            &tallies[std::string(stmt->ColumnText(0))]);
  }
  return absl::OkStatus();
}

absl::Status TallyRelations(Connection& conn, const RelatedEntitiesQuery& q,
                            absl::flat_hash_map<std::string, RelatedTally>& tallies) {
  for (const bool as_subject : {true, false}) {
    NG_ASSIGN_OR_RETURN(
        StatementLease stmt,
        conn.Prepare(as_subject
                         ? "SELECT object_id, type, count(DISTINCT doc_id) FROM entity_relations "
                           "WHERE subject_id = ?1 AND (?2 = '' OR type = ?2) "
                           "GROUP BY object_id, type"
                         : "SELECT subject_id, type, count(DISTINCT doc_id) FROM entity_relations "
                           "WHERE object_id = ?1 AND (?2 = '' OR type = ?2) "
                           "GROUP BY subject_id, type"));
    NG_RETURN_IF_ERROR(stmt->BindText(1, q.entity_id));
    NG_RETURN_IF_ERROR(stmt->BindText(2, q.relation_type.value_or("")));
    while (true) {
      NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
      if (!has_row) break;
      graph::AddRelationToTally(stmt->ColumnText(1), as_subject,
                                static_cast<int>(stmt->ColumnInt64(2)),
                                &tallies[std::string(stmt->ColumnText(0))]);
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<absl::flat_hash_map<std::string, RelatedTally>> Tally(
    Connection& conn, const RelatedEntitiesQuery& q) {
  absl::flat_hash_map<std::string, RelatedTally> tallies;
  if (q.include_events) NG_RETURN_IF_ERROR(TallyEvents(conn, q, tallies));
  if (q.include_relations) NG_RETURN_IF_ERROR(TallyRelations(conn, q, tallies));
  tallies.erase(q.entity_id);
  return tallies;
}

std::vector<std::pair<std::string, RelatedTally>> Heaviest(
    absl::flat_hash_map<std::string, RelatedTally> tallies) {
  std::vector<std::pair<std::string, RelatedTally>> sorted(
      std::make_move_iterator(tallies.begin()), std::make_move_iterator(tallies.end()));
  std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) {
    const int64_t wx = graph::TallyWeight(x.second), wy = graph::TallyWeight(y.second);
    if (wx != wy) return wx > wy;
    return x.first < y.first;
  });
  return sorted;
}

// Whether the aggregates answer the query: no condition on the events or
// relations counted (a condition on the related entity's type is applied
// to the rows read).
bool TalliesAnswer(const RelatedEntitiesQuery& q) {
  return q.include_events && q.include_relations && !q.category.has_value() &&
         !q.relation_type.has_value() && q.min_date_key.empty() && q.max_date_key.empty();
}

std::string CategoryShortName(int category) {
  std::string name = v1::EventCategory_Name(static_cast<v1::EventCategory>(category));
  constexpr std::string_view kPrefix = "EVENT_CATEGORY_";
  return name.rfind(kPrefix, 0) == 0 ? name.substr(kPrefix.size()) : name;
}

// The reference of `entity_id` from columns first (display_name) and
// first + 1 (type) of `stmt`.
void EntityRefFromColumns(const Statement& stmt, int first, std::string_view entity_id,
                          v1::EntityRef* ref) {
  ref->set_name(resolution::EntityResourceName(entity_id));
  ref->set_display_name(std::string(stmt.ColumnText(first)));
  ref->set_type(ParseEntityType(stmt.ColumnText(first + 1)));
}

}  // namespace

absl::StatusOr<bool> ReadEntityRef(Connection& conn, std::string_view entity_id,
                                   v1::EntityRef* ref) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT display_name, type FROM entities WHERE entity_id = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return false;
  EntityRefFromColumns(*stmt, 0, entity_id, ref);
  return true;
}

absl::StatusOr<std::optional<v1::EntityRef>> FindEntityRef(Connection& conn,
                                                           std::string_view entity_id) {
  v1::EntityRef ref;
  NG_ASSIGN_OR_RETURN(const bool found, ReadEntityRef(conn, entity_id, &ref));
  if (!found) return std::nullopt;
  return ref;
}

absl::StatusOr<std::pair<bool, bool>> ReadEntityRefs(Connection& conn, std::string_view first,
                                                     std::string_view second,
                                                     v1::EntityRef* first_ref,
                                                     v1::EntityRef* second_ref) {
  // Two point lookups in one statement (an IN list would build a temporary
  // table on every call).
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("SELECT 1, display_name, type FROM entities WHERE entity_id = ?1 UNION ALL "
                   "SELECT 2, display_name, type FROM entities WHERE entity_id = ?2"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, first));
  NG_RETURN_IF_ERROR(stmt->BindText(2, second));
  std::pair<bool, bool> found(false, false);
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    const bool is_first = stmt->ColumnInt64(0) == 1;
    EntityRefFromColumns(*stmt, 1, is_first ? first : second, is_first ? first_ref : second_ref);
    (is_first ? found.first : found.second) = true;
  }
  return found;
}

absl::Status ReadRelationship(Connection& conn, int max_events, v1::Relationship* out) {
  const std::string a = EntityIdOfName(out->entity().name());
  const std::string b = EntityIdOfName(out->other_entity().name());
  RefCache refs(conn);
  refs.Add(a, out->entity());
  refs.Add(b, out->other_entity());
  NG_RETURN_IF_ERROR(ReadPairStats(conn, a, b, out));
  NG_RETURN_IF_ERROR(AppendRecentEvents(conn, a, b, max_events, out));
  NG_ASSIGN_OR_RETURN(std::vector<RelationRow> rows,
                      ReadRelationRows(conn, PairRelationRowsSql(), a, b));
  std::vector<RelationRow> between, shared_rows;
  for (RelationRow& r : rows) {
    const bool direct = (r.subject_id == a && r.object_id == b) ||
                        (r.subject_id == b && r.object_id == a);
    (direct ? between : shared_rows).push_back(std::move(r));
  }
  NG_ASSIGN_OR_RETURN(std::vector<v1::StandingRelation> relations,
                      GroupRelations(std::move(between), refs));
  for (v1::StandingRelation& r : relations) *out->add_relations() = std::move(r);
  NG_ASSIGN_OR_RETURN(std::vector<v1::SharedRelation> shared,
                      SharedRelations(std::move(shared_rows), a, refs));
  for (v1::SharedRelation& s : shared) *out->add_shared_relations() = std::move(s);
  return absl::OkStatus();
}

absl::StatusOr<std::vector<v1::RelatedEntity>> ReadRelatedEntitiesFromRows(
    Connection& conn, const RelatedEntitiesQuery& query) {
  NG_ASSIGN_OR_RETURN(auto tallies, Tally(conn, query));
  std::vector<v1::RelatedEntity> out;
  for (auto& [id, tally] : Heaviest(std::move(tallies))) {
    if (static_cast<int>(out.size()) >= query.limit) break;
    NG_ASSIGN_OR_RETURN(std::optional<v1::EntityRef> ref, FindEntityRef(conn, id));
    if (!ref.has_value()) continue;
    if (query.entity_type.has_value() &&
        (ref->type() == *query.entity_type) == query.exclude_entity_type) {
      continue;
    }
    v1::RelatedEntity related;
    *related.mutable_entity() = *std::move(ref);
    graph::FillRelatedEntity(tally, &related);
    out.push_back(std::move(related));
  }
  return out;
}

absl::StatusOr<std::vector<v1::RelatedEntity>> ReadRelatedEntities(
    Connection& conn, const RelatedEntitiesQuery& query) {
  // A filter on what is counted needs the rows themselves.
  if (!TalliesAnswer(query)) return ReadRelatedEntitiesFromRows(conn, query);
  // The heaviest tallies of entities that exist (the country roll-up pairs
  // people with countries no article may have named yet), of the type
  // asked for: the first rows of the weight index.
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("SELECT t.other_id, t.tally, e.display_name, e.type FROM related_tallies t "
                   "JOIN entities e ON e.entity_id = t.other_id WHERE t.entity_id = ?1 "
                   "AND (?2 = '' OR (?3 = 0 AND e.type = ?2) OR (?3 != 0 AND e.type != ?2)) "
                   "ORDER BY t.weight DESC, t.other_id LIMIT ?4"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, query.entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(
      2, query.entity_type.has_value()
             ? v1::EntityType_Name(static_cast<v1::EntityType>(*query.entity_type))
             : std::string()));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, query.exclude_entity_type ? 1 : 0));
  NG_RETURN_IF_ERROR(stmt->BindInt64(4, query.limit));
  std::vector<v1::RelatedEntity> out;
  RelatedTally tally;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    const std::string_view id = stmt->ColumnText(0);
    const std::string_view blob = stmt->ColumnBlob(1);
    if (!tally.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
      return absl::DataLossError(absl::StrCat("the related tally of the pair ",
                                              AsAbsl(query.entity_id), ", ", AsAbsl(id),
                                              " is damaged"));
    }
    v1::RelatedEntity& related = out.emplace_back();
    EntityRefFromColumns(*stmt, 2, id, related.mutable_entity());
    graph::FillRelatedEntity(tally, &related);
  }
  return out;
}

absl::StatusOr<std::vector<GraphEdge>> ReadGraphEdges(Connection& conn, std::string_view entity_id,
                                                      int limit) {
  // No edge to a non-entity (GetTie, and so FindPaths, would fail on it),
  // as in ReadRelatedEntities.
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("SELECT t.other_id, t.weight FROM related_tallies t WHERE t.entity_id = ? "
                   "AND EXISTS (SELECT 1 FROM entities e WHERE e.entity_id = t.other_id) "
                   "ORDER BY t.weight DESC, t.other_id LIMIT ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  NG_RETURN_IF_ERROR(stmt->BindInt64(2, limit));
  std::vector<GraphEdge> edges;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    edges.push_back({std::string(stmt->ColumnText(0)), stmt->ColumnInt64(1)});
  }
  return edges;
}

absl::StatusOr<int64_t> ReadTieWeight(Connection& conn, std::string_view entity_id,
                                      std::string_view other_id) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare("SELECT weight FROM related_tallies WHERE entity_id = ? AND other_id = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, other_id));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  return has_row ? stmt->ColumnInt64(0) : 0;
}

absl::StatusOr<v1::PathStep> ReadTie(Connection& conn, std::string_view entity_id,
                                     std::string_view other_id) {
  RefCache refs(conn);
  NG_ASSIGN_OR_RETURN(std::vector<RelationRow> rows,
                      ReadRelationRows(conn, RelationRowsFromToSql(), entity_id,
                                       other_id));
  NG_ASSIGN_OR_RETURN(std::vector<RelationRow> reverse,
                      ReadRelationRows(conn, RelationRowsFromToSql(), other_id,
                                       entity_id));
  rows.insert(rows.end(), std::make_move_iterator(reverse.begin()),
              std::make_move_iterator(reverse.end()));
  v1::PathStep step;
  if (!rows.empty()) {
    NG_ASSIGN_OR_RETURN(std::vector<v1::StandingRelation> relations,
                        GroupRelations(std::move(rows), refs));
    step.set_kind(relations.front().type());
    step.set_label(relations.front().label());
    *step.mutable_evidence() = relations.front().evidence();
    return step;
  }
  NG_ASSIGN_OR_RETURN(std::vector<int64_t> latest,
                      LatestPairEventRows(conn, entity_id, other_id, 1));
  if (latest.empty()) return absl::NotFoundError("no tie between the two entities");
  NG_ASSIGN_OR_RETURN(v1::Event event, LoadEvent(conn, latest.front(), 2));
  step.set_kind("EVENT");
  step.set_label(CategoryShortName(event.category()));
  for (const v1::EventMention& m : event.mentions()) {
    MentionEvidence(m, event.name(), step.add_evidence());
  }
  return step;
}

absl::StatusOr<std::vector<DatedEventCount>> ReadDatedEventCounts(Connection& conn,
                                                                  std::string_view entity_id,
                                                                  std::string_view other_id) {
  // An entity's counts are kept at ingest (entity_event_days); a pair's
  // events are one range of pair_events, however large the hubs.
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare(other_id.empty()
                       ? "SELECT date_key, quad_class, event_count FROM entity_event_days "
                         "WHERE entity_id = ?1"
                       : "SELECT date_key, quad_class, count(*) FROM pair_events "
                         "WHERE entity_id = ?1 AND other_id = ?2 GROUP BY date_key, quad_class"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  if (!other_id.empty()) NG_RETURN_IF_ERROR(stmt->BindText(2, other_id));
  std::vector<DatedEventCount> rows;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    rows.push_back({std::string(stmt->ColumnText(0)), static_cast<int>(stmt->ColumnInt64(1)),
                    stmt->ColumnInt64(2)});
  }
  return rows;
}

}  // namespace newsgraph::store::sql
