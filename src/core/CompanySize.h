#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// The customer's size class (customers.size); empty means not set.
enum class CompanySize
{
    Micro,
    Small,
    Medium,
    Large,
};

template <> struct CodeList<CompanySize>
{
    static constexpr CodeEntries<CompanySize, 4> entries{{
        {CompanySize::Micro, "micro"},
        {CompanySize::Small, "small"},
        {CompanySize::Medium, "medium"},
        {CompanySize::Large, "large"},
    }};
};

} // namespace carddesk::core
