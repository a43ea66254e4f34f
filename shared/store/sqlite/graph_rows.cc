#include "shared/store/sqlite/graph_rows.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/model/event_classes.h"
#include "shared/resolution/canonical_key.h"
#include "shared/store/sqlite/entity_rows.h"
#include "shared/store/sqlite/event_query_sql.h"
#include "shared/store/sqlite/event_rows.h"
#include "shared/store/sqlite/event_writer.h"

namespace newsgraph::store::sqlite {
namespace {

constexpr int kEvidencePerRelation = 3;
constexpr int kMentionsPerRecentEvent = 1;

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

absl::StatusOr<std::vector<RelationRow>> ReadRelationRows(Connection& conn, std::string_view where,
                                                          std::string_view a, std::string_view b) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare(absl::StrCat("SELECT ", kRelationColumns,
                                                " FROM entity_relations WHERE ", AsAbsl(where))));
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
  absl::StatusOr<v1::EntityRef> Get(const std::string& id) {
    auto it = refs_.find(id);
    if (it != refs_.end()) return it->second;
    NG_ASSIGN_OR_RETURN(std::optional<v1::EntityRef> ref, FindEntityRef(conn_, id));
    v1::EntityRef value = ref.value_or(v1::EntityRef());
    if (!ref.has_value()) value.set_name(resolution::EntityResourceName(id));
    refs_.emplace(id, value);
    return value;
  }

 private:
  Connection& conn_;
  absl::flat_hash_map<std::string, v1::EntityRef> refs_;
};

void SetDateFromKey(std::string_view key, v1::PartialDate* date) {
  if (key.empty()) return;
  absl::StatusOr<v1::PartialDate> parsed = date::ParseIsoDate(key);
  if (parsed.ok()) *date = *parsed;
}

v1::Evidence RelationEvidence(const RelationRow& row) {
  v1::Evidence e;
  e.set_article(absl::StrCat("articles/", row.article_id));
  e.set_sentence_index(row.sentence_index);
  e.set_text(row.sentence_text);
  e.mutable_span()->set_start(row.span_start);
  e.mutable_span()->set_end(row.span_end);
  SetDateFromKey(row.published_key, e.mutable_published_date());
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
    NG_ASSIGN_OR_RETURN(*relation.mutable_subject(), refs.Get(rows[i].subject_id));
    NG_ASSIGN_OR_RETURN(*relation.mutable_object(), refs.Get(rows[i].object_id));
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
    SetDateFromKey(first_key, relation.mutable_first_date());
    SetDateFromKey(last_key, relation.mutable_last_date());
    out.push_back(std::move(relation));
    i = j;
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.article_count() > y.article_count();
  });
  return out;
}

// One row of pair_events.
struct PairEventRow {
  std::string date_key;
  std::string date_text;  // at the event's precision
  int category = 0;
  int quad_class = 0;
  double score = 0;
};

absl::StatusOr<std::vector<PairEventRow>> ReadPairEvents(Connection& conn, std::string_view a,
                                                         std::string_view b) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT date_key, category, quad_class, score, date_text FROM pair_events "
                                   "WHERE entity_id = ? AND other_id = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  std::vector<PairEventRow> rows;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    rows.push_back({std::string(stmt->ColumnText(0)), std::string(stmt->ColumnText(4)),
                    static_cast<int>(stmt->ColumnInt64(1)), static_cast<int>(stmt->ColumnInt64(2)),
                    stmt->ColumnDouble(3)});
  }
  return rows;
}

// The pair's event statistics: categories, quad classes, months, dates.
void SummarizePairEvents(const std::vector<PairEventRow>& rows, v1::Relationship* out) {
  struct CategoryTally {
    int quad = 0;
    int count = 0;
    double score_sum = 0;
    std::pair<std::string, std::string> first, last;  // (key, text)
  };
  std::map<int, CategoryTally> categories;
  std::array<int, 4> quads{};
  std::map<std::string, v1::TimeBucket> months;
  double score_sum = 0;
  std::pair<std::string, std::string> first, last;  // (key, text)
  for (const PairEventRow& row : rows) {
    CategoryTally& tally = categories[row.category];
    tally.quad = row.quad_class;
    ++tally.count;
    tally.score_sum += row.score;
    score_sum += row.score;
    if (row.quad_class >= 1 && row.quad_class <= 4) ++quads[row.quad_class - 1];
    if (row.date_key.empty()) continue;
    const std::pair<std::string, std::string> dated(row.date_key, row.date_text);
    if (tally.first.first.empty() || dated < tally.first) tally.first = dated;
    tally.last = std::max(tally.last, dated);
    if (first.first.empty() || dated < first) first = dated;
    last = std::max(last, dated);
    v1::TimeBucket& month = months[absl::StrCat(row.date_key.substr(0, 7), "-01")];
    month.set_event_count(month.event_count() + 1);
    if (model::IsCooperation(row.quad_class)) {
      month.set_cooperation_count(month.cooperation_count() + 1);
    }
    if (model::IsConflict(row.quad_class)) month.set_conflict_count(month.conflict_count() + 1);
  }
  out->set_event_count(static_cast<int32_t>(rows.size()));
  if (!rows.empty()) out->set_mean_score(score_sum / static_cast<double>(rows.size()));
  for (int q : quads) out->add_quad_class_counts(q);
  SetDateFromKey(first.second, out->mutable_first_date());
  SetDateFromKey(last.second, out->mutable_last_date());
  for (auto& [key, month] : months) {
    SetDateFromKey(key, month.mutable_start());
    *out->add_months() = std::move(month);
  }
  for (const auto& [category, tally] : categories) {
    v1::CategoryCount* c = out->add_categories();
    c->set_category(static_cast<v1::EventCategory>(category));
    c->set_quad_class(static_cast<v1::QuadClass>(tally.quad));
    c->set_event_count(tally.count);
    c->set_mean_score(tally.score_sum / tally.count);
    SetDateFromKey(tally.first.second, c->mutable_first_date());
    SetDateFromKey(tally.last.second, c->mutable_last_date());
  }
  std::stable_sort(out->mutable_categories()->begin(), out->mutable_categories()->end(),
                   [](const auto& x, const auto& y) { return x.event_count() > y.event_count(); });
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

// The pair's latest events, each with its first mention, in one statement.
absl::Status AppendRecentEvents(Connection& conn, std::string_view a, std::string_view b,
                                int limit, v1::Relationship* out) {
  NG_ASSIGN_OR_RETURN(
      StatementLease stmt,
      conn.Prepare(absl::StrCat("SELECT ", kEventColumns,
                                " FROM pair_events p JOIN events e ON e.event_row = p.event_row "
                                "WHERE p.entity_id = ? AND p.other_id = ? "
                                "ORDER BY p.date_key DESC, p.event_row DESC LIMIT ?")));
  NG_RETURN_IF_ERROR(stmt->BindText(1, a));
  NG_RETURN_IF_ERROR(stmt->BindText(2, b));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, limit));
  std::vector<EventRow> rows;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    NG_ASSIGN_OR_RETURN(EventRow row, ReadEventColumns(*stmt, 0));
    rows.push_back(std::move(row));
  }
  stmt->Reset();
  for (EventRow& row : rows) {
    NG_RETURN_IF_ERROR(FillMentions(conn, kMentionsPerRecentEvent, &row));
    *out->add_recent_events() = std::move(row.event);
  }
  return absl::OkStatus();
}

// The relation rows a relationship shows, in one statement: those between
// the two entities (either direction), and those of either entity whose
// (type, object) the other also has (shared relations).
constexpr char kPairRelationRows[] =
    "(subject_id = ?1 AND object_id = ?2) OR (subject_id = ?2 AND object_id = ?1) OR "
    "(subject_id IN (?1, ?2) AND object_id NOT IN (?1, ?2) AND EXISTS ("
    "SELECT 1 FROM entity_relations o WHERE o.subject_id = "
    "(CASE entity_relations.subject_id WHEN ?1 THEN ?2 ELSE ?1 END) "
    "AND o.object_id = entity_relations.object_id AND o.type = entity_relations.type))";

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
  for (const v1::StandingRelation& x : a_relations) {
    for (const v1::StandingRelation& y : b_relations) {
      if (x.type() != y.type() || x.object().name() != y.object().name()) continue;
      v1::SharedRelation s;
      s.set_type(x.type());
      *s.mutable_via() = x.object();
      *s.mutable_first() = x;
      *s.mutable_second() = y;
      out.push_back(std::move(s));
      break;
    }
  }
  return out;
}

// Tallies of one related entity.
struct RelatedTally {
  int events = 0;
  int relation_articles = 0;
  std::map<int, int> categories;
  std::vector<std::string> relation_types;
  int weight() const { return events + relation_articles; }
};

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
    RelatedTally& t = tallies[std::string(stmt->ColumnText(0))];
    const int count = static_cast<int>(stmt->ColumnInt64(2));
    t.events += count;
    t.categories[static_cast<int>(stmt->ColumnInt64(1))] += count;
  }
  return absl::OkStatus();
}

absl::Status TallyRelations(Connection& conn, const RelatedEntitiesQuery& q,
                            absl::flat_hash_map<std::string, RelatedTally>& tallies) {
  for (const char* sql :
       {"SELECT object_id, type, count(DISTINCT doc_id) FROM entity_relations WHERE "
        "subject_id = ?1 AND (?2 = '' OR type = ?2) GROUP BY object_id, type",
        "SELECT subject_id, type, count(DISTINCT doc_id) FROM entity_relations WHERE "
        "object_id = ?1 AND (?2 = '' OR type = ?2) GROUP BY subject_id, type"}) {
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql));
    NG_RETURN_IF_ERROR(stmt->BindText(1, q.entity_id));
    NG_RETURN_IF_ERROR(stmt->BindText(2, q.relation_type.value_or("")));
    while (true) {
      NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
      if (!has_row) break;
      RelatedTally& t = tallies[std::string(stmt->ColumnText(0))];
      t.relation_articles += static_cast<int>(stmt->ColumnInt64(2));
      std::string type(stmt->ColumnText(1));
      if (std::find(t.relation_types.begin(), t.relation_types.end(), type) ==
          t.relation_types.end()) {
        t.relation_types.push_back(std::move(type));
      }
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
    if (x.second.weight() != y.second.weight()) return x.second.weight() > y.second.weight();
    return x.first < y.first;
  });
  return sorted;
}

std::string CategoryShortName(int category) {
  std::string name = v1::EventCategory_Name(static_cast<v1::EventCategory>(category));
  constexpr std::string_view kPrefix = "EVENT_CATEGORY_";
  return name.rfind(kPrefix, 0) == 0 ? name.substr(kPrefix.size()) : name;
}

}  // namespace

absl::StatusOr<std::optional<v1::EntityRef>> FindEntityRef(Connection& conn,
                                                           std::string_view entity_id) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT display_name, type FROM entities WHERE entity_id = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return std::nullopt;
  v1::EntityRef ref;
  ref.set_name(resolution::EntityResourceName(entity_id));
  ref.set_display_name(std::string(stmt->ColumnText(0)));
  ref.set_type(ParseEntityType(stmt->ColumnText(1)));
  return ref;
}

absl::StatusOr<std::vector<v1::EntityRef>> FindEntityRefs(Connection& conn,
                                                          std::string_view first,
                                                          std::string_view second) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT entity_id, display_name, type FROM entities "
                                   "WHERE entity_id IN (?, ?)"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, first));
  NG_RETURN_IF_ERROR(stmt->BindText(2, second));
  std::vector<v1::EntityRef> refs;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) break;
    v1::EntityRef& ref = refs.emplace_back();
    ref.set_name(resolution::EntityResourceName(stmt->ColumnText(0)));
    ref.set_display_name(std::string(stmt->ColumnText(1)));
    ref.set_type(ParseEntityType(stmt->ColumnText(2)));
  }
  return refs;
}

absl::StatusOr<v1::Relationship> ReadRelationship(Connection& conn, const v1::EntityRef& entity,
                                                  const v1::EntityRef& other, int max_events) {
  const std::string a = EntityIdOfName(entity.name());
  const std::string b = EntityIdOfName(other.name());
  RefCache refs(conn);
  v1::Relationship out;
  *out.mutable_entity() = entity;
  *out.mutable_other_entity() = other;
  NG_ASSIGN_OR_RETURN(std::vector<PairEventRow> pair_rows, ReadPairEvents(conn, a, b));
  SummarizePairEvents(pair_rows, &out);
  NG_RETURN_IF_ERROR(AppendRecentEvents(conn, a, b, max_events, &out));
  NG_ASSIGN_OR_RETURN(std::vector<RelationRow> rows,
                      ReadRelationRows(conn, kPairRelationRows, a, b));
  std::vector<RelationRow> between, shared_rows;
  for (RelationRow& r : rows) {
    const bool direct = (r.subject_id == a && r.object_id == b) ||
                        (r.subject_id == b && r.object_id == a);
    (direct ? between : shared_rows).push_back(std::move(r));
  }
  NG_ASSIGN_OR_RETURN(std::vector<v1::StandingRelation> relations,
                      GroupRelations(std::move(between), refs));
  for (v1::StandingRelation& r : relations) *out.add_relations() = std::move(r);
  NG_ASSIGN_OR_RETURN(std::vector<v1::SharedRelation> shared,
                      SharedRelations(std::move(shared_rows), a, refs));
  for (v1::SharedRelation& s : shared) *out.add_shared_relations() = std::move(s);
  return out;
}

absl::StatusOr<std::vector<v1::RelatedEntity>> ReadRelatedEntities(
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
    related.set_weight(tally.weight());
    related.set_event_count(tally.events);
    related.set_relation_article_count(tally.relation_articles);
    for (std::string& type : tally.relation_types) related.add_relation_types(std::move(type));
    std::vector<std::pair<int, int>> categories(tally.categories.begin(), tally.categories.end());
    std::stable_sort(categories.begin(), categories.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    for (const auto& [category, count] : categories) {
      related.add_categories(static_cast<v1::EventCategory>(category));
    }
    out.push_back(std::move(related));
  }
  return out;
}

absl::StatusOr<std::vector<GraphEdge>> ReadGraphEdges(Connection& conn, std::string_view entity_id,
                                                      int limit) {
  RelatedEntitiesQuery query;
  query.entity_id = std::string(entity_id);
  NG_ASSIGN_OR_RETURN(auto tallies, Tally(conn, query));
  std::vector<GraphEdge> edges;
  for (auto& [id, tally] : Heaviest(std::move(tallies))) {
    if (static_cast<int>(edges.size()) >= limit) break;
    // The country roll-up pairs people with their countries' ids whether or
    // not an article has named the country yet: no edge to a non-entity
    // (GetTie, and so FindPaths, would fail on it), as in
    // ReadRelatedEntities.
    NG_ASSIGN_OR_RETURN(std::optional<v1::EntityRef> ref, FindEntityRef(conn, id));
    if (!ref.has_value()) continue;
    edges.push_back({id, tally.weight()});
  }
  return edges;
}

absl::StatusOr<v1::PathStep> ReadTie(Connection& conn, std::string_view entity_id,
                                     std::string_view other_id) {
  RefCache refs(conn);
  NG_ASSIGN_OR_RETURN(std::vector<RelationRow> rows,
                      ReadRelationRows(conn, "subject_id = ? AND object_id = ?", entity_id,
                                       other_id));
  NG_ASSIGN_OR_RETURN(std::vector<RelationRow> reverse,
                      ReadRelationRows(conn, "subject_id = ? AND object_id = ?", other_id,
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
    v1::Evidence* e = step.add_evidence();
    e->set_article(m.article());
    e->set_sentence_index(m.sentence_index());
    e->set_text(m.text());
    *e->mutable_span() = m.trigger_span();
    *e->mutable_published_date() = m.published_date();
    e->set_event(event.name());
  }
  return step;
}

absl::StatusOr<std::vector<DatedEventCount>> ReadDatedEventCounts(Connection& conn,
                                                                  std::string_view entity_id,
                                                                  std::string_view other_id) {
  const char* sql =
      other_id.empty()
          ? "SELECT e.date_key, e.quad_class, count(*) FROM events e WHERE e.event_row IN "
            "(SELECT event_row FROM event_participants WHERE entity_id = ?1 AND roles & 3) "
            "GROUP BY e.date_key, e.quad_class"
          : "SELECT date_key, quad_class, count(*) FROM pair_events WHERE entity_id = ?1 AND "
            "other_id = ?2 GROUP BY date_key, quad_class";
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql));
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

}  // namespace newsgraph::store::sqlite
