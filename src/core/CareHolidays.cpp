#include "core/CareHolidays.h"

#include "core/LunarCalendar.h"

namespace carddesk::core {

const std::vector<CareHoliday>& CareHolidays::all()
{
    static const std::vector<CareHoliday> list = {
        {"new_year", false, 1, 1},       // 元旦
        {"spring_festival", true, 1, 1}, // 春节
        {"lantern", true, 1, 15},        // 元宵节
        {"dragon_boat", true, 5, 5},     // 端午节
        {"mid_autumn", true, 8, 15},     // 中秋节
        {"national_day", false, 10, 1},  // 国庆节
    };
    return list;
}

const CareHoliday* CareHolidays::find(const QString& code)
{
    for (const CareHoliday& holiday : all())
        if (code == QLatin1String(holiday.code))
            return &holiday;
    return nullptr;
}

QDate CareHolidays::dateIn(const CareHoliday& holiday, int year)
{
    return holiday.lunar ? LunarCalendar::toGregorian(year, holiday.lunarDate())
                         : QDate(year, holiday.month, holiday.day);
}

} // namespace carddesk::core
