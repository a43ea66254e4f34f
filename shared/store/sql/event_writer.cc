#include "shared/store/sql/event_writer.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/date/partial_date.h"
#include "shared/graph/event_identity.h"
#include "shared/resolution/canonical_key.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/graph_aggregate_rows.h"
#include "shared/store/sql/pair_stats_rows.h"

namespace newsgraph::store::sql {
namespace {

constexpr int kActorRole = 1;
constexpr int kRecipientRole = 2;
constexpr char kEventNamePrefix[] = "events/";

std::string EntityIdAt(const v1::Article& article, int index);

// A stored event that a new report may join.
struct StoredEvent {
  int64_t row = 0;
  v1::Event record;
};

std::string DateKeyOf(const v1::Event& event) {
  if (!event.has_date() || !date::Validate(event.date()).ok()) return "";
  return date::SortKey(event.date());
}

// The mentions of `event` with the article's provenance filled in.
v1::Event MentionsOnly(const v1::Event& event, const v1::Article& article) {
  v1::Event only;
  const int64_t create_us = TimestampToMicros(article.create_time());
  for (const v1::EventMention& m : event.mentions()) {
    v1::EventMention* mention = only.add_mentions();
    *mention = m;
    mention->set_article(absl::StrCat("articles/", article.article_id()));
    if (m.sentence_index() >= 0 && m.sentence_index() < article.sentences_size()) {
      mention->set_text(article.sentences(m.sentence_index()).text());
    }
    mention->set_source(article.source());
    if (article.has_published_date()) *mention->mutable_published_date() = article.published_date();
    *mention->mutable_create_time() = MicrosToTimestamp(create_us);
  }
  return only;
}

// The record kept in events.record: no mentions, counts or times.
v1::Event StoredRecord(const v1::Event& event) {
  v1::Event record = event;
  record.clear_mentions();
  record.clear_num_mentions();
  record.clear_num_articles();
  record.clear_num_sources();
  record.clear_first_seen_time();
  record.clear_last_seen_time();
  for (v1::EventParticipant& p : *record.mutable_actors()) p.clear_entity_index();
  for (v1::EventParticipant& p : *record.mutable_recipients()) p.clear_entity_index();
  if (record.has_location()) record.mutable_location()->clear_entity_index();
  return record;
}

absl::StatusOr<std::vector<StoredEvent>> Candidates(Connection& conn, const std::string& key) {
  std::vector<StoredEvent> found;
  if (key.empty()) return found;
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT event_row, record FROM events WHERE merge_key = ? "
                                   "ORDER BY event_row"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, key));
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool row, stmt->Step());
    if (!row) break;
    StoredEvent event;
    event.row = stmt->ColumnInt64(0);
    const std::string_view blob = stmt->ColumnBlob(1);
    if (!event.record.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
      return absl::DataLossError(absl::StrCat("event row ", event.row, " has a damaged record"));
    }
    found.push_back(std::move(event));
  }
  return found;
}

// Adds to `into` the participants of `from` whose entity it lacks.
void UnionParticipants(const google::protobuf::RepeatedPtrField<v1::EventParticipant>& from,
                       google::protobuf::RepeatedPtrField<v1::EventParticipant>* into) {
  for (const v1::EventParticipant& p : from) {
    const bool known = std::any_of(into->begin(), into->end(), [&](const v1::EventParticipant& q) {
      return !p.entity().empty() ? q.entity() == p.entity() : q.name() == p.name();
    });
    if (!known) {
      v1::EventParticipant* added = into->Add();
      *added = p;
      added->clear_entity_index();
    }
  }
}

// The incoming report folded into the stored record.
v1::Event Merged(const v1::Event& stored, const v1::Event& incoming) {
  v1::Event merged = stored;
  UnionParticipants(incoming.actors(), merged.mutable_actors());
  UnionParticipants(incoming.recipients(), merged.mutable_recipients());
  if (!merged.has_location() && incoming.has_location()) {
    *merged.mutable_location() = incoming.location();
    merged.mutable_location()->clear_entity_index();
  }
  if (merged.object().empty()) merged.set_object(incoming.object());
  merged.set_confidence(std::max(merged.confidence(), incoming.confidence()));
  return merged;
}

// The entity ids of the event's actors and recipients, each once, with
// its role bits.
std::vector<std::pair<std::string, int>> ParticipantRoles(const v1::Event& event) {
  std::vector<std::pair<std::string, int>> roles;
  auto add = [&roles](const v1::EventParticipant& p, int role) {
    std::string id = EntityIdOfName(p.entity());
    if (id.empty()) return;
    auto it = std::find_if(roles.begin(), roles.end(),
                           [&](const auto& r) { return r.first == id; });
    if (it == roles.end()) {
      roles.emplace_back(std::move(id), role);
    } else {
      it->second |= role;
    }
  };
  for (const v1::EventParticipant& p : event.actors()) add(p, kActorRole);
  for (const v1::EventParticipant& p : event.recipients()) add(p, kRecipientRole);
  return roles;
}

// Whether the entity was already an actor or recipient of the stored event.
absl::StatusOr<bool> WasParticipant(Connection& conn, const std::string& id,
                                    const std::string& date_key, int64_t row) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT roles FROM event_participants WHERE entity_id = ? "
                                   "AND date_key = ? AND event_row = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, date_key));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, row));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  return has_row && (stmt->ColumnInt64(0) & (kActorRole | kRecipientRole)) != 0;
}

// Writes the event's actors and recipients (`new_event`: the event row was
// just inserted, so none is stored yet) and counts, for the timelines, the
// entities that become one.
absl::Status InsertParticipants(Connection& conn, int64_t row, const v1::Event& event,
                                bool new_event, GraphAggregateDeltas& deltas) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO event_participants (entity_id, date_key, "
                                   "event_row, roles) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (entity_id, date_key, event_row) DO UPDATE "
                                   "SET roles = event_participants.roles | excluded.roles"));
  const std::string date_key = DateKeyOf(event);
  for (const auto& [id, roles] : ParticipantRoles(event)) {
    bool counted = false;
    if (!new_event) {
      NG_ASSIGN_OR_RETURN(counted, WasParticipant(conn, id, date_key, row));
    }
    NG_RETURN_IF_ERROR(stmt->BindText(1, id));
    NG_RETURN_IF_ERROR(stmt->BindText(2, date_key));
    NG_RETURN_IF_ERROR(stmt->BindInt64(3, row));
    NG_RETURN_IF_ERROR(stmt->BindInt64(4, roles));
    NG_RETURN_IF_ERROR(stmt->Run());
    stmt->Reset();
    if (!counted) deltas.AddTimelineEvent(id, date_key, event.quad_class());
  }
  return absl::OkStatus();
}

// A participant as the pair index sees it: its entity and the entity of
// its country ("" when unknown).
struct PairMember {
  std::string id;
  std::string country_id;
};

// The people and organizations the article names in the sentences that
// report `event`: who it involves besides its actors and recipients ("The
// Plan was signed during the meeting between Hasanov and Garibashvili").
std::vector<std::string> NamedInReports(const v1::Article& article, const v1::Event& event) {
  std::vector<int> sentences;
  for (const v1::EventMention& m : event.mentions()) sentences.push_back(m.sentence_index());
  std::vector<std::string> ids;
  for (const v1::EntityMention& m : article.mentions()) {
    if (m.type() != v1::ENTITY_TYPE_PERSON && m.type() != v1::ENTITY_TYPE_ORGANIZATION) continue;
    if (std::find(sentences.begin(), sentences.end(), m.sentence_index()) == sentences.end()) {
      continue;
    }
    std::string id = EntityIdAt(article, m.entity_index());
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

absl::Status InsertNamed(Connection& conn, int64_t row, const v1::Event& event,
                         const std::vector<std::string>& ids) {
  if (ids.empty()) return absl::OkStatus();
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO event_participants (entity_id, date_key, "
                                   "event_row, roles) VALUES (?, ?, ?, 4) "
                                   "ON CONFLICT (entity_id, date_key, event_row) DO UPDATE "
                                   "SET roles = event_participants.roles | 4"));
  const std::string date_key = DateKeyOf(event);
  for (const std::string& id : ids) {
    NG_RETURN_IF_ERROR(stmt->BindText(1, id));
    NG_RETURN_IF_ERROR(stmt->BindText(2, date_key));
    NG_RETURN_IF_ERROR(stmt->BindInt64(3, row));
    NG_RETURN_IF_ERROR(stmt->Run());
    stmt->Reset();
  }
  return absl::OkStatus();
}

std::vector<PairMember> PairMembers(const v1::Event& event) {
  std::vector<PairMember> members;
  for (const auto* list : {&event.actors(), &event.recipients()}) {
    for (const v1::EventParticipant& p : *list) {
      std::string id = EntityIdOfName(p.entity());
      if (id.empty()) continue;
      if (std::any_of(members.begin(), members.end(),
                      [&](const PairMember& m) { return m.id == id; })) {
        continue;
      }
      const std::string country = resolution::NormalizeCountryCode(p.country_code());
      members.push_back({std::move(id), country.empty() ? std::string()
                                                        : resolution::EntityIdForKey(
                                                              resolution::CountryKey(country))});
    }
  }
  if (members.size() > static_cast<size_t>(kMaxPairParticipants)) {
    members.resize(kMaxPairParticipants);
  }
  return members;
}

// The ordered pairs an event ties: every two participants, and each
// participant with the country of another one from a different country
// (so that a meeting of two ministers counts between their countries).
std::vector<std::pair<std::string, std::string>> EventPairs(const v1::Event& event) {
  const std::vector<PairMember> members = PairMembers(event);
  std::vector<std::pair<std::string, std::string>> pairs;
  auto add = [&pairs](const std::string& a, const std::string& b) {
    if (a.empty() || b.empty() || a == b) return;
    for (const auto& [x, y] : {std::make_pair(a, b), std::make_pair(b, a)}) {
      if (std::find(pairs.begin(), pairs.end(), std::make_pair(x, y)) == pairs.end()) {
        pairs.emplace_back(x, y);
      }
    }
  };
  for (size_t i = 0; i < members.size(); ++i) {
    for (size_t j = i + 1; j < members.size(); ++j) {
      const PairMember& x = members[i];
      const PairMember& y = members[j];
      add(x.id, y.id);
      if (x.country_id == y.country_id) continue;
      add(x.id, y.country_id);
      add(x.country_id, y.id);
      add(x.country_id, y.country_id);
    }
  }
  return pairs;
}

absl::Status InsertPairs(Connection& conn, int64_t row, const v1::Event& event,
                         GraphAggregateDeltas& deltas) {
  const std::vector<std::pair<std::string, std::string>> pairs = EventPairs(event);
  if (pairs.empty()) return absl::OkStatus();
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO pair_events (entity_id, other_id, "
                                   "date_key, event_row, category, quad_class, score, date_text) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
  const std::string date_key = DateKeyOf(event);
  const std::string date_text = date_key.empty() ? "" : date::FormatIsoDate(event.date());
  const graph::PairEventFacts facts{event.category(), event.quad_class(), event.score(),
                                    date_key, date_text};
  for (const auto& [a, b] : pairs) {
    NG_RETURN_IF_ERROR(stmt->BindText(1, a));
    NG_RETURN_IF_ERROR(stmt->BindText(2, b));
    NG_RETURN_IF_ERROR(stmt->BindText(3, date_key));
    NG_RETURN_IF_ERROR(stmt->BindInt64(4, row));
    NG_RETURN_IF_ERROR(stmt->BindInt64(5, event.category()));
    NG_RETURN_IF_ERROR(stmt->BindInt64(6, event.quad_class()));
    NG_RETURN_IF_ERROR(stmt->BindDouble(7, event.score()));
    NG_RETURN_IF_ERROR(stmt->BindText(8, date_text));
    NG_RETURN_IF_ERROR(stmt->Run());
    const bool added = stmt->RowsChanged() > 0;
    stmt->Reset();
    // A pair a merged report ties again is already counted.
    if (!added) continue;
    NG_RETURN_IF_ERROR(AddEventToPairStats(conn, a, b, facts));
    deltas.AddPairEvent(a, b, event.category());
  }
  return absl::OkStatus();
}

absl::StatusOr<int64_t> InsertEvent(Connection& conn, const v1::Event& record,
                                    const std::string& merge_key, int mentions, int64_t seen_us,
                                    const std::string& first_mentions) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO events (event_id, merge_key, category, "
                                   "quad_class, date_key, score, location_id, num_mentions, "
                                   "num_articles, num_sources, first_seen_us, last_seen_us, "
                                   "record, first_mentions) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?) RETURNING event_row"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, record.event_id()));
  NG_RETURN_IF_ERROR(stmt->BindText(2, merge_key));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, record.category()));
  NG_RETURN_IF_ERROR(stmt->BindInt64(4, record.quad_class()));
  NG_RETURN_IF_ERROR(stmt->BindText(5, DateKeyOf(record)));
  NG_RETURN_IF_ERROR(stmt->BindDouble(6, record.score()));
  NG_RETURN_IF_ERROR(
      stmt->BindText(7, record.has_location() ? EntityIdOfName(record.location().entity()) : ""));
  NG_RETURN_IF_ERROR(stmt->BindInt64(8, mentions));
  NG_RETURN_IF_ERROR(stmt->BindInt64(9, seen_us));
  NG_RETURN_IF_ERROR(stmt->BindInt64(10, seen_us));
  NG_RETURN_IF_ERROR(stmt->BindBlob(11, record.SerializeAsString()));
  NG_RETURN_IF_ERROR(stmt->BindBlob(12, first_mentions));
  return InsertedRowId(*stmt);
}

// Whether the event already has a report from `source` (an empty source
// never matches: each such article counts as its own source).
absl::StatusOr<bool> HasSource(Connection& conn, int64_t row, const std::string& source) {
  if (source.empty()) return false;
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("SELECT 1 FROM event_reports WHERE event_row = ? AND "
                                   "source = ? LIMIT 1"));
  NG_RETURN_IF_ERROR(stmt->BindInt64(1, row));
  NG_RETURN_IF_ERROR(stmt->BindText(2, source));
  return stmt->Step();
}

absl::Status UpdateEvent(Connection& conn, int64_t row, const v1::Event& record, int mentions,
                         bool new_source, int64_t seen_us) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("UPDATE events SET location_id = ?, "
                                   "num_mentions = num_mentions + ?, "
                                   "num_articles = num_articles + 1, "
                                   "num_sources = num_sources + ?, last_seen_us = ?, record = ? "
                                   "WHERE event_row = ?"));
  NG_RETURN_IF_ERROR(
      stmt->BindText(1, record.has_location() ? EntityIdOfName(record.location().entity()) : ""));
  NG_RETURN_IF_ERROR(stmt->BindInt64(2, mentions));
  NG_RETURN_IF_ERROR(stmt->BindInt64(3, new_source ? 1 : 0));
  NG_RETURN_IF_ERROR(stmt->BindInt64(4, seen_us));
  NG_RETURN_IF_ERROR(stmt->BindBlob(5, record.SerializeAsString()));
  NG_RETURN_IF_ERROR(stmt->BindInt64(6, row));
  return stmt->Run();
}

// The stored event that `event` reports, if any, among those not yet
// claimed by another event of the same article.
absl::StatusOr<std::optional<StoredEvent>> FindSameEvent(
    Connection& conn, const v1::Event& event, const std::string& merge_key,
    const absl::flat_hash_set<int64_t>& claimed) {
  NG_ASSIGN_OR_RETURN(std::vector<StoredEvent> candidates, Candidates(conn, merge_key));
  const graph::EventSketch incoming = graph::SketchOf(event);
  for (StoredEvent& candidate : candidates) {
    if (claimed.contains(candidate.row)) continue;
    if (graph::SameEvent(graph::SketchOf(candidate.record), incoming)) return std::move(candidate);
  }
  return std::nullopt;
}

absl::StatusOr<PendingReport> RecordOneEvent(Connection& conn, const v1::Article& article,
                                             int index, absl::flat_hash_set<int64_t>& claimed,
                                             GraphAggregateDeltas& deltas, v1::Event* event) {
  const std::string merge_key = graph::MergeKey(*event);
  const int64_t seen_us = TimestampToMicros(article.create_time());
  const int mentions = std::max(1, event->mentions_size());
  PendingReport report;
  report.mentions_blob = MentionsOnly(*event, article).SerializeAsString();
  NG_ASSIGN_OR_RETURN(std::optional<StoredEvent> same,
                      FindSameEvent(conn, *event, merge_key, claimed));
  if (same.has_value()) {
    v1::Event merged = Merged(same->record, *event);
    NG_ASSIGN_OR_RETURN(const bool known_source, HasSource(conn, same->row, article.source()));
    NG_RETURN_IF_ERROR(UpdateEvent(conn, same->row, merged, mentions, !known_source, seen_us));
    NG_RETURN_IF_ERROR(InsertParticipants(conn, same->row, merged, false, deltas));
    NG_RETURN_IF_ERROR(InsertPairs(conn, same->row, merged, deltas));
    NG_RETURN_IF_ERROR(InsertNamed(conn, same->row, merged, NamedInReports(article, *event)));
    event->set_event_id(merged.event_id());
    event->set_name(merged.name());
    report.event_row = same->row;
  } else {
    event->set_event_id(
        resolution::EntityIdForKey(absl::StrCat("event|", article.article_id(), "|", index)));
    event->set_name(absl::StrCat(kEventNamePrefix, event->event_id()));
    const v1::Event record = StoredRecord(*event);
    NG_ASSIGN_OR_RETURN(report.event_row,
                        InsertEvent(conn, record, merge_key, mentions, seen_us,
                                    report.mentions_blob));
    NG_RETURN_IF_ERROR(InsertParticipants(conn, report.event_row, record, true, deltas));
    NG_RETURN_IF_ERROR(InsertPairs(conn, report.event_row, record, deltas));
    NG_RETURN_IF_ERROR(InsertNamed(conn, report.event_row, record, NamedInReports(article, *event)));
    report.new_event = true;
  }
  claimed.insert(report.event_row);
  return report;
}

// Where a standing relation is stated.
struct RelationSite {
  int64_t doc_id = 0;
  const v1::Article* article = nullptr;
  std::string published_key;
};

// Whether the row was new (an identical row of the article is not).
absl::StatusOr<bool> InsertRelationRow(StatementLease& stmt, const RelationSite& site,
                               std::string_view subject, std::string_view object,
                               std::string_view type, std::string_view label, int sentence,
                               const v1::TextSpan& span) {
  const v1::Article& article = *site.article;
  const bool has_sentence = sentence >= 0 && sentence < article.sentences_size();
  NG_RETURN_IF_ERROR(stmt->BindText(1, subject));
  NG_RETURN_IF_ERROR(stmt->BindText(2, object));
  NG_RETURN_IF_ERROR(stmt->BindText(3, type));
  NG_RETURN_IF_ERROR(stmt->BindText(4, label));
  NG_RETURN_IF_ERROR(stmt->BindInt64(5, site.doc_id));
  NG_RETURN_IF_ERROR(stmt->BindText(6, article.article_id()));
  NG_RETURN_IF_ERROR(stmt->BindInt64(7, sentence));
  NG_RETURN_IF_ERROR(stmt->BindText(8, has_sentence ? article.sentences(sentence).text() : ""));
  NG_RETURN_IF_ERROR(stmt->BindInt64(9, span.start()));
  NG_RETURN_IF_ERROR(stmt->BindInt64(10, span.end()));
  NG_RETURN_IF_ERROR(stmt->BindText(11, site.published_key));
  NG_RETURN_IF_ERROR(stmt->Run());
  const bool added = stmt->RowsChanged() > 0;
  stmt->Reset();
  return added;
}

std::string EntityIdAt(const v1::Article& article, int index) {
  if (index < 0 || index >= article.entities_size()) return "";
  return EntityIdOfName(article.entities(index).entity());
}

}  // namespace

std::string EntityIdOfName(std::string_view name) {
  const std::string_view prefix = resolution::kEntityNamePrefix;
  if (name.substr(0, prefix.size()) != prefix) return "";
  const std::string_view id = name.substr(prefix.size());
  return resolution::IsEntityId(id) ? std::string(id) : "";
}

absl::StatusOr<PendingReports> RecordArticleEvents(Connection& conn, v1::Article* article) {
  PendingReports pending;
  pending.source = article->source();
  absl::flat_hash_set<int64_t> claimed;
  GraphAggregateDeltas deltas;
  for (int i = 0; i < article->events_size(); ++i) {
    v1::Event* event = article->mutable_events(i);
    if (event->category() == v1::EVENT_CATEGORY_UNSPECIFIED) continue;
    NG_ASSIGN_OR_RETURN(PendingReport report,
                        RecordOneEvent(conn, *article, i, claimed, deltas, event));
    pending.reports.push_back(std::move(report));
  }
  NG_RETURN_IF_ERROR(deltas.Flush(conn));
  return pending;
}

absl::Status InsertEventReports(Connection& conn, int64_t doc_id, const PendingReports& pending) {
  if (pending.reports.empty()) return absl::OkStatus();
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO event_reports (event_row, doc_id, source, "
                                   "new_event, mentions) VALUES (?, ?, ?, ?, ?)"));
  for (const PendingReport& report : pending.reports) {
    NG_RETURN_IF_ERROR(stmt->BindInt64(1, report.event_row));
    NG_RETURN_IF_ERROR(stmt->BindInt64(2, doc_id));
    NG_RETURN_IF_ERROR(stmt->BindText(3, pending.source));
    NG_RETURN_IF_ERROR(stmt->BindInt64(4, report.new_event ? 1 : 0));
    NG_RETURN_IF_ERROR(stmt->BindBlob(5, report.mentions_blob));
    NG_RETURN_IF_ERROR(stmt->Run());
    stmt->Reset();
  }
  return absl::OkStatus();
}

absl::Status InsertStandingRelations(Connection& conn, int64_t doc_id, const v1::Article& article) {
  if (article.roles().empty() && article.relations().empty()) return absl::OkStatus();
  NG_ASSIGN_OR_RETURN(StatementLease stmt,
                      conn.Prepare("INSERT INTO entity_relations (subject_id, "
                                   "object_id, type, label, doc_id, article_id, sentence_index, "
                                   "sentence_text, span_start, span_end, published_key) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT DO NOTHING"));
  GraphAggregateDeltas deltas;
  RelationSite site;
  site.doc_id = doc_id;
  site.article = &article;
  site.published_key = article.has_published_date() ? date::SortKey(article.published_date()) : "";
  for (const v1::Role& role : article.roles()) {
    if (!role.has_affiliation_index()) continue;
    const std::string person = EntityIdAt(article, role.person_index());
    const std::string body = EntityIdAt(article, role.affiliation_index());
    if (person.empty() || body.empty() || person == body) continue;
    NG_ASSIGN_OR_RETURN(const bool added,
                        InsertRelationRow(stmt, site, person, body, "ROLE", role.title(),
                                          role.sentence_index(), role.span()));
    if (added) deltas.AddRelation(person, body, "ROLE");
  }
  for (const v1::Relation& relation : article.relations()) {
    const std::string subject = EntityIdAt(article, relation.subject_index());
    const std::string object = EntityIdAt(article, relation.object_index());
    if (subject.empty() || object.empty() || subject == object) continue;
    const std::string type = v1::RelationType_Name(relation.type()).substr(sizeof("RELATION_TYPE_") - 1);
    NG_ASSIGN_OR_RETURN(const bool added,
                        InsertRelationRow(stmt, site, subject, object, type, "",
                                          relation.sentence_index(), relation.span()));
    if (added) deltas.AddRelation(subject, object, type);
  }
  return deltas.Flush(conn);
}

}  // namespace newsgraph::store::sql
