// ArticleStore contract: events and the entity graph. Articles carry
// hand-made events (category, date, actors and recipients pointing into the
// article's entities, mentions); the store folds reports of one event from
// several articles into one, lists and filters events, keeps the watch log,
// and answers the pair, neighbor, edge, tie and timeline reads, with the
// country roll-up (a meeting of an Azerbaijani and a Georgian minister
// counts between Azerbaijan and Georgia).
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "shared/model/event_classes.h"
#include "shared/resolution/canonical_key.h"
#include "shared/store/event_sinks.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/entity_builders.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;
using ::testing::UnorderedElementsAre;

// The cast of the articles below, by index into Article.entities.
enum Cast {
  kAzerbaijan,
  kGeorgia,
  kHasanov,
  kGaribashvili,
  kMinistryAze,
  kMinistryGeo,
  kTbilisi,
  kGuam,
  kIzoria,
  kGabala,
};

std::vector<v1::ArticleEntity> CastEntities() {
  return {Country("Azerbaijan", "AZE", {"Azerbaijani"}),
          Country("Georgia", "GEO", {"Georgian"}),
          Person("Zakir Hasanov", {"Hasanov"}, "AZE"),
          Person("Irakli Garibashvili", {"Garibashvili"}, "GEO"),
          Organization("Ministry of Defense of Azerbaijan", {}, "AZE",
                       v1::ENTITY_SUBTYPE_GOVERNMENT),
          Organization("Ministry of Defense of Georgia", {}, "GEO", v1::ENTITY_SUBTYPE_GOVERNMENT),
          Named("Tbilisi", v1::ENTITY_TYPE_LOCATION, {}, "GEO", v1::ENTITY_SUBTYPE_CITY),
          Organization("GUAM Organization for Democracy and Economic Development", {"GUAM"}, "",
                       v1::ENTITY_SUBTYPE_IGO),
          Person("Levan Izoria", {"Izoria"}, "GEO"),
          Named("Gabala", v1::ENTITY_TYPE_LOCATION, {}, "AZE", v1::ENTITY_SUBTYPE_CITY)};
}

const std::vector<std::string>& Sentences() {
  static const std::vector<std::string> sentences = {
      "The defense ministries of Azerbaijan and Georgia signed a cooperation plan in Tbilisi.",
      "Both ministries signed the plan for 2020.",
      "Defense Minister Zakir Hasanov met Irakli Garibashvili in Tbilisi.",
      "In June 2019 Hasanov hosted Levan Izoria in Gabala.",
      "Georgia accused Azerbaijan of delays.",
      "Azerbaijan and Georgia are members of GUAM.",
      "Azerbaijan and Georgia worked together on the railway."};
  return sentences;
}

// An article `id` from `source` (may be empty) published on `published`
// that names the cast and has Sentences(), without events.
v1::Article CastArticle(std::string_view id, std::string source, std::string_view published) {
  v1::Article article = ArticleNaming(id, published, CastEntities());
  article.set_source(std::move(source));
  article.clear_sentences();
  int offset = 0;
  for (const std::string& text : Sentences()) {
    v1::Sentence* sentence = article.add_sentences();
    sentence->set_text(text);
    sentence->mutable_span()->set_start(offset);
    offset += static_cast<int>(text.size()) + 1;
    sentence->mutable_span()->set_end(offset - 1);
  }
  return article;
}

v1::EventParticipant Participant(const v1::Article& article, int index) {
  v1::EventParticipant p;
  p.set_entity_index(index);
  p.set_name(article.entities(index).name());
  p.set_country_code(article.entities(index).country_code());
  return p;
}


// Adds an event to `article`: `date` "" for undated; `location` -1 for
// none; one mention per sentence index in `sentences`.
v1::Event* AddEvent(v1::Article& article, v1::EventCategory category, std::string_view date,
                    std::vector<int> actors, std::vector<int> recipients = {},
                    int location = -1, std::vector<int> sentences = {0}) {
  v1::Event* event = article.add_events();
  event->set_category(category);
  event->set_quad_class(model::QuadClassOf(category));
  event->set_score(model::QuadClassOf(category) <= v1::QUAD_CLASS_MATERIAL_COOPERATION ? 4.0 : -5.0);
  event->set_confidence(0.8);
  if (!date.empty()) *event->mutable_date() = Date(date);
  for (int i : actors) *event->add_actors() = Participant(article, i);
  for (int i : recipients) *event->add_recipients() = Participant(article, i);
  if (location >= 0) *event->mutable_location() = Participant(article, location);
  for (int s : sentences) {
    v1::EventMention* mention = event->add_mentions();
    mention->set_sentence_index(s);
    mention->mutable_trigger_span()->set_start(10 * s + 4);
    mention->mutable_trigger_span()->set_end(10 * s + 10);
    mention->set_rule(absl::StrCat("test.", v1::EventCategory_Name(category)));
  }
  return event;
}

v1::Relation* AddRelation(v1::Article& article, v1::RelationType type, int subject, int object,
                          int sentence) {
  v1::Relation* relation = article.add_relations();
  relation->set_type(type);
  relation->set_subject_index(subject);
  relation->set_object_index(object);
  relation->set_sentence_index(sentence);
  relation->mutable_span()->set_start(3);
  relation->mutable_span()->set_end(20);
  return relation;
}

v1::Article Put(ArticleStore& store, const v1::Article& article) {
  absl::StatusOr<PutOutcome> put = store.PutArticle(article);
  EXPECT_TRUE(put.ok()) << put.status();
  return put.ok() ? put->article : v1::Article();
}

std::string IdOf(const std::string& resource_name) {
  const size_t slash = resource_name.find('/');
  return slash == std::string::npos ? "" : resource_name.substr(slash + 1);
}

// The canonical id of cast member `index` in a stored article.
std::string EntityId(const v1::Article& stored, int index) {
  return IdOf(stored.entities(index).entity());
}

std::string CountryId(std::string_view iso3) {
  return resolution::EntityIdForKey(resolution::CountryKey(iso3));
}

EventFilter Cond(EventField field, EventCompareOp op, std::string text, int64_t number = 0) {
  EventFilter filter;
  filter.kind = EventFilter::Kind::kCondition;
  filter.condition.field = field;
  filter.condition.op = op;
  filter.condition.text = std::move(text);
  filter.condition.number = number;
  return filter;
}

EventFilter Junction(EventFilter::Kind kind, std::vector<EventFilter> children) {
  EventFilter filter;
  filter.kind = kind;
  filter.children = std::move(children);
  return filter;
}

template <typename Events>
std::vector<std::string> Names(const Events& events) {
  std::vector<std::string> names;
  for (const v1::Event& e : events) names.push_back(e.name());
  return names;
}

// The events a relationship lists as its latest.
std::vector<std::string> RecentNames(const v1::Relationship& r) {
  std::vector<std::string> names;
  for (const v1::EventSummary& e : r.recent_events()) names.push_back(e.event());
  return names;
}

// A page of events as ListEvents returns it, with the events it appended.
struct ListedPage {
  google::protobuf::RepeatedPtrField<v1::Event> events;
  EventCursor last;
  bool has_more = false;
};

absl::StatusOr<ListedPage> List(ArticleStore& store, const ListEventsQuery& query) {
  ListedPage out;
  EventMessageSink sink(&out.events);
  absl::StatusOr<EventPage> page = store.ListEvents(query, &sink);
  if (!page.ok()) return page.status();
  out.last = page->last;
  out.has_more = page->has_more;
  return out;
}

absl::StatusOr<v1::Relationship> Relationship(ArticleStore& store, std::string_view a,
                                              std::string_view b, int max_events) {
  v1::Relationship out;
  absl::Status status = store.GetRelationship(a, b, max_events, &out);
  if (!status.ok()) return status;
  return out;
}

// Every event matching `filter`, page by page (`page_size` each); checks
// that pages link up.
std::vector<std::string> ListAll(ArticleStore& store, const EventFilter& filter = EventFilter(),
                                 int page_size = 100) {
  std::vector<std::string> names;
  ListEventsQuery query;
  query.filter = filter;
  query.limit = page_size;
  for (int guard = 0; guard < 100; ++guard) {
    absl::StatusOr<ListedPage> page = List(store, query);
    EXPECT_TRUE(page.ok()) << page.status();
    if (!page.ok()) break;
    EXPECT_LE(static_cast<int>(page->events.size()), page_size);
    for (const std::string& name : Names(page->events)) names.push_back(name);
    if (!page->has_more) break;
    EXPECT_FALSE(page->events.empty());
    query.after = page->last;
  }
  return names;
}

v1::Event MustGetEvent(ArticleStore& store, const std::string& name) {
  absl::StatusOr<v1::Event> event = store.GetEvent(IdOf(name));
  EXPECT_TRUE(event.ok()) << name << ": " << event.status();
  return event.ok() ? *event : v1::Event();
}

// The main data set: article a1 (AzerNews, 2020-01-24) with
//   e0 SUPPORT 2020-01-21, the two ministries, in Tbilisi (2 mentions)
//   e1 CONSULT 2020-01-21, Hasanov -> Garibashvili, in Tbilisi
//   e2 CONSULT 2019-06, Hasanov -> Izoria, in Gabala
//   e3 ACCUSE undated, Georgia -> Azerbaijan
// plus roles (Hasanov and Garibashvili defense ministers of their
// countries) and both countries MEMBER_OF GUAM; and article a2 (Trend,
// 2018-05-02) with
//   e4 COOPERATE 2018, Azerbaijan -> Georgia.
struct DataSet {
  v1::Article a1;
  v1::Article a2;
  std::vector<std::string> e;  // event names e0 .. e4
  std::string hasanov, garibashvili, izoria, aze, geo, guam, ministry_aze, ministry_geo, tbilisi,
      gabala;
};

DataSet PutDataSet(ArticleStore& store) {
  v1::Article a1 = CastArticle("a1", "AzerNews", "2020-01-24");
  AddEvent(a1, v1::EVENT_CATEGORY_SUPPORT, "2020-01-21", {kMinistryAze, kMinistryGeo}, {},
           kTbilisi, {0, 1})
      ->set_object("cooperation plan");
  AddEvent(a1, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, kTbilisi,
           {2});
  AddEvent(a1, v1::EVENT_CATEGORY_CONSULT, "2019-06", {kHasanov}, {kIzoria}, kGabala, {3});
  AddEvent(a1, v1::EVENT_CATEGORY_ACCUSE, "", {kGeorgia}, {kAzerbaijan}, -1, {4});
  AddRole(a1, kHasanov, "Defense Minister", kAzerbaijan)->set_sentence_index(2);
  AddRole(a1, kGaribashvili, "Defense Minister", kGeorgia)->set_sentence_index(2);
  AddRelation(a1, v1::RELATION_TYPE_MEMBER_OF, kAzerbaijan, kGuam, 5);
  AddRelation(a1, v1::RELATION_TYPE_MEMBER_OF, kGeorgia, kGuam, 5);
  v1::Article a2 = CastArticle("a2", "Trend", "2018-05-02");
  AddEvent(a2, v1::EVENT_CATEGORY_COOPERATE, "2018", {kAzerbaijan}, {kGeorgia}, -1, {6});

  DataSet d;
  d.a1 = Put(store, a1);
  d.a2 = Put(store, a2);
  for (const v1::Event& e : d.a1.events()) d.e.push_back(e.name());
  for (const v1::Event& e : d.a2.events()) d.e.push_back(e.name());
  d.hasanov = EntityId(d.a1, kHasanov);
  d.garibashvili = EntityId(d.a1, kGaribashvili);
  d.izoria = EntityId(d.a1, kIzoria);
  d.aze = EntityId(d.a1, kAzerbaijan);
  d.geo = EntityId(d.a1, kGeorgia);
  d.guam = EntityId(d.a1, kGuam);
  d.ministry_aze = EntityId(d.a1, kMinistryAze);
  d.ministry_geo = EntityId(d.a1, kMinistryGeo);
  d.tbilisi = EntityId(d.a1, kTbilisi);
  d.gabala = EntityId(d.a1, kGabala);
  return d;
}

// --- Storing and getting ----------------------------------------------------

TEST_P(ArticleStoreContractTest, StoredEventsGetNamesAndCanonicalParticipants) {
  const DataSet d = PutDataSet(store());
  ASSERT_THAT(d.e, SizeIs(5));
  EXPECT_EQ(std::set<std::string>(d.e.begin(), d.e.end()).size(), 5u);
  for (const v1::Event& event : d.a1.events()) {
    EXPECT_EQ(event.name(), "events/" + event.event_id());
    EXPECT_TRUE(resolution::IsEntityId(event.event_id())) << event.event_id();
  }
  EXPECT_EQ(d.aze, CountryId("AZE"));
  EXPECT_EQ(d.geo, CountryId("GEO"));
  EXPECT_NE(d.ministry_aze, d.ministry_geo);
  // Re-putting the article changes nothing.
  absl::StatusOr<PutOutcome> again = store().PutArticle(CastArticle("a1", "AzerNews", "2020-01-24"));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created);
  EXPECT_THAT(ListAll(store()), SizeIs(5));
}

TEST_P(ArticleStoreContractTest, GetEventReturnsTheEventWithItsMentions) {
  const DataSet d = PutDataSet(store());
  const v1::Event event = MustGetEvent(store(), d.e[0]);
  EXPECT_EQ(event.name(), d.e[0]);
  EXPECT_EQ(event.event_id(), IdOf(d.e[0]));
  EXPECT_EQ(event.category(), v1::EVENT_CATEGORY_SUPPORT);
  EXPECT_EQ(event.quad_class(), v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_EQ(date::FormatIsoDate(event.date()), "2020-01-21");
  EXPECT_EQ(event.object(), "cooperation plan");
  EXPECT_EQ(event.num_mentions(), 2);
  EXPECT_EQ(event.num_articles(), 1);
  EXPECT_EQ(event.num_sources(), 1);
  ASSERT_EQ(event.actors_size(), 2);
  EXPECT_EQ(IdOf(event.actors(0).entity()), d.ministry_aze);
  EXPECT_EQ(event.actors(0).name(), "Ministry of Defense of Azerbaijan");
  EXPECT_FALSE(event.actors(0).has_entity_index());
  EXPECT_EQ(IdOf(event.actors(1).entity()), d.ministry_geo);
  EXPECT_EQ(IdOf(event.location().entity()), d.tbilisi);
  EXPECT_FALSE(event.location().has_entity_index());
  EXPECT_EQ(event.first_seen_time().seconds(), d.a1.create_time().seconds());
  EXPECT_EQ(event.first_seen_time().nanos(), d.a1.create_time().nanos());
  EXPECT_EQ(event.last_seen_time().seconds(), d.a1.create_time().seconds());
  ASSERT_EQ(event.mentions_size(), 2);
  for (int i = 0; i < 2; ++i) {
    const v1::EventMention& m = event.mentions(i);
    EXPECT_EQ(m.article(), "articles/a1");
    EXPECT_EQ(m.sentence_index(), i);
    EXPECT_EQ(m.text(), Sentences()[i]);
    EXPECT_EQ(m.source(), "AzerNews");
    EXPECT_EQ(date::FormatIsoDate(m.published_date()), "2020-01-24");
    EXPECT_EQ(m.trigger_span().start(), 10 * i + 4);
    EXPECT_EQ(m.trigger_span().end(), 10 * i + 10);
    EXPECT_EQ(m.rule(), "test.EVENT_CATEGORY_SUPPORT");
    EXPECT_EQ(m.create_time().seconds(), d.a1.create_time().seconds());
  }
  // The undated event.
  const v1::Event undated = MustGetEvent(store(), d.e[3]);
  EXPECT_FALSE(undated.has_date());
  EXPECT_EQ(undated.quad_class(), v1::QUAD_CLASS_VERBAL_CONFLICT);
}

TEST_P(ArticleStoreContractTest, GetEventErrors) {
  PutDataSet(store());
  EXPECT_THAT(store().GetEvent("0123456789abcdef"), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(store().GetEvent(""), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, EventsWithoutACategoryAreNotStored) {
  v1::Article article = CastArticle("u", "Wire", "2020-01-24");
  AddEvent(article, v1::EVENT_CATEGORY_UNSPECIFIED, "2020-01-21", {kHasanov});
  AddEvent(article, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov});
  const v1::Article stored = Put(store(), article);
  EXPECT_EQ(stored.events(0).name(), "");
  EXPECT_NE(stored.events(1).name(), "");
  EXPECT_THAT(ListAll(store()), ElementsAre(stored.events(1).name()));
}

// --- Listing and filtering --------------------------------------------------

TEST_P(ArticleStoreContractTest, ListEventsLatestDateFirstUndatedLast) {
  const DataSet d = PutDataSet(store());
  // e0 and e1 share a date: the later stored first.
  EXPECT_THAT(ListAll(store()), ElementsAre(d.e[1], d.e[0], d.e[2], d.e[4], d.e[3]));
  ListEventsQuery query;
  query.limit = 10;
  query.mentions_per_event = 1;
  ASSERT_OK_AND_ASSIGN(ListedPage page, List(store(), query));
  EXPECT_FALSE(page.has_more);
  ASSERT_THAT(page.events, SizeIs(5));
  EXPECT_EQ(page.events[1].name(), d.e[0]);
  EXPECT_EQ(page.events[1].num_mentions(), 2);  // all counted, one returned
  EXPECT_THAT(page.events[1].mentions(), SizeIs(1));
  query.mentions_per_event = 0;
  ASSERT_OK_AND_ASSIGN(page, List(store(), query));
  EXPECT_THAT(page.events[1].mentions(), IsEmpty());
}

TEST_P(ArticleStoreContractTest, ListEventsPagesSeeEachEventOnce) {
  const DataSet d = PutDataSet(store());
  const std::vector<std::string> all = ListAll(store());
  ASSERT_THAT(all, SizeIs(5));
  for (int size : {1, 2, 3, 4, 5}) EXPECT_EQ(ListAll(store(), EventFilter(), size), all) << size;
  // A page that ends exactly at the end says so.
  ListEventsQuery query;
  query.limit = 5;
  ASSERT_OK_AND_ASSIGN(ListedPage page, List(store(), query));
  EXPECT_FALSE(page.has_more);
  query.limit = 4;
  ASSERT_OK_AND_ASSIGN(page, List(store(), query));
  EXPECT_TRUE(page.has_more);
  EXPECT_EQ(page.last.date_key, "2018-01-01");
  query.after = page.last;
  ASSERT_OK_AND_ASSIGN(page, List(store(), query));
  EXPECT_THAT(Names(page.events), ElementsAre(d.e[3]));
  EXPECT_FALSE(page.has_more);
  EXPECT_EQ(page.last.date_key, "");
  // Past the end: nothing, `last` stays.
  query.after = page.last;
  ASSERT_OK_AND_ASSIGN(ListedPage past, List(store(), query));
  EXPECT_THAT(past.events, IsEmpty());
  EXPECT_FALSE(past.has_more);
  EXPECT_EQ(past.last.sequence, page.last.sequence);
  // A limit below 1 is an error.
  query.limit = 0;
  EXPECT_THAT(List(store(), query), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, ListEventsFiltersEveryFieldAndOperator) {
  const DataSet d = PutDataSet(store());
  const auto& e = d.e;
  using F = EventField;
  using Op = EventCompareOp;
  EXPECT_THAT(ListAll(store(), Cond(F::kActor, Op::kEq, d.hasanov)), ElementsAre(e[1], e[2]));
  EXPECT_THAT(ListAll(store(), Cond(F::kActor, Op::kNe, d.hasanov)),
              ElementsAre(e[0], e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kActor, Op::kEq, d.garibashvili)), IsEmpty());
  EXPECT_THAT(ListAll(store(), Cond(F::kRecipient, Op::kEq, d.garibashvili)), ElementsAre(e[1]));
  EXPECT_THAT(ListAll(store(), Cond(F::kRecipient, Op::kNe, d.garibashvili)),
              ElementsAre(e[0], e[2], e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kParticipant, Op::kEq, d.garibashvili)),
              ElementsAre(e[1]));
  EXPECT_THAT(ListAll(store(), Cond(F::kParticipant, Op::kEq, d.hasanov)),
              ElementsAre(e[1], e[2]));
  // The countries take part in e3 and e4 only; the ministries' countries
  // do not make them participants.
  EXPECT_THAT(ListAll(store(), Cond(F::kParticipant, Op::kEq, d.aze)), ElementsAre(e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kParticipant, Op::kNe, d.aze)),
              ElementsAre(e[1], e[0], e[2]));
  EXPECT_THAT(ListAll(store(), Cond(F::kLocation, Op::kEq, d.tbilisi)), ElementsAre(e[1], e[0]));
  EXPECT_THAT(ListAll(store(), Cond(F::kLocation, Op::kNe, d.tbilisi)),
              ElementsAre(e[2], e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kCategory, Op::kEq, "", v1::EVENT_CATEGORY_CONSULT)),
              ElementsAre(e[1], e[2]));
  EXPECT_THAT(ListAll(store(), Cond(F::kCategory, Op::kNe, "", v1::EVENT_CATEGORY_CONSULT)),
              ElementsAre(e[0], e[4], e[3]));
  EXPECT_THAT(
      ListAll(store(), Cond(F::kQuadClass, Op::kEq, "", v1::QUAD_CLASS_VERBAL_CONFLICT)),
      ElementsAre(e[3]));
  EXPECT_THAT(
      ListAll(store(), Cond(F::kQuadClass, Op::kNe, "", v1::QUAD_CLASS_VERBAL_COOPERATION)),
      ElementsAre(e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kEq, "2020-01-21")), ElementsAre(e[1], e[0]));
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kEq, "2019-06-01")), ElementsAre(e[2]));
  // Undated events fail every date comparison but !=.
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kNe, "2020-01-21")),
              ElementsAre(e[2], e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kLt, "2020-01-21")), ElementsAre(e[2], e[4]));
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kLe, "2020-01-21")),
              ElementsAre(e[1], e[0], e[2], e[4]));
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kGt, "2019-06-01")), ElementsAre(e[1], e[0]));
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kGe, "2019-06-01")),
              ElementsAre(e[1], e[0], e[2]));
  EXPECT_THAT(ListAll(store(), Cond(F::kArticle, Op::kEq, "a2")), ElementsAre(e[4]));
  EXPECT_THAT(ListAll(store(), Cond(F::kArticle, Op::kNe, "a1")), ElementsAre(e[4]));
  EXPECT_THAT(ListAll(store(), Cond(F::kArticle, Op::kEq, "no-such-article")), IsEmpty());
  // Other ops are for dates only.
  ListEventsQuery bad;
  bad.filter = Cond(F::kCategory, Op::kLt, "", v1::EVENT_CATEGORY_CONSULT);
  EXPECT_THAT(List(store(), bad), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, ListEventsFiltersCombine) {
  const DataSet d = PutDataSet(store());
  const auto& e = d.e;
  using F = EventField;
  using Op = EventCompareOp;
  using K = EventFilter::Kind;
  EXPECT_THAT(
      ListAll(store(), Junction(K::kNot, {Cond(F::kCategory, Op::kEq, "",
                                               v1::EVENT_CATEGORY_CONSULT)})),
      ElementsAre(e[0], e[4], e[3]));
  EXPECT_THAT(ListAll(store(),
                      Junction(K::kOr, {Cond(F::kCategory, Op::kEq, "", v1::EVENT_CATEGORY_SUPPORT),
                                        Cond(F::kQuadClass, Op::kEq, "",
                                             v1::QUAD_CLASS_VERBAL_CONFLICT)})),
              ElementsAre(e[0], e[3]));
  EXPECT_THAT(ListAll(store(), Junction(K::kAnd, {Cond(F::kParticipant, Op::kEq, d.hasanov),
                                                  Cond(F::kDate, Op::kGe, "2020-01-01"),
                                                  Cond(F::kDate, Op::kLe, "2020-12-31")})),
              ElementsAre(e[1]));
  EXPECT_THAT(
      ListAll(store(),
              Junction(K::kAnd,
                       {Junction(K::kOr, {Cond(F::kActor, Op::kEq, d.hasanov),
                                          Cond(F::kActor, Op::kEq, d.aze)}),
                        Junction(K::kNot, {Cond(F::kDate, Op::kEq, "2020-01-21")})})),
      ElementsAre(e[2], e[4]));
  // Paging through filtered listings, one event a page (an entity's
  // events, alone or with other conditions, and others).
  EXPECT_THAT(ListAll(store(), Cond(F::kDate, Op::kNe, "2020-01-21"), 1),
              ElementsAre(e[2], e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kParticipant, Op::kEq, d.hasanov), 1),
              ElementsAre(e[1], e[2]));
  EXPECT_THAT(ListAll(store(), Cond(F::kParticipant, Op::kEq, d.aze), 1), ElementsAre(e[4], e[3]));
  EXPECT_THAT(ListAll(store(), Cond(F::kRecipient, Op::kEq, d.geo), 1), ElementsAre(e[4]));
  EXPECT_THAT(ListAll(store(),
                      Junction(K::kAnd, {Cond(F::kDate, Op::kLe, "2020-12-31"),
                                         Cond(F::kActor, Op::kEq, d.hasanov)}),
                      1),
              ElementsAre(e[1], e[2]));
  ListEventsQuery bad;
  bad.filter = Junction(K::kNot, {});
  EXPECT_THAT(List(store(), bad), StatusIs(absl::StatusCode::kInvalidArgument));
}

// --- One event across articles ----------------------------------------------

// The signing in m1's words, reported by another article.
v1::Article SigningReport(std::string_view id, std::string source, std::vector<int> actors,
                          std::string_view date = "2020-01-21", int location = -1) {
  v1::Article article = CastArticle(id, std::move(source), "2020-01-22");
  AddEvent(article, v1::EVENT_CATEGORY_SUPPORT, date, std::move(actors), {}, location, {1});
  return article;
}

TEST_P(ArticleStoreContractTest, ReportsOfOneEventFromSeveralArticlesAreOneEvent) {
  v1::Article m1 = CastArticle("m1", "AzerNews", "2020-01-24");
  AddEvent(m1, v1::EVENT_CATEGORY_SUPPORT, "2020-01-21", {kMinistryAze, kMinistryGeo}, {},
           kTbilisi, {0, 1});
  const v1::Article s1 = Put(store(), m1);
  const std::string name = s1.events(0).name();

  // Another source, one shared actor, a new actor, no location: the same.
  const v1::Article s2 =
      Put(store(), SigningReport("m2", "Trend", {kMinistryAze, kHasanov}));
  EXPECT_EQ(s2.events(0).name(), name);
  EXPECT_EQ(s2.events(0).event_id(), IdOf(name));
  v1::Event event = MustGetEvent(store(), name);
  EXPECT_EQ(event.num_articles(), 2);
  EXPECT_EQ(event.num_mentions(), 3);
  EXPECT_EQ(event.num_sources(), 2);
  ASSERT_EQ(event.mentions_size(), 3);
  EXPECT_EQ(event.mentions(0).article(), "articles/m1");
  EXPECT_EQ(event.mentions(1).article(), "articles/m1");
  EXPECT_EQ(event.mentions(2).article(), "articles/m2");
  EXPECT_EQ(event.mentions(2).source(), "Trend");
  EXPECT_EQ(event.mentions(2).text(), Sentences()[1]);
  EXPECT_EQ(date::FormatIsoDate(event.mentions(2).published_date()), "2020-01-22");
  EXPECT_EQ(IdOf(event.location().entity()), EntityId(s1, kTbilisi));
  std::vector<std::string> actors;
  for (const v1::EventParticipant& p : event.actors()) actors.push_back(IdOf(p.entity()));
  EXPECT_THAT(actors, UnorderedElementsAre(EntityId(s1, kMinistryAze),
                                           EntityId(s1, kMinistryGeo), EntityId(s1, kHasanov)));
  EXPECT_EQ(event.first_seen_time().seconds(), s1.create_time().seconds());
  EXPECT_EQ(event.last_seen_time().seconds(), s2.create_time().seconds());
  EXPECT_EQ(event.last_seen_time().nanos(), s2.create_time().nanos());
  EXPECT_THAT(ListAll(store()), ElementsAre(name));
  // The new actor finds it; either article finds it.
  EXPECT_THAT(ListAll(store(), Cond(EventField::kActor, EventCompareOp::kEq,
                                    EntityId(s1, kHasanov))),
              ElementsAre(name));
  EXPECT_THAT(ListAll(store(), Cond(EventField::kArticle, EventCompareOp::kEq, "m2")),
              ElementsAre(name));
  EXPECT_THAT(ListAll(store(), Cond(EventField::kArticle, EventCompareOp::kEq, "m1")),
              ElementsAre(name));

  // A third report from a source already counted: sources stay 2.
  Put(store(), SigningReport("m3", "AzerNews", {kMinistryGeo}));
  event = MustGetEvent(store(), name);
  EXPECT_EQ(event.num_articles(), 3);
  EXPECT_EQ(event.num_mentions(), 4);
  EXPECT_EQ(event.num_sources(), 2);
  // Articles without a source each count as their own source.
  Put(store(), SigningReport("m4", "", {kMinistryGeo}));
  Put(store(), SigningReport("m5", "", {kMinistryGeo}));
  event = MustGetEvent(store(), name);
  EXPECT_EQ(event.num_articles(), 5);
  EXPECT_EQ(event.num_sources(), 4);
  EXPECT_THAT(ListAll(store()), ElementsAre(name));
}

TEST_P(ArticleStoreContractTest, DifferentDatesOrPrecisionsAreDifferentEvents) {
  const v1::Article s1 = Put(store(), SigningReport("d1", "AzerNews", {kMinistryAze}));
  const v1::Article s2 =
      Put(store(), SigningReport("d2", "Trend", {kMinistryAze}, "2020-01-22"));
  const v1::Article s3 = Put(store(), SigningReport("d3", "Trend", {kMinistryAze}, "2020-01"));
  const v1::Article s4 = Put(store(), SigningReport("d4", "Trend", {kMinistryGeo}));
  EXPECT_NE(s2.events(0).name(), s1.events(0).name());
  EXPECT_NE(s3.events(0).name(), s1.events(0).name());
  EXPECT_NE(s3.events(0).name(), s2.events(0).name());
  EXPECT_NE(s4.events(0).name(), s1.events(0).name());  // no shared actor
  EXPECT_THAT(ListAll(store()), SizeIs(4));
  EXPECT_EQ(MustGetEvent(store(), s1.events(0).name()).num_articles(), 1);
}

TEST_P(ArticleStoreContractTest, ContradictingRecipientsOrLocationsAreDifferentEvents) {
  v1::Article r1 = CastArticle("r1", "AzerNews", "2020-01-22");
  AddEvent(r1, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, kTbilisi);
  const v1::Article s1 = Put(store(), r1);
  v1::Article r2 = CastArticle("r2", "Trend", "2020-01-22");
  AddEvent(r2, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kIzoria}, kTbilisi);
  const v1::Article s2 = Put(store(), r2);
  v1::Article r3 = CastArticle("r3", "Trend", "2020-01-22");
  AddEvent(r3, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, kGabala);
  const v1::Article s3 = Put(store(), r3);
  // No recipient and no location contradict nothing: joins r1's event (the
  // first stored that matches).
  v1::Article r4 = CastArticle("r4", "APA", "2020-01-22");
  AddEvent(r4, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov});
  const v1::Article s4 = Put(store(), r4);
  EXPECT_NE(s2.events(0).name(), s1.events(0).name());
  EXPECT_NE(s3.events(0).name(), s1.events(0).name());
  EXPECT_NE(s3.events(0).name(), s2.events(0).name());
  EXPECT_EQ(s4.events(0).name(), s1.events(0).name());
  EXPECT_THAT(ListAll(store()), SizeIs(3));
  EXPECT_EQ(MustGetEvent(store(), s1.events(0).name()).num_articles(), 2);
}

TEST_P(ArticleStoreContractTest, UndatedEventsAreNeverMerged) {
  v1::Article u1 = CastArticle("u1", "AzerNews", "2020-01-22");
  AddEvent(u1, v1::EVENT_CATEGORY_ACCUSE, "", {kGeorgia}, {kAzerbaijan});
  v1::Article u2 = CastArticle("u2", "Trend", "2020-01-29");
  AddEvent(u2, v1::EVENT_CATEGORY_ACCUSE, "", {kGeorgia}, {kAzerbaijan});
  const v1::Article s1 = Put(store(), u1);
  const v1::Article s2 = Put(store(), u2);
  EXPECT_NE(s1.events(0).name(), s2.events(0).name());
  EXPECT_THAT(ListAll(store()), SizeIs(2));
}

TEST_P(ArticleStoreContractTest, TwoEventsOfOneArticleAreNeverOne) {
  // Within the first article: two alike events stay two.
  v1::Article w1 = CastArticle("w1", "AzerNews", "2020-01-22");
  AddEvent(w1, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, -1, {2});
  AddEvent(w1, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, -1, {3});
  const v1::Article s1 = Put(store(), w1);
  EXPECT_NE(s1.events(0).name(), s1.events(1).name());
  // A later article with three such events joins each stored one once and
  // makes a third.
  v1::Article w2 = CastArticle("w2", "Trend", "2020-01-23");
  for (int i = 0; i < 3; ++i) {
    AddEvent(w2, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, -1, {2});
  }
  const v1::Article s2 = Put(store(), w2);
  EXPECT_EQ(s2.events(0).name(), s1.events(0).name());
  EXPECT_EQ(s2.events(1).name(), s1.events(1).name());
  EXPECT_NE(s2.events(2).name(), s1.events(0).name());
  EXPECT_NE(s2.events(2).name(), s1.events(1).name());
  EXPECT_THAT(ListAll(store()), SizeIs(3));
  EXPECT_EQ(MustGetEvent(store(), s1.events(0).name()).num_articles(), 2);
  EXPECT_EQ(MustGetEvent(store(), s1.events(1).name()).num_articles(), 2);
  EXPECT_EQ(MustGetEvent(store(), s2.events(2).name()).num_articles(), 1);
}

TEST_P(ArticleStoreContractTest, UnresolvedParticipantsAreKeptButNotIndexed) {
  v1::Article article = CastArticle("p1", "AzerNews", "2020-01-24");
  v1::Event* event = AddEvent(article, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov});
  v1::EventParticipant* stranger = event->add_recipients();
  stranger->set_name("an unnamed official");  // no entity_index
  const v1::Article stored = Put(store(), article);
  const v1::Event got = MustGetEvent(store(), stored.events(0).name());
  ASSERT_EQ(got.recipients_size(), 1);
  EXPECT_EQ(got.recipients(0).name(), "an unnamed official");
  EXPECT_EQ(got.recipients(0).entity(), "");
  ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> edges,
                       store().GetGraphEdges(EntityId(stored, kHasanov), 10));
  EXPECT_THAT(edges, IsEmpty());
  EXPECT_THAT(ListAll(store(), Cond(EventField::kActor, EventCompareOp::kEq,
                                    EntityId(stored, kHasanov))),
              ElementsAre(stored.events(0).name()));
}

TEST_P(ArticleStoreContractTest, MergedEventsAreSeenByAnotherStore) {
  if (!environment().SharesDatabase()) GTEST_SKIP() << "one store per database";
  v1::Article m1 = CastArticle("m1", "AzerNews", "2020-01-24");
  AddEvent(m1, v1::EVENT_CATEGORY_SUPPORT, "2020-01-21", {kMinistryAze, kMinistryGeo});
  const std::string name = Put(store(), m1).events(0).name();
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> second, environment().Open());
  Put(*second, SigningReport("m2", "Trend", {kMinistryAze}));
  EXPECT_EQ(MustGetEvent(store(), name).num_articles(), 2);
  EXPECT_EQ(MustGetEvent(*second, name).num_articles(), 2);
}

// --- The watch log ----------------------------------------------------------

WatchBatch Watch(ArticleStore& store, int64_t after, EventFilter filter = EventFilter(),
                 int limit = 100) {
  WatchEventsQuery query;
  query.after_sequence = after;
  query.filter = std::move(filter);
  query.limit = limit;
  absl::StatusOr<WatchBatch> batch = store.WatchEvents(query);
  EXPECT_TRUE(batch.ok()) << batch.status();
  return batch.ok() ? *batch : WatchBatch();
}

std::vector<std::string> ReportNames(const WatchBatch& batch) {
  std::vector<std::string> names;
  for (const EventReport& r : batch.reports) names.push_back(r.event.name());
  return names;
}

TEST_P(ArticleStoreContractTest, WatchLogListsReportsInStoreOrder) {
  ASSERT_THAT(store().LatestEventSequence(), IsOkAndHolds(0));
  WatchBatch empty = Watch(store(), 0);
  EXPECT_THAT(empty.reports, IsEmpty());
  EXPECT_EQ(empty.scanned_through, 0);

  const DataSet d = PutDataSet(store());
  ASSERT_OK_AND_ASSIGN(const int64_t latest, store().LatestEventSequence());
  const WatchBatch all = Watch(store(), 0);
  EXPECT_THAT(ReportNames(all), ElementsAre(d.e[0], d.e[1], d.e[2], d.e[3], d.e[4]));
  ASSERT_THAT(all.reports, SizeIs(5));
  for (size_t i = 1; i < all.reports.size(); ++i) {
    EXPECT_GT(all.reports[i].sequence, all.reports[i - 1].sequence);
  }
  EXPECT_EQ(all.reports.back().sequence, latest);
  EXPECT_EQ(all.scanned_through, latest);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(all.reports[i].article_id, "a1");
    EXPECT_TRUE(all.reports[i].new_event);
  }
  EXPECT_EQ(all.reports[4].article_id, "a2");
  EXPECT_THAT(all.reports[0].event.mentions(), SizeIs(2));
  EXPECT_EQ(all.reports[0].event.mentions(0).text(), Sentences()[0]);
  EXPECT_EQ(all.reports[0].event.num_articles(), 1);

  // A report of a known event: not new, the event as stored now, with the
  // new article's mentions only.
  Put(store(), SigningReport("m2", "Trend", {kMinistryAze}));
  const WatchBatch next = Watch(store(), latest);
  ASSERT_THAT(next.reports, SizeIs(1));
  EXPECT_EQ(next.reports[0].event.name(), d.e[0]);
  EXPECT_EQ(next.reports[0].article_id, "m2");
  EXPECT_FALSE(next.reports[0].new_event);
  EXPECT_EQ(next.reports[0].event.num_articles(), 2);
  EXPECT_EQ(next.reports[0].event.num_mentions(), 3);
  ASSERT_THAT(next.reports[0].event.mentions(), SizeIs(1));
  EXPECT_EQ(next.reports[0].event.mentions(0).article(), "articles/m2");
  EXPECT_GT(next.reports[0].sequence, latest);
  EXPECT_THAT(store().LatestEventSequence(), IsOkAndHolds(next.reports[0].sequence));
  // The earlier reports are unchanged: the first still holds a1's mentions.
  EXPECT_THAT(Watch(store(), 0).reports[0].event.mentions(), SizeIs(2));
}

TEST_P(ArticleStoreContractTest, WatchFiltersAndScansThrough) {
  const DataSet d = PutDataSet(store());
  ASSERT_OK_AND_ASSIGN(const int64_t latest, store().LatestEventSequence());
  const WatchBatch all = Watch(store(), 0);
  ASSERT_THAT(all.reports, SizeIs(5));

  // A filter: matching reports only; scanned through the latest.
  const WatchBatch consult =
      Watch(store(), 0, Cond(EventField::kCategory, EventCompareOp::kEq, "",
                             v1::EVENT_CATEGORY_CONSULT));
  EXPECT_THAT(ReportNames(consult), ElementsAre(d.e[1], d.e[2]));
  EXPECT_EQ(consult.scanned_through, latest);
  const WatchBatch none = Watch(
      store(), 0, Cond(EventField::kCategory, EventCompareOp::kEq, "", v1::EVENT_CATEGORY_ASSAULT));
  EXPECT_THAT(none.reports, IsEmpty());
  EXPECT_EQ(none.scanned_through, latest);
  EXPECT_THAT(ReportNames(Watch(store(), 0, Cond(EventField::kArticle, EventCompareOp::kEq, "a2"))),
              ElementsAre(d.e[4]));

  // after_sequence: strictly after.
  EXPECT_THAT(ReportNames(Watch(store(), all.reports[2].sequence)), ElementsAre(d.e[3], d.e[4]));
  const WatchBatch at_end = Watch(store(), latest);
  EXPECT_THAT(at_end.reports, IsEmpty());
  EXPECT_EQ(at_end.scanned_through, latest);
  // Beyond the end: scanned_through never goes back.
  EXPECT_EQ(Watch(store(), latest + 10).scanned_through, latest + 10);

  // A full batch scans through its last report only; the next batch
  // continues from there.
  const WatchBatch first = Watch(store(), 0, EventFilter(), 2);
  EXPECT_THAT(ReportNames(first), ElementsAre(d.e[0], d.e[1]));
  EXPECT_EQ(first.scanned_through, first.reports.back().sequence);
  const WatchBatch second = Watch(store(), first.scanned_through, EventFilter(), 2);
  EXPECT_THAT(ReportNames(second), ElementsAre(d.e[2], d.e[3]));
  const WatchBatch third = Watch(store(), second.scanned_through, EventFilter(), 2);
  EXPECT_THAT(ReportNames(third), ElementsAre(d.e[4]));
  EXPECT_EQ(third.scanned_through, latest);
  // A full filtered batch.
  const WatchBatch one_consult =
      Watch(store(), 0,
            Cond(EventField::kCategory, EventCompareOp::kEq, "", v1::EVENT_CATEGORY_CONSULT), 1);
  EXPECT_THAT(ReportNames(one_consult), ElementsAre(d.e[1]));
  EXPECT_EQ(one_consult.scanned_through, all.reports[1].sequence);

  WatchEventsQuery bad;
  bad.limit = 0;
  EXPECT_THAT(store().WatchEvents(bad), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_P(ArticleStoreContractTest, ReportsOfOneEventInOneBatchAreOneEvent) {
  v1::Article m1 = CastArticle("m1", "AzerNews", "2020-01-24");
  AddEvent(m1, v1::EVENT_CATEGORY_SUPPORT, "2020-01-21", {kMinistryAze, kMinistryGeo});
  const std::vector<v1::Article> batch = {m1, SigningReport("m2", "Trend", {kMinistryAze}),
                                          SigningReport("m3", "Trend", {kMinistryGeo})};
  ASSERT_OK_AND_ASSIGN(std::vector<PutOutcome> outcomes, store().PutArticles(batch));
  ASSERT_THAT(outcomes, SizeIs(3));
  const std::string name = outcomes[0].article.events(0).name();
  EXPECT_EQ(outcomes[1].article.events(0).name(), name);
  EXPECT_EQ(outcomes[2].article.events(0).name(), name);
  const v1::Event event = MustGetEvent(store(), name);
  EXPECT_EQ(event.num_articles(), 3);
  EXPECT_EQ(event.num_sources(), 2);
  EXPECT_EQ(event.num_mentions(), 3);
  const WatchBatch log = Watch(store(), 0);
  ASSERT_THAT(log.reports, SizeIs(3));
  EXPECT_TRUE(log.reports[0].new_event);
  EXPECT_FALSE(log.reports[1].new_event);
  EXPECT_FALSE(log.reports[2].new_event);
  EXPECT_EQ(log.reports[2].article_id, "m3");
}

// --- Pairs, neighbors, edges, ties, timelines -------------------------------

std::vector<std::string> CategoryNames(const v1::Relationship& r) {
  std::vector<std::string> out;
  for (const v1::CategoryCount& c : r.categories()) {
    out.push_back(absl::StrCat(v1::EventCategory_Name(c.category()), ":", c.event_count()));
  }
  return out;
}

TEST_P(ArticleStoreContractTest, RelationshipOfTwoCountriesRollsUpTheirPeople) {
  const DataSet d = PutDataSet(store());
  ASSERT_OK_AND_ASSIGN(v1::Relationship r, Relationship(store(), d.aze, d.geo, 10));
  EXPECT_EQ(r.entity().name(), "entities/" + d.aze);
  EXPECT_EQ(r.entity().display_name(), "Azerbaijan");
  EXPECT_EQ(r.entity().type(), v1::ENTITY_TYPE_LOCATION);
  EXPECT_EQ(r.other_entity().display_name(), "Georgia");
  // The ministries' signing, both meetings (by their people's countries),
  // the accusation and the cooperation (the countries themselves).
  EXPECT_EQ(r.event_count(), 5);
  EXPECT_THAT(CategoryNames(r),
              UnorderedElementsAre("EVENT_CATEGORY_CONSULT:2", "EVENT_CATEGORY_SUPPORT:1",
                                   "EVENT_CATEGORY_ACCUSE:1", "EVENT_CATEGORY_COOPERATE:1"));
  ASSERT_GE(r.categories_size(), 1);
  EXPECT_EQ(r.categories(0).category(), v1::EVENT_CATEGORY_CONSULT);
  EXPECT_EQ(r.categories(0).quad_class(), v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_EQ(date::FormatIsoDate(r.categories(0).first_date()), "2019-06");
  EXPECT_EQ(date::FormatIsoDate(r.categories(0).last_date()), "2020-01-21");
  EXPECT_DOUBLE_EQ(r.categories(0).mean_score(), 4.0);
  EXPECT_THAT(r.quad_class_counts(), ElementsAre(3, 1, 1, 0));
  EXPECT_EQ(date::FormatIsoDate(r.first_date()), "2018");
  EXPECT_EQ(date::FormatIsoDate(r.last_date()), "2020-01-21");
  EXPECT_DOUBLE_EQ(r.mean_score(), (4.0 * 4 - 5.0) / 5);
  ASSERT_EQ(r.months_size(), 3);
  EXPECT_EQ(date::FormatIsoDate(r.months(0).start()), "2018-01-01");
  EXPECT_EQ(date::FormatIsoDate(r.months(1).start()), "2019-06-01");
  EXPECT_EQ(date::FormatIsoDate(r.months(2).start()), "2020-01-01");
  EXPECT_EQ(r.months(2).event_count(), 2);
  EXPECT_EQ(r.months(2).cooperation_count(), 2);
  EXPECT_EQ(r.months(0).cooperation_count(), 1);
  // Latest first, undated last; each with what, when and its first
  // report's sentence.
  EXPECT_THAT(RecentNames(r),
              ElementsAre(d.e[1], d.e[0], d.e[2], d.e[4], d.e[3]));
  const v1::EventSummary& second = r.recent_events(1);
  EXPECT_EQ(second.evidence().text(), Sentences()[0]);
  EXPECT_EQ(second.evidence().event(), d.e[0]);
  EXPECT_EQ(second.evidence().article().rfind("articles/", 0), 0u);
  EXPECT_GT(second.evidence().span().end(), second.evidence().span().start());
  const v1::Event full = MustGetEvent(store(), d.e[0]);
  EXPECT_EQ(second.category(), full.category());
  EXPECT_EQ(second.quad_class(), full.quad_class());
  EXPECT_DOUBLE_EQ(second.score(), full.score());
  EXPECT_EQ(date::FormatIsoDate(second.date()), date::FormatIsoDate(full.date()));
  EXPECT_FALSE(r.recent_events(4).has_date());  // the undated one
  ASSERT_OK_AND_ASSIGN(v1::Relationship two, Relationship(store(), d.aze, d.geo, 2));
  EXPECT_THAT(RecentNames(two),
              ElementsAre(d.e[1], d.e[0]));
  EXPECT_EQ(two.event_count(), 5);
  // Both are members of GUAM.
  ASSERT_EQ(r.shared_relations_size(), 1);
  const v1::SharedRelation& shared = r.shared_relations(0);
  EXPECT_EQ(shared.type(), "MEMBER_OF");
  EXPECT_EQ(shared.via().name(), "entities/" + d.guam);
  EXPECT_EQ(shared.first().subject().name(), "entities/" + d.aze);
  EXPECT_EQ(shared.second().subject().name(), "entities/" + d.geo);
  ASSERT_EQ(shared.first().evidence_size(), 1);
  EXPECT_EQ(shared.first().evidence(0).text(), Sentences()[5]);
  EXPECT_EQ(shared.first().evidence(0).article(), "articles/a1");
  EXPECT_EQ(shared.first().evidence(0).sentence_index(), 5);
  EXPECT_EQ(shared.first().article_count(), 1);
  EXPECT_EQ(date::FormatIsoDate(shared.first().first_date()), "2020-01-24");
  EXPECT_EQ(r.relations_size(), 0);
  // The pair read the other way round: the same counts.
  ASSERT_OK_AND_ASSIGN(v1::Relationship back, Relationship(store(), d.geo, d.aze, 10));
  EXPECT_EQ(back.event_count(), 5);
  EXPECT_EQ(back.shared_relations_size(), 1);
}

TEST_P(ArticleStoreContractTest, RelationshipOfAPersonAndABodyShowsTheRole) {
  const DataSet d = PutDataSet(store());
  ASSERT_OK_AND_ASSIGN(v1::Relationship r, Relationship(store(), d.hasanov, d.aze, 10));
  EXPECT_EQ(r.event_count(), 0);
  EXPECT_THAT(r.recent_events(), IsEmpty());
  ASSERT_EQ(r.relations_size(), 1);
  const v1::StandingRelation& role = r.relations(0);
  EXPECT_EQ(role.type(), "ROLE");
  EXPECT_EQ(role.label(), "Defense Minister");
  EXPECT_EQ(role.subject().name(), "entities/" + d.hasanov);
  EXPECT_EQ(role.subject().display_name(), "Zakir Hasanov");
  EXPECT_EQ(role.object().name(), "entities/" + d.aze);
  EXPECT_EQ(role.article_count(), 1);
  ASSERT_EQ(role.evidence_size(), 1);
  EXPECT_EQ(role.evidence(0).text(), Sentences()[2]);
  // Either order.
  ASSERT_OK_AND_ASSIGN(v1::Relationship back, Relationship(store(), d.aze, d.hasanov, 10));
  EXPECT_EQ(back.relations_size(), 1);
  // A person and the other country: the meeting, rolled up.
  ASSERT_OK_AND_ASSIGN(v1::Relationship geo, Relationship(store(), d.hasanov, d.geo, 10));
  EXPECT_EQ(geo.event_count(), 2);
  EXPECT_THAT(RecentNames(geo),
              ElementsAre(d.e[1], d.e[2]));
}

TEST_P(ArticleStoreContractTest, RelationshipErrors) {
  const DataSet d = PutDataSet(store());
  EXPECT_THAT(Relationship(store(), d.aze, "0123456789abcdef", 10),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("0123456789abcdef")));
  EXPECT_THAT(Relationship(store(), "0123456789abcdef", d.aze, 10),
              StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(Relationship(store(), "", d.aze, 10),
              StatusIs(absl::StatusCode::kInvalidArgument));
  // Untied entities: an empty relationship, not an error.
  ASSERT_OK_AND_ASSIGN(v1::Relationship untied,
                       Relationship(store(), d.garibashvili, d.gabala, 10));
  EXPECT_EQ(untied.event_count(), 0);
  EXPECT_THAT(untied.quad_class_counts(), ElementsAre(0, 0, 0, 0));
  EXPECT_EQ(untied.relations_size(), 0);
  EXPECT_EQ(untied.shared_relations_size(), 0);
}

TEST_P(ArticleStoreContractTest, CountryRollUpCountsOnceTheCountriesAreKnown) {
  // People of two countries meet; no article names the countries yet.
  v1::Article x1 = ArticleNaming("x1", "2020-01-24",
                                 {Person("Zakir Hasanov", {}, "AZE"),
                                  Person("Irakli Garibashvili", {}, "GEO"),
                                  Person("Elmar Mammadyarov", {}, "AZE")});
  x1.set_source("Wire");
  AddEvent(x1, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {0}, {1}, -1, {0});
  // Two people of one country: no pair of countries.
  AddEvent(x1, v1::EVENT_CATEGORY_CONSULT, "2020-01-20", {0}, {2}, -1, {0});
  const v1::Article stored = Put(store(), x1);
  EXPECT_THAT(Relationship(store(), CountryId("AZE"), CountryId("GEO"), 10),
              StatusIs(absl::StatusCode::kNotFound));
  // The neighbors of the person leave out the unknown country.
  RelatedEntitiesQuery query;
  query.entity_id = EntityId(stored, 0);
  ASSERT_OK_AND_ASSIGN(std::vector<v1::RelatedEntity> related, store().ListRelatedEntities(query));
  std::vector<std::string> names;
  for (const v1::RelatedEntity& r : related) names.push_back(r.entity().display_name());
  EXPECT_THAT(names, UnorderedElementsAre("Irakli Garibashvili", "Elmar Mammadyarov"));

  // Once an article names the countries, the earlier meeting counts.
  Put(store(), ArticleNaming("x2", "2020-02-01",
                             {Country("Azerbaijan", "AZE"), Country("Georgia", "GEO")}));
  ASSERT_OK_AND_ASSIGN(v1::Relationship r,
                       Relationship(store(), CountryId("AZE"), CountryId("GEO"), 10));
  EXPECT_EQ(r.event_count(), 1);
  EXPECT_THAT(RecentNames(r),
              ElementsAre(stored.events(0).name()));
  ASSERT_OK_AND_ASSIGN(v1::Relationship person_country,
                       Relationship(store(), EntityId(stored, 0), CountryId("GEO"), 10));
  EXPECT_EQ(person_country.event_count(), 1);
  ASSERT_OK_AND_ASSIGN(v1::Relationship same_country,
                       Relationship(store(), EntityId(stored, 2), CountryId("AZE"), 10));
  EXPECT_EQ(same_country.event_count(), 0);
}

TEST_P(ArticleStoreContractTest, GraphEdgesLeadOnlyToKnownEntitiesWithATie) {
  // Two meetings of an Azerbaijani and a Georgian; no article names the
  // countries, so the roll-up's country ids are no entities (yet).
  v1::Article x1 = ArticleNaming("x1", "2020-01-24",
                                 {Person("Zakir Hasanov", {}, "AZE"),
                                  Person("Irakli Garibashvili", {}, "GEO"),
                                  Person("Elmar Mammadyarov", {}, "AZE"),
                                  Person("David Zalkaliani", {}, "GEO")});
  AddEvent(x1, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {0}, {1}, -1, {0});
  AddEvent(x1, v1::EVENT_CATEGORY_CONSULT, "2020-01-22", {2}, {3}, -1, {0});
  const v1::Article stored = Put(store(), x1);
  for (int person = 0; person < 4; ++person) {
    const std::string id = EntityId(stored, person);
    ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> edges, store().GetGraphEdges(id, 100));
    EXPECT_THAT(edges, SizeIs(1)) << stored.entities(person).name();
    // Every edge is a tie between two entities that exist.
    for (const GraphEdge& edge : edges) {
      EXPECT_THAT(store().GetEntity(edge.entity_id), IsOk()) << edge.entity_id;
      EXPECT_THAT(store().GetTie(id, edge.entity_id), IsOk()) << edge.entity_id;
    }
  }
}

std::map<std::string, v1::RelatedEntity> RelatedById(ArticleStore& store,
                                                     const RelatedEntitiesQuery& query,
                                                     std::vector<std::string>* order = nullptr) {
  absl::StatusOr<std::vector<v1::RelatedEntity>> related = store.ListRelatedEntities(query);
  EXPECT_TRUE(related.ok()) << related.status();
  std::map<std::string, v1::RelatedEntity> out;
  if (!related.ok()) return out;
  for (const v1::RelatedEntity& r : *related) {
    if (order != nullptr) order->push_back(IdOf(r.entity().name()));
    out[IdOf(r.entity().name())] = r;
  }
  for (size_t i = 1; i < related->size(); ++i) {
    EXPECT_GE((*related)[i - 1].weight(), (*related)[i].weight());
  }
  return out;
}

std::vector<std::string> Keys(const std::map<std::string, v1::RelatedEntity>& m) {
  std::vector<std::string> keys;
  for (const auto& [k, v] : m) keys.push_back(k);
  return keys;
}

TEST_P(ArticleStoreContractTest, RelatedEntitiesWithWeights) {
  const DataSet d = PutDataSet(store());
  RelatedEntitiesQuery query;
  query.entity_id = d.hasanov;
  std::vector<std::string> order;
  std::map<std::string, v1::RelatedEntity> related = RelatedById(store(), query, &order);
  EXPECT_THAT(Keys(related), UnorderedElementsAre(d.garibashvili, d.izoria, d.geo, d.aze));
  ASSERT_FALSE(order.empty());
  EXPECT_EQ(order[0], d.geo);  // both meetings, rolled up
  const v1::RelatedEntity& geo = related[d.geo];
  EXPECT_EQ(geo.weight(), 2);
  EXPECT_EQ(geo.event_count(), 2);
  EXPECT_EQ(geo.relation_article_count(), 0);
  EXPECT_THAT(geo.categories(), ElementsAre(v1::EVENT_CATEGORY_CONSULT));
  EXPECT_EQ(geo.entity().display_name(), "Georgia");
  const v1::RelatedEntity& aze = related[d.aze];
  EXPECT_EQ(aze.weight(), 1);
  EXPECT_EQ(aze.event_count(), 0);
  EXPECT_EQ(aze.relation_article_count(), 1);
  EXPECT_THAT(aze.relation_types(), ElementsAre("ROLE"));
  EXPECT_EQ(related[d.garibashvili].weight(), 1);
  EXPECT_EQ(related[d.garibashvili].entity().type(), v1::ENTITY_TYPE_PERSON);

  // A second meeting with Garibashvili in another article adds weight.
  v1::Article more = CastArticle("a3", "Trend", "2020-03-02");
  AddEvent(more, v1::EVENT_CATEGORY_AGREE, "2020-03-01", {kHasanov}, {kGaribashvili}, -1, {2});
  Put(store(), more);
  related = RelatedById(store(), query);
  EXPECT_EQ(related[d.garibashvili].weight(), 2);
  EXPECT_EQ(related[d.garibashvili].event_count(), 2);
  EXPECT_THAT(related[d.garibashvili].categories(),
              UnorderedElementsAre(v1::EVENT_CATEGORY_CONSULT, v1::EVENT_CATEGORY_AGREE));
  EXPECT_EQ(related[d.geo].weight(), 3);

  query.limit = 1;
  order.clear();
  RelatedById(store(), query, &order);
  EXPECT_THAT(order, ElementsAre(d.geo));
}

TEST_P(ArticleStoreContractTest, RelatedEntitiesFilters) {
  const DataSet d = PutDataSet(store());
  RelatedEntitiesQuery base;
  base.entity_id = d.hasanov;

  RelatedEntitiesQuery q = base;
  q.include_relations = false;
  EXPECT_THAT(Keys(RelatedById(store(), q)),
              UnorderedElementsAre(d.garibashvili, d.izoria, d.geo));
  q = base;
  q.include_events = false;
  EXPECT_THAT(Keys(RelatedById(store(), q)), ElementsAre(d.aze));
  q.relation_type = "ROLE";
  EXPECT_THAT(Keys(RelatedById(store(), q)), ElementsAre(d.aze));
  q.relation_type = "MEMBER_OF";
  EXPECT_THAT(Keys(RelatedById(store(), q)), IsEmpty());
  q = base;
  q.include_relations = false;
  q.category = v1::EVENT_CATEGORY_CONSULT;
  EXPECT_THAT(Keys(RelatedById(store(), q)),
              UnorderedElementsAre(d.garibashvili, d.izoria, d.geo));
  q.category = v1::EVENT_CATEGORY_SUPPORT;
  EXPECT_THAT(Keys(RelatedById(store(), q)), IsEmpty());
  q = base;
  q.include_relations = false;
  q.min_date_key = "2020-01-01";
  std::map<std::string, v1::RelatedEntity> recent = RelatedById(store(), q);
  EXPECT_THAT(Keys(recent), UnorderedElementsAre(d.garibashvili, d.geo));
  EXPECT_EQ(recent[d.geo].event_count(), 1);
  q.min_date_key = "";
  q.max_date_key = "2019-12-31";
  EXPECT_THAT(Keys(RelatedById(store(), q)), UnorderedElementsAre(d.izoria, d.geo));
  q.min_date_key = "2019-06-01";
  q.max_date_key = "2019-06-30";
  EXPECT_THAT(Keys(RelatedById(store(), q)), UnorderedElementsAre(d.izoria, d.geo));
  q = base;
  q.entity_type = v1::ENTITY_TYPE_PERSON;
  EXPECT_THAT(Keys(RelatedById(store(), q)), UnorderedElementsAre(d.garibashvili, d.izoria));
  q.exclude_entity_type = true;
  EXPECT_THAT(Keys(RelatedById(store(), q)), UnorderedElementsAre(d.geo, d.aze));
  // The type filter is applied before the limit.
  q.limit = 1;
  q.exclude_entity_type = false;
  EXPECT_THAT(Keys(RelatedById(store(), q)), SizeIs(1));

  // A country's neighbors: the undated accusation counts; no date filter
  // lets it through.
  q = base;
  q.entity_id = d.aze;
  q.include_relations = false;
  q.category = v1::EVENT_CATEGORY_ACCUSE;
  EXPECT_THAT(Keys(RelatedById(store(), q)), ElementsAre(d.geo));
  q.min_date_key = "1900-01-01";
  EXPECT_THAT(Keys(RelatedById(store(), q)), IsEmpty());

  RelatedEntitiesQuery unknown;
  unknown.entity_id = "0123456789abcdef";
  EXPECT_THAT(store().ListRelatedEntities(unknown), StatusIs(absl::StatusCode::kNotFound));
}

TEST_P(ArticleStoreContractTest, GraphEdgesHeaviestFirst) {
  const DataSet d = PutDataSet(store());
  ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> edges, store().GetGraphEdges(d.hasanov, 10));
  std::map<std::string, int64_t> weights;
  for (const GraphEdge& e : edges) weights[e.entity_id] = e.weight;
  EXPECT_EQ(weights, (std::map<std::string, int64_t>{
                         {d.garibashvili, 1}, {d.izoria, 1}, {d.geo, 2}, {d.aze, 1}}));
  ASSERT_FALSE(edges.empty());
  EXPECT_EQ(edges[0].entity_id, d.geo);
  ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> one, store().GetGraphEdges(d.hasanov, 1));
  ASSERT_THAT(one, SizeIs(1));
  EXPECT_EQ(one[0].entity_id, d.geo);
  // Relations are edges both ways.
  ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> guam, store().GetGraphEdges(d.guam, 10));
  std::set<std::string> members;
  for (const GraphEdge& e : guam) members.insert(e.entity_id);
  EXPECT_EQ(members, (std::set<std::string>{d.aze, d.geo}));
  ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> none, store().GetGraphEdges("0123456789abcdef", 10));
  EXPECT_THAT(none, IsEmpty());
}

TEST_P(ArticleStoreContractTest, TiesWithEvidence) {
  const DataSet d = PutDataSet(store());
  ASSERT_OK_AND_ASSIGN(v1::PathStep role, store().GetTie(d.hasanov, d.aze));
  EXPECT_EQ(role.kind(), "ROLE");
  EXPECT_EQ(role.label(), "Defense Minister");
  EXPECT_EQ(role.from_entity().name(), "entities/" + d.hasanov);
  EXPECT_EQ(role.to_entity().name(), "entities/" + d.aze);
  EXPECT_EQ(role.to_entity().display_name(), "Azerbaijan");
  ASSERT_EQ(role.evidence_size(), 1);
  EXPECT_EQ(role.evidence(0).text(), Sentences()[2]);
  EXPECT_EQ(role.evidence(0).event(), "");

  ASSERT_OK_AND_ASSIGN(v1::PathStep member, store().GetTie(d.guam, d.geo));
  EXPECT_EQ(member.kind(), "MEMBER_OF");
  EXPECT_EQ(member.from_entity().name(), "entities/" + d.guam);
  ASSERT_EQ(member.evidence_size(), 1);
  EXPECT_EQ(member.evidence(0).text(), Sentences()[5]);

  ASSERT_OK_AND_ASSIGN(v1::PathStep met, store().GetTie(d.garibashvili, d.hasanov));
  EXPECT_EQ(met.kind(), "EVENT");
  EXPECT_EQ(met.label(), "CONSULT");
  ASSERT_GE(met.evidence_size(), 1);
  EXPECT_EQ(met.evidence(0).text(), Sentences()[2]);
  EXPECT_EQ(met.evidence(0).event(), d.e[1]);
  EXPECT_EQ(met.evidence(0).article(), "articles/a1");
  EXPECT_EQ(met.evidence(0).span().start(), 24);
  EXPECT_EQ(date::FormatIsoDate(met.evidence(0).published_date()), "2020-01-24");

  EXPECT_THAT(store().GetTie(d.garibashvili, d.gabala),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("no tie")));
  EXPECT_THAT(store().GetTie(d.garibashvili, "0123456789abcdef"),
              StatusIs(absl::StatusCode::kNotFound));
}

TEST_P(ArticleStoreContractTest, TiePrefersAStatedRelationOverAnEvent) {
  v1::Article article = CastArticle("t1", "AzerNews", "2020-01-24");
  AddRole(article, kHasanov, "Minister", kMinistryAze)->set_sentence_index(2);
  AddEvent(article, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kMinistryAze}, -1,
           {1});
  const v1::Article stored = Put(store(), article);
  ASSERT_OK_AND_ASSIGN(v1::PathStep tie,
                       store().GetTie(EntityId(stored, kMinistryAze), EntityId(stored, kHasanov)));
  EXPECT_EQ(tie.kind(), "ROLE");
  EXPECT_EQ(tie.label(), "Minister");
  // Both count in the weight.
  ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> edges,
                       store().GetGraphEdges(EntityId(stored, kHasanov), 10));
  ASSERT_THAT(edges, SizeIs(1));
  EXPECT_EQ(edges[0].weight, 2);
}

TEST_P(ArticleStoreContractTest, EventCountsByDate) {
  const DataSet d = PutDataSet(store());
  auto as_tuples = [](const std::vector<DatedEventCount>& rows) {
    std::set<std::tuple<std::string, int, int64_t>> out;
    for (const DatedEventCount& r : rows) out.emplace(r.date_key, r.quad_class, r.count);
    return out;
  };
  ASSERT_OK_AND_ASSIGN(std::vector<DatedEventCount> hasanov,
                       store().CountEventsByDate(d.hasanov, ""));
  EXPECT_EQ(as_tuples(hasanov),
            (std::set<std::tuple<std::string, int, int64_t>>{{"2020-01-21", 1, 1},
                                                             {"2019-06-01", 1, 1}}));
  ASSERT_OK_AND_ASSIGN(std::vector<DatedEventCount> pair, store().CountEventsByDate(d.aze, d.geo));
  EXPECT_EQ(as_tuples(pair), (std::set<std::tuple<std::string, int, int64_t>>{
                                 {"2020-01-21", 1, 2},
                                 {"2019-06-01", 1, 1},
                                 {"2018-01-01", 2, 1},
                                 {"", 3, 1}}));
  ASSERT_OK_AND_ASSIGN(std::vector<DatedEventCount> aze, store().CountEventsByDate(d.aze, ""));
  EXPECT_EQ(as_tuples(aze), (std::set<std::tuple<std::string, int, int64_t>>{
                                {"2018-01-01", 2, 1}, {"", 3, 1}}));
  EXPECT_THAT(store().CountEventsByDate("0123456789abcdef", ""),
              StatusIs(absl::StatusCode::kNotFound));
  EXPECT_THAT(store().CountEventsByDate(d.aze, "0123456789abcdef"),
              StatusIs(absl::StatusCode::kNotFound));
}

// --- Aggregates agree with the rows they summarize -------------------------

// The data set, plus reports that merge into stored events (adding
// participants) and a second article stating relations already stated.
DataSet PutMergingDataSet(ArticleStore& store) {
  const DataSet d = PutDataSet(store);
  Put(store, SigningReport("m2", "Trend", {kMinistryAze, kHasanov}));
  v1::Article more = CastArticle("a3", "Trend", "2020-03-02");
  AddEvent(more, v1::EVENT_CATEGORY_AGREE, "2020-03-01", {kHasanov}, {kGaribashvili, kGuam}, -1,
           {2});
  AddEvent(more, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {kHasanov}, {kGaribashvili}, kTbilisi,
           {2});
  AddRole(more, kHasanov, "Defense Minister", kAzerbaijan)->set_sentence_index(2);
  AddRelation(more, v1::RELATION_TYPE_MEMBER_OF, kAzerbaijan, kGuam, 5);
  AddRelation(more, v1::RELATION_TYPE_MEMBER_OF, kGuam, kAzerbaijan, 5);
  Put(store, more);
  return d;
}

std::vector<std::string> CastIds(const DataSet& d) {
  return {d.hasanov, d.garibashvili, d.izoria,       d.aze,     d.geo,
          d.guam,    d.ministry_aze, d.ministry_geo, d.tbilisi, d.gabala};
}

// The related entities recounted apart: events only, then relations only
// (both recount the rows), merged and ranked as the unfiltered answer is.
std::vector<v1::RelatedEntity> RelatedRecounted(ArticleStore& store,
                                                const RelatedEntitiesQuery& base) {
  std::map<std::string, v1::RelatedEntity> merged;
  for (const bool events : {true, false}) {
    RelatedEntitiesQuery q = base;
    q.limit = 1000;
    q.include_events = events;
    q.include_relations = !events;
    for (auto& [id, r] : RelatedById(store, q)) {
      v1::RelatedEntity& m = merged[id];
      if (!m.has_entity()) *m.mutable_entity() = r.entity();
      m.set_weight(m.weight() + r.weight());
      m.set_event_count(m.event_count() + r.event_count());
      m.set_relation_article_count(m.relation_article_count() + r.relation_article_count());
      m.mutable_categories()->MergeFrom(r.categories());
      m.mutable_relation_types()->MergeFrom(r.relation_types());
    }
  }
  std::vector<v1::RelatedEntity> out;
  for (auto& [id, r] : merged) out.push_back(r);
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.weight() > y.weight();
  });
  if (static_cast<int>(out.size()) > base.limit) out.resize(base.limit);
  return out;
}

TEST_P(ArticleStoreContractTest, RelatedEntitiesAndEdgesAgreeWithTheRowsRecounted) {
  const DataSet d = PutMergingDataSet(store());
  for (const std::string& id : CastIds(d)) {
    for (const std::optional<int> type :
         {std::optional<int>(), std::optional<int>(v1::ENTITY_TYPE_PERSON)}) {
      for (const bool exclude : {false, true}) {
        RelatedEntitiesQuery query;
        query.entity_id = id;
        query.limit = 100;
        query.entity_type = type;
        query.exclude_entity_type = exclude;
        ASSERT_OK_AND_ASSIGN(std::vector<v1::RelatedEntity> fast,
                             store().ListRelatedEntities(query));
        const std::vector<v1::RelatedEntity> recounted = RelatedRecounted(store(), query);
        ASSERT_EQ(fast.size(), recounted.size()) << id;
        for (size_t i = 0; i < fast.size(); ++i) {
          EXPECT_EQ(fast[i].entity().name(), recounted[i].entity().name()) << id << " #" << i;
          EXPECT_EQ(fast[i].entity().type(), recounted[i].entity().type());
          EXPECT_EQ(fast[i].weight(), recounted[i].weight()) << id << " #" << i;
          EXPECT_EQ(fast[i].event_count(), recounted[i].event_count());
          EXPECT_EQ(fast[i].relation_article_count(), recounted[i].relation_article_count());
          EXPECT_THAT(fast[i].categories(),
                      ::testing::UnorderedElementsAreArray(recounted[i].categories().begin(),
                                                           recounted[i].categories().end()));
          EXPECT_THAT(std::set<std::string>(fast[i].relation_types().begin(),
                                            fast[i].relation_types().end()),
                      ElementsAreArray(std::set<std::string>(
                          recounted[i].relation_types().begin(),
                          recounted[i].relation_types().end())));
        }
        if (type.has_value()) continue;
        // The heaviest first, ties by id; edges are the same list.
        for (size_t i = 1; i < fast.size(); ++i) {
          if (fast[i - 1].weight() == fast[i].weight()) {
            EXPECT_LT(fast[i - 1].entity().name(), fast[i].entity().name());
          }
        }
        ASSERT_OK_AND_ASSIGN(std::vector<GraphEdge> edges, store().GetGraphEdges(id, 100));
        ASSERT_EQ(edges.size(), fast.size()) << id;
        for (size_t i = 0; i < edges.size(); ++i) {
          EXPECT_EQ("entities/" + edges[i].entity_id, fast[i].entity().name());
          EXPECT_EQ(edges[i].weight, fast[i].weight());
          EXPECT_THAT(store().GetTieWeight(id, edges[i].entity_id),
                      IsOkAndHolds(edges[i].weight));
        }
      }
    }
  }
  EXPECT_THAT(store().GetTieWeight(d.garibashvili, d.gabala), IsOkAndHolds(0));
}

TEST_P(ArticleStoreContractTest, TimelineCountsAgreeWithTheEventsListed) {
  const DataSet d = PutMergingDataSet(store());
  for (const std::string& id : CastIds(d)) {
    std::map<std::pair<std::string, int>, int64_t> listed;
    for (const std::string& name :
         ListAll(store(), Cond(EventField::kParticipant, EventCompareOp::kEq, id))) {
      const v1::Event event = MustGetEvent(store(), name);
      ++listed[{event.has_date() ? date::SortKey(event.date()) : "", event.quad_class()}];
    }
    ASSERT_OK_AND_ASSIGN(std::vector<DatedEventCount> counted, store().CountEventsByDate(id, ""));
    std::map<std::pair<std::string, int>, int64_t> by_day;
    for (const DatedEventCount& row : counted) {
      EXPECT_GT(row.count, 0);
      EXPECT_TRUE(by_day.emplace(std::make_pair(row.date_key, row.quad_class), row.count).second);
    }
    EXPECT_EQ(by_day, listed) << id;
  }
  // The merged report made Hasanov an actor of the signing too.
  ASSERT_OK_AND_ASSIGN(std::vector<DatedEventCount> hasanov,
                       store().CountEventsByDate(d.hasanov, ""));
  int64_t total = 0;
  for (const DatedEventCount& row : hasanov) total += row.count;
  EXPECT_EQ(total, 4);
}

}  // namespace
}  // namespace newsgraph::store::testing
