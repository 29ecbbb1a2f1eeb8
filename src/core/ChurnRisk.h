#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// The churn risk from the latest scoring (scores.churn_risk); empty means not scored.
enum class ChurnRisk
{
    Low,
    Medium,
    High,
};

template <> struct CodeList<ChurnRisk>
{
    static constexpr CodeEntries<ChurnRisk, 3> entries{{
        {ChurnRisk::Low, "low"},
        {ChurnRisk::Medium, "medium"},
        {ChurnRisk::High, "high"},
    }};
};

} // namespace carddesk::core
