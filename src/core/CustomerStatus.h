#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// The status on the archive card (customers.status).
enum class CustomerStatus
{
    Potential,
    Current,
    Lost,
};

template <> struct CodeList<CustomerStatus>
{
    static constexpr CodeEntries<CustomerStatus, 3> entries{{
        {CustomerStatus::Potential, "potential"},
        {CustomerStatus::Current, "current"},
        {CustomerStatus::Lost, "lost"},
    }};
};

} // namespace carddesk::core
