#pragma once

#include <cstdint>

namespace carddesk::analytics {

// Dates inside the engine are plain day numbers (days since 1970-01-01), so the engine needs no Qt.
struct CivilDate
{
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;
};

// Returns the day number of a proleptic Gregorian date; invalid dates (e.g. Feb 30) are normalised forward.
std::int32_t dayNumber(int year, unsigned month, unsigned day);
// yyyymmdd as an integer, e.g. 19970930.
std::int32_t dayNumberFromYmd(std::int32_t yyyymmdd);
CivilDate civilDate(std::int32_t dayNumber);

} // namespace carddesk::analytics
