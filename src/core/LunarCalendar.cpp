#include "core/LunarCalendar.h"

#include "core/NewMoon.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>

namespace carddesk::core {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01
constexpr double kMsPerDay = 86400000.0;
// ICU counts Chinese years from 2637 BCE: extended year 4663 is the lunar year that begins in 2026.
constexpr int kExtendedYearOffset = 2637;

// One Chinese calendar per thread (ICU calendars are not thread-safe), on GMT so that a day's fields map to that
// day's midnight UTC; the astronomy inside uses China's time zone whatever the calendar's own zone is.
icu::Calendar* chinese()
{
    thread_local std::unique_ptr<icu::Calendar> calendar = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> made(icu::Calendar::createInstance(
            icu::TimeZone::getGMT()->clone(), icu::Locale("zh_CN@calendar=chinese"), status));
        if (U_FAILURE(status))
            made.reset();
        return made;
    }();
    return calendar.get();
}

QDate dayOf(UDate time)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + static_cast<qint64>(std::floor(time / kMsPerDay)));
}

// ICU's own answer, before the first days of months are checked (NewMoon).
QDate icuToGregorian(int year, const LunarDate& date)
{
    icu::Calendar* cal = chinese();
    if (!cal || !date.isPlausible())
        return {};
    const int extended = year + kExtendedYearOffset;
    cal->clear();
    cal->setLenient(true);
    cal->set(UCAL_ERA, (extended - 1) / 60 + 1);
    cal->set(UCAL_YEAR, (extended - 1) % 60 + 1);
    cal->set(UCAL_MONTH, date.month - 1);
    cal->set(UCAL_IS_LEAP_MONTH, date.leap ? 1 : 0);
    cal->set(UCAL_DATE, date.day);
    UErrorCode status = U_ZERO_ERROR;
    const UDate time = cal->getTime(status);
    if (U_FAILURE(status))
        return {};
    // Lenient ICU rolls a missing day or leap month over: read the fields back and accept only the asked-for day.
    const int gotExtended = cal->get(UCAL_EXTENDED_YEAR, status);
    const int gotMonth = cal->get(UCAL_MONTH, status) + 1;
    const bool gotLeap = cal->get(UCAL_IS_LEAP_MONTH, status) != 0;
    const int gotDay = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status) || gotExtended != extended || gotMonth != date.month || gotLeap != date.leap ||
        gotDay != date.day)
        return {};
    return dayOf(time);
}

LunarDate icuFromGregorian(const QDate& day, int* lunarYear = nullptr)
{
    icu::Calendar* cal = chinese();
    if (!cal || !day.isValid())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    cal->clear();
    cal->setTime(static_cast<UDate>(day.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay, status);
    LunarDate lunar;
    lunar.month = cal->get(UCAL_MONTH, status) + 1;
    lunar.day = cal->get(UCAL_DATE, status);
    lunar.leap = cal->get(UCAL_IS_LEAP_MONTH, status) != 0;
    const int extended = cal->get(UCAL_EXTENDED_YEAR, status);
    if (U_FAILURE(status))
        return {};
    if (lunarYear)
        *lunarYear = extended - kExtendedYearOffset;
    return lunar;
}

// The first day of the ICU month after the one that begins on `start`.
QDate nextIcuStart(const QDate& start)
{
    return icuFromGregorian(start.addDays(29)).day == 1 ? start.addDays(29) : start.addDays(30);
}

} // namespace

QDate LunarCalendar::toGregorian(int year, const LunarDate& date)
{
    if (!date.isPlausible())
        return {};
    // ICU names the month; its first day and length come from the new moons (NewMoon).
    const QDate icuStart = icuToGregorian(year, {date.month, 1, date.leap});
    if (!icuStart.isValid())
        return {};
    const QDate first = NewMoon::dayInChina(icuStart);
    const QDate next = NewMoon::dayInChina(nextIcuStart(icuStart));
    if (date.day > first.daysTo(next))
        return {};
    return first.addDays(date.day - 1);
}

LunarDate LunarCalendar::fromGregorian(const QDate& day, int* lunarYear)
{
    int year = 0;
    const LunarDate icu = icuFromGregorian(day, &year);
    if (!icu.isSet())
        return {};
    // Where ICU's month boundary is a day off, the day belongs to the month before or after.
    const QDate icuStart = day.addDays(1 - icu.day);
    const QDate first = NewMoon::dayInChina(icuStart);
    LunarDate lunar = icu;
    if (day < first) {
        const QDate before = icuStart.addDays(-1);
        lunar = icuFromGregorian(before, &year);
        lunar.day = static_cast<int>(NewMoon::dayInChina(before.addDays(1 - lunar.day)).daysTo(day)) + 1;
    } else if (const QDate nextStart = nextIcuStart(icuStart), next = NewMoon::dayInChina(nextStart); day >= next) {
        lunar = icuFromGregorian(nextStart, &year);
        lunar.day = static_cast<int>(next.daysTo(day)) + 1;
    } else {
        lunar.day = static_cast<int>(first.daysTo(day)) + 1;
    }
    if (lunarYear)
        *lunarYear = year;
    return lunar;
}

int LunarCalendar::monthLength(int year, int month, bool leap)
{
    if (!toGregorian(year, {month, 1, leap}).isValid())
        return 0;
    return toGregorian(year, {month, 30, leap}).isValid() ? 30 : 29;
}

int LunarCalendar::leapMonth(int year)
{
    // A year has at most one leap month; its first day exists only in that year's leap month.
    for (int month = 1; month <= 12; ++month)
        if (toGregorian(year, {month, 1, true}).isValid())
            return month;
    return 0;
}

QDate LunarCalendar::occasionIn(int year, const LunarDate& date)
{
    if (!date.isPlausible())
        return {};
    LunarDate on = date;
    if (on.leap && !toGregorian(year, {on.month, 1, true}).isValid())
        on.leap = false; // no such leap month this year: the ordinary month
    if (on.day == 30 && monthLength(year, on.month, on.leap) == 29)
        on.day = 29; // a short month: its last day
    return toGregorian(year, on);
}

std::vector<LunarDate> LunarCalendar::occasionsOn(const QDate& day)
{
    int year = 0;
    const LunarDate lunar = fromGregorian(day, &year);
    if (!lunar.isSet())
        return {};
    std::vector<LunarDate> dates{lunar};
    const bool shortMonthEnd = lunar.day == 29 && monthLength(year, lunar.month, lunar.leap) == 29;
    if (shortMonthEnd)
        dates.push_back({lunar.month, 30, lunar.leap});
    if (!lunar.leap && !toGregorian(year, {lunar.month, 1, true}).isValid()) {
        // The year has no leap month of this number: its leap-month dates fall in the ordinary month.
        dates.push_back({lunar.month, lunar.day, true});
        if (shortMonthEnd)
            dates.push_back({lunar.month, 30, true});
    }
    return dates;
}

QString LunarCalendar::problem(const LunarDate& date, int birthYear)
{
    if (!date.isPlausible())
        return QStringLiteral("a lunar month is 1 to 12 and a lunar day 1 to 30");
    if (birthYear <= 0 || toGregorian(birthYear, date).isValid())
        return {};
    if (date.leap && monthLength(birthYear, date.month, true) == 0)
        return QStringLiteral("lunar year %1 has no leap month %2").arg(birthYear).arg(date.month);
    return QStringLiteral("month %1 of lunar year %2 has 29 days").arg(date.month).arg(birthYear);
}

} // namespace carddesk::core
