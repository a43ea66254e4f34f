// When two reports are one event (shared/graph/event_identity.h): the merge
// key and the rules over canonical participants.
#include "shared/graph/event_identity.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "shared/resolution/canonical_key.h"

namespace newsgraph::graph {
namespace {

using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

v1::Event Dated(v1::EventCategory category, std::string_view iso) {
  v1::Event event;
  event.set_category(category);
  if (!iso.empty()) {
    absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(iso);
    EXPECT_TRUE(date.ok()) << iso;
    *event.mutable_date() = *date;
  }
  return event;
}

EventSketch Sketch(std::vector<std::string> actors, std::vector<std::string> recipients = {},
                   std::string location = "") {
  EventSketch sketch;
  sketch.actor_ids = std::move(actors);
  sketch.recipient_ids = std::move(recipients);
  sketch.location_id = std::move(location);
  return sketch;
}

TEST(MergeKeyTest, UndatedEventsHaveNoKey) {
  EXPECT_EQ(MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "")), "");
}

TEST(MergeKeyTest, UncategorizedEventsHaveNoKey) {
  EXPECT_EQ(MergeKey(Dated(v1::EVENT_CATEGORY_UNSPECIFIED, "2020-01-21")), "");
}

TEST(MergeKeyTest, InvalidOrUnspecifiedPrecisionDatesHaveNoKey) {
  v1::Event event = Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01-21");
  event.mutable_date()->set_precision(v1::DATE_PRECISION_UNSPECIFIED);
  EXPECT_EQ(MergeKey(event), "");
  v1::Event bad = Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01-21");
  bad.mutable_date()->set_month(13);
  EXPECT_EQ(MergeKey(bad), "");
}

TEST(MergeKeyTest, KeysCategoryAndDateAtItsPrecision) {
  const std::string day = MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01-21"));
  EXPECT_THAT(day, HasSubstr("SUPPORT"));
  EXPECT_EQ(day, "SUPPORT|2020-01-21");
  EXPECT_THAT(day, EndsWith("|2020-01-21"));
  EXPECT_THAT(MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01")), EndsWith("|2020-01"));
  EXPECT_THAT(MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "2020")), EndsWith("|2020"));
  // "in January" does not meet "on January 21"; nor does another category.
  EXPECT_NE(MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01")), day);
  EXPECT_NE(MergeKey(Dated(v1::EVENT_CATEGORY_CONSULT, "2020-01-21")), day);
  EXPECT_NE(MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01-22")), day);
  EXPECT_EQ(MergeKey(Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01-21")), day);
}

TEST(SketchOfTest, TakesSortedUniqueEntityIdsAndIgnoresUnresolved) {
  v1::Event event;
  event.add_actors()->set_entity("entities/bbbbbbbbbbbbbbbb");
  event.add_actors()->set_entity("entities/aaaaaaaaaaaaaaaa");
  event.add_actors()->set_entity("entities/bbbbbbbbbbbbbbbb");
  event.add_actors()->set_name("Someone unresolved");
  event.add_recipients()->set_entity("articles/xyz");  // not an entity
  event.add_recipients()->set_entity("entities/cccccccccccccccc");
  event.mutable_location()->set_entity("entities/dddddddddddddddd");
  const EventSketch sketch = SketchOf(event);
  EXPECT_THAT(sketch.actor_ids, ElementsAre("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"));
  EXPECT_THAT(sketch.recipient_ids, ElementsAre("cccccccccccccccc"));
  EXPECT_EQ(sketch.location_id, "dddddddddddddddd");
  EXPECT_THAT(SketchOf(v1::Event()).actor_ids, IsEmpty());
  EXPECT_EQ(SketchOf(v1::Event()).location_id, "");
}

TEST(SameEventTest, NeedsASharedActor) {
  EXPECT_TRUE(SameEvent(Sketch({"a", "b"}), Sketch({"b", "c"})));
  EXPECT_FALSE(SameEvent(Sketch({"a"}), Sketch({"b"})));
  // No actors on a side: nothing is shared.
  EXPECT_FALSE(SameEvent(Sketch({}), Sketch({"a"})));
  EXPECT_FALSE(SameEvent(Sketch({}), Sketch({})));
  // A recipient of one is not an actor of the other.
  EXPECT_FALSE(SameEvent(Sketch({"a"}, {"b"}), Sketch({"b"}, {"a"})));
}

TEST(SameEventTest, RecipientsMustNotContradict) {
  EXPECT_TRUE(SameEvent(Sketch({"a"}, {"r"}), Sketch({"a"}, {"r", "s"})));
  EXPECT_TRUE(SameEvent(Sketch({"a"}, {}), Sketch({"a"}, {"r"})));
  EXPECT_TRUE(SameEvent(Sketch({"a"}, {"r"}), Sketch({"a"}, {})));
  EXPECT_FALSE(SameEvent(Sketch({"a"}, {"r"}), Sketch({"a"}, {"s"})));
}

TEST(SameEventTest, LocationsMustNotContradict) {
  EXPECT_TRUE(SameEvent(Sketch({"a"}, {}, "tbilisi"), Sketch({"a"}, {}, "tbilisi")));
  EXPECT_TRUE(SameEvent(Sketch({"a"}, {}, ""), Sketch({"a"}, {}, "tbilisi")));
  EXPECT_TRUE(SameEvent(Sketch({"a"}, {}, "tbilisi"), Sketch({"a"}, {}, "")));
  EXPECT_FALSE(SameEvent(Sketch({"a"}, {}, "tbilisi"), Sketch({"a"}, {}, "baku")));
}

TEST(SameEventTest, IsSymmetric) {
  const std::vector<EventSketch> sketches = {
      Sketch({"a"}), Sketch({"a", "b"}, {"r"}), Sketch({"b"}, {"s"}, "x"),
      Sketch({"a"}, {"s"}, "y"), Sketch({"c"}, {}, "x")};
  for (const EventSketch& x : sketches) {
    for (const EventSketch& y : sketches) EXPECT_EQ(SameEvent(x, y), SameEvent(y, x));
  }
}


// Reports differ in grain: "Azerbaijan and Georgia signed" and "the Defense
// Ministries of Azerbaijan and Georgia signed" tell one signing.
TEST(SameEventTest, ACountryMeetsABodyOfThatCountry) {
  const std::string aze = resolution::EntityIdForKey(resolution::CountryKey("AZE"));
  const std::string geo = resolution::EntityIdForKey(resolution::CountryKey("GEO"));
  EventSketch ministries = Sketch({"00000000000000a1", "00000000000000a2"});
  ministries.actor_countries = {aze, geo};
  std::sort(ministries.actor_countries.begin(), ministries.actor_countries.end());
  EventSketch countries = Sketch({aze, geo});
  std::sort(countries.actor_ids.begin(), countries.actor_ids.end());
  countries.actor_countries = countries.actor_ids;
  EXPECT_TRUE(SameEvent(ministries, countries));
  EXPECT_TRUE(SameEvent(countries, ministries));
  // Two bodies of one country are not the same actor.
  EventSketch other_ministry = Sketch({"00000000000000b1"});
  other_ministry.actor_countries = {aze};
  EXPECT_FALSE(SameEvent(ministries, other_ministry));
}

TEST(SketchOfTest, CarriesTheCountriesOfTheParticipants) {
  v1::Event event = Dated(v1::EVENT_CATEGORY_SUPPORT, "2020-01-21");
  v1::EventParticipant* actor = event.add_actors();
  actor->set_entity("entities/00000000000000a1");
  actor->set_country_code("aze");
  const EventSketch sketch = SketchOf(event);
  EXPECT_THAT(sketch.actor_ids, ElementsAre("00000000000000a1"));
  EXPECT_THAT(sketch.actor_countries,
              ElementsAre(resolution::EntityIdForKey(resolution::CountryKey("AZE"))));
}

}  // namespace
}  // namespace newsgraph::graph
