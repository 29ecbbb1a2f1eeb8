#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// How serious a complaint is (complaints.level, stored as the integer 1..4).
enum class ComplaintLevel
{
    Low = 1,
    Medium,
    High,
    Critical,
};

template <> struct CodeList<ComplaintLevel>
{
    static constexpr CodeEntries<ComplaintLevel, 4> entries{{
        {ComplaintLevel::Low, "1"},
        {ComplaintLevel::Medium, "2"},
        {ComplaintLevel::High, "3"},
        {ComplaintLevel::Critical, "4"},
    }};
};

} // namespace carddesk::core
