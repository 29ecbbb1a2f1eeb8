#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// Where a complaint is in its workflow (complaints.status, complaint_history.from_status/to_status).
enum class ComplaintStatus
{
    New,
    Acknowledged,
    InProgress,
    Resolved,
    Closed,
    Reopened,
};

template <> struct CodeList<ComplaintStatus>
{
    static constexpr CodeEntries<ComplaintStatus, 6> entries{{
        {ComplaintStatus::New, "new"},
        {ComplaintStatus::Acknowledged, "acknowledged"},
        {ComplaintStatus::InProgress, "in_progress"},
        {ComplaintStatus::Resolved, "resolved"},
        {ComplaintStatus::Closed, "closed"},
        {ComplaintStatus::Reopened, "reopened"},
    }};
};

} // namespace carddesk::core
