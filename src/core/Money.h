#pragma once

#include <cmath>

namespace carddesk::core {

// Money is kept in cents: an amount is rounded to the cent before it is stored, summed into a total or compared,
// as doubles hold 0.1 + 0.2 as 0.30000000000000004 and 2 × 5.003 as 10.006.
inline double roundedToCents(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

// Two amounts closer than half a cent are the same amount (an invoice is open while its payments are short of it
// by more than this).
inline constexpr double kHalfCent = 0.005;

} // namespace carddesk::core
