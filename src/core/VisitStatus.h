#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// A planned visit's state (visits.status).
enum class VisitStatus
{
    Planned,
    Done,
    Cancelled,
};

template <> struct CodeList<VisitStatus>
{
    static constexpr CodeEntries<VisitStatus, 3> entries{{
        {VisitStatus::Planned, "planned"},
        {VisitStatus::Done, "done"},
        {VisitStatus::Cancelled, "cancelled"},
    }};
};

} // namespace carddesk::core
