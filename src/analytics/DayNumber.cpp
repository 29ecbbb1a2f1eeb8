#include "analytics/DayNumber.h"

#include <chrono>

namespace carddesk::analytics {

std::int32_t dayNumber(int year, unsigned month, unsigned day)
{
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    return static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

std::int32_t dayNumberFromYmd(std::int32_t yyyymmdd)
{
    return dayNumber(yyyymmdd / 10000, static_cast<unsigned>(yyyymmdd / 100 % 100),
                     static_cast<unsigned>(yyyymmdd % 100));
}

CivilDate civilDate(std::int32_t dayNumber)
{
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{dayNumber}}};
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

} // namespace carddesk::analytics
