#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// The customer's loyalty class (customers.loyalty_class); empty means not set.
enum class LoyaltyClass
{
    Loyal,
    Switcher,
    NoLoyalty,
};

template <> struct CodeList<LoyaltyClass>
{
    static constexpr CodeEntries<LoyaltyClass, 3> entries{{
        {LoyaltyClass::Loyal, "loyal"},
        {LoyaltyClass::Switcher, "switcher"},
        {LoyaltyClass::NoLoyalty, "none"},
    }};
};

} // namespace carddesk::core
