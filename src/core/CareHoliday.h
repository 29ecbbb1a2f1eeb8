#pragma once

#include "core/LunarDate.h"

namespace carddesk::core {

// A holiday on which the office greets its A and B customers (节日问候): a Gregorian month-day (元旦, 国庆) or a
// lunar one (春节, 元宵, 端午, 中秋), whose day each year is ICU's (LunarCalendar), never a table of years.
struct CareHoliday
{
    const char* code; // stored in settings (care.holidays) and reminders (occasion "holiday:<code>")
    bool lunar = false;
    int month = 0;
    int day = 0;

    LunarDate lunarDate() const { return {month, day, false}; }
};

} // namespace carddesk::core
