#include "shared/store/sqlite/schema.h"

#include <string_view>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "shared/store/sql/graph_aggregate_rows.h"
#include "shared/store/sql/pair_stats_rows.h"

namespace newsgraph::store::sqlite {
namespace {

// Version 1: articles, their records, authors and full-text indexes.
//  * articles: one row per article with the columns listings sort and
//    filter on, and `basic`, the serialized metadata-only v1.Article
//    (ArticleView BASIC) so that listings never parse whole records.
//    doc_id is an explicit INTEGER PRIMARY KEY (a rowid alias, so VACUUM
//    keeps it): the FTS rows and side tables refer to it.
//    published_key: first day "YYYY-MM-DD", "" when undated. One index
//    per listing order, and per order within a source (so that a source
//    filter is an index range, already sorted).
//  * article_records: the full serialized v1.Article, apart from the
//    listing columns so that index scans stay dense.
//  * article_authors: one row per author, for exact matches (index) and,
//    through author_fts (contentless, rowid = author_row), word matches.
//  * article_fts: title and body for text search and snippets; rowid =
//    articles.doc_id. Keeps its own copy of the text (searches return it for snippets).
// Rows are only ever inserted, all in the transaction that inserts the
// article, so the tables and the indexes cannot diverge.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE articles (
  doc_id         INTEGER PRIMARY KEY,
  article_id     TEXT    NOT NULL UNIQUE,
  published_key  TEXT    NOT NULL,
  create_time_us INTEGER NOT NULL,
  source         TEXT    NOT NULL,
  format         TEXT    NOT NULL,
  url            TEXT    NOT NULL,
  title          TEXT    NOT NULL,
  basic          BLOB    NOT NULL
);
CREATE INDEX articles_by_published_key ON articles (published_key, article_id);
CREATE INDEX articles_by_create_time ON articles (create_time_us, article_id);
CREATE INDEX articles_by_source_published_key ON articles (source, published_key, article_id);
CREATE INDEX articles_by_source_create_time ON articles (source, create_time_us, article_id);
CREATE TABLE article_records (
  doc_id INTEGER PRIMARY KEY REFERENCES articles (doc_id),
  record BLOB    NOT NULL
);
CREATE TABLE article_authors (
  author_row INTEGER PRIMARY KEY,
  doc_id     INTEGER NOT NULL REFERENCES articles (doc_id),
  position   INTEGER NOT NULL,
  author     TEXT    NOT NULL,
  UNIQUE (doc_id, position)
);
CREATE INDEX article_authors_by_author ON article_authors (author, doc_id);
CREATE VIRTUAL TABLE article_fts USING fts5 (
  title, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE author_fts USING fts5 (
  author, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Version 2: canonical entities resolved across articles (see
// shared/resolution, entity_rows.h and entity_writer.h).
//  * entities: one row per canonical entity. entity_id (16 hex digits of
//    SHA-256 of canonical_key) and canonical_key are unique, so that two
//    writers that resolve one entity meet on one row (insert-or-merge).
//    A rowid table, so that new entities are appended rather than spread
//    over the file. name_key groups the country-qualified namesakes of
//    one name ("person:ahmed hassan", "...#SDN"), which are found as two
//    ranges of the canonical_key index. display_norm is the
//    normalized display name, for ranking exact matches. aliases holds
//    every surface form with how often it was seen (EncodeSurfaceForms),
//    so that counting a form rewrites no other row. popularity is
//    PopularityOf(article_count), indexed for browsing by most reported:
//    the index entry moves only when the count crosses a power of two.
//    Dates: *_key the first day "YYYY-MM-DD" (for ordering), *_date the
//    canonical partial date; "" when unseen. latitude/longitude stay NULL
//    until a source supplies coordinates.
//  * entity_terms: the word tails (WordTails) of each normalized surface
//    form, `whole` when the tail is the whole form: exact names and
//    aliases, surnames (the last tail) and prefix search are index ranges.
//  * entity_roles: one row per person, role (RoleKey of the title) and
//    body (affiliation_id, '' for none).
//  * article_entities: which article names which entity and how often,
//    keyed by article so that an article's links are appended together.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE entities (
  entity_row      INTEGER PRIMARY KEY,
  entity_id       TEXT    NOT NULL UNIQUE,
  canonical_key   TEXT    NOT NULL UNIQUE,
  name_key        TEXT    NOT NULL,
  display_name    TEXT    NOT NULL,
  display_norm    TEXT    NOT NULL,
  type            TEXT    NOT NULL,
  subtype         TEXT    NOT NULL,
  country_code    TEXT    NOT NULL,
  sector          TEXT    NOT NULL,
  gazetteer_id    TEXT    NOT NULL,
  latitude        REAL,
  longitude       REAL,
  aliases         BLOB    NOT NULL,
  mention_count   INTEGER NOT NULL,
  article_count   INTEGER NOT NULL,
  popularity      INTEGER NOT NULL,
  first_seen_key  TEXT    NOT NULL,
  first_seen_date TEXT    NOT NULL,
  last_seen_key   TEXT    NOT NULL,
  last_seen_date  TEXT    NOT NULL,
  create_time_us  INTEGER NOT NULL,
  update_time_us  INTEGER NOT NULL
);
CREATE INDEX entities_by_popularity ON entities (popularity DESC);
CREATE TABLE entity_terms (
  term      TEXT    NOT NULL,
  entity_id TEXT    NOT NULL REFERENCES entities (entity_id),
  whole     INTEGER NOT NULL,
  PRIMARY KEY (term, entity_id)
) WITHOUT ROWID;
CREATE TABLE entity_roles (
  entity_id       TEXT    NOT NULL REFERENCES entities (entity_id),
  role_key        TEXT    NOT NULL,
  affiliation_id  TEXT    NOT NULL,
  title           TEXT    NOT NULL,
  kind            TEXT    NOT NULL,
  status          TEXT    NOT NULL,
  status_key      TEXT    NOT NULL,
  first_seen_key  TEXT    NOT NULL,
  first_seen_date TEXT    NOT NULL,
  last_seen_key   TEXT    NOT NULL,
  last_seen_date  TEXT    NOT NULL,
  article_count   INTEGER NOT NULL,
  PRIMARY KEY (entity_id, role_key, affiliation_id)
) WITHOUT ROWID;
CREATE TABLE article_entities (
  doc_id        INTEGER NOT NULL REFERENCES articles (doc_id),
  entity_id     TEXT    NOT NULL REFERENCES entities (entity_id),
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (doc_id, entity_id)
) WITHOUT ROWID;
)sql";


// Version 3: events, the watch log and the entity graph.
//  * events: one row per real-world event (shared/graph/event_identity.h),
//    `record` the serialized v1.Event without mentions or counts, which
//    live in columns and in event_reports (first_mentions: a copy of the
//    first report's, so that listings read one row per event). event_row
//    is the listing's
//    tie-breaker and the event's sequence number. merge_key is "" for an
//    event that later reports cannot join (undated).
//  * event_participants: one row per entity and event it takes part in,
//    `roles` a bit set (1 actor, 2 recipient, 4 a person or organization
//    named in a sentence that reports it), in the listing's order
//    (date_key, event_row) so that an entity's events, latest first, are
//    one index range: filters on a participant drive the listing.
//  * event_reports: one row per event and reporting article, with the
//    article's mentions (a serialized v1.Event holding only `mentions`).
//    report_seq (AUTOINCREMENT: never reused) orders the watch stream.
//  * pair_events: one row per ordered pair an event ties (both
//    directions): two participants, or a participant and the country of
//    another participant from a different country (event_writer.cc),
//    with what relationship lookups aggregate, so that a pair's events
//    are one index range. date_key sorts; date_text keeps the precision.
//  * entity_relations: standing relations stated by articles (roles with
//    an affiliation as type ROLE, labelled with the title; the stated
//    relations by their RelationType name), one row per sentence.
constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE events (
  event_row      INTEGER PRIMARY KEY,
  event_id       TEXT    NOT NULL UNIQUE,
  merge_key      TEXT    NOT NULL,
  category       INTEGER NOT NULL,
  quad_class     INTEGER NOT NULL,
  date_key       TEXT    NOT NULL,
  score          REAL    NOT NULL,
  location_id    TEXT    NOT NULL,
  num_mentions   INTEGER NOT NULL,
  num_articles   INTEGER NOT NULL,
  num_sources    INTEGER NOT NULL,
  first_seen_us  INTEGER NOT NULL,
  last_seen_us   INTEGER NOT NULL,
  record         BLOB    NOT NULL,
  first_mentions BLOB    NOT NULL
);
CREATE INDEX events_by_date ON events (date_key, event_row);
CREATE INDEX events_by_merge_key ON events (merge_key) WHERE merge_key != '';
CREATE TABLE event_participants (
  entity_id TEXT    NOT NULL,
  date_key  TEXT    NOT NULL,
  event_row INTEGER NOT NULL REFERENCES events (event_row),
  roles     INTEGER NOT NULL,
  PRIMARY KEY (entity_id, date_key, event_row)
) WITHOUT ROWID;
CREATE TABLE event_reports (
  report_seq INTEGER PRIMARY KEY AUTOINCREMENT,
  event_row  INTEGER NOT NULL REFERENCES events (event_row),
  doc_id     INTEGER NOT NULL REFERENCES articles (doc_id),
  source     TEXT    NOT NULL,
  new_event  INTEGER NOT NULL,
  mentions   BLOB    NOT NULL
);
CREATE INDEX event_reports_by_event ON event_reports (event_row, report_seq);
CREATE INDEX event_reports_by_doc ON event_reports (doc_id, event_row);
CREATE TABLE pair_events (
  entity_id  TEXT    NOT NULL,
  other_id   TEXT    NOT NULL,
  date_key   TEXT    NOT NULL,
  event_row  INTEGER NOT NULL,
  category   INTEGER NOT NULL,
  quad_class INTEGER NOT NULL,
  score      REAL    NOT NULL,
  date_text  TEXT    NOT NULL,
  PRIMARY KEY (entity_id, other_id, date_key, event_row)
) WITHOUT ROWID;
CREATE TABLE entity_relations (
  subject_id     TEXT    NOT NULL,
  object_id      TEXT    NOT NULL,
  type           TEXT    NOT NULL,
  label          TEXT    NOT NULL,
  doc_id         INTEGER NOT NULL REFERENCES articles (doc_id),
  article_id     TEXT    NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence_text  TEXT    NOT NULL,
  span_start     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  published_key  TEXT    NOT NULL,
  PRIMARY KEY (subject_id, object_id, type, label, doc_id, sentence_index)
) WITHOUT ROWID;
CREATE INDEX entity_relations_by_object ON entity_relations (object_id, subject_id);
)sql";

// Version 4: pair_stats, one internal.v1.PairStats per ordered pair in
// pair_events (shared/graph/pair_stats.h), updated with each pair_events
// row the event writer adds, so that a relationship lookup reads one row.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE pair_stats (
  entity_id TEXT NOT NULL,
  other_id  TEXT NOT NULL,
  stats     BLOB NOT NULL,
  PRIMARY KEY (entity_id, other_id)
) WITHOUT ROWID;
)sql";

// Version 5: graph aggregates (sql/graph_aggregate_rows.h), kept by the
// event writer in the transaction that adds the rows they summarize, so
// that hub lookups read a bounded number of rows.
//  * entity_event_days: per entity, first day ("" undated) and quad class,
//    the events the entity is an actor or recipient of (timelines).
//  * related_tallies: per ordered pair, an internal.v1.RelatedTally of its
//    events and stated relations, and its weight (events + relation
//    articles); indexed per entity heaviest first, with the ids as the
//    tie-breaker, so that the top related entities and the heaviest edges
//    are the first rows of an index range.
constexpr std::string_view kSchemaV5 = R"sql(
CREATE TABLE entity_event_days (
  entity_id   TEXT    NOT NULL,
  date_key    TEXT    NOT NULL,
  quad_class  INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  PRIMARY KEY (entity_id, date_key, quad_class)
) WITHOUT ROWID;
CREATE TABLE related_tallies (
  entity_id TEXT    NOT NULL,
  other_id  TEXT    NOT NULL,
  weight    INTEGER NOT NULL,
  tally     BLOB    NOT NULL,
  PRIMARY KEY (entity_id, other_id)
) WITHOUT ROWID;
CREATE INDEX related_tallies_by_weight ON related_tallies (entity_id, weight DESC, other_id);
)sql";

constexpr sql::Migration kMigrations[] = {
    {1, "articles, records, authors, full-text indexes", kSchemaV1},
    {2, "canonical entities, search terms, roles, article links", kSchemaV2},
    {3, "events, their reports (the watch log), pair index, standing relations", kSchemaV3},
    {4, "per-pair event statistics", kSchemaV4, sql::BackfillPairStats},
    {5, "graph aggregates: entity event days, related tallies", kSchemaV5,
     sql::BackfillGraphAggregates},
};

}  // namespace

absl::Span<const sql::Migration> Migrations() { return kMigrations; }

int LatestSchemaVersion() { return Migrations().back().version; }

absl::Status MigrateSchema(sql::Connection& conn) {
  return sql::MigrateSchema(conn, Migrations());
}

}  // namespace newsgraph::store::sqlite
