#pragma once

#include <cmath>

namespace carddesk::cli {

// An amount of money as the CLI prints it (JSON, CSV and tables alike): rounded to the cent, so that a difference or
// a model's prediction never shows as 5574.459999999999.
inline double money(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace carddesk::cli
