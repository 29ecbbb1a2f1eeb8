#pragma once

#include "core/Money.h"

namespace carddesk::cli {

// An amount of money as the CLI prints it (JSON, CSV and tables alike): rounded to the cent, so that a difference or
// a model's prediction never shows as 5574.459999999999.
inline double money(double value)
{
    return core::roundedToCents(value);
}

} // namespace carddesk::cli
