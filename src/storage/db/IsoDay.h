#pragma once

#include "analytics/DayNumber.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace carddesk::storage {

// ISO dates <-> day numbers (analytics::dayNumber) for the storage layer's hot loops.

// Whether the text begins with 'YYYY-MM-DD' (digits and dashes where they go), as isoDayNumber reads it.
inline bool startsWithIsoDay(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i = 0; i < 10; ++i)
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            return false;
    return true;
}

// 'YYYY-MM-DD...' to a day number without allocating (scoring reads millions of these); 0 for a shorter text.
inline std::int32_t isoDayNumber(std::string_view text)
{
    if (text.size() < 10)
        return 0;
    auto digits = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return analytics::dayNumber(digits(0, 4), static_cast<unsigned>(digits(5, 2)), static_cast<unsigned>(digits(8, 2)));
}

// A day number as 'YYYY-MM-DD' in `out`, without snprintf (an import writes millions); the view points into out.
inline std::string_view isoDayText(std::int32_t day, std::array<char, 10>& out)
{
    const analytics::CivilDate date = analytics::civilDate(day);
    auto put = [&out](std::size_t at, std::size_t width, unsigned value) {
        for (std::size_t k = at + width; k-- > at; value /= 10)
            out[k] = static_cast<char>('0' + value % 10);
    };
    put(0, 4, static_cast<unsigned>(date.year));
    out[4] = '-';
    put(5, 2, date.month);
    out[7] = '-';
    put(8, 2, date.day);
    return std::string_view(out.data(), out.size());
}

} // namespace carddesk::storage
