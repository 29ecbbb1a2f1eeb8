#pragma once

#include "core/Codes.h"

namespace carddesk::core {

// A customer's lifecycle stage (DOMAIN.md: 考察期, 形成期, 稳定期, 退化期), inferred by scoring or set by hand.
enum class Stage
{
    Potential,
    Exploration,
    Formation,
    Stability,
    Decline,
    Lost,
    WonBack,
};

template <> struct CodeList<Stage>
{
    static constexpr CodeEntries<Stage, 7> entries{{
        {Stage::Potential, "potential"},
        {Stage::Exploration, "exploration"},
        {Stage::Formation, "formation"},
        {Stage::Stability, "stability"},
        {Stage::Decline, "decline"},
        {Stage::Lost, "lost"},
        {Stage::WonBack, "won_back"},
    }};
};

} // namespace carddesk::core
