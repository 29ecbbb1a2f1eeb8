#include "core/LunarCalendar.h"
#include "core/CareHolidays.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace carddesk::core;

// Every expected day below was checked against a second source: the pure-Python table of python-lunardate
// (lidaobing/python-lunardate, derived from Debian's `lunar`; a table of years, unlike ICU's astronomy), run by hand;
// the 2026 and 2027 holidays also match the published dates issue 14 quotes (春节 2026-02-17 and 2027-02-06, 中秋
// 2026-09-25, 端午 2026-06-19).

TEST(LunarCalendarTest, HolidaysFallOnThePublishedDays)
{
    auto on = [](const char* code, int year) {
        return CareHolidays::dateIn(*CareHolidays::find(QString::fromLatin1(code)), year);
    };
    EXPECT_EQ(on("spring_festival", 2026), QDate(2026, 2, 17));
    EXPECT_EQ(on("spring_festival", 2027), QDate(2027, 2, 6));
    EXPECT_EQ(on("lantern", 2026), QDate(2026, 3, 3));
    EXPECT_EQ(on("lantern", 2027), QDate(2027, 2, 20));
    EXPECT_EQ(on("dragon_boat", 2026), QDate(2026, 6, 19));
    EXPECT_EQ(on("dragon_boat", 2027), QDate(2027, 6, 9));
    EXPECT_EQ(on("mid_autumn", 2026), QDate(2026, 9, 25));
    EXPECT_EQ(on("mid_autumn", 2027), QDate(2027, 9, 15));
    EXPECT_EQ(on("national_day", 2026), QDate(2026, 10, 1));
    EXPECT_EQ(on("new_year", 2027), QDate(2027, 1, 1));
    EXPECT_EQ(CareHolidays::find(QStringLiteral("christmas")), nullptr);
}

TEST(LunarCalendarTest, ALunarBirthdayLandsOnItsDayInTwoYears)
{
    // 八月初八 and 四月十五
    EXPECT_EQ(LunarCalendar::occasionIn(2026, {8, 8, false}), QDate(2026, 9, 18));
    EXPECT_EQ(LunarCalendar::occasionIn(2027, {8, 8, false}), QDate(2027, 9, 8));
    EXPECT_EQ(LunarCalendar::occasionIn(2026, {4, 15, false}), QDate(2026, 5, 31));
    EXPECT_EQ(LunarCalendar::occasionIn(2027, {4, 15, false}), QDate(2027, 5, 20));
    EXPECT_EQ(LunarCalendar::toGregorian(1990, {4, 15, false}), QDate(1990, 5, 9));
}

TEST(LunarCalendarTest, ReadsGregorianDaysBack)
{
    int year = 0;
    EXPECT_EQ(LunarCalendar::fromGregorian(QDate(2026, 12, 6), &year), (LunarDate{10, 28, false}));
    EXPECT_EQ(year, 2026);
    EXPECT_EQ(LunarCalendar::fromGregorian(QDate(2025, 8, 3), &year), (LunarDate{6, 10, true}));
    EXPECT_EQ(year, 2025);
    // Before 春节 a Gregorian day belongs to the previous lunar year.
    EXPECT_EQ(LunarCalendar::fromGregorian(QDate(2027, 2, 5), &year), (LunarDate{12, 29, false}));
    EXPECT_EQ(year, 2026);
}

TEST(LunarCalendarTest, KnowsLeapMonthsAndMonthLengths)
{
    EXPECT_EQ(LunarCalendar::leapMonth(2020), 4);
    EXPECT_EQ(LunarCalendar::leapMonth(2023), 2);
    EXPECT_EQ(LunarCalendar::leapMonth(2025), 6);
    EXPECT_EQ(LunarCalendar::leapMonth(2026), 0);
    EXPECT_EQ(LunarCalendar::leapMonth(2028), 5);
    EXPECT_EQ(LunarCalendar::monthLength(2026, 3, false), 30);
    EXPECT_EQ(LunarCalendar::monthLength(2027, 3, false), 29);
    EXPECT_EQ(LunarCalendar::monthLength(2026, 6, true), 0);
    EXPECT_EQ(LunarCalendar::monthLength(2020, 4, true), 29);
    EXPECT_FALSE(LunarCalendar::toGregorian(2026, {12, 30, false}).isValid());
    EXPECT_FALSE(LunarCalendar::toGregorian(2026, {6, 10, true}).isValid());
}

TEST(LunarCalendarTest, MissingDaysFallBackByTheDocumentedRule)
{
    // 闰六月初十 (born 2025): on the leap month when the year has it, else on the ordinary 六月初十.
    EXPECT_EQ(LunarCalendar::occasionIn(2025, {6, 10, true}), QDate(2025, 8, 3));
    EXPECT_EQ(LunarCalendar::occasionIn(2026, {6, 10, true}), QDate(2026, 7, 23));
    EXPECT_EQ(LunarCalendar::occasionIn(2028, {6, 10, true}), QDate(2028, 7, 31));
    // 三月三十: the 30th in 2026, the month's last day (the 29th) in 2027.
    EXPECT_EQ(LunarCalendar::occasionIn(2026, {3, 30, false}), QDate(2026, 5, 16));
    EXPECT_EQ(LunarCalendar::occasionIn(2027, {3, 30, false}), QDate(2027, 5, 5));
    // 腊月三十 (除夕 of a long year) on 腊月廿九 in 2026.
    EXPECT_EQ(LunarCalendar::occasionIn(2026, {12, 30, false}), QDate(2027, 2, 5));
    // 闰四月三十 in 2020: the leap month has 29 days.
    EXPECT_EQ(LunarCalendar::occasionIn(2020, {4, 30, true}), QDate(2020, 6, 20));
    EXPECT_FALSE(LunarCalendar::occasionIn(2026, {13, 1, false}).isValid());
}

TEST(LunarCalendarTest, OccasionsOnADayIncludeThoseTheRuleMovesThere)
{
    // 2027-05-05 is 三月廿九, the last day of a 29-day month in a year without a leap third month.
    const auto on = LunarCalendar::occasionsOn(QDate(2027, 5, 5));
    auto has = [&](LunarDate d) { return std::find(on.begin(), on.end(), d) != on.end(); };
    EXPECT_TRUE(has({3, 29, false}));
    EXPECT_TRUE(has({3, 30, false}));
    EXPECT_TRUE(has({3, 29, true}));
    EXPECT_TRUE(has({3, 30, true}));
    EXPECT_EQ(on.size(), 4u);
    // 2025-08-03 is 闰六月初十 itself: nothing else lands there.
    EXPECT_EQ(LunarCalendar::occasionsOn(QDate(2025, 8, 3)), (std::vector<LunarDate>{{6, 10, true}}));
    // Every day of two years: each lunar date's occasion is on a day whose list names it.
    for (int year : {2026, 2027})
        for (int month = 1; month <= 12; ++month)
            for (int day : {1, 15, 29, 30})
                for (bool leap : {false, true}) {
                    const LunarDate date{month, day, leap};
                    const QDate at = LunarCalendar::occasionIn(year, date);
                    ASSERT_TRUE(at.isValid());
                    const auto list = LunarCalendar::occasionsOn(at);
                    EXPECT_NE(std::find(list.begin(), list.end(), date), list.end())
                        << year << " " << month << "-" << day;
                }
}

TEST(LunarCalendarTest, NamesWhatIsWrongWithABirthday)
{
    EXPECT_TRUE(LunarCalendar::problem({4, 15, false}).isEmpty());
    EXPECT_TRUE(LunarCalendar::problem({4, 15, true}, 2020).isEmpty());
    EXPECT_EQ(LunarCalendar::problem({6, 10, true}, 2026), QStringLiteral("lunar year 2026 has no leap month 6"));
    EXPECT_EQ(LunarCalendar::problem({12, 30, false}, 2026), QStringLiteral("month 12 of lunar year 2026 has 29 days"));
    EXPECT_FALSE(LunarCalendar::problem({0, 15, false}).isEmpty());
    EXPECT_FALSE(LunarCalendar::problem({4, 31, false}).isEmpty());
    EXPECT_EQ(LunarDate::fromCode(10415), (LunarDate{4, 15, true}));
    EXPECT_EQ((LunarDate{8, 15, false}).code(), 815);
}
