#include "shared/resolution/entity_record.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::resolution {
namespace {

v1::PartialDate Day(int year, int month, int day) {
  v1::PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  date.set_precision(day > 0     ? v1::DATE_PRECISION_DAY
                     : month > 0 ? v1::DATE_PRECISION_MONTH
                                 : v1::DATE_PRECISION_YEAR);
  return date;
}

TEST(IsFullerNameTest, MoreWordsThenMoreLettersThenAccents) {
  EXPECT_TRUE(IsFullerName("Zakir Hasanov", "Hasanov"));
  EXPECT_FALSE(IsFullerName("Hasanov", "Zakir Hasanov"));
  EXPECT_TRUE(IsFullerName("Recep Tayyip Erdogan", "Recep Erdogan"));
  EXPECT_TRUE(IsFullerName("Ubolratana Mahidol", "Ubolratana Mahid"));
  EXPECT_TRUE(IsFullerName("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"));
  EXPECT_FALSE(IsFullerName("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"));
  EXPECT_FALSE(IsFullerName("Zakir Hasanov", "Zakir Hasanov"));
  EXPECT_TRUE(IsFullerName("x", ""));
  EXPECT_FALSE(IsFullerName("", ""));
}

TEST(MergeArticleEntityTest, KeepsTheFullestNameAndFillsWhatIsMissing) {
  EntityRecord record;
  record.display_name = "Hasanov";
  record.type = v1::ENTITY_TYPE_PERSON;
  v1::ArticleEntity entity;
  entity.set_name("Zakir Hasanov");
  entity.set_sector("MIL");
  EntityContext context;
  context.country = "AZE";
  MergeArticleEntity(entity, context, &record);
  EXPECT_EQ(record.display_name, "Zakir Hasanov");
  EXPECT_EQ(record.country_code, "AZE");
  EXPECT_EQ(record.sector, "MIL");

  // A later report never overwrites what is known.
  entity.set_name("Hasanov");
  entity.set_sector("GOV");
  context.country = "TUR";
  MergeArticleEntity(entity, context, &record);
  EXPECT_EQ(record.display_name, "Zakir Hasanov");
  EXPECT_EQ(record.country_code, "AZE");
  EXPECT_EQ(record.sector, "MIL");
}

TEST(MergeSeenDateTest, WidensToEarliestAndLatest) {
  SeenDates seen;
  MergeSeenDate(v1::PartialDate(), &seen);  // undated: nothing
  EXPECT_EQ(seen.first_key, "");
  MergeSeenDate(Day(2020, 1, 24), &seen);
  EXPECT_EQ(seen.first_date, "2020-01-24");
  EXPECT_EQ(seen.last_date, "2020-01-24");
  MergeSeenDate(Day(2019, 6, 0), &seen);
  EXPECT_EQ(seen.first_date, "2019-06");
  EXPECT_EQ(seen.first_key, "2019-06-01");
  EXPECT_EQ(seen.last_date, "2020-01-24");
  MergeSeenDate(Day(2019, 6, 1), &seen);  // same first day, more precise
  EXPECT_EQ(seen.first_date, "2019-06-01");
  MergeSeenDate(Day(2021, 0, 0), &seen);
  EXPECT_EQ(seen.last_date, "2021");
  v1::PartialDate invalid = Day(2021, 2, 30);
  MergeSeenDate(invalid, &seen);
  EXPECT_EQ(seen.last_date, "2021");
}

TEST(MergeRoleReportTest, TheLatestArticleGivesTheStatus) {
  RoleRecord record;
  v1::Role role;
  role.set_title("Defence Minister");
  role.set_kind(v1::ROLE_KIND_OFFICE);
  role.set_status(v1::ROLE_STATUS_CURRENT);
  MergeRoleReport(role, Day(2019, 3, 1), &record);
  EXPECT_EQ(record.title, "Defence Minister");
  EXPECT_EQ(record.status, v1::ROLE_STATUS_CURRENT);

  // A later article calls him former.
  role.set_title("Defense Minister");
  role.set_status(v1::ROLE_STATUS_FORMER);
  MergeRoleReport(role, Day(2020, 1, 24), &record);
  EXPECT_EQ(record.title, "Defence Minister");  // the first title stays
  EXPECT_EQ(record.status, v1::ROLE_STATUS_FORMER);

  // An older article stored later does not undo it, nor does an undated one.
  role.set_status(v1::ROLE_STATUS_CURRENT);
  MergeRoleReport(role, Day(2019, 12, 1), &record);
  MergeRoleReport(role, v1::PartialDate(), &record);
  EXPECT_EQ(record.status, v1::ROLE_STATUS_FORMER);
  EXPECT_EQ(record.seen.first_date, "2019-03-01");
  EXPECT_EQ(record.seen.last_date, "2020-01-24");

  // No status said: the known one stays.
  role.set_status(v1::ROLE_STATUS_UNSPECIFIED);
  MergeRoleReport(role, Day(2021, 1, 1), &record);
  EXPECT_EQ(record.status, v1::ROLE_STATUS_FORMER);
  EXPECT_EQ(record.seen.last_date, "2021-01-01");
}

}  // namespace
}  // namespace newsgraph::resolution
