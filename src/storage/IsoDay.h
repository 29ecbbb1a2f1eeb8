#pragma once

#include "analytics/DayNumber.h"

#include <cstdint>
#include <string_view>

namespace carddesk::storage {

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

} // namespace carddesk::storage
