#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// Whether the customer is a company or a person (customers.kind).
enum class CustomerKind
{
    Company,
    Person,
};

template <> struct CodeList<CustomerKind>
{
    static constexpr CodeEntries<CustomerKind, 2> entries{{
        {CustomerKind::Company, "company"},
        {CustomerKind::Person, "person"},
    }};
};

} // namespace carddesk::core
