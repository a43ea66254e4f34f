// ArticleStore: the one interface through which both services reach stored
// articles and the canonical entities resolved from them. The ingest
// service writes, the query service reads; each opens its own ArticleStore
// on the same database (an SQLite file by default).
//
// Entities: storing a new article resolves each of its ArticleEntity
// entries to a canonical entity (shared/resolution: countries by ISO code,
// places by gazetteer id, people and organizations by normalized name,
// surnames and acronyms through aliases, namesakes split by country) in
// the same write transaction, adds the article to the entity's counts,
// aliases, dates and roles, and stores the record with
// ArticleEntity.entity (and EventParticipant.entity) set to
// `entities/{entity_id}`. Ids derive from canonical keys, which are
// unique in the store, so that writers converge on one row per entity.
//
// Implementations are thread-safe: any number of threads may call any
// method at once. Writes are durable when they return OK: an acknowledged
// article survives a crash of the process (and, with the default
// synchronous setting, of the machine).
//
// Deadlines: every method honours the calling thread's deadline
// (shared/deadline/deadline_scope.h; the handlers set the call's): a
// statement that runs past it is stopped and the method returns
// DEADLINE_EXCEEDED; a write stopped so stores nothing. SQLite checks
// while each statement runs; PostgreSQL bounds the statements of each
// transaction with statement_timeout.
//
// The store knows nothing of gRPC or of the API's filter syntax: callers
// hand it typed filters (ArticleFilter) and parsed text queries
// (TextQuery), and it translates them to its own dialect.
#ifndef NEWSGRAPH_SHARED_STORE_ARTICLE_STORE_H_
#define NEWSGRAPH_SHARED_STORE_ARTICLE_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "newsgraph/v1/article.pb.h"
#include "newsgraph/v1/entity.pb.h"
#include "shared/store/entity_query.h"
#include "shared/store/event_query.h"
#include "shared/store/stored_event.h"
#include "shared/store/text_query.h"

namespace newsgraph::store {

// The result of writing one article.
struct PutOutcome {
  bool created = false;  // false: an article with the same id was stored
  v1::Article article;   // the stored record (the earlier one if !created)
};

// The fields a filter may test.
enum class ArticleField {
  kPublishedDate,  // text: "YYYY-MM-DD" (first day; "" when undated)
  kCreateTime,     // number: microseconds since the Unix epoch
  kSource,         // text, exact
  kFormat,         // text: the ArticleFormat enum value name
  kUrl,            // text, exact
  kTitle,          // text; kHas: contains the words (full-text, any case)
  kAuthor,         // text, one of the authors, exact (kEq/kNe) or kHas words
};
// Operators per field: kPublishedDate and kCreateTime take all but kHas;
// kSource, kFormat and kUrl take kEq and kNe; kTitle and kAuthor take
// kEq, kNe and kHas. kHas matches whole words, ignoring case and accents,
// as the full-text index splits them (SplitWords in text_query.h); every
// word must appear (in the title; in one single author). Author kEq: some
// author is exactly the value; kNe: none is (an article without authors
// passes). Other combinations, and kHas without a word, are
// INVALID_ARGUMENT.

enum class CompareOp { kEq, kNe, kLt, kLe, kGt, kGe, kHas };

// One typed condition: `field op value`. For kPublishedDate `text` is a
// canonical "YYYY-MM-DD" and the comparison is on the article's first day;
// an undated article fails every date condition but kNe.
struct ArticleCondition {
  ArticleField field = ArticleField::kSource;
  CompareOp op = CompareOp::kEq;
  std::string text;
  int64_t number = 0;
};

// A typed filter tree. kTrue matches every article.
struct ArticleFilter {
  enum class Kind { kTrue, kAnd, kOr, kNot, kCondition };
  Kind kind = Kind::kTrue;
  std::vector<ArticleFilter> children;  // kAnd, kOr: >= 2; kNot: 1
  ArticleCondition condition;           // kCondition only
};

enum class ArticleSortField { kPublishedDate, kCreateTime };

struct ArticleOrder {
  ArticleSortField field = ArticleSortField::kPublishedDate;
  bool descending = true;
};

// A position in a listing: the sort key and id of the last article of the
// previous page. Sort keys: kPublishedDate, SortKey() of the date ("" when
// undated); kCreateTime, the create time in microseconds as 20 zero-padded
// digits.
struct ArticleCursor {
  std::string sort_key;
  std::string article_id;
};

struct ListArticlesQuery {
  ArticleFilter filter;
  ArticleOrder order;
  std::optional<ArticleCursor> after;  // start after this position
  int limit = 50;                      // >= 1
  bool full_records = false;           // false: metadata only (BASIC view)
};

// Paging through a whole listing with `after` = the previous page's `last`
// yields every article stored before the first page exactly once, even
// while articles are added (those may or may not appear).
struct ArticlePage {
  std::vector<v1::Article> articles;
  ArticleCursor last;     // position of the last article returned (the
                          // query's `after` when the page is empty)
  bool has_more = false;  // whether more articles follow `last`
};

struct SearchArticlesQuery {
  TextQuery text;        // at least one positive clause
  ArticleFilter filter;  // further restricts the matches
  int64_t offset = 0;    // results to skip, for paging
  int limit = 20;        // >= 1
  bool full_records = false;
};

struct SearchHit {
  v1::Article article;
  // About 14 words of the body around the matches (of the title when only
  // it matches), matched words between '[' and ']', "…" where cut.
  std::string snippet;
  double score = 0;  // higher is better; ties in the order the articles were stored
};

struct SearchPage {
  std::vector<SearchHit> hits;
  bool has_more = false;
};

class ArticleStore {
 public:
  virtual ~ArticleStore() = default;

  // Stores `article` (article_id set, create_time unset: the store sets it)
  // unless one with the same article_id exists, resolving its entities
  // (see the top of this file). Durable on OK. The outcome's record is the
  // stored one: for a new article, `article` with create_time and the
  // entities' resource names set (entries without a name, country code or
  // gazetteer id to key on stay unresolved, `entity` empty); for an
  // existing one, the earlier record, and no count changes.
  // INVALID_ARGUMENT when article_id is empty or published_date invalid.
  virtual absl::StatusOr<PutOutcome> PutArticle(const v1::Article& article) = 0;

  // Stores several articles in one durable transaction; one outcome per
  // article, in order. Duplicates within `articles` count as existing after
  // the first. All or nothing: on error nothing is stored.
  virtual absl::StatusOr<std::vector<PutOutcome>> PutArticles(
      absl::Span<const v1::Article> articles) = 0;

  // The article with `article_id`; NOT_FOUND when there is none
  // (INVALID_ARGUMENT for an empty id). With full_records false, only the
  // metadata (ArticleView BASIC).
  virtual absl::StatusOr<v1::Article> GetArticle(std::string_view article_id,
                                                 bool full_records) = 0;

  // A page of articles matching the query, in its order.
  virtual absl::StatusOr<ArticlePage> ListArticles(const ListArticlesQuery& query) = 0;

  // A page of articles matching a full-text query, best first.
  virtual absl::StatusOr<SearchPage> SearchArticles(const SearchArticlesQuery& query) = 0;

  // The number of stored articles.
  virtual absl::StatusOr<int64_t> CountArticles() = 0;

  // The canonical entity with `entity_id`, with its aliases (most often
  // seen first), roles (oldest first) and counts. NOT_FOUND when there is
  // none; INVALID_ARGUMENT for an empty id.
  virtual absl::StatusOr<v1::Entity> GetEntity(std::string_view entity_id) = 0;

  // A page of entities matching the query, best first (see
  // SearchEntitiesQuery). INVALID_ARGUMENT for a text without a letter or
  // digit, a bad filter, offset or limit.
  virtual absl::StatusOr<EntityPage> SearchEntities(const SearchEntitiesQuery& query) = 0;

  // Events and the entity graph (event_query.h). Storing a new article
  // also records its events: each joins the stored event it reports
  // (shared/graph/event_identity.h) or becomes a new one, and the article's
  // report of each is appended to the watch log; its roles with an
  // affiliation and its stated relations become standing relations.

  // The event with `event_id` and all its mentions. NOT_FOUND when there
  // is none; INVALID_ARGUMENT for an empty id.
  virtual absl::StatusOr<v1::Event> GetEvent(std::string_view event_id) = 0;

  // Hands a page of events matching the query, latest date first, to
  // `sink` as stored (shared/store/stored_event.h: EventMessageSink decodes
  // them, EventWireSink copies their bytes into a response); returns where
  // the page ended.
  virtual absl::StatusOr<EventPage> ListEvents(const ListEventsQuery& query,
                                               EventSink* sink) = 0;

  // The reports logged after query.after_sequence that match the filter,
  // in log order, at most query.limit of them. Sequence numbers follow
  // commit order, so a reader never sees a later commit fill a gap below
  // a sequence it has seen.
  virtual absl::StatusOr<WatchBatch> WatchEvents(const WatchEventsQuery& query) = 0;

  // The sequence number of the latest report (0 when there is none).
  virtual absl::StatusOr<int64_t> LatestEventSequence() = 0;

  // A number that changes whenever a write commits, through this store or
  // any other process's: when two readings are equal, every read made
  // after the first would answer the same after the second (what a cache
  // of answers checks). UNIMPLEMENTED where the backend cannot tell
  // cheaply (PostgreSQL).
  virtual absl::StatusOr<int64_t> DataVersion() = 0;

  // How two entities relate (see v1::Relationship), with up to
  // `max_events` of their latest events, written into `out` (an empty
  // message the caller owns, on its arena if it has one). NOT_FOUND names
  // an unknown entity.
  virtual absl::Status GetRelationship(std::string_view entity_id, std::string_view other_id,
                                       int max_events, v1::Relationship* out) = 0;

  // The entities tied to one entity, heaviest first. NOT_FOUND for an
  // unknown entity.
  virtual absl::StatusOr<std::vector<v1::RelatedEntity>> ListRelatedEntities(
      const RelatedEntitiesQuery& query) = 0;

  // The heaviest `limit` edges of an entity (none for an unknown one).
  virtual absl::StatusOr<std::vector<GraphEdge>> GetGraphEdges(std::string_view entity_id,
                                                               int limit) = 0;

  // The weight of the edge between two entities (as GetGraphEdges gives
  // it); 0 when they are not tied.
  virtual absl::StatusOr<int64_t> GetTieWeight(std::string_view entity_id,
                                               std::string_view other_id) = 0;

  // Why two entities are tied, with the references of both; NOT_FOUND when
  // they are not.
  virtual absl::StatusOr<v1::PathStep> GetTie(std::string_view entity_id,
                                              std::string_view other_id) = 0;

  // Event counts of an entity (or of the pair, when other_id is not empty)
  // per first day and quad class. NOT_FOUND names an unknown entity.
  virtual absl::StatusOr<std::vector<DatedEventCount>> CountEventsByDate(
      std::string_view entity_id, std::string_view other_id) = 0;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_ARTICLE_STORE_H_
