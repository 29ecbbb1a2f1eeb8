#pragma once

#include "core/LunarDate.h"

#include <QDate>
#include <QString>

#include <vector>

namespace carddesk::core {

// The Chinese calendar through ICU's own (icu::Calendar with "@calendar=chinese", astronomical, China's time zone):
// ICU names the months (which one is leap, the years); the first day of each is checked against the new moon's day
// in China (NewMoon), because ICU's moon is off by minutes (ICU 72 starts 2027's 正月 on 02-07, the published
// calendar on 02-06). No table of years is kept. A lunar year is named by the Gregorian year in which its 正月初一
// falls (农历 2026 begins on 2026-02-17). Any thread may call it (each thread keeps its own ICU calendar).
class LunarCalendar
{
public:
    // The Gregorian day of `date` in lunar year `year`; invalid when that year has no such day (a leap month the year
    // lacks, day 30 of a 29-day month).
    static QDate toGregorian(int year, const LunarDate& date);
    // The lunar day of a Gregorian one; `lunarYear` receives the lunar year it belongs to.
    static LunarDate fromGregorian(const QDate& day, int* lunarYear = nullptr);
    // Days in that month of that year: 29 or 30, 0 when the year has no such (leap) month.
    static int monthLength(int year, int month, bool leap);
    // The year's leap month (1–12), 0 when it has none.
    static int leapMonth(int year);

    // Where a lunar birthday (or any yearly lunar occasion) falls in lunar year `year`, by the documented rule: a
    // leap-month date in a year without that leap month falls in the ordinary month of the same number; day 30 in a
    // 29-day month falls on the month's last day, the 29th. Invalid only for an implausible date.
    static QDate occasionIn(int year, const LunarDate& date);
    // Every yearly lunar date that occasionIn() puts on `day` (the day's own date, and those the rule moves there):
    // the agenda asks this once per day of its window, not once per contact.
    static std::vector<LunarDate> occasionsOn(const QDate& day);

    // Why a lunar date cannot be saved as a birthday, in English for logs and the CLI (empty when it can): month
    // and day out of range, or, with a birth year, a day that year does not have.
    static QString problem(const LunarDate& date, int birthYear = 0);
};

} // namespace carddesk::core
